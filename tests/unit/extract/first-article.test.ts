/**
 * The first article (the one kg ships with, whose rules were developed on it) scored against its
 * gold annotation by src/eval, as `kg eval` scores it: entity F1 and relation F1 must stay above
 * the bar.
 */
import { describe, expect, it } from "vitest";
import { prf } from "../../../src/eval/score.ts";
import { FIRST_ARTICLE_GOLD } from "../../_fixtures.ts";
import { evaluateGold } from "./_eval.ts";

describe("the first article (nk-russia-troops.txt, tuned on)", async () => {
  const { extraction, score } = await evaluateGold(FIRST_ARTICLE_GOLD);

  it("finds the gold entities with F1 of at least 0.95", () => {
    expect(prf(score.entities.all).f1).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the gold relations with F1 of at least 0.90", () => {
    expect(prf(score.relations.all).f1).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the potential visit out of the asserted relations", () => {
    expect(extraction.entities.some((e) => e.id === "moscow")).toBe(true);
    expect(extraction.relations.some((r) => r.relation === "meets" && r.target === "moscow")).toBe(false);
  });

  it("dates every piece of evidence with the document's date", () => {
    const dates = new Set(extraction.relations.flatMap((r) => r.evidence.map((e) => e.date)));
    expect([...dates]).toEqual(["2025-03-27"]);
  });
});
