/**
 * Letter patterns the name keys of every layer share (ids, cross-document names, search, scoring),
 * and the one folding of a name that the cross-document keys and search both apply, compiled once:
 * esbuild rewrites a literal with a Unicode property escape (\p{…}) into `new RegExp(…)` where it
 * stands, so inside a function it was compiled on every call. Global patterns are safe to share
 * with `replace`, `match` and `split`, which start each from the beginning.
 */

/** Combining marks, as NFKD leaves them after the letters they accent. */
export const MARKS = /\p{M}+/gu;
/** Runs of anything but letters and digits. */
export const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
/** Runs of letters and digits (the words of a text). */
export const LETTER_OR_DIGIT_RUNS = /[\p{L}\p{N}]+/gu;

/** A leading "the" of a folded name. */
const LEADING_THE = /^the /u;

/**
 * A name folded for comparison: accents and case dropped, what `dropped` matches taken out (the
 * one step the users differ in), every other run of characters but letters and digits one space,
 * trimmed, and a leading "the" dropped. `dropped` must be global and is applied after lower-casing.
 */
export function foldName(text: string, dropped: RegExp): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(dropped, "")
    .replace(NOT_LETTERS_OR_DIGITS, " ")
    .trim()
    .replace(LEADING_THE, "");
}
