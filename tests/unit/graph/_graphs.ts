/**
 * Seeded random graphs for layout tests and the graph benchmark: `n` Country nodes and about 2n
 * `meets` edges, with one end drawn uniformly and the other either uniformly or Zipf-like (hubs).
 */
import { createRandom } from "../../../src/graph/prng.ts";
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../../../src/model/types.ts";

/** Attributes of a test node. */
export const nodeAttrs = (name: string): NodeAttributes => ({
  name,
  type: "Country",
  aliases: [],
  mentions: 1,
  docs: [],
});

/** Attributes of a test `meets` edge with no evidence. */
export const meetsAttrs = (): EdgeAttributes => ({
  relation: "meets",
  evidence: [],
  weight: 1,
  docs: 1,
  firstSeen: null,
  lastSeen: null,
});

/** A Zipf-like index in [0, n): low indexes much more often. */
export const zipf = (random: () => number, n: number): number =>
  Math.min(n - 1, Math.floor(n ** random() - 1));

/** A random graph of `n` nodes and about 2n edges; `hubs` draws targets Zipf-like. */
export function randomGraph(n: number, seed = 7, hubs = false): KgGraph {
  const random = createRandom(seed);
  const graph = createKgGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, nodeAttrs(`N${i}`));
  for (let i = 0; i < 2 * n; i++) {
    const a = Math.floor(random() * n);
    const b = hubs ? zipf(random, n) : Math.floor(random() * n);
    const key = `n${a}|meets|n${b}`;
    if (a !== b && !graph.hasEdge(key)) graph.addEdgeWithKey(key, `n${a}`, `n${b}`, meetsAttrs());
  }
  return graph;
}
