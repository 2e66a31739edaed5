/**
 * A person's surname printed with a hyphen ("Jeanine Hennis-Plasschaert", "Juan Martin-Paleo",
 * "Ali Al-Saddiq", "Hossein Amir-Abdollahian"): news names the person later by the whole
 * hyphenated word ("Hennis-Plasschaert claimed …", "In the meeting with Martin-Paleo, …"), which
 * the word-by-word surname key (the last part, or the given name before a particle) never matches.
 * Stage 4 keys the full name by that whole word too.
 */

/** Capitalised parts joined by hyphens: "Hennis-Plasschaert", "Al-Saddiq", "al-Burhan". */
const HYPHENED_NAME_WORD = /^[\p{L}'’]+(?:-[\p{L}'’]+)*-\p{Lu}[\p{L}'’]*$/u;

/**
 * The last word of a full name (`name`: two words or more, split at spaces) when it is a
 * hyphenated name word; undefined otherwise ("Jean-Yves Le Drian" gives none: its hyphen is in
 * the given name).
 */
export function hyphenedSurname(name: string): string | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1] as string;
  return HYPHENED_NAME_WORD.test(last) ? last : undefined;
}
