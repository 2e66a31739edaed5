/**
 * Letter patterns the name keys of every layer share (ids, cross-document names, search, scoring),
 * compiled once: esbuild rewrites a literal with a Unicode property escape (\p{…}) into
 * `new RegExp(…)` where it stands, so inside a function it was compiled on every call. Global
 * patterns are safe to share with `replace`, `match` and `split`, which start each from the beginning.
 */

/** Combining marks, as NFKD leaves them after the letters they accent. */
export const MARKS = /\p{M}+/gu;
/** Runs of anything but letters and digits. */
export const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
/** Runs of letters and digits (the words of a text). */
export const LETTER_OR_DIGIT_RUNS = /[\p{L}\p{N}]+/gu;
