/**
 * Curation in the store: each record changes the graph at once, survives a full rebuild, a
 * re-extraction, an incremental add and an import, is seen by another process on the same
 * folder, and its undo gives back the graph as it was (nodes, edges, evidence and positions).
 */
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { isKgError } from "../../../src/model/errors.ts";
import { graphWithEvidence } from "../../../src/model/evidence.ts";
import { openStore, type KgStore, type StoreOptions } from "../../../src/graph/store.ts";
import { createFakeExtract } from "./_fake-extract.ts";
import { tempDir } from "./_tmp.ts";

const extract = createFakeExtract([
  ["Lee Jae-myung", "Person", []],
  ["Jae-myung Lee", "Person", []],
  ["Yoon Suk Yeol", "Person", []],
  ["Kim Jong Un", "Person", ["Kim"]],
  ["Sergei Shoigu", "Person", ["Shoigu"]],
  ["North Korea", "Country", ["DPRK"]],
  ["Russia", "Country", []],
  ["Ukraine", "Country", []],
  ["Iran", "Country", []],
]);

let dir: string;
const options = (): StoreOptions => ({ dataDir: dir, extract, layout: { maxIterations: 20 } });

beforeEach(async () => {
  dir = await tempDir();
  const sources = join(dir, "sources");
  await mkdir(sources);
  await writeFile(join(sources, "a.txt"), "Lee Jae-myung met Yoon Suk Yeol. Russia supplies Ukraine.\n");
  await writeFile(
    join(sources, "b.txt"),
    "Jae-myung Lee met Kim Jong Un. Iran supplies Russia. Iran supplies Russia again.\n",
  );
  await writeFile(join(sources, "c.txt"), "Kim Jong Un met Sergei Shoigu. Russia supplies Ukraine.\n");
});

/** The graph as sorted nodes and edges with every attribute (evidence and positions included). */
function snapshot(store: KgStore) {
  const g = graphWithEvidence(store.graph, store.evidence).export();
  const byKey = (a: { key?: string }, b: { key?: string }) => ((a.key ?? "") < (b.key ?? "") ? -1 : 1);
  return { nodes: [...g.nodes].sort(byKey), edges: [...g.edges].sort(byKey) };
}

/** The graph with its evidence (which the store keeps in its DB) and without positions (a rebuild lays the graph out again). */
function shape(store: KgStore) {
  const { nodes, edges } = snapshot(store);
  return {
    nodes: nodes.map((n) => ({ key: n.key, ...n.attributes, x: undefined, y: undefined })),
    edges,
  };
}

async function built(): Promise<KgStore> {
  const store = await openStore(options());
  await store.build();
  return store;
}

/** Changes every source, so that the next build re-extracts them all and rebuilds the graph in full. */
async function touchAllSources(): Promise<void> {
  for (const name of ["a.txt", "b.txt", "c.txt"]) await appendFile(join(dir, "sources", name), "\n");
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (err) {
    return isKgError(err) ? err.code : String(err);
  }
}

