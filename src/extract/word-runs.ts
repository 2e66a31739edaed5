/**
 * Word runs: whether a phrase of words (lower-case, or as written) stands at a token, for the
 * hot per-token readers that try a list of phrases at every word. A plain loop:
 * `words.every((w, j) => ...)` makes a closure for every phrase tried.
 */
import type { Token } from "./types.ts";

/**
 * True when the tokens from `at` are the lower-case `words`, in order (as
 * `words.every((w, j) => tokens[at + j]?.lower === w)`; an empty list stands everywhere).
 */
export function lowerWordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[at + j]?.lower !== words[j]) return false;
  return true;
}

/** True when the tokens from `at` are the `words` as written, in order (`lowerWordsAt` for the tokens' text). */
export function textWordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[at + j]?.text !== words[j]) return false;
  return true;
}
