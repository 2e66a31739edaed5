/**
 * Patterns that many rules share are written once: the tag test of a verb or an auxiliary is
 * words.ts VERB_OR_AUX, not a literal repeated in each module. (Session 27: ten modules wrote
 * their own copy beside relations/shared.ts's.)
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
  it("writes the tag pattern of a verb or an auxiliary once, in words.ts", () => {
    const literal = /\/\^\(\?:(?:VERB\|AUX|AUX\|VERB)\)\$\/u/gu;
    const places = sources("src/extract").flatMap((f) =>
      (readFileSync(f, "utf8").match(literal) ?? []).map(() => f),
    );
    expect(places).toEqual([join("src/extract", "words.ts")]);
  });
});
