/**
 * The timeline's bins: weeks for a short span of events, months for a long one, every bin from
 * the first event to the last (empty ones too), each evidence counted where its event starts.
 */
import { describe, expect, it } from "vitest";
import { dateSpan } from "../../../src/model/dates.ts";
import { timelineBins } from "../../../web/src/timeline-bins.ts";

const spans = (...dates: string[]) => dates.map((d) => dateSpan(d)!);

describe("timeline bins", () => {
  it("counts per week (Monday first) when the events span less than half a year", () => {
    const { unit, bins } = timelineBins(spans("2024-03-05", "2024-03-07", "2024-03-20"));
    expect(unit).toBe("week");
    expect(bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ["2024-03-04", "2024-03-10", 2],
      ["2024-03-11", "2024-03-17", 0],
      ["2024-03-18", "2024-03-24", 1],
    ]);
  });

  it("counts per month over a longer span, a coarse event in the bin where it starts", () => {
    const { unit, bins } = timelineBins(spans("2023", "2023-03-15", "2024-01"));
    expect(unit).toBe("month");
    expect(bins).toHaveLength(13);
    expect(bins[0]).toMatchObject({ start: "2023-01-01", end: "2023-01-31", count: 1, label: "2023-01" });
    expect(bins[2]?.count).toBe(1);
    expect(bins[12]).toMatchObject({ start: "2024-01-01", count: 1 });
  });

  it("has no bins without events", () => {
    expect(timelineBins([]).bins).toEqual([]);
  });
});
