/**
 * Letter patterns the name keys of every layer share (ids, cross-document names, search, scoring),
 * the first step of every folding of a name (plainLowerCase), and the folding that the
 * cross-document keys and search both apply (foldName), compiled once: esbuild rewrites a literal
 * with a Unicode property escape (\p{…}) into `new RegExp(…)` where it stands, so inside a function
 * it was compiled on every call. Global patterns are safe to share with `replace`, `match` and
 * `split`, which start each from the beginning.
 *
 * Entity ids (model/ids.ts slugify) fold a name from the same first step but are not foldName: an
 * id keeps a leading "the" ("the-pentagon", where the name key is "pentagon"), writes stroked and
 * dotless letters plainly ("Błaszczak" is "blaszczak", where the name key keeps "ł"), and joins
 * words with hyphens. Both are stored (node ids, and the aliases table's keys), so neither may take
 * the other's steps: a store built before would no longer find its nodes or join the same names.
 */

/** Combining marks, as NFKD leaves them after the letters they accent. */
export const MARKS = /\p{M}+/gu;
/** Runs of anything but letters and digits. */
export const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
/** Runs of letters and digits (the words of a text). */
export const LETTER_OR_DIGIT_RUNS = /[\p{L}\p{N}]+/gu;

/** A leading "the" of a folded name. */
const LEADING_THE = /^the /u;

/** A text in lower case without accents: NFKD, then its combining marks dropped ("Erdoğan" → "erdogan"). */
export function plainLowerCase(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/**
 * A name folded for comparison: accents and case dropped (plainLowerCase), what `dropped` matches taken out (the
 * one step the users differ in), every other run of characters but letters and digits one space,
 * trimmed, and a leading "the" dropped. `dropped` must be global and is applied after lower-casing.
 */
export function foldName(text: string, dropped: RegExp): string {
  return plainLowerCase(text)
    .replace(dropped, "")
    .replace(NOT_LETTERS_OR_DIGITS, " ")
    .trim()
    .replace(LEADING_THE, "");
}
