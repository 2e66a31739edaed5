/**
 * Event dates on evidence: each fact takes the date expression of its own clause, else the
 * nearest in its sentence, else the publication date marked as such; a relative expression in
 * an undated article stays unresolved and says so.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { clauseAround, triggerOffset } from "../../../src/extract/event-dates.ts";

interface Case {
  label: string;
  published: string | null;
  text: string;
  /** relation key → [eventDate, precision, source, text as written] */
  expect: Record<string, [string | null, string | null, string | null, string | undefined]>;
}

const CASES: Case[] = [
  {
    label: "the reported fact takes its own clause's date, the report its own",
    published: "2025-03-27",
    text: "South Korea's National Intelligence Service said on Thursday that North Korea sent 3,000 troops to Russia in January.",
    expect: {
      "national-intelligence-service|assesses|north-korea": ["2025-03-27", "day", "text", "Thursday"],
      "north-korea|supplies|russia": ["2025-01", "month", "text", "January"],
    },
  },
  {
    label: "a week stays a week",
    published: "2025-03-27",
    text: "North Korean leader Kim Jong Un met Russian security official Sergei Shoigu in Pyongyang last week.",
    expect: { "kim-jong-un|meets|sergei-shoigu": ["2025-W12", "week", "text", "last week"] },
  },
  {
    label: "a fronted date modifies the clause after its comma",
    published: "2024-06-09",
    text: "On Sunday, Egyptian President Abdel Fattah al-Sisi met Sudan's army chief Abdel Fattah al-Burhan in Cairo.",
    expect: { "abdel-fattah-al-burhan|meets|abdel-fattah-al-sisi": ["2024-06-09", "day", "text", "Sunday"] },
  },
  {
    label: "a clause without a date takes the nearest one in its sentence",
    published: "2025-03-27",
    text: "Russia has supplied Iran with fighter jets since 2023, officials said on Monday.",
    expect: { "russia|supplies|iran": ["2023", "year", "text", "2023"] },
  },
  {
    label: "a sentence without a date takes the publication date, marked as such",
    published: "2025-03-27",
    text: "Iran supplied drones to Russia.",
    expect: { "iran|supplies|russia": ["2025-03-27", "day", "published", undefined] },
  },
  {
    label: "an undated article resolves no relative date, and says so",
    published: null,
    text: "Iran supplied drones to Russia last year.",
    expect: { "iran|supplies|russia": [null, null, "unresolved", "last year"] },
  },
  {
    label: "an undated article still resolves an absolute date",
    published: null,
    text: "Iran supplied drones to Russia in August 2022.",
    expect: { "iran|supplies|russia": ["2022-08", "month", "text", "August 2022"] },
  },
  {
    label: "an undated article without a date expression has no event date",
    published: null,
    text: "Iran supplied drones to Russia.",
    expect: { "iran|supplies|russia": [null, null, null, undefined] },
  },
];

describe("event dates on evidence", () => {
  it.each(CASES)("$label", ({ text, published, expect: expected }) => {
    const x = extractDocument({ id: "doc.txt", text, meta: { date: published } });
    const got = Object.fromEntries(
      [...x.relations, ...x.hedged].map((r) => {
        const e = r.evidence[0]!;
        return [
          `${r.source}|${r.relation}|${r.target}`,
          [e.eventDate ?? null, e.eventPrecision ?? null, e.eventDateSource ?? null, e.eventText],
        ];
      }),
    );
    expect(got).toMatchObject(expected);
    for (const r of x.relations) for (const e of r.evidence) expect(e.date).toBe(published);
  });

  it("marks a fact the text puts after the report as future", () => {
    const x = extractDocument({
      id: "doc.txt",
      text: "Russia will deliver Su-35 fighter jets to Iran in 2026.",
      meta: { date: "2025-03-27" },
    });
    const evidence = [...x.relations, ...x.hedged].flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e).toMatchObject({ eventDate: "2026", eventFuture: true });
  });

  it("does not split a clause at the comma of a number", () => {
    const text = "North Korea sent 3,000 troops to Russia in January.";
    expect(clauseAround(text, text.indexOf("January"))).toEqual([0, text.length]);
  });
});

describe("the offset of a trigger in its sentence", () => {
  it("is its first whole-word occurrence, else its first occurrence", () => {
    expect(triggerOffset("The unmet envoy met Kim.", "met")).toBe(16);
    expect(triggerOffset("They unmet.", "met")).toBe(7);
    expect(triggerOffset("They met.", "sent")).toBe(-1);
  });

  it("reads a surrogate pair as one character: an emoji is a word boundary, a letter above U+FFFF is not", () => {
    expect(triggerOffset("\u{1F600}met Kim and met Putin.", "met")).toBe(2);
    expect(triggerOffset("\u{1D400}met Kim and met Putin.", "met")).toBe(14);
    expect(triggerOffset("Kim met\u{1D400} and met\u{1F600}", "met")).toBe(14);
  });

  it("never starts or ends an occurrence inside a surrogate pair", () => {
    expect(triggerOffset("\u{1F600} \uD83D", "\uD83D")).toBe(3);
  });
});