describe("merging two entities", () => {
  it("makes one node that keeps the first one's name, the other's name as an alias, and both nodes' edges and evidence", async () => {
    const store = await built();
    const { record, change } = await store.curate({
      kind: "merge",
      keep: "lee-jae-myung",
      absorb: "jae-myung-lee",
    });
    expect(record).toMatchObject({ kind: "merge", target: "lee-jae-myung", undoneAt: null });
    expect(change.entitiesRemoved).toEqual(["jae-myung-lee"]);
    expect(store.graph.hasNode("jae-myung-lee")).toBe(false);
    expect(store.graph.getNodeAttributes("lee-jae-myung")).toMatchObject({
      name: "Lee Jae-myung",
      aliases: ["Jae-myung Lee"],
    });
    expect(store.graph.hasEdge("kim-jong-un|meets|lee-jae-myung")).toBe(true);
    expect(store.evidence.evidenceOf("kim-jong-un|meets|lee-jae-myung")[0]?.sentence).toBe(
      "Jae-myung Lee met Kim Jong Un.",
    );
  });

  it("survives a re-extraction of every source (a full rebuild) and a reopening of the store", async () => {
    const store = await built();
    await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    const merged = shape(store);
    await touchAllSources();
    const report = await store.build();
    expect(report.built).toHaveLength(3);
    expect(store.graph.hasNode("jae-myung-lee")).toBe(false);
    expect(shape(store)).toEqual(merged);
    expect(shape(await openStore(options()))).toEqual(merged);
  });

  it("holds for a document added later and for an imported extraction", async () => {
    const store = await built();
    await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    await store.addDocument({ text: "Jae-myung Lee met Sergei Shoigu." });
    expect(store.graph.hasNode("jae-myung-lee")).toBe(false);
    expect(store.graph.hasEdge("lee-jae-myung|meets|sergei-shoigu")).toBe(true);
    await store.importExtraction("x.json", {
      entities: [
        { id: "jae-myung-lee", name: "Jae-myung Lee", type: "Person", aliases: [], mentions: 1 },
        { id: "iran", name: "Iran", type: "Country", aliases: [], mentions: 1 },
      ],
      relations: [],
      hedged: [],
    });
    expect(store.graph.hasNode("jae-myung-lee")).toBe(false);
    expect(store.graph.getNodeAttribute("lee-jae-myung", "docs")).toContain("x.json");
  });

  it("concatenates the evidence of the two nodes' parallel edges", async () => {
    await appendFile(join(dir, "sources", "a.txt"), "Lee Jae-myung met Kim Jong Un in Seoul.\n");
    const store = await built();
    const before = [
      ...store.evidence.evidenceOf("kim-jong-un|meets|lee-jae-myung"),
      ...store.evidence.evidenceOf("jae-myung-lee|meets|kim-jong-un"),
    ].map((e) => e.sentence);
    await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    const after = store.graph.getEdgeAttributes("kim-jong-un|meets|lee-jae-myung");
    expect(
      store.evidence
        .evidenceOf("kim-jong-un|meets|lee-jae-myung")
        .map((e) => e.sentence)
        .sort(),
    ).toEqual(before.sort());
    expect(after.weight).toBe(2);
  });

  it("is refused for an entity with itself (conflict) and for an unknown entity", async () => {
    const store = await built();
    expect(await codeOf(store.curate({ kind: "merge", keep: "iran", absorb: "iran" }))).toBe(
      "CURATION_CONFLICT",
    );
    expect(await codeOf(store.curate({ kind: "merge", keep: "iran", absorb: "atlantis" }))).toBe(
      "UNKNOWN_ENTITY",
    );
  });
});

describe("undoing", () => {
  it("gives back the graph as it was before the record, positions included", async () => {
    const store = await built();
    const before = snapshot(store);
    const { record } = await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    const undone = await store.undoCuration(record.id);
    expect(undone.record.undoneAt).not.toBeNull();
    expect(undone.change.entitiesAdded).toEqual(["jae-myung-lee"]);
    expect(snapshot(store)).toEqual(before);
  });

  it("undoes the newest record in force when no record is named, and says when there is none", async () => {
    const store = await built();
    expect(await codeOf(store.undoCuration())).toBe("UNKNOWN_CURATION");
    await store.curate({ kind: "rename", entity: "iran", name: "Islamic Republic of Iran" });
    const second = await store.curate({ kind: "retype", entity: "kim-jong-un", type: "Organization" });
    expect((await store.undoCuration()).record.id).toBe(second.record.id);
    expect(store.graph.getNodeAttribute("kim-jong-un", "type")).toBe("Person");
    expect(store.graph.getNodeAttribute("iran", "name")).toBe("Islamic Republic of Iran");
    expect(await codeOf(store.undoCuration(second.record.id))).toBe("CURATION_CONFLICT");
  });

  it("of every kind of record restores the graph exactly", async () => {
    const store = await built();
    const before = snapshot(store);
    const evidence = store.evidence.evidenceOf("iran|supplies|russia")[0]!;
    const records = [
      await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" }),
      await store.curate({ kind: "rename", entity: "kim-jong-un", name: "Kim Jong-un" }),
      await store.curate({ kind: "retype", entity: "iran", type: "Organization" }),
      await store.curate({ kind: "reject-edge", edge: "russia|supplies|ukraine" }),
      await store.curate({
        kind: "reject-evidence",
        edge: "iran|supplies|russia",
        doc: evidence.doc,
        start: evidence.start,
        end: evidence.end,
      }),
    ];
    for (const r of records.reverse()) await store.undoCuration(r.record.id);
    expect(snapshot(store)).toEqual(before);
  });
});

