/**
 * Layout at build time: seeded start positions (old nodes keep theirs, new nodes go near their
 * neighbours) and ForceAtlas2 iterations in batches until an iteration cap or a time budget is hit.
 * Deterministic for a seed whenever the cap is reached within the budget.
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { createRandom, hashSeed } from "./prng.ts";

/** How the layout runs. */
export interface LayoutSettings {
  /** Seed of the start positions. */
  seed: number;
  /** Wall-clock budget for the iterations, in ms; at least one iteration always runs. */
  timeBudgetMs: number;
  /** Most iterations to run (0: only place new nodes). */
  maxIterations: number;
  /** Node count above which Barnes-Hut approximation is used. */
  barnesHutThreshold: number;
  /** ForceAtlas2 settings overriding the inferred ones. */
  forceAtlas2: ForceAtlas2Settings;
  /** Clock in ms (injectable for tests). */
  clock: () => number;
}

/** Default layout: seed 1, 2 s budget, up to 300 iterations, Barnes-Hut above 2000 nodes. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = {
  seed: 1,
  timeBudgetMs: 2000,
  maxIterations: 300,
  barnesHutThreshold: 2000,
  forceAtlas2: {},
  clock: () => performance.now(),
};

/** Fills in and checks layout settings, throwing INVALID_OPTION with the field. */
export function resolveLayoutSettings(partial: Partial<LayoutSettings> = {}): LayoutSettings {
  const s = { ...DEFAULT_LAYOUT_SETTINGS, ...partial };
  const bad = (field: string): never => {
    throw new KgError("INVALID_OPTION", `layout: ${field} must be a number >= 0`, { field });
  };
  if (!Number.isInteger(s.seed)) bad("seed");
  if (!(s.timeBudgetMs >= 0)) bad("timeBudgetMs");
  if (!Number.isInteger(s.maxIterations) || s.maxIterations < 0) bad("maxIterations");
  if (!(s.barnesHutThreshold >= 0)) bad("barnesHutThreshold");
  return s;
}

/** What a layout run did. */
export interface LayoutReport {
  placed: number;
  iterations: number;
  barnesHut: boolean;
  elapsedMs: number;
}

const FA2_DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

const hasPosition = (a: { x?: number; y?: number }): boolean => Number.isFinite(a.x) && Number.isFinite(a.y);

/**
 * Gives every node without a position one (or only those of `among`, so that a change to a large
 * graph looks at its own nodes alone): near the mean of its placed neighbours when it has some,
 * else at a seeded spot in a disc sized to the graph (`order` nodes: the stored graph's size when
 * `graph` holds only the part a change touches). Returns how many were placed.
 */
export function placeNewNodes(
  graph: KgGraph,
  seed = DEFAULT_LAYOUT_SETTINGS.seed,
  among?: readonly string[],
  order = graph.order,
): number {
  const radius = 10 * Math.sqrt(Math.max(1, order));
  const jitter = (node: string): [number, number] => {
    const random = createRandom(hashSeed(node, seed));
    const angle = random() * 2 * Math.PI;
    return [Math.cos(angle), Math.sin(angle)].map((v) => v * Math.sqrt(random())) as [number, number];
  };
  let pending = (
    among
      ? [...new Set(among)].filter((n) => graph.hasNode(n) && !hasPosition(graph.getNodeAttributes(n)))
      : graph.filterNodes((_, a) => !hasPosition(a))
  ).sort();
  const placed = pending.length;
  const anyPlaced = placed < graph.order;
  for (let pass = 0; anyPlaced && pass < 3 && pending.length; pass++) {
    const next: string[] = [];
    for (const node of pending) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(node, (_, a) => {
        if (hasPosition(a)) [sx, sy, n] = [sx + (a.x as number), sy + (a.y as number), n + 1];
      });
      if (n === 0) {
        next.push(node);
        continue;
      }
      const [jx, jy] = jitter(node);
      graph.mergeNodeAttributes(node, { x: sx / n + jx * 5, y: sy / n + jy * 5 });
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  for (const node of pending) {
    const [jx, jy] = jitter(node);
    graph.mergeNodeAttributes(node, { x: jx * radius, y: jy * radius });
  }
  return placed;
}

/** Places new nodes, then runs ForceAtlas2 in timed batches on one set of matrices. */
export function layoutGraph(graph: KgGraph, partial: Partial<LayoutSettings> = {}): LayoutReport {
  const s = resolveLayoutSettings(partial);
  const started = s.clock();
  const placed = placeNewNodes(graph, s.seed);
  const barnesHut = graph.order > s.barnesHutThreshold;
  if (graph.order < 2 || s.maxIterations === 0)
    return { placed, iterations: 0, barnesHut, elapsedMs: s.clock() - started };
  const settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: barnesHut,
    ...s.forceAtlas2,
  };
  const matrices = graphToByteArrays(graph, (_, a) =>
    typeof a.weight === "number" && a.weight > 0 ? a.weight : 1,
  );
  const before = Float32Array.from(matrices.nodes);
  let iterations = 0;
  let batch = 1;
  const loopStart = s.clock();
  while (iterations < s.maxIterations) {
    for (let i = 0; i < batch; i++) iterate(settings, matrices.nodes, matrices.edges);
    iterations += batch;
    const elapsed = s.clock() - loopStart;
    const perIteration = elapsed / iterations;
    const left = s.timeBudgetMs - (s.clock() - started);
    batch = Math.min(s.maxIterations - iterations, Math.floor(left / Math.max(perIteration, 1e-3)), 64);
    if (batch < 1) break;
  }
  const finite = matrices.nodes.every((v) => Number.isFinite(v));
  assignLayoutChanges(graph, finite ? matrices.nodes : before, null);
  return { placed, iterations, barnesHut, elapsedMs: s.clock() - started };
}
