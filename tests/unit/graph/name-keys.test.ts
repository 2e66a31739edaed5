/**
 * The two foldings of a name: the graph's cross-document keys (stored in every built store, so
 * they may never change) and search's normalisation. They share foldName and differ in one step:
 * a key drops a possessive and reads apostrophes and dots as spaces; search drops apostrophes and dots.
 */
import { describe, expect, it } from "vitest";
import { cachedNameKey } from "../../../src/graph/names.ts";
import { normalizeName } from "../../../src/query/normalize.ts";

/** [label, name, its stored key, its search form] */
const CASES: [string, string, string, string][] = [
  ["case, accents and a leading 'the'", "The Élysée Palace", "elysee palace", "elysee palace"],
  [
    "hyphens and other punctuation are one space",
    "Kim Jong-un (KCNA)",
    "kim jong un kcna",
    "kim jong un kcna",
  ],
  ["dots: spaces in a key, gone in search", "U.S.", "u s", "us"],
  ["a possessive: dropped by a key, its s kept by search", "Russia's", "russia", "russias"],
  ["an apostrophe inside a name", "O’Brien", "o brien", "obrien"],
  ["a stroked letter stays (unlike an id's slug)", "Błaszczak", "błaszczak", "błaszczak"],
];

describe("a name's stored key and its search form", () => {
  const keyOf = cachedNameKey();
  for (const [label, name, key, search] of CASES)
    it(label, () => {
      expect(keyOf(name)).toBe(key);
      expect(normalizeName(name)).toBe(search);
    });
});