describe("renaming and retyping", () => {
  it("renames a node, keeps its old name as an alias, and survives a full rebuild", async () => {
    const store = await built();
    const { change } = await store.curate({ kind: "rename", entity: "kim-jong-un", name: "Kim Jong-un" });
    expect(change.entitiesUpdated).toEqual(["kim-jong-un"]);
    expect(store.graph.getNodeAttributes("kim-jong-un")).toMatchObject({
      name: "Kim Jong-un",
      aliases: ["Kim Jong Un"],
    });
    await touchAllSources();
    await store.build();
    expect(store.graph.getNodeAttribute("kim-jong-un", "name")).toBe("Kim Jong-un");
  });

  it("refuses a rename to the same name and a retype to the same type", async () => {
    const store = await built();
    expect(await codeOf(store.curate({ kind: "rename", entity: "iran", name: "Iran" }))).toBe(
      "CURATION_CONFLICT",
    );
    expect(await codeOf(store.curate({ kind: "retype", entity: "iran", type: "Country" }))).toBe(
      "CURATION_CONFLICT",
    );
  });

  it("changes a node's type, also for documents added later", async () => {
    const store = await built();
    await store.curate({ kind: "retype", entity: "iran", type: "Organization" });
    expect(store.graph.getNodeAttribute("iran", "type")).toBe("Organization");
    await store.addDocument({ text: "Iran supplies Ukraine." });
    expect(store.graph.getNodeAttribute("iran", "type")).toBe("Organization");
    expect(store.graph.hasEdge("iran|supplies|ukraine")).toBe(true);
  });
});

describe("rejecting", () => {
  it("takes an edge out of the graph, keeps it in the stored extraction, and keeps it out after a re-extraction", async () => {
    const store = await built();
    const { change } = await store.curate({ kind: "reject-edge", edge: "russia|supplies|ukraine" });
    expect(change.relationsRemoved).toEqual(["russia|supplies|ukraine"]);
    expect(store.sources.get("a.txt")?.extraction.relations.some((r) => r.target === "ukraine")).toBe(true);
    await touchAllSources();
    await store.build();
    expect(store.graph.hasEdge("russia|supplies|ukraine")).toBe(false);
    await store.addDocument({ text: "Russia supplies Ukraine once more." });
    expect(store.graph.hasEdge("russia|supplies|ukraine")).toBe(false);
  });

  it("takes one piece of evidence out of an edge and leaves the rest", async () => {
    const store = await built();
    const [first, second] = store.evidence.evidenceOf("iran|supplies|russia");
    const { change } = await store.curate({
      kind: "reject-evidence",
      edge: "iran|supplies|russia",
      doc: first!.doc,
      start: first!.start,
      end: first!.end,
    });
    expect(change.relationsUpdated).toEqual(["iran|supplies|russia"]);
    const left = store.graph.getEdgeAttributes("iran|supplies|russia");
    expect(store.evidence.evidenceOf("iran|supplies|russia").map((e) => e.start)).toEqual([second!.start]);
    expect(left.weight).toBe(1);
  });

  it("says which evidence or edge is unknown", async () => {
    const store = await built();
    expect(await codeOf(store.curate({ kind: "reject-edge", edge: "iran|meets|russia" }))).toBe(
      "UNKNOWN_RELATION",
    );
    const missing = {
      kind: "reject-evidence",
      edge: "iran|supplies|russia",
      doc: "b.txt",
      start: 1,
      end: 2,
    } as const;
    expect(await codeOf(store.curate(missing))).toBe("UNKNOWN_EVIDENCE");
  });
});

