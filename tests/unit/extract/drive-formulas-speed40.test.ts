/**
 * hasDriveFormula (drive-formulas.ts): true exactly when some token opens a drive formula, the test
 * nameCraftModels reads before it looks for a formula model's name.
 */
import { describe, expect, it } from "vitest";
import { driveFormulaEnd, hasDriveFormula } from "../../../src/extract/drive-formulas.ts";
import type { Token } from "../../../src/extract/types.ts";

function tokens(...parts: [string, boolean][]): Token[] {
  let at = 0;
  return parts.map(([text, space]) => {
    const start = at + (space ? 1 : 0);
    at = start + text.length;
    const lower = text.toLowerCase();
    return { text, lower, key: lower, lemma: lower, pos: "X", start, end: at, space };
  });
}

describe("hasDriveFormula", () => {
  it("finds a formula written as one word", () => {
    expect(hasDriveFormula(tokens(["45", false], ["Boxer", true], ["8x8", true]))).toBe(true);
  });
  it("finds a formula the tokenizer split after its first number", () => {
    expect(hasDriveFormula(tokens(["ARMA", false], ["6", true], ["X6", false]))).toBe(true);
  });
  it("finds none where a number opens no formula", () => {
    expect(hasDriveFormula(tokens(["45", false], ["Boxer", true], ["vehicles", true]))).toBe(false);
    expect(hasDriveFormula(tokens(["6", false], ["X6", true]))).toBe(false);
    expect(hasDriveFormula([])).toBe(false);
  });
  it("agrees with driveFormulaEnd at every token", () => {
    const samples = [
      tokens(["8x8", false]),
      tokens(["8×8", false], ["trucks", true]),
      tokens(["2S19", false]),
      tokens(["12", false], ["x12", false]),
      tokens(["x4", false]),
      tokens(["Boxer", false], ["123x4", true]),
    ];
    for (const s of samples) expect(hasDriveFormula(s)).toBe(s.some((_, k) => driveFormulaEnd(s, k) > 0));
  });
});
