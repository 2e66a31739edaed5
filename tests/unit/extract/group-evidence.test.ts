/**
 * Provenance of a meeting read through a plural subject (they40): "They met C" after "A and B
 * arrived" gives A meets C and B meets C, each keeping on its evidence the words "They", the
 * member it stands for and the mention that introduced that member.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const text =
  "Hulusi Akar and Zakir Hasanov arrived in Tbilisi on Monday. They met Georgian Prime Minister Irakli Garibashvili.";

describe("evidence of a meeting read through a plural subject", () => {
  const x = extractDocument({ id: "group.txt", text, meta: {} });
  const idOf = (name: string): string | undefined => x.entities.find((e) => e.name === name)?.id;
  const meetingOf = (name: string) =>
    x.relations.find(
      (r) =>
        r.relation === "meets" &&
        [r.source, r.target].includes(idOf(name) ?? "") &&
        [r.source, r.target].includes(idOf("Irakli Garibashvili") ?? ""),
    );

  it("keeps the plural subject, the member it stands for and that member's mention", () => {
    expect(meetingOf("Hulusi Akar")?.evidence[0]?.resolved).toEqual([
      { text: "They", name: "Hulusi Akar", antecedent: { start: 0, end: 11, text: "Hulusi Akar" } },
    ]);
    expect(meetingOf("Zakir Hasanov")?.evidence[0]?.resolved).toEqual([
      { text: "They", name: "Zakir Hasanov", antecedent: { start: 16, end: 29, text: "Zakir Hasanov" } },
    ]);
  });
});
