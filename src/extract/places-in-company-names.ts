/**
 * A place's name inside a company's name: "Sierra Nevada Corporation", "Rolls-Royce North America
 * Inc.". A listed place (a state, a region, a country) between a capitalised word and a company's
 * legal form (lexicon organizations.json companySuffixes: "Corporation", "Inc.", "Ltd" …) is a word
 * of the company's name, no place of its own; the name finder reads the whole run as the company.
 * (A place that opens the name, "Goa Shipyard Limited", was already read so.) A title word before
 * the place ("Former Kenya AG …") opens a title, no company's name.
 */
import type { Token } from "./types.ts";

/** A word that opens with a capital letter. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** What the rule reads of the stage: a company's legal form, and words that never start a name. */
export interface CompanyNameWords {
  /** True when the word is a company's legal form ("Corporation", "Inc."; lexicon companySuffixes). */
  legalForm: (text: string) => boolean;
  /** True when the lower-case word never starts a name ("the", "in"; lexicon nonNameWords). */
  nonName: (lower: string) => boolean;
  /**
   * True when the lower-case word is a title word or a past-title mark ("former", "outgoing",
   * "minister"; lexicon titleHeads, titleModifiers, pastTitleMarks): it opens a title, no company.
   */
  titleWord: (lower: string) => boolean;
}

/**
 * True when the listed place's name [first, end) stands inside a company's name: right after a
 * capitalised word that may start a name, with no mark between (and no mention covering it), and
 * right before a legal form.
 */
export function placeInsideCompanyName(
  tokens: readonly Token[],
  first: number,
  end: number,
  covered: Uint8Array,
  words: CompanyNameWords,
): boolean {
  const before = tokens[first - 1];
  const opener = tokens[first];
  if (before === undefined || opener === undefined || !opener.space || covered[first - 1]) return false;
  if (!CAPITAL_FIRST.test(before.text) || words.nonName(before.lower)) return false;
  // "Former Kenya AG Githu Muigai": a title mark at the sentence's start, then the country of the
  // title ("AG" the attorney general); the legal form here is a title, the place the country.
  if (words.titleWord(before.lower)) return false;
  return words.legalForm(tokens[end]?.text ?? "");
}
