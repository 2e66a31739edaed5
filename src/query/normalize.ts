/**
 * Name normalisation for search and reference resolution: case, accents, apostrophes, dots and
 * other punctuation do not matter ("Kim Jong-un" = "kim jong un", "U.S." = "US"), nor does a
 * leading "the"; long names also answer to their acronym.
 */
import { MARKS, NOT_LETTERS_OR_DIGITS } from "../model/letters.ts";

/** The normalised form of a name: lower-case words without accents, separated by one space. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(NOT_LETTERS_OR_DIGITS, " ")
    .trim()
    .replace(/^the /, "");
}

/** The words of a text, normalised (the search index's tokenizer). */
export function tokenize(text: string): string[] {
  const norm = normalizeName(text);
  return norm ? norm.split(" ") : [];
}

/** Words an acronym skips ("Joint Chiefs of Staff" is JCS). */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "la", "le"]);

/**
 * The acronym of a name of three or more words, normalised ("National Intelligence Service" →
 * "nis"), or null: users type NIS or KCNA where the text spelled the name out.
 */
export function acronymOf(name: string): string | null {
  const words = tokenize(name).filter((w) => !ACRONYM_SKIP.has(w));
  if (words.length < 3) return null;
  return words.map((w) => w[0]).join("");
}
