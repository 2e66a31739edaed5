/**
 * Long and degenerate inputs: the relation rules scan bounded windows and recurse to a fixed
 * depth, so a single clause of 100,000 characters extracts, and no shape of input of 400,000
 * characters exhausts the stack. (Timings are in tests/bench/extract.bench.ts, not here.)
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

describe("long inputs", () => {
  it("extracts a single clause of 100,000 characters", () => {
    const text = `${repeatTo("Iran sold drones to Russia and ", 100_000)}.`;
    const x = extractDocument({ id: "long.txt", text, meta: {} });
    expect(x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain("iran supplies russia");
  });

  const shapes: [string, string][] = [
    ["one clause of supplies", "Iran sold drones to Russia and "],
    ["one list of countries", "Iran, Russia, China and "],
    ["nested reported speech", "officials said that "],
    ["titles chained by of", "Minister of Defence of "],
    ["opening quotes", "“"],
    ["opening brackets", "("],
    ["one endless word", "a"],
  ];
  for (const [label, unit] of shapes) {
    it(`does not exhaust the stack on ${label} (400,000 characters)`, () => {
      const text = repeatTo(unit, 400_000);
      expect(() => extractDocument({ id: "shape.txt", text, meta: {} })).not.toThrow();
    });
  }
});
