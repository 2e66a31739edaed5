/**
 * What the import's speed-ups must not change: a graph whose adjacency was prepared for bulk
 * edges behaves like any other, a duplicate edge is still merged, evidence lists read from kg's own
 * files are kept whole, and the Extraction is built once, on first read, from the imported graph.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { prepareAdjacency } from "../../../src/io/adjacency.ts";
import { parseEvidence } from "../../../src/io/evidence.ts";
import { readGraph, writeExport } from "../../../src/io/index.ts";
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import type { NodeAttributes } from "../../../src/model/types.ts";
import { syntheticGraph } from "./_synthetic.ts";
import { tempDir } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

const person = (name: string): NodeAttributes => ({
  name,
  type: "Person",
  aliases: [],
  mentions: 1,
  docs: [],
});

function smallGraph(prepared: boolean): KgGraph {
  const graph = createKgGraph();
  for (const id of ["c", "a", "b", "d"]) {
    graph.addNode(id, person(id));
    if (prepared) prepareAdjacency(graph, id);
  }
  for (const [s, t] of [
    ["a", "b"],
    ["c", "b"],
    ["a", "d"],
    ["b", "a"],
    ["d", "c"],
  ] as const)
    graph.addEdgeWithKey(`${s}|meets|${t}`, s, t, {
      relation: "meets",
      evidence: [],
      weight: 1,
      docs: 0,
      firstSeen: null,
      lastSeen: null,
    });
  return graph;
}

describe("prepared adjacency", () => {
  it("lists neighbours and edges in the same order as an unprepared graph", () => {
    const [plain, prepared] = [smallGraph(false), smallGraph(true)];
    for (const node of ["a", "b", "c", "d"]) {
      expect(prepared.outNeighbors(node)).toEqual(plain.outNeighbors(node));
      expect(prepared.inNeighbors(node)).toEqual(plain.inNeighbors(node));
      expect(prepared.edges(node)).toEqual(plain.edges(node));
    }
    expect(prepared.export()).toEqual(plain.export());
  });

  it("does nothing for a node that is not in the graph", () => {
    const graph = createKgGraph();
    expect(() => prepareAdjacency(graph, "missing")).not.toThrow();
    expect(graph.order).toBe(0);
  });
});

describe("evidence read from kg's own files", () => {
  it("keeps a list of complete pieces as parsed, and completes a list with a partial piece", () => {
    const full = { doc: "d", sentence: "s", start: 0, end: 1, trigger: "t", rule: "r", modality: "asserted" };
    expect(parseEvidence(JSON.stringify([full, full]))).toEqual([full, full]);
    expect(parseEvidence(JSON.stringify([full, { doc: "e", sentence: "x" }]))).toEqual([
      full,
      { doc: "e", sentence: "x", start: 0, end: 0, trigger: "", rule: "import", modality: "asserted" },
    ]);
    expect(parseEvidence(JSON.stringify([full, { doc: 1 }]))).toBeNull();
  });

  it("copies a list it was handed rather than keeping the caller's array", () => {
    const full = { doc: "d", sentence: "s", start: 0, end: 1, trigger: "t", rule: "r", modality: "asserted" };
    const list = [full];
    expect(parseEvidence(list)).not.toBe(list);
  });
});

describe("the Extraction of an import", () => {
  it("is built once, on first read, and matches the imported graph", async () => {
    const file = `${tmp.dir}/lazy.gexf`;
    await writeExport(syntheticGraph({ nodes: 50, edges: 120, seed: 5 }), "gexf", file);
    const result = await readGraph(readFileSync(file, "utf8"), { format: "gexf" });
    const first = result.extraction;
    expect(result.extraction).toBe(first);
    expect(first.entities).toHaveLength(result.graph.order);
    expect(first.relations.length + first.hedged.length).toBeGreaterThanOrEqual(result.graph.size);
  });
});
