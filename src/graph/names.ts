/**
 * Name keys for cross-document identity: two names are the same when their keys are equal
 * (case, accents, punctuation, a leading "the" and a trailing possessive ignored).
 *
 * Beside search's normalizeName (src/query/normalize.ts), with which it shares foldName: a key
 * drops a possessive "'s" and reads apostrophes and dots as spaces ("U.S." → "u s"), where search
 * drops apostrophes and dots ("us") and keeps a possessive's "s". Keys are stored (a store's aliases
 * table joins new articles' entities to its nodes by them), so they must not change with search:
 * a store built before would no longer join the same names.
 */
import { foldName } from "../model/letters.ts";
import type { EntityType } from "../model/ontology.ts";

/** A possessive ending ("Russia's"), which a key drops. */
const POSSESSIVE_S = /['’]s\b/gu;

/** The normalised form of a name used to match entities across documents. */
function nameKey(name: string): string {
  return foldName(name, POSSESSIVE_S);
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
