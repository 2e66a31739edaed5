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
    expect(a).toEqual({ aggregateOnly: true, json: true, examples: 0, files: ["a.gold.json"], help: false });
  });
  it("must ask for the usage on --help, -h or no gold file, and not otherwise", () => {
    expect(parseMissShapesArgs(["--help"]).help).toBe(true);
    expect(parseMissShapesArgs(["-h", "a.gold.json"]).help).toBe(true);
    expect(parseMissShapesArgs(["--aggregate-only"]).help).toBe(true);
    expect(parseMissShapesArgs(["a.gold.json"]).help).toBe(false);
  });
});

describe("--examples on golds read in aggregate only", () => {
  it.each([
    "tests/fixtures/corpus/dev/258-x.gold.json",
    "tests/fixtures/corpus/dev/289-x.gold.json",
    "tests/fixtures/corpus/dev/340-x.gold.json",
    "another-checkout/tests/fixtures/corpus/dev/410-x.gold.json",
    "tests/fixtures/corpus/dev/425-x.gold.json",
    "tests/fixtures/corpus/dev/443-x.gold.json",
    "tests/fixtures/corpus/dev/457-x.gold.json",
    "tests/fixtures/corpus/test/001-x.gold.json",
    "probes/fresh35-x-hold/a.gold.json",
  ])("must be refused for %s", (path) => {
    expect(() =>
      parseMissShapesArgs(["--examples", "2", "tests/fixtures/corpus/dev/001-a.gold.json", path]),
    ).toThrow(/tuning files only/u);
  });
  it("must be refused with --aggregate-only", () => {
    expect(() => parseMissShapesArgs(["--aggregate-only", "--examples", "2", "a.gold.json"])).toThrow();
  });
  it.each([
    "tests/fixtures/corpus/dev/257-x.gold.json",
    "tests/fixtures/corpus/dev/290-x.gold.json",
    "tests/fixtures/corpus/dev/373-x.gold.json",
    "tests/fixtures/corpus/dev/395-x.gold.json",
    "tests/fixtures/eval/articles/01-x.gold.json",
    "probes/fresh35-x/a.gold.json",
  ])("must not be refused for the tuning file %s", (path) => {
    expect(parseMissShapesArgs(["--examples", "2", path]).files).toEqual([path]);
  });
  it("must not be refused for a validation gold scored in aggregate (no --examples)", () => {
    expect(parseMissShapesArgs(["tests/fixtures/corpus/dev/258-x.gold.json"]).examples).toBe(0);
  });
});
