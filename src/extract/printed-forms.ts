/**
 * Printed forms of bodies, kept as aliases: a diplomatic mission's name with the place it is in
 * ("the United States Embassy in Chile", named "United States Embassy") and a listed body's name
 * with the name of a country printed right before it ("the US Department of Defense", named
 * "Department of Defense"). Both spellings are the body's as the text prints it (ontology:
 * spellings as printed are aliases); the node keeps its name, and no relation changes.
 */
import { MAX_ALIAS_LENGTH } from "./alias-length.ts";
import type { DocState, Mention, Sentence } from "./types.ts";

/** The words the rule reads: the head nouns of diplomatic posts ("embassy", "consulate"). */
export interface PrintedFormWords {
  postHeads: ReadonlySet<string>;
}

/** Sets `printed` on the body mentions whose fuller printed form the sentence shows. */
export function spellPrintedForms(state: DocState, words: PrintedFormWords): void {
  state.sentences.forEach((sentence, i) => {
    const list = state.mentions[i];
    if (!list || list.length < 2) return;
    for (const m of list) {
      if (m.type !== "Organization" || m.printed !== undefined) continue;
      const form = missionWithPlace(sentence, list, m, words) ?? bodyWithCountry(sentence, list, m);
      if (form !== undefined && form.length <= MAX_ALIAS_LENGTH && form !== m.name) m.printed = form;
    }
  });
}

/** The sentence's text from the start of mention `from` to the end of mention `to`. */
function spanOf(sentence: Sentence, from: Mention, to: Mention): string {
  return sentence.text.slice(from.start - sentence.start, to.end - sentence.start);
}

/**
 * "United States Embassy in Chile": a mission's name of two words or more (its last word a post's
 * head) then "in" and a place's or country's name (not a demonym), as printed; else undefined.
 */
function missionWithPlace(
  sentence: Sentence,
  list: readonly Mention[],
  m: Mention,
  words: PrintedFormWords,
): string | undefined {
  const tokens = sentence.tokens;
  // A bare "Embassy in Kampala" names no country's mission: only a qualified name takes its place.
  if (m.last - m.first < 2 || !words.postHeads.has(tokens[m.last - 1]?.lower ?? "")) return undefined;
  if (tokens[m.last]?.lower !== "in") return undefined;
  const place = list.find(
    (p) =>
      p.first === m.last + 1 &&
      (p.type === "Country" || p.type === "Location") &&
      (p.kind === "name" || p.kind === "capital"),
  );
  return place && spanOf(sentence, m, place);
}

/**
 * "US Department of Defense": a listed body's name (the gazetteer's, with no country of its own
 * printed) right after a country's name or initials (not a demonym, no possessive between), as
 * printed; else undefined.
 */
function bodyWithCountry(sentence: Sentence, list: readonly Mention[], m: Mention): string | undefined {
  if (m.rule !== "gazetteer" || m.kind !== "name") return undefined;
  const country = list.find((c) => c.last === m.first && c.type === "Country" && c.kind === "name");
  // A longer mention over both ("US State Department", listed whole) leaves nothing to add.
  if (!country || list.some((o) => o !== m && o.first <= country.first && o.last >= m.last)) return undefined;
  return spanOf(sentence, country, m);
}
