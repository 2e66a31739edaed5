/**
 * Coreference provenance on evidence: a fact read through a pronoun or a description keeps, on
 * its evidence, what the words were resolved to, so that the viewer and API can show "he → …".
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const text = "Lula da Silva arrived in Luanda on Monday. He met Joao Lourenco at the presidential palace.";

describe("evidence of a fact read through a pronoun", () => {
  const x = extractDocument({ id: "visit.txt", text, meta: {} });
  const meeting = x.relations.find((r) => r.relation === "meets");

  it("keeps the pronoun, the entity it stands for and its antecedent", () => {
    expect(meeting?.evidence[0]?.resolved).toEqual([
      { text: "He", name: "Lula da Silva", antecedent: { start: 0, end: 13, text: "Lula da Silva" } },
    ]);
  });

  it("records nothing when the sentence names both ends itself", () => {
    const direct = extractDocument({
      id: "direct.txt",
      text: "Lula da Silva met Joao Lourenco in Luanda.",
      meta: {},
    });
    const r = direct.relations.find((e) => e.relation === "meets");
    expect(r).toBeDefined();
    expect(r?.evidence[0]?.resolved).toBeUndefined();
  });
});
