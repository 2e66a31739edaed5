/**
 * Name normalisation for search and reference resolution: case, accents, apostrophes, dots and
 * other punctuation do not matter ("Kim Jong-un" = "kim jong un", "U.S." = "US"), nor does a
 * leading "the"; long names also answer to their acronym.
 *
 * Beside the graph's cross-document name keys (src/graph/names.ts), with which it shares foldName:
 * search drops apostrophes and dots so that a user's "US" finds "U.S.", where a key reads them as
 * spaces and drops a possessive "'s". The keys are stored in every built store and must stay as
 * they are; the search index is made from the graph when it opens, so its folding may differ.
 */
import { foldName } from "../model/letters.ts";

/** Apostrophes and dots, which search drops ("U.S." is "US", "O'Brien" is "OBrien"). */
const APOSTROPHES_AND_DOTS = /['’.]/gu;

/** The normalised form of a name: lower-case words without accents, separated by one space. */
export function normalizeName(text: string): string {
  return foldName(text, APOSTROPHES_AND_DOTS);
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
