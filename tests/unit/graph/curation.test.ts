/**
 * The curation core: each kind of record rewrites a document's extraction (never its input),
 * records apply in the order they were made, and merge suggestions find word order, initials and
 * one edit without listing a dismissed pair.
 */
import { describe, expect, it } from "vitest";
import {
  createCurationPlan,
  curateExtraction,
  type CurationData,
  type CurationRecord,
} from "../../../src/graph/curation.ts";
import { mergeSuggestions, oneEdit } from "../../../src/graph/curation-suggestions.ts";
import { buildGraph } from "../../../src/graph/merge.ts";
import type { EntityType } from "../../../src/model/ontology.ts";
import type { Extraction } from "../../../src/model/types.ts";

const entity = (id: string, name: string, type: EntityType = "Person", aliases: string[] = []) => ({
  id,
  name,
  type,
  aliases,
  mentions: 1,
});
const ev = (start: number) => ({
  doc: "d",
  sentence: "s",
  start,
  end: start + 1,
  trigger: "met",
  rule: "r",
  modality: "asserted" as const,
});

const doc: Extraction = {
  entities: [
    entity("lee-jae-myung", "Lee Jae-myung"),
    entity("jae-myung-lee", "Jae-myung Lee"),
    entity("kim", "Kim"),
  ],
  relations: [
    { source: "lee-jae-myung", relation: "meets", target: "kim", evidence: [ev(0)] },
    { source: "jae-myung-lee", relation: "meets", target: "kim", evidence: [ev(10), ev(20)] },
  ],
  hedged: [],
};

let seq = 0;
const record = (data: CurationData, undoneAt: string | null = null): CurationRecord => ({
  id: ++seq,
  kind: data.kind,
  target: "",
  data,
  createdAt: "2026-01-01T00:00:00Z",
  undoneAt,
});
const sel = (node: string, name: string, type = "Person") => ({
  node,
  name,
  ids: [node],
  keys: [`${type}\u0000${name.toLowerCase().replace(/-/g, " ")}`],
});

describe("curating an extraction", () => {
  it("merges: the absorbed entity takes the kept id, name and type, its name becomes an alias, and its relations follow", () => {
    const plan = createCurationPlan([
      record({
        kind: "merge",
        keep: { ...sel("lee-jae-myung", "Lee Jae-myung"), type: "Person" },
        absorb: sel("jae-myung-lee", "Jae-myung Lee"),
      }),
    ]);
    const out = curateExtraction(doc, plan);
    expect(out.entities.map((e) => [e.id, e.name, e.aliases, e.mentions])).toEqual([
      ["lee-jae-myung", "Lee Jae-myung", ["Jae-myung Lee"], 2],
      ["kim", "Kim", [], 1],
    ]);
    const graph = buildGraph([{ doc: "d", extraction: out }]);
    expect(graph.getEdgeAttribute("kim|meets|lee-jae-myung", "evidence")!.map((e) => e.start)).toEqual([
      0, 10, 20,
    ]);
    expect(doc.entities).toHaveLength(3);
  });

  it("renames and retypes the matching entities only, keeping the old name as an alias", () => {
    const plan = createCurationPlan([
      record({ kind: "rename", entity: sel("kim", "Kim"), from: "Kim", name: "Kim Jong Un" }),
      record({ kind: "retype", entity: sel("kim", "Kim"), from: "Person", type: "Organization" }),
    ]);
    const out = curateExtraction(doc, plan);
    expect(out.entities[2]).toMatchObject({
      id: "kim",
      name: "Kim Jong Un",
      aliases: ["Kim"],
      type: "Organization",
    });
    expect(out.entities[0]).toEqual(doc.entities[0]);
  });

  it("matches an entity by its primary name's typed key when its id differs", () => {
    const plan = createCurationPlan([
      record({ kind: "rename", entity: sel("kim", "Kim"), from: "Kim", name: "K" }),
    ]);
    const other = { entities: [entity("kim-2", "KIM")], relations: [], hedged: [] };
    expect(curateExtraction(other, plan).entities[0]?.name).toBe("K");
    const place = { entities: [entity("kim", "Kim", "Location")], relations: [], hedged: [] };
    expect(curateExtraction(place, plan).entities[0]?.name).toBe("K");
  });

  it("rejects an edge (either way round when the relation is symmetric) and one piece of evidence", () => {
    const edge = {
      edge: "e",
      source: sel("kim", "Kim"),
      relation: "meets" as const,
      target: sel("jae-myung-lee", "Jae-myung Lee"),
    };
    const rejected = curateExtraction(doc, createCurationPlan([record({ kind: "reject-edge", ...edge })]));
    expect(rejected.relations.map((r) => r.source)).toEqual(["lee-jae-myung"]);
    const one = curateExtraction(
      doc,
      createCurationPlan([record({ kind: "reject-evidence", ...edge, doc: "d", start: 10, end: 11 })]),
    );
    expect(one.relations[1]?.evidence.map((e) => e.start)).toEqual([20]);
  });

  it("splits an alias off into an entity of its own that loses the other names", () => {
    const merged: Extraction = {
      entities: [
        entity("north-korea", "North Korea", "Country", ["DPRK"]),
        entity("dprk", "DPRK", "Country", ["North Korea"]),
      ],
      relations: [],
      hedged: [],
    };
    const plan = createCurationPlan([
      record({
        kind: "split",
        entity: { node: "north-korea", name: "North Korea", ids: ["north-korea", "dprk"], keys: [] },
        alias: "DPRK",
        otherKeys: ["north korea"],
        newId: "dprk",
      }),
    ]);
    const out = curateExtraction(merged, plan);
    expect(out.entities).toEqual([
      entity("north-korea", "North Korea", "Country"),
      entity("dprk", "DPRK", "Country"),
    ]);
    expect(buildGraph([{ doc: "d", extraction: out }]).order).toBe(2);
  });

  it("ignores undone records and dismissals, and gives back its input when nothing applies", () => {
    const plan = createCurationPlan([
      record({ kind: "rename", entity: sel("kim", "Kim"), from: "Kim", name: "K" }, "2026-01-02T00:00:00Z"),
      record({ kind: "dismiss", a: sel("kim", "Kim"), b: sel("lee-jae-myung", "Lee Jae-myung") }),
    ]);
    expect(plan.empty).toBe(true);
    expect(curateExtraction(doc, plan)).toBe(doc);
  });
});

