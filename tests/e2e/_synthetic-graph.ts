/**
 * A seeded synthetic graph of any size (clustered positions, power-law-ish endpoints, one evidence
 * per edge) and a read-only store over it, for the viewer's benchmark and the browser tests that
 * need a large graph.
 */
import { emptyChange } from "../../src/graph/diff.ts";
import { createRandom } from "../../src/graph/prng.ts";
import type { GraphStore } from "../../src/graph/types.ts";
import { createKgGraph, type KgGraph } from "../../src/model/graph.ts";
import { edgeKey } from "../../src/model/ids.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/ontology.ts";

/** A synthetic graph: clustered positions, power-law-ish endpoints, one evidence per edge. */
export function syntheticGraph(nodes: number, edges: number, seed = 42): KgGraph {
  const rnd = createRandom(seed);
  const graph = createKgGraph();
  const clusters = 40;
  for (let i = 0; i < nodes; i++) {
    const c = i % clusters;
    const angle = (2 * Math.PI * c) / clusters;
    graph.addNode(`actor-${i}`, {
      name: `Actor ${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      aliases: [],
      mentions: 1 + Math.floor(rnd() * 20),
      docs: ["synthetic.txt"],
      x: 1000 * Math.cos(angle) + 220 * (rnd() - 0.5) * 2,
      y: 1000 * Math.sin(angle) + 220 * (rnd() - 0.5) * 2,
    });
  }
  const pick = () => `actor-${Math.floor(nodes * rnd() ** 2)}`;
  while (graph.size < edges) {
    const source = pick();
    const target =
      rnd() < 0.7
        ? `actor-${(Number(source.slice(6)) + clusters * Math.floor(1 + rnd() * 5)) % nodes}`
        : pick();
    const relation = RELATION_TYPES[Math.floor(rnd() * RELATION_TYPES.length)]!;
    if (source === target) continue;
    const key = edgeKey(source, relation, target);
    if (graph.hasEdge(key)) continue;
    const [s, , t] = key.split("|") as [string, string, string];
    graph.addEdgeWithKey(key, s, t, {
      relation,
      evidence: [
        {
          doc: "synthetic.txt",
          sentence: `${s} ${relation} ${t}.`,
          start: 0,
          end: 10,
          trigger: relation,
          rule: "synthetic",
          modality: "asserted",
          date: "2025-01-01",
        },
      ],
      weight: 1,
      docs: 1,
      firstSeen: "2025-01-01",
      lastSeen: "2025-01-01",
    });
  }
  return graph;
}

/** A read-only store over a prebuilt graph (the benchmark never writes). */
export function staticStore(graph: KgGraph): GraphStore {
  const refuse = () => Promise.reject(new Error("bench store is read-only"));
  return {
    graph,
    sources: new Map(),
    revision: 1,
    build: () =>
      Promise.resolve({
        built: [],
        skipped: [],
        removed: [],
        failed: [],
        change: emptyChange(),
      }),
    addDocument: refuse,
    removeDocument: refuse,
    onChange: () => () => undefined,
  };
}