describe("splitting an alias off", () => {
  async function withAlias(): Promise<KgStore> {
    const store = await built();
    await store.importExtraction("profile.json", {
      entities: [{ id: "north-korea", name: "North Korea", type: "Country", aliases: ["DPRK"], mentions: 1 }],
      relations: [],
      hedged: [],
    });
    await store.addDocument({ text: "DPRK supplies Russia." });
    return store;
  }

  it("makes the alias an entity of its own that never joins the first again", async () => {
    const store = await withAlias();
    expect(store.graph.hasEdge("north-korea|supplies|russia")).toBe(true);
    const { change } = await store.curate({ kind: "split", entity: "north-korea", alias: "DPRK" });
    expect(change.entitiesAdded).toEqual(["dprk"]);
    expect(store.graph.getNodeAttribute("north-korea", "aliases")).not.toContain("DPRK");
    expect(store.graph.hasEdge("dprk|supplies|russia")).toBe(true);
    await store.addDocument({ text: "DPRK supplies Iran." });
    expect(store.graph.hasEdge("dprk|supplies|iran")).toBe(true);
    await touchAllSources();
    await store.build();
    expect(store.graph.hasNode("dprk")).toBe(true);
    expect(store.graph.getNodeAttribute("north-korea", "aliases")).not.toContain("DPRK");
  });

  it("refuses an alias the entity does not have, and its own name", async () => {
    const store = await withAlias();
    expect(await codeOf(store.curate({ kind: "split", entity: "north-korea", alias: "Pyongyang" }))).toBe(
      "UNKNOWN_ALIAS",
    );
    expect(await codeOf(store.curate({ kind: "split", entity: "north-korea", alias: "north korea" }))).toBe(
      "CURATION_CONFLICT",
    );
  });
});

describe("records and other processes", () => {
  it("lists the records newest first, with what was undone", async () => {
    const store = await built();
    const a = await store.curate({ kind: "rename", entity: "iran", name: "Persia" });
    const b = await store.curate({ kind: "reject-edge", edge: "russia|supplies|ukraine" });
    await store.undoCuration(a.record.id);
    const list = store.curationRecords(10);
    expect(list.map((r) => [r.id, r.kind, r.undoneAt !== null])).toEqual([
      [b.record.id, "reject-edge", false],
      [a.record.id, "rename", true],
    ]);
    expect(store.curationRecords(1)).toHaveLength(1);
  });

  it("are written as the graph they make: a reopened store and a second store that followed hold the same graph", async () => {
    const store = await built();
    const other = await openStore(options());
    const evidence = store.evidence.evidenceOf("iran|supplies|russia")[0]!;
    const { record } = await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    await store.curate({ kind: "rename", entity: "kim-jong-un", name: "Kim Jong-un" });
    await store.curate({ kind: "reject-evidence", edge: "iran|supplies|russia", ...evidence });
    await store.undoCuration(record.id);
    other.refresh();
    expect(snapshot(other)).toEqual(snapshot(store));
    expect(snapshot(await openStore(options()))).toEqual(snapshot(store));
  });

  it("are seen by a second store on the same folder, and apply to what it builds", async () => {
    const store = await built();
    const other = await openStore(options());
    const seen: string[][] = [];
    other.onChange((c) => seen.push(c.entitiesRemoved));
    await store.curate({ kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    expect(other.refresh()).toBe(true);
    expect(seen).toEqual([["jae-myung-lee"]]);
    expect(other.graph.hasNode("jae-myung-lee")).toBe(false);
    await other.addDocument({ text: "Jae-myung Lee met Sergei Shoigu." });
    expect(other.graph.hasEdge("lee-jae-myung|meets|sergei-shoigu")).toBe(true);
  });
});
