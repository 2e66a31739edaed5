/**
 * Highlighting entity mentions in evidence sentences, what pronouns were read as, and keep-lists
 * of the legend checkboxes.
 */
import { describe, expect, it } from "vitest";
import { highlightRuns, resolutionText } from "../../../web/src/view/evidence.ts";
import { toggleKept } from "../../../web/src/view/sidebar.ts";

describe("highlightRuns", () => {
  const sentence = "Kim Jong Un met Sergei Shoigu in Pyongyang.";
  const cases: [string, { start: number; end: number; entity: string }[], string[]][] = [
    ["no highlights give one plain run", [], [sentence]],
    [
      "marks each mention",
      [
        { start: 0, end: 11, entity: "kim" },
        { start: 16, end: 29, entity: "shoigu" },
      ],
      ["[Kim Jong Un]", " met ", "[Sergei Shoigu]", " in Pyongyang."],
    ],
    [
      "sorts highlights given out of order",
      [
        { start: 16, end: 29, entity: "shoigu" },
        { start: 0, end: 3, entity: "kim" },
      ],
      ["[Kim]", " Jong Un met ", "[Sergei Shoigu]", " in Pyongyang."],
    ],
    [
      "skips overlapping highlights",
      [
        { start: 0, end: 11, entity: "kim" },
        { start: 4, end: 8, entity: "x" },
      ],
      ["[Kim Jong Un]", " met Sergei Shoigu in Pyongyang."],
    ],
    [
      "skips out-of-range highlights",
      [
        { start: 30, end: 999, entity: "x" },
        { start: -1, end: 2, entity: "y" },
      ],
      [sentence],
    ],
  ];
  for (const [label, highlights, expected] of cases) {
    it(label, () => {
      expect(highlightRuns(sentence, highlights).map((r) => (r.mark ? `[${r.text}]` : r.text))).toEqual(
        expected,
      );
    });
  }
  it("keeps markup as plain text", () => {
    const runs = highlightRuns("<img src=x onerror=alert(1)>", [{ start: 0, end: 4, entity: "x" }]);
    expect(runs.map((r) => r.text).join("")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("toggleKept", () => {
  const all = ["a", "b", "c"] as const;
  const cases: [string, string[], "a" | "b" | "c", boolean, string[]][] = [
    ["unticking one of all keeps the others", [], "b", false, ["a", "c"]],
    ["ticking the last missing one keeps all (empty list)", ["a", "c"], "b", true, []],
    ["unticking from a partial list removes it", ["a", "c"], "a", false, ["c"]],
  ];
  for (const [label, kept, value, on, expected] of cases)
    it(label, () => expect(toggleKept(kept as ("a" | "b" | "c")[], all, value, on)).toEqual(expected));
});

describe("resolutionText", () => {
  const antecedent = { start: 0, end: 13, text: "Lula da Silva" };

  it("says what a pronoun was read as", () => {
    expect(resolutionText({ resolved: [{ text: "He", name: "Lula da Silva", antecedent }] })).toBe(
      "He → Lula da Silva",
    );
  });

  it("lists each pronoun or description once, in order", () => {
    const resolved = [
      { text: "the minister", name: "Luis Petri", antecedent },
      { text: "he", name: "Lula da Silva", antecedent },
      { text: "the minister", name: "Luis Petri", antecedent },
    ];
    expect(resolutionText({ resolved })).toBe("the minister → Luis Petri · he → Lula da Silva");
  });

  it("is null when the sentence names both ends itself", () => {
    expect(resolutionText({})).toBeNull();
    expect(resolutionText({ resolved: [] })).toBeNull();
  });

  it("keeps markup in a name as text (the line is rendered with textContent)", () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(resolutionText({ resolved: [{ text: "she", name, antecedent }] })).toBe(`she → ${name}`);
  });
});
