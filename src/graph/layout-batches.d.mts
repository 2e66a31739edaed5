import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** ForceAtlas2's iterations in timed batches (see layout-batches.mjs); returns how many ran. */
export function iterateInBatches(
  settings: ForceAtlas2Settings,
  nodes: Float32Array,
  edges: Float32Array,
  limits: { maxIterations: number; budgetMs: number; started: number; clock: () => number },
): number;
