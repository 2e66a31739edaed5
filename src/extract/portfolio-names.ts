/**
 * A personal name after a portfolio of several words joined by "and": "Minister of National
 * Defence and Border Security Florencio Marin said", "Minister of International Relations and
 * Cooperation Naledi Pandor". The capitalised words after "and" continue the portfolio ("Minister
 * of Foreign Affairs and International Cooperation"), but when the name finder has already read
 * some of them as the portfolio's and the run left after them is two or three words of a personal
 * name's shape that English does not know as words ("Florencio Marin", not "Community Abroad"),
 * that run is the holder's name, not more of the portfolio.
 */
import type { Token } from "./types.ts";

/** A personal name's word: a capital, then lower-case letters (an apostrophe may stand inside). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'\u2019]+$/u;

/** Fewest and most words of the holder's name. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/** What the rule reads of the stage: English words, and a name's generational suffix. */
export interface HolderWords {
  /** True when the lower-case word is in the tagger's English lexicon ("community"). */
  englishWord: (lower: string) => boolean;
  /** True when the word is a generational suffix after a name ("Jr.", "III"; lexicon nameSuffixes). */
  nameSuffix: (text: string) => boolean;
}

/**
 * True when the run [first, last) is a portfolio holder's name left after a portfolio's words:
 * the word before it is no "and" (the portfolio's words after "and" were read before it), and it is
 * two or three name-shaped words (a generational suffix may close them: "Florencio Marin Jr."), none
 * an English word.
 */
export function holderAfterPortfolio(
  tokens: readonly Token[],
  first: number,
  last: number,
  words: HolderWords,
): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.lower === "and" || before.text === "&") return false;
  const end = last - 1 > first && words.nameSuffix(tokens[last - 1]?.text ?? "") ? last - 1 : last;
  if (end - first < MIN_NAME_WORDS || end - first > MAX_NAME_WORDS) return false;
  for (let k = first; k < end; k++) {
    const t = tokens[k] as Token;
    if (!NAME_WORD.test(t.text) || words.englishWord(t.lower)) return false;
  }
  return true;
}
