/**
 * British and American spellings of a name: "Diehl Defense" for the listed "Diehl Defence",
 * "Defence Research and Development Organization" for "… Organisation". The word pairs are data
 * (lexicon/text.json nameWords.spellingVariants, "british|american"); the gazetteer lists a body's
 * other spelling beside the one it was given, so either spelling in a text names the body.
 */

/** The pairs of one word's two spellings, by each lower-cased spelling ("defence" ↔ "defense"). */
export type SpellingPairs = ReadonlyMap<string, string>;

/** The [british, american] spellings of the rows "british|american" ("defence|defense"); a row without both is left out. */
function spellingRows(rows: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const row of rows) {
    const [british, american] = row.split("|");
    if (british && american) out.push([british, american]);
  }
  return out;
}

/** Both directions of the rows "british|american" ("defence|defense"). */
export function spellingPairsOf(rows: readonly string[]): SpellingPairs {
  const pairs = new Map<string, string>();
  for (const [british, american] of spellingRows(rows)) {
    pairs.set(british, american);
    pairs.set(american, british);
  }
  return pairs;
}

/**
 * The second word of each row "first|second", by its first: the American spelling of each British
 * one of the rows "british|american" ("defence" → "defense"), the open spelling of each closed one
 * of the rows "closed|open" ("airforce" → "air force").
 */
export function secondSpellingsOf(rows: readonly string[]): SpellingPairs {
  return new Map(spellingRows(rows));
}

/** A run of letters: one word of a name, which may have another spelling. */
const NAME_WORD = /\p{L}+/gu;

/**
 * `surface` with every word that has another spelling written that way, its case kept ("Diehl
 * Defence" → "Diehl Defense", "DEFENCE" → "DEFENSE"), or null when no word has one.
 */
export function otherSpelling(surface: string, pairs: SpellingPairs): string | null {
  let changed = false;
  const out = surface.replace(NAME_WORD, (word) => {
    const other = pairs.get(word.toLowerCase());
    if (other === undefined) return word;
    changed = true;
    if (word === word.toUpperCase()) return other.toUpperCase();
    if (word[0] !== word[0]?.toLowerCase()) return (other[0] as string).toUpperCase() + other.slice(1);
    return other;
  });
  return changed ? out : null;
}
