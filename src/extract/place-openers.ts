/**
 * Places opened by a feature's word: "Mount Kenya", "Lake Victoria", "Fort Portal", "Camp
 * Lemonnier". The word before a country's, a city's or an unknown name makes one place of them
 * (lexicon places.json placeOpeners), not the country or city the name alone would be. Bases
 * named after their head: "Naval Operating Base Subic", "Air Force Base Waterkloof", "Qasim Army
 * Air Base" (lexicon namedBaseHeads).
 */
import { isCapitalised, WORDS } from "./words.ts";
import { TITLE_CASE_WORD } from "./letters.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";

/** Types of mention a feature's word may take into a place's name ("Kenya", "Victoria", "Elgon"). */
const TAKEN_TYPES = new Set(["Country", "Location", "Person"]);

/**
 * Rewrites each sentence's mentions: a capitalised feature word that no other mention covers, right
 * before a country's, a place's or a person's mention of names (not a pronoun), or before a run of
 * capitalised words no mention covers, gives one Location from the word to the run's end.
 * Headlines are left alone (every word is capitalised there: "Troops Mount Attack").
 */
export function joinPlaceOpeners(
  state: DocState,
  openers: ReadonlySet<string>,
  makeMention: MakeMention,
): void {
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const list = state.mentions[sentence.index];
    if (!list) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = tokens[i] as Token;
      if (!openers.has(word.lower) || !isCapitalised(word.text)) continue;
      // "around Mount Kenya": a mention of the word alone ("Mount", typed by its preposition) gives way.
      const alone = list.find((m) => m.first === i && m.last === i + 1);
      if (list.some((m) => m !== alone && m.first <= i && i < m.last)) continue;
      const taken = list.find((m) => m.first === i + 1);
      let last: number;
      if (taken) {
        if (!TAKEN_TYPES.has(taken.type) || taken.kind === "pronoun" || taken.kind === "role") continue;
        last = taken.last;
      } else {
        last = plainRunEnd(tokens, list, i + 1);
        if (last === i + 1) continue;
      }
      const place = makeMention(sentence, i, last, "", "Location", "fallback", "place-opener");
      place.name = place.text;
      if (alone) list.splice(list.indexOf(alone), 1);
      if (taken) list.splice(list.indexOf(taken), 1, place);
      else list.push(place);
      list.sort((a, b) => a.first - b.first);
    }
  }
}

/** Builds a mention over tokens [first, last) of a sentence (make-mention.ts makeMention). */
export type MakeMention = (
  sentence: Sentence,
  first: number,
  last: number,
  name: string,
  type: Mention["type"],
  kind: Mention["kind"],
  rule: string,
) => Mention;

/** Most words of the name after a feature's word: one or two title-case words no mention covers and no body's or title's word. */
function plainRunEnd(tokens: Token[], list: Mention[], from: number): number {
  let k = from;
  while (k < tokens.length && k < from + 2) {
    const t = tokens[k] as Token;
    if (!TITLE_CASE_WORD.test(t.text) || list.some((m) => m.first <= k && k < m.last)) break;
    if (WORDS.orgHeads.has(t.lower) || WORDS.nonName.has(t.lower) || WORDS.titleHeads.has(t.lower)) break;
    k++;
  }
  return k;
}

/**
 * Rewrites each sentence's mentions: a capitalised base's head ("Base") with capitalised words
 * before it (back to the first word that is no title-case word or acronym) and, after it, a
 * country's, a place's or a person's mention of names or one or two title-case words gives one
 * Location of them all ("Naval Operating Base Subic", "Royal Australian Air Force Base
 * Edinburgh"); with no name after it, the words before it do where stage 3 split them into a body
 * and a place ("Qasim Army" + "Air Base" → "Qasim Army Air Base"). Headlines are left alone.
 */
export function joinNamedBases(state: DocState, heads: ReadonlySet<string>, makeMention: MakeMention): void {
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const list = state.mentions[sentence.index];
    if (!list) continue;
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const head = tokens[i] as Token;
      if (!heads.has(head.lower) || !isCapitalised(head.text)) continue;
      let first = i;
      while (first > 0 && runWord(tokens[first - 1] as Token)) first--;
      if (first === i) continue;
      // "Base Edinburgh": a name stage 3 read from the head on is the name after it.
      const after = list.find((m) => m.first === i + 1 || (m.first === i && m.last > i + 1));
      let last = i + 1;
      if (after && TAKEN_TYPES.has(after.type) && after.kind !== "pronoun" && after.kind !== "role")
        last = after.last;
      else if (!after) last = plainRunEnd(tokens, list, i + 1);
      // With no name after the head, only a run stage 3 split in two ("Qasim Army" + "Air Base").
      const inside = list.filter((m) => m.first < last && m.last > first);
      if (last === i + 1) {
        const place = inside.find((m) => m.type === "Location" && m.last === i + 1);
        if (!place || place.first <= first || !inside.some((m) => m.last === place.first)) continue;
      }
      if (inside.some((m) => m.first < first || m.last > last)) continue;
      const base = makeMention(sentence, first, last, "", "Location", "fallback", "named-base");
      base.name = base.text;
      for (const m of inside) list.splice(list.indexOf(m), 1);
      list.push(base);
      list.sort((a, b) => a.first - b.first);
      i = last - 1;
    }
  }
}

/** True for a word of a base's name before its head: a title-case word or an acronym, a service's word ("Army") or one that may open a name (not "The"). */
function runWord(t: Token): boolean {
  if (!TITLE_CASE_WORD.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
  return WORDS.orgHeads.has(t.lower) || !WORDS.nonName.has(t.lower);
}
