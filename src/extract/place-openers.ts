/**
 * Places opened by a feature's word: "Mount Kenya", "Lake Victoria", "Fort Portal", "Camp
 * Lemonnier". The word before a country's, a city's or an unknown name makes one place of them
 * (lexicon places.json placeOpeners), not the country or city the name alone would be.
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

/** Builds a mention over tokens [first, last) of a sentence (3-entities makeMention). */
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
