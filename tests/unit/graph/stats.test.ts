/** Graph statistics: counts by type and relation, hedged facts, documents and the most connected entities. */
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/merge.ts";
import { computeStats } from "../../../src/graph/stats.ts";
import type { SourceRecord } from "../../../src/graph/types.ts";
import { entity, extraction, relation } from "./_extractions.ts";

const ex = extraction(
  [
    entity("North Korea", "Country"),
    entity("Russia", "Country"),
    entity("KN-23", "WeaponSystem"),
    entity("Kim Jong Un", "Person"),
  ],
  [
    relation("a.txt", "north-korea", "supplies", "russia", [
      [0, 5],
      [6, 9],
    ]),
    relation("a.txt", "north-korea", "supplies", "kn-23"),
    relation("a.txt", "kim-jong-un", "affiliated_with", "north-korea"),
  ],
  [relation("a.txt", "russia", "supplies", "north-korea", [[10, 20]], "planned")],
);
const record: SourceRecord = {
  id: "a.txt",
  path: null,
  hash: "",
  meta: {},
  text: "",
  extraction: ex,
  addedAt: "",
};
const stats = computeStats(buildGraph([{ doc: "a.txt", extraction: ex }]), [record], 2);

describe("graph statistics", () => {
  it("count entities by type and relations by kind", () => {
    expect(stats).toMatchObject({ documents: 1, entities: 4, relations: 3, evidence: 4 });
    expect(stats.byType).toMatchObject({ Country: 2, WeaponSystem: 1, Person: 1, Organization: 0 });
    expect(stats.byRelation).toMatchObject({ supplies: 2, affiliated_with: 1, meets: 0 });
  });

  it("count hedged facts by modality", () => {
    expect(stats.hedged).toMatchObject({ total: 1, byModality: { planned: 1 }, byRelation: { supplies: 1 } });
  });

  it("rank the most connected entities by degree, then evidence", () => {
    expect(stats.top).toEqual([
      { id: "north-korea", name: "North Korea", type: "Country", degree: 3, evidence: 4 },
      { id: "russia", name: "Russia", type: "Country", degree: 1, evidence: 2 },
    ]);
  });
});
