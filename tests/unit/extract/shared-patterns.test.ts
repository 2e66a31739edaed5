/**
 * Patterns that many rules share are written once: the tag test of a verb or an auxiliary is
 * words.ts isVerbOrAux, not a literal or a pair of comparisons repeated in each module. (Session
 * 27: ten modules wrote their own copy of the pattern beside relations/shared.ts's, and the pair
 * `pos === "VERB" || pos === "AUX"` was written 56 times.)
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The TypeScript files under `dir`, with their paths. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
}

describe("patterns the rules share", () => {
  it("writes the tag test of a verb or an auxiliary once, in words.ts", () => {
    const literal = /\/\^\(\?:(?:VERB\|AUX|AUX\|VERB)\)\$\/u/gu;
    const pair = /pos === "(?:VERB" \|\| [^\s(]+\.pos === "AUX|AUX" \|\| [^\s(]+\.pos === "VERB)"/gu;
    const places = sources("src/extract").flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...(text.match(literal) ?? []), ...(text.match(pair) ?? [])].map(() => f);
    });
    expect(places).toEqual([join("src/extract", "words.ts")]);
  });
});