describe("merge suggestions", () => {
  const graphOf = (entities: ReturnType<typeof entity>[]) =>
    buildGraph([{ doc: "d", extraction: { entities, relations: [], hedged: [] } }]);

  it("pairs names with the same words in another order, initials, acronyms and one edit, within one type", () => {
    const graph = graphOf([
      entity("lee-jae-myung", "Lee Jae-myung"),
      entity("jae-myung-lee", "Jae-myung Lee"),
      entity("john-smith", "John Smith"),
      entity("j-smith", "J. Smith"),
      entity("nato", "NATO", "Organization"),
      entity("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "Organization"),
      entity("zelenskyy", "Zelenskyy"),
      entity("zelensky", "Zelensky"),
      entity("iran", "Iran", "Country"),
      entity("iraq", "Iraq", "Country"),
      entity("georgia", "Georgia", "Country"),
      entity("georgia-person", "Georgia"),
    ]);
    const found = mergeSuggestions(graph, [], 10).map((s) => [s.a, s.b, s.reason]);
    expect(found).toEqual([
      ["jae-myung-lee", "lee-jae-myung", "word-order"],
      ["j-smith", "john-smith", "initials"],
      ["nato", "north-atlantic-treaty-organization", "initials"],
      ["zelensky", "zelenskyy", "one-edit"],
    ]);
    expect(mergeSuggestions(graph, [], 2)).toHaveLength(2);
  });

  it("leaves out a dismissed pair", () => {
    const graph = graphOf([entity("zelenskyy", "Zelenskyy"), entity("zelensky", "Zelensky")]);
    const dismissal = record({
      kind: "dismiss",
      a: sel("zelensky", "Zelensky"),
      b: sel("zelenskyy", "Zelenskyy"),
    });
    expect(mergeSuggestions(graph, [dismissal], 10)).toEqual([]);
    expect(mergeSuggestions(graph, [{ ...dismissal, undoneAt: "2026-01-02T00:00:00Z" }], 10)).toHaveLength(1);
  });

  it("counts one edit exactly", () => {
    const cases: [string, string, boolean][] = [
      ["zelensky", "zelenskyy", true],
      ["shoigu", "shoygu", true],
      ["shoigu", "shoigu", false],
      ["shoigu", "sohigu", false],
      ["abcdef", "abcxyz", false],
    ];
    for (const [a, b, want] of cases) expect([a, b, oneEdit(a, b)]).toEqual([a, b, want]);
  });
});
