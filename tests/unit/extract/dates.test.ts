/**
 * Date expressions from real news sentences: each is found as written and resolved against its
 * article's publication date at the precision the text gives; without a publication date a
 * relative expression stays unresolved and says why.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/extract/dates.ts";
import { DATE_WORDS } from "../../../src/extract/lexicon/dates.ts";
import { dateSpan } from "../../../src/model/dates.ts";
import { DATE_CASES } from "./_dates.ts";

describe("date expressions in real news sentences", () => {
  it("holds at least 80 labelled expressions", () => {
    expect(DATE_CASES.reduce((n, c) => n + c.dates.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it.each(DATE_CASES.map((c) => [`${c.source}: ${c.text.slice(0, 60)}…`, c] as const))("%s", (_label, c) => {
    const found = findDates(c.text, c.published).map((d) => [d.text, d.date, d.precision]);
    expect(found).toEqual(c.dates);
  });
});

describe("resolution rules", () => {
  it("never gives a finer precision than the text: a year stays a year, a week a week", () => {
    const [mid, week] = findDates("Troops withdrew in mid-2019 and returned last week.", "2024-03-11");
    expect(mid).toMatchObject({ date: "2019", precision: "year", relative: false });
    expect(week).toMatchObject({ date: "2024-W10", precision: "week", relative: true });
    expect(dateSpan(week?.date ?? "")).toEqual({ start: "2024-03-04", end: "2024-03-10" });
  });

  it("resolves no relative date in a document without a publication date, and says why", () => {
    const found = findDates("They met last week, on Dec. 21 and two days ago.", null);
    expect(found.map((d) => d.unresolved)).toEqual([
      "no-publication-date",
      "no-publication-date",
      "no-publication-date",
    ]);
    expect(found.every((d) => d.date === null && d.precision === null)).toBe(true);
  });

  it("puts a weekday in a future clause after the report, and marks it future", () => {
    const [d] = findDates("The ministers will meet on Thursday.", "2024-03-11");
    expect(d).toMatchObject({ date: "2024-03-14", future: true });
    const [past] = findDates("The ministers met on Thursday.", "2024-03-11");
    expect(past).toMatchObject({ date: "2024-03-07", future: false });
  });

  it("takes the year of a year-less day from the publication date, across new year", () => {
    expect(findDates("The talks began on Dec. 21.", "2024-01-05")[0]?.date).toBe("2023-12-21");
  });

  it("reads word lists as data: another value adds a month name", () => {
    const words = { ...DATE_WORDS, months: [["Janvier"], ...DATE_WORDS.months.slice(1)] };
    expect(findDates("It happened in Janvier 2020.", null, words)[0]?.date).toBe("2020-01");
  });
});
