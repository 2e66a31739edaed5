/**
 * The attributes an imported edge takes from its evidence: weight, distinct documents, first and
 * last report dates, and event dates only when some piece has one that is a date, whether the edge
 * has one piece of evidence or several.
 */
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../../src/model/types.ts";
import { edgeAttributesOf } from "../../../src/io/evidence.ts";

const piece = (doc: string, date?: string, eventDate?: string): Evidence => ({
  doc,
  sentence: "Iran supplied drones to Russia.",
  start: 0,
  end: 31,
  trigger: "supplied",
  rule: "supply-verb",
  modality: "asserted",
  ...(date ? { date } : {}),
  ...(eventDate ? { eventDate } : {}),
});

describe("an imported edge's attributes", () => {
  it("count one piece of evidence and keep its dates", () => {
    expect(edgeAttributesOf("supplies", [piece("a", "2024-03-01", "2024-01")])).toMatchObject({
      weight: 1,
      docs: 1,
      firstSeen: "2024-03-01",
      lastSeen: "2024-03-01",
      firstEvent: "2024-01",
      lastEvent: "2024-01",
    });
  });

  it("span several pieces' dates and count their documents once each", () => {
    const evidence = [piece("a", "2024-06-12", "2024-W23"), piece("a", "2024-03-01", "2024-01"), piece("b")];
    expect(edgeAttributesOf("supplies", evidence)).toMatchObject({
      weight: 3,
      docs: 2,
      firstSeen: "2024-03-01",
      lastSeen: "2024-06-12",
      firstEvent: "2024-01",
      lastEvent: "2024-W23",
    });
  });

  it("have no event dates when no piece has one that is a date, one piece or several", () => {
    for (const evidence of [
      [piece("a", "2024-03-01")],
      [piece("a", "2024-03-01", "soon")],
      [piece("a"), piece("b", undefined, "soon")],
    ]) {
      const attrs = edgeAttributesOf("supplies", evidence);
      expect(attrs).not.toHaveProperty("firstEvent");
      expect(attrs).not.toHaveProperty("lastEvent");
    }
  });
});
