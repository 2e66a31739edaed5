/**
 * kg loads wink's English model itself (src/extract/nlp.ts, one parse of the core model's JSON):
 * the model it gives wink must be the one the package's own loader gives, part for part.
 */
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { englishModel } from "../../../src/extract/nlp.ts";

type Parts = Record<string, unknown> & { core: () => unknown; addons: Record<string, unknown> };
const packaged = createRequire(import.meta.url)("wink-eng-lite-web-model") as Parts;
const ours = englishModel() as unknown as Parts;

describe("the English model kg loads for wink", () => {
  it("has the core model the package's loader prepares: the same lexicon, hashes, clusters and sizes", () => {
    // Deep and strict: typed arrays by content, sets by members, hashes with no prototype.
    expect(isDeepStrictEqual(ours.core(), packaged.core())).toBe(true);
  });

  it("takes every other part from the package, in the same order", () => {
    expect(Object.keys(ours)).toEqual(Object.keys(packaged));
    for (const key of Object.keys(packaged).filter((k) => k !== "core" && k !== "addons"))
      expect(ours[key]).toBe(packaged[key]);
    expect(Object.keys(ours.addons)).toEqual(Object.keys(packaged.addons));
    for (const key of Object.keys(packaged.addons)) expect(ours.addons[key]).toBe(packaged.addons[key]);
  });

  it("gives a new core model at each load, as the package's loader does (wink adds words to it)", () => {
    expect(ours.core()).not.toBe(ours.core());
  });
});
