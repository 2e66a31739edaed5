/**
 * Word tables: a lexicon's JSON object keyed by words, read into a Map. A plain object answers a
 * lookup by any text word with what it inherits ("constructor", "toString", "__proto__" give
 * Object.prototype's members), so no word table is read from a plain object by a text word.
 */

/** The table of a JSON object keyed by words (its own keys only, in their order). */
export function wordTable<T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(record));
}
