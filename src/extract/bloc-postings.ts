/**
 * A country's envoy to a bloc of states: "Russia's UN ambassador Vasily Nebenzia", "US UN Ambassador
 * Linda Thomas-Greenfield", "Hungary's EU envoy X", "the Pakistani UN envoy said". The bloc in such a
 * title phrase is where the person is sent, not whom the person serves: the envoy represents, and
 * speaks for, the country named before the bloc ("ambassador to the UN" is read the same way by the
 * office rules). A bloc's own envoy, with no country before it ("UN envoy Hans Grundberg"), still
 * belongs to the bloc. Read by the title rules (relations/affiliation.ts, relations/title-phrase.ts)
 * and by a titled phrase's qualifier (chunks.ts: the speaker of "the Pakistani UN envoy said", from
 * the marks its chunk's items got when built). The blocs and the envoys' titles are the lexicon's
 * stage words countryBlocs and blocPostingTitles.
 */
import type { SentenceIndex } from "./chunks.ts";
import type { WordSets } from "./stage-words.ts";
import type { Mention } from "./types.ts";
import { FINAL_STOP, WORDS } from "./words.ts";

/** True for a country's mention, or a capital's standing for its country ("Moscow's UN envoy"). */
const isState = (m: Mention): boolean => m.type === "Country" || (m.kind === "capital" && !!m.country);

/** True when `org` names a bloc of states (stage words countryBlocs: "United Nations"). */
export function isCountryBloc(words: WordSets, org: Mention): boolean {
  return words.countryBlocs.has(org.name);
}

/** True when the title word `head` is an envoy's (stage words blocPostingTitles: "ambassador", "Envoy."). */
export function isBlocPostingTitle(words: WordSets, head: string): boolean {
  return words.blocPostingTitles.has(head.toLowerCase().replace(FINAL_STOP, ""));
}

/**
 * The country that sends a person to body `org`, given whether `org` is a bloc of states sent to
 * under an envoy's title (`posted`): `country` when it is a country's mention before the body in
 * the same title phrase; else null (the body is the person's, as any title's body is).
 */
export function postingSender(country: Mention | null, org: Mention | null, posted: boolean): Mention | null {
  if (!posted || !country || !org || !isState(country) || country.first >= org.first) return null;
  return country;
}

/**
 * The country that sends the person titled `head` to body `org`: `country` when it is a country's
 * mention before the body in the same title phrase, the body is a bloc of states and the title is
 * an envoy's (under the word lists `words`); else null.
 */
export function blocPostingCountry(
  words: WordSets,
  country: Mention | null,
  org: Mention | null,
  head: string,
): Mention | null {
  if (!org) return null;
  return postingSender(country, org, isBlocPostingTitle(words, head) && isCountryBloc(words, org));
}

/**
 * The country right before body `org` ("Russia's UN", "US UN", "Israeli UN", past title modifiers:
 * "Russia's deputy UN"), when the words in [from, to) after the body hold an envoy's title and the
 * body is a bloc of states: the country that sends the person named next; else null.
 */
export function blocSenderBefore(ix: SentenceIndex, org: Mention, from: number, to: number): Mention | null {
  const tokens = ix.sentence.tokens;
  let at = org.first;
  while (at > 0 && !ix.cover[at - 1] && WORDS.titleModifiers.has(tokens[at - 1]?.lower ?? "")) at--;
  const poss = tokens[at - 1]?.key === "'s";
  const country = ix.cover[poss ? at - 2 : at - 1];
  if (!country || country.last !== (poss ? at - 1 : at)) return null;
  for (let k = from; k < to; k++) {
    const sender = blocPostingCountry(ix.words, country, org, tokens[k]?.lower ?? "");
    if (sender) return sender;
  }
  return null;
}
