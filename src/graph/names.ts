/**
 * Name keys for cross-document identity: two names are the same when their keys are equal
 * (case, accents, punctuation, a leading "the" and a trailing possessive ignored).
 */
import { MARKS, NOT_LETTERS_OR_DIGITS } from "../model/letters.ts";
import type { EntityType } from "../model/ontology.ts";

/** The normalised form of a name used to match entities across documents. */
function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(NOT_LETTERS_OR_DIGITS, " ")
    .trim()
    .replace(/^the /, "");
}

/** A memoised nameKey, for passes that meet the same names in many documents. */
export function cachedNameKey(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) cache.set(name, (key = nameKey(name)));
    return key;
  };
}

/** The keys of every name an entity goes by (its name first), without duplicates or empties. */
export function namesKeys(
  name: string,
  aliases: readonly string[],
  keyOf: (name: string) => string = nameKey,
): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const key = keyOf(n);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * The keys on which an entity joins other articles' nodes: those of its names (namesKeys), but an
 * organization's alias that is its name without the words that qualify it, before it ("Russian
 * Ministry of Defence" → "Ministry of Defence") or after "of" ("Ministry of Defence of Ukraine"):
 * every country's body may take that form, so it joins no other article's node.
 */
export function joinKeys(
  type: EntityType,
  name: string,
  aliases: readonly string[],
  keyOf: (name: string) => string = nameKey,
): string[] {
  const keys = namesKeys(name, aliases, keyOf);
  if (type !== "Organization") return keys;
  const own = keyOf(name);
  return keys.filter((k) => !own.endsWith(` ${k}`) && !own.startsWith(`${k} of `));
}

/** A plural "s" after three letters or more ("missiles", not "gas"). */
const PLURAL_S = /(?<=\p{L}{3})s$/u;

/**
 * Key of a name within an entity type: names only match within one type. Weapon names also
 * match across singular and plural ("missiles" is "missile").
 */
export function typedKey(type: EntityType, key: string): string {
  const folded = type === "WeaponSystem" ? key.replace(PLURAL_S, "") : key;
  return `${type}\u0000${folded}`;
}
