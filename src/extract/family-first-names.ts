/**
 * A name in family-first order after a title's words: "Chief of Naval Operations Kim Sung-chan",
 * "Director of Operations Lee Jong-ho". A listed family name printed first (lexicon
 * familyFirstNames: Kim, Lee, Park, Wang …) opens the personal name when what follows it to the
 * run's end is a name in that order (a Korean given name of two syllables joined by a hyphen, or
 * one more capitalised word), so the title's last word ("Operations") stays out of the name, as a
 * listed given name does for "Chief of Naval Operations Mike Gilday".
 */
import type { Token } from "./types.ts";

/** What the rule reads of the stage: the family names printed first, and a Korean name's shape. */
export interface FamilyFirstWords {
  /** The lexicon's family names printed first (familyFirstNames). */
  familyFirst: ReadonlySet<string>;
  /** True when the tokens [first, last) spell a Korean name ("Kim Sung-chan"). */
  koreanName: (tokens: Token[], first: number, last: number) => boolean;
}

/** A capitalised word written in title case, letters only ("Zhenli"). */
const TITLE_CASE_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * True when token `k` is a family name printed first that opens a personal name running to `last`
 * (exclusive): a Korean name, or the family name and one more title-case word ("Liu Zhenli").
 */
export function familyNameOpensAt(
  tokens: Token[],
  k: number,
  last: number,
  words: FamilyFirstWords,
): boolean {
  const t = tokens[k];
  if (t === undefined || !words.familyFirst.has(t.text)) return false;
  if (words.koreanName(tokens, k, last)) return true;
  return last === k + 2 && TITLE_CASE_NAME_WORD.test(tokens[k + 1]?.text ?? "");
}
