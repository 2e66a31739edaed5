/**
 * CSV formula neutralising (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by spreadsheets, so the writers prefix it
 * with a single quote; the reader takes that quote off again, so kg's own exports round-trip.
 */

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell neutralised by neutraliseFormula. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would run with `'`; other text is returned as is. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula: drops the `'` in front of a formula-like cell. */
export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
