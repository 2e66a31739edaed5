/**
 * miss-shapes' command line (scripts/miss-shapes-args.ts): every gold file is read, the first one
 * too when --examples is not given; the count after --examples is no file.
 */
import { describe, expect, it } from "vitest";
import { parseMissShapesArgs } from "../../../scripts/miss-shapes-args.ts";

describe("parseMissShapesArgs", () => {
  it("must keep the first gold file when --examples is not given", () => {
    const a = parseMissShapesArgs(["a.gold.json", "b.gold.json"]);
    expect(a.files).toEqual(["a.gold.json", "b.gold.json"]);
    expect(a.examples).toBe(0);
  });
  it("must read the count after --examples and not take it as a file", () => {
    const a = parseMissShapesArgs(["--examples", "3", "a.gold.json"]);
    expect(a.files).toEqual(["a.gold.json"]);
    expect(a.examples).toBe(3);
  });
  it("must read the flags", () => {
    const a = parseMissShapesArgs(["--aggregate-only", "--json", "a.gold.json"]);
    expect(a).toEqual({ aggregateOnly: true, json: true, examples: 0, files: ["a.gold.json"] });
  });
});
