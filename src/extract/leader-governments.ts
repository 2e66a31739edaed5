/**
 * A leader's government as its country: "The Trump administration has announced a package of arms
 * sales to Taiwan", "the Biden Administration plans to accelerate delivery", "initiated by the
 * Buhari administration". A leader's name right before a noun of a country's government (stage
 * words governmentNouns: "administration", "government", "regime") names the government the
 * leader heads, which the ontology takes for the country acting as one actor (ONTOLOGY.md: "X's
 * government" is the Country); the mention becomes the leader's country, spanning the noun too.
 * Precision first: the leader is a person the document names whom the lexicon knows with a home
 * country (its homeCountries table, built-in people.json), and no other such person of the document shares the surname;
 * a possessive between ("Trump's administration") is left to the possessive readers. An
 * Organization the entity stage made of the two words ("Biden Administration") is taken the same
 * way when its first word is the surname of such a person, or of one leader only of those the
 * lexicon lists by name.
 */
import type { Lexicon } from "./lexicon-schema.ts";
import { foldPersonName } from "./lexicon/people.ts";
import { homeCountryOf, tableMapsOf, tablesOf } from "./lexicon-tables.ts";
import { wordsOf } from "./stage-words.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";

/** The rule of a mention rewritten here. */
const RULE = "leader-government";

/** Each lexicon value's surname countries (countryBySurname), built on first use and kept beside it. */
const bySurnameOf = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

/**
 * The home country of each surname of the leaders `lexicon` lists by name (its Person entries
 * with a home country of its homeCountries table: "Biden", "Putin", "Erdogan"), when no two people
 * of homeCountries share it. homeCountries alone also holds spokespeople and ministers ("Matthew
 * Miller", "Boris Johnson", "Penny Wong"), whose surnames are as often another government's ("the
 * Johnson Administration" of the 1960s, "the Wong Government" of Singapore): a body of such a
 * surname names no country.
 */
function countryBySurname(lexicon: Lexicon): ReadonlyMap<string, string> {
  let map = bySurnameOf.get(lexicon);
  if (map !== undefined) return map;
  const out = new Map<string, string | null>();
  for (const [folded, country] of tableMapsOf(lexicon.tables).homeCountries)
    addSurname(out, folded.split("-").pop() ?? "", country);
  const listed = new Set(lexicon.entries.filter((e) => e.type === "Person").map((e) => surnameOf(e.name)));
  map = new Map([...out].filter((e): e is [string, string] => e[1] !== null && listed.has(e[0])));
  bySurnameOf.set(lexicon, map);
  return map;
}

/** Records `country` for `surname`, or null once two different countries share it. */
function addSurname(out: Map<string, string | null>, surname: string, country: string): void {
  const had = out.get(surname);
  out.set(surname, had === undefined || had === country ? country : null);
}

/** The last word of a name, folded ("Donald Trump" → "trump"). */
function surnameOf(name: string): string {
  return foldPersonName(name).split("-").pop() ?? "";
}

/**
 * Rewrites each leader's name before a noun of government (see the file's header) into a mention
 * of the leader's country. Runs after surnames are resolved to full names.
 */
export function leaderGovernments(state: DocState): void {
  const governments = wordsOf(state).governmentNouns;
  const homeCountries = tablesOf(state).homeCountries;
  const listed = countryBySurname(state.options.lexicon);
  // The country of each leader the document names, by surname (a surname two leaders share gives none).
  const bySurname = new Map<string, string | null>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Person") continue;
      const country = homeCountryOf(homeCountries, m.name);
      if (country) addSurname(bySurname, surnameOf(m.name), country);
    }
  for (const list of state.mentions) {
    const added: Mention[] = [];
    for (const m of list) {
      const sentence = state.sentences[m.sentence] as Sentence;
      const country = governedCountry(m, sentence.tokens, governments, bySurname, listed);
      if (!country) continue;
      if (m.type === "Organization") {
        // "Biden Administration" made a body: the body is the country.
        Object.assign(m, { name: country, type: "Country", kind: "name", rule: RULE });
        continue;
      }
      // "The Trump administration": the leader stays named; the phrase with the noun is the country.
      const noun = sentence.tokens[m.last] as Token;
      added.push({
        sentence: m.sentence,
        first: m.first,
        last: m.last + 1,
        start: m.start,
        end: noun.end,
        text: sentence.text.slice(m.start - sentence.start, noun.end - sentence.start),
        name: country,
        type: "Country",
        kind: "name",
        rule: RULE,
      });
    }
    list.push(...added);
  }
}

/**
 * The country of the government mention `m` names: a leader's name before a noun of government, or
 * an organisation of the leader's surname and that noun; null otherwise.
 */
function governedCountry(
  m: Mention,
  tokens: readonly Token[],
  governments: ReadonlySet<string>,
  bySurname: ReadonlyMap<string, string | null>,
  listed: ReadonlyMap<string, string>,
): string | null {
  if (m.type === "Person") {
    if (!governments.has(tokens[m.last]?.lower ?? "")) return null;
    return bySurname.get(surnameOf(m.name)) ?? null;
  }
  if (m.type !== "Organization" || m.last - m.first !== 2) return null;
  const first = tokens[m.first] as Token;
  if (!governments.has(tokens[m.first + 1]?.lower ?? "")) return null;
  const key = foldPersonName(first.text);
  const named = bySurname.get(key);
  return named === undefined ? (listed.get(key) ?? null) : named;
}
