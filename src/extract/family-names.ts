/**
 * Another bearer of a listed person's family name: "Hafez al-Assad" is not the listed "Bashar
 * al-Assad", nor "Asma Assad"; "Hunter Biden" is not "Joe Biden". A listed person's one-word
 * alias (the family name) right after a given name, with a name particle and its hyphen between
 * or not ("al-", "bin"), names the listed person only when that given name could be the person's
 * own: one that opens with another letter than the listed given name is another person's, and the
 * name finder reads the whole name instead. The same first letter is left to the listed person
 * ("Vladimir Zelensky" for "Volodymyr Zelensky": a transliteration, no relative).
 */
import type { Token } from "./types.ts";

/** What the rule reads of the stage: given names, name particles, and a name word's shape. */
export interface FamilyNameWords {
  /** True when the word is a given name (lexicon/given-names.json, English or world lists). */
  givenName: (word: string) => boolean;
  /** True when the token is a particle inside a personal name ("al", "bin", "von"). */
  particle: (t: Token) => boolean;
  /** True when the word is written in title case ("Hafez"). */
  titleCase: (word: string) => boolean;
}

/** The first letter of a word, lower-cased and without its diacritic ("É" → "e"). */
function initialOf(word: string): string {
  return (word.normalize("NFD")[0] ?? "").toLowerCase();
}

/**
 * True when the listed person `name`'s one-word alias at token `first` follows another given
 * name than the person's own ("Hafez al-Assad" for "Bashar al-Assad"), that no mention covers.
 */
export function otherBearerOfFamilyName(
  tokens: readonly Token[],
  first: number,
  end: number,
  name: string,
  covered: Uint8Array,
  words: FamilyNameWords,
): boolean {
  const own = name.split(" ");
  if (end !== first + 1 || own.length < 2) return false;
  // The alias must be the family name, not the given name ("Kim" of "Kim Jong Un").
  if ((tokens[first] as Token).lower === (own[0] as string).toLowerCase()) return false;
  let k = first - 1;
  if (tokens[k]?.text === "-" && !tokens[k]?.space) k--;
  if (tokens[k] && words.particle(tokens[k] as Token)) k--;
  const given = tokens[k];
  if (!given || covered[k] || !words.titleCase(given.text) || !words.givenName(given.text)) return false;
  return initialOf(given.text) !== initialOf(own[0] as string);
}
