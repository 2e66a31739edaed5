/**
 * Properties of path queries on random graphs (seeded): shortest paths are real paths as short
 * as graphology's breadth-first distance, all of them are found, and k-shortest paths are
 * distinct, simple, sorted, and the k cheapest of all simple paths (graphology-simple-path);
 * with random direction and avoided relations.
 */
import fc from "fast-check";
import { DirectedGraph, UndirectedGraph } from "graphology";
import { unweighted } from "graphology-shortest-path";
import { allSimplePaths } from "graphology-simple-path";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES, SYMMETRIC_RELATIONS, type RelationType } from "../../../src/model/ontology.ts";
import type { KgGraph } from "../../../src/model/graph.ts";
import { createQueryEngine, evidenceCost, type Path, type PathOptions } from "../../../src/query/index.ts";
import { graphOf, type EdgeSpec } from "./_graphs.ts";

const SEED = 20261127;
const RUNS = 150;

interface Case {
  n: number;
  edges: EdgeSpec[];
  from: number;
  to: number;
  directed: boolean;
  /** Relations the query may not walk. */
  avoid: RelationType[];
}

const caseArb = fc
  .integer({ min: 2, max: 9 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.nat(n - 1),
          fc.constantFrom(...RELATION_TYPES),
          fc.nat(n - 1),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 3 }),
        ),
        { maxLength: 3 * n },
      ),
      from: fc.nat(n - 1),
      to: fc.nat(n - 1),
      directed: fc.boolean(),
      avoid: fc.subarray([...RELATION_TYPES], { maxLength: 2 }),
    }),
  )
  .map((c): Case => {
    const seen = new Set<string>();
    const edges: EdgeSpec[] = [];
    for (const [s, r, t, ev, docs] of c.edges) {
      if (s === t) continue;
      const [a, b] = SYMMETRIC_RELATIONS.has(r) && t < s ? [t, s] : [s, t];
      const key = `${a}|${r}|${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([`n${a}`, r, `n${b}`, ev, Math.min(docs, ev)]);
    }
    return { ...c, edges };
  });

function build(c: Case): KgGraph {
  return graphOf(
    Array.from({ length: c.n }, (_, i) => [`n${i}`, "Person"] as const).map(([id, t]) => [id, t]),
    c.edges,
  );
}

/** The graph as walked (symmetric relations both ways when directed), keeping the cheapest edge per step. */
function reference(c: Case): DirectedGraph | UndirectedGraph {
  const g = c.directed ? new DirectedGraph() : new UndirectedGraph();
  for (let i = 0; i < c.n; i++) g.addNode(`n${i}`);
  const add = (s: string, t: string, cost: number): void => {
    if (g.hasEdge(s, t)) {
      if (g.getEdgeAttribute(s, t, "cost") > cost) g.setEdgeAttribute(s, t, "cost", cost);
    } else g.addEdge(s, t, { cost });
  };
  for (const [s, r, t, ev = 1, docs = 1] of c.edges) {
    if (c.avoid.includes(r)) continue;
    const cost = evidenceCost(ev, docs);
    add(s, t, cost);
    if (c.directed && SYMMETRIC_RELATIONS.has(r)) add(t, s, cost);
  }
  return g;
}

/** Checks that a path is a real, simple path from `from` to `to` in the graph, obeying direction. */
function checkReal(
  graph: KgGraph,
  p: Path,
  from: string,
  to: string,
  directed: boolean,
  avoid: RelationType[],
): void {
  expect(p.nodes[0]).toBe(from);
  expect(p.nodes[p.nodes.length - 1]).toBe(to);
  expect(new Set(p.nodes).size).toBe(p.nodes.length);
  expect(p.hops).toHaveLength(p.nodes.length - 1);
  p.hops.forEach((h, i) => {
    expect(graph.hasEdge(h.key)).toBe(true);
    expect(avoid).not.toContain(h.relation);
    const [a, b] = [p.nodes[i]!, p.nodes[i + 1]!];
    expect([h.source, h.target].sort()).toEqual([a, b].sort());
    const symmetric = SYMMETRIC_RELATIONS.has(h.relation);
    expect(h.direction).toBe(symmetric || h.source === a ? "forward" : "backward");
    if (directed) expect(symmetric || h.source === a).toBe(true);
  });
}

/** Runs a path query on the case's graph (its direction and avoided relations, up to 12 hops). */
function run(c: Case, opts: PathOptions) {
  const graph = build(c);
  const [from, to] = [`n${c.from}`, `n${c.to}`];
  const r = createQueryEngine(graph).paths(from, to, {
    directed: c.directed,
    avoid: c.avoid,
    maxHops: 12,
    ...opts,
  });
  return { graph, ref: reference(c), from, to, r };
}

function countShortest(ref: DirectedGraph | UndirectedGraph, from: string, to: string): number {
  const dist = new Map<string, number>([[from, 0]]);
  const count = new Map<string, number>([[from, 1]]);
  let layer = [from];
  while (layer.length && !dist.has(to)) {
    const next: string[] = [];
    for (const u of layer) {
      for (const v of ref.type === "undirected" ? ref.neighbors(u) : ref.outNeighbors(u)) {
        if (!dist.has(v)) {
          dist.set(v, dist.get(u)! + 1);
          next.push(v);
        }
        if (dist.get(v) === dist.get(u)! + 1) count.set(v, (count.get(v) ?? 0) + count.get(u)!);
      }
    }
    layer = next;
  }
  return count.get(to) ?? 0;
}

function pathCost(ref: DirectedGraph | UndirectedGraph, nodes: string[], weighted: boolean): number {
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++)
    cost += weighted ? ref.getEdgeAttribute(nodes[i]!, nodes[i + 1]!, "cost") : 1;
  return cost;
}

describe("shortest paths on random graphs", () => {
  it("are real paths, as short as the breadth-first distance, and all of them", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { graph, ref, from, to, r } = run(c, { maxPaths: 10_000 });
        const expected = unweighted.bidirectional(ref, from, to);
        if (!expected) {
          expect(r.paths).toEqual([]);
          return;
        }
        expect(r.truncated).toBe(false);
        for (const p of r.paths) {
          checkReal(graph, p, from, to, c.directed, c.avoid);
          expect(p.length).toBe(expected.length - 1);
        }
        expect(new Set(r.paths.map((p) => p.nodes.join())).size).toBe(r.paths.length);
        expect(r.paths.length).toBe(from === to ? 1 : countShortest(ref, from, to));
        const one = run(c, { maxPaths: 1 }).r;
        expect(one.paths).toHaveLength(1);
        checkReal(graph, one.paths[0]!, from, to, c.directed, c.avoid);
        expect(one.paths[0]!.length).toBe(expected.length - 1);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("weighted, are all the paths that cost no more than any simple path", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(c.from !== c.to);
        const { graph, ref, from, to, r } = run(c, { weighted: true });
        const all = allSimplePaths(ref, from, to);
        if (all.length === 0) {
          expect(r.paths).toEqual([]);
          return;
        }
        const costs = all.map((p) => pathCost(ref, p, true));
        const best = Math.min(...costs);
        const ties = costs.filter((x) => Math.abs(x - best) <= 1e-9 * Math.max(1, best)).length;
        expect(r.paths).toHaveLength(ties);
        for (const p of r.paths) {
          checkReal(graph, p, from, to, c.directed, c.avoid);
          expect(p.cost).toBeCloseTo(best, 9);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("k shortest paths on random graphs", () => {
  for (const weighted of [false, true]) {
    it(`are distinct, simple, sorted, and the k cheapest simple paths (${weighted ? "weighted" : "hops"})`, () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 1, max: 8 }), (c, k) => {
          fc.pre(c.from !== c.to);
          const { graph, ref, from, to, r } = run(c, { mode: "k-shortest", k, weighted });
          const all = allSimplePaths(ref, from, to)
            .map((p) => pathCost(ref, p, weighted))
            .sort((a, b) => a - b);
          expect(r.paths).toHaveLength(Math.min(k, all.length));
          expect(new Set(r.paths.map((p) => p.nodes.join())).size).toBe(r.paths.length);
          r.paths.forEach((p, i) => {
            checkReal(graph, p, from, to, c.directed, c.avoid);
            expect(p.cost).toBeCloseTo(all[i]!, 9);
            if (i > 0) expect(p.cost).toBeGreaterThanOrEqual(r.paths[i - 1]!.cost - 1e-9);
          });
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});
