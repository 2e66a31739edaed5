/**
 * What one path query walks with: the index, reusable scratch arrays (visit stamps instead of
 * clearing), the resolved filters as masks, and the budget that bounds visited nodes and time.
 */
import type { CsrIndex } from "./csr.ts";
import { RELATION_TYPES } from "../model/ontology.ts";
import { createHeap, type MinHeap } from "./heap.ts";

/** The relation mask that lets every relation be walked. */
export const ALL_RELATIONS = (1 << RELATION_TYPES.length) - 1;

/** Scratch arrays sized to one index, reused by every query on it. */
export interface Workspace {
  stamp: number;
  seenF: Int32Array;
  seenB: Int32Array;
  settled: Int32Array;
  banned: Int32Array;
  /** Marks for de-duplicating neighbours, with their own stamp counter. */
  mark: Int32Array;
  markStamp: number;
  distF: Int32Array;
  distB: Int32Array;
  hops: Int32Array;
  cost: Float64Array;
  costB: Float64Array;
  settledB: Int32Array;
  hopsB: Int32Array;
  parent: Int32Array;
  parentB: Int32Array;
  queueF: Int32Array;
  queueB: Int32Array;
  heap: MinHeap;
  heapB: MinHeap;
  popped: Float64Array;
}

/** Creates the scratch arrays for an index. */
export function createWorkspace(csr: CsrIndex): Workspace {
  const n = csr.nodeCount;
  return {
    stamp: 0,
    seenF: new Int32Array(n),
    seenB: new Int32Array(n),
    settled: new Int32Array(n),
    banned: new Int32Array(n),
    mark: new Int32Array(n),
    markStamp: 0,
    distF: new Int32Array(n),
    distB: new Int32Array(n),
    hops: new Int32Array(n),
    cost: new Float64Array(n),
    costB: new Float64Array(n),
    settledB: new Int32Array(n),
    hopsB: new Int32Array(n),
    parent: new Int32Array(n),
    parentB: new Int32Array(n),
    queueF: new Int32Array(n),
    queueB: new Int32Array(n),
    heap: createHeap(Math.min(1024, 2 * csr.edgeCount + n + 1)),
    heapB: createHeap(Math.min(1024, 2 * csr.edgeCount + n + 1)),
    popped: new Float64Array(2),
  };
}

/** A fresh stamp: every mark made with an older stamp now reads as unmarked. */
export function nextStamp(ws: Workspace): number {
  if (ws.stamp >= 0x7ffffff0) {
    ws.stamp = 0;
    ws.seenF.fill(0);
    ws.seenB.fill(0);
    ws.settled.fill(0);
    ws.settledB.fill(0);
    ws.banned.fill(0);
  }
  return ++ws.stamp;
}

/** A fresh stamp for `ws.mark` (de-duplication of neighbours). */
export function nextMark(ws: Workspace): number {
  if (ws.markStamp >= 0x7ffffff0) {
    ws.markStamp = 0;
    ws.mark.fill(0);
  }
  return ++ws.markStamp;
}

/** Why a search stopped early. */
export type StopReason = "maxHops" | "maxPaths" | "maxVisited" | "timeout";

/** Counts visited nodes and watches the clock; `reason` is set once a bound is hit. */
export class Budget {
  visited = 0;
  reason: StopReason | undefined;
  private readonly deadline: number;

  constructor(
    private readonly maxVisited: number,
    timeoutMs: number,
    private readonly clock: () => number,
  ) {
    this.deadline = clock() + timeoutMs;
  }

  /** Records `n` more visited nodes; false once a bound is hit. */
  spend(n: number): boolean {
    if (this.reason) return false;
    const before = this.visited;
    this.visited += n;
    if (this.visited > this.maxVisited) this.reason = "maxVisited";
    else if ((before === 0 || before >> 10 !== this.visited >> 10) && this.clock() > this.deadline)
      this.reason = "timeout";
    return this.reason === undefined;
  }

  /** True once a bound is hit. */
  get exhausted(): boolean {
    return this.reason !== undefined;
  }
}

/** One query's walking context. */
export interface Walk {
  csr: CsrIndex;
  ws: Workspace;
  /** Bit per relation code that may be walked. */
  relationMask: number;
  /** Bit per entity type code an intermediate node may have. */
  typeMask: number;
  /** True when every type may be passed through (fast path). */
  allTypes: boolean;
  directed: boolean;
  weighted: boolean;
  maxHops: number;
  maxPaths: number;
  budget: Budget;
}

/**
 * Whether entry `j` may be walked: its relation is allowed and, when directed, it is walked
 * along its edge (`back` 0: from the entry's node outwards; `back` 1: from the neighbour in).
 */
export function walkable(w: Walk, j: number, back: 0 | 1): boolean {
  const csr = w.csr;
  const r = csr.entryRelation[j]!;
  if (((w.relationMask >> r) & 1) === 0) return false;
  return !w.directed || csr.entryBackward[j] === back || csr.symmetric[r] === 1;
}

/**
 * Whether entry `j`, leading to node `v`, may be walked in direction `back` with `v` on the
 * path: `walkable` and `passable` in one (hot loops call it only when some filter is set).
 */
export function admits(w: Walk, j: number, back: 0 | 1, v: number, s: number, t: number): boolean {
  const csr = w.csr;
  const r = csr.entryRelation[j]!;
  if (((w.relationMask >> r) & 1) === 0) return false;
  if (w.directed && csr.entryBackward[j] !== back && csr.symmetric[r] !== 1) return false;
  return w.allTypes || v === s || v === t || ((w.typeMask >> csr.nodeType[v]!) & 1) === 1;
}

/** Whether node `v` may be on the path (endpoints always may). */
export function passable(w: Walk, v: number, s: number, t: number): boolean {
  return w.allTypes || v === s || v === t || ((w.typeMask >> w.csr.nodeType[v]!) & 1) === 1;
}

/** Cost of one walked entry: 1 unweighted, the edge's cost weighted. */
export function entryCost(w: Walk, j: number): number {
  return w.weighted ? w.csr.edgeCost[w.csr.entryEdge[j]!]! : 1;
}

/**
 * The best edge for the step `u → v`: walkable from u to v, the cheapest, then the first
 * relation code, then the smallest key; -1 when none. Scans the end with fewer entries.
 */
export function bestEdge(w: Walk, u: number, v: number): number {
  const csr = w.csr;
  const { offsets, neighbor, entryEdge, edgeCost, edgeRelation, edgeKeys } = csr;
  const fromU = offsets[u + 1]! - offsets[u]! <= offsets[v + 1]! - offsets[v]!;
  const [at, other, back]: [number, number, 0 | 1] = fromU ? [u, v, 0] : [v, u, 1];
  let best = -1;
  for (let j = offsets[at]!, end = offsets[at + 1]!; j < end; j++) {
    if (neighbor[j] !== other || !walkable(w, j, back)) continue;
    const e = entryEdge[j]!;
    if (best < 0) {
      best = e;
      continue;
    }
    const a = edgeCost[e]!;
    const b = edgeCost[best]!;
    if (
      a < b ||
      (a === b &&
        (edgeRelation[e]! < edgeRelation[best]! ||
          (edgeRelation[e] === edgeRelation[best] && edgeKeys[e]! < edgeKeys[best]!)))
    ) {
      best = e;
    }
  }
  return best;
}

/** Cost of walking edge `e`: 1 unweighted, its evidence cost weighted. */
export function edgeWalkCost(w: Walk, e: number): number {
  return w.weighted ? w.csr.edgeCost[e]! : 1;
}
