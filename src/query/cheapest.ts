/**
 * One cheapest path from a node to each of several targets (Dijkstra with parent pointers),
 * optionally avoiding banned nodes and banned steps: the building block of Yen's k shortest
 * paths and of the Steiner tree of `connect`.
 */
import { heapPush, popUnsettled } from "./heap.ts";
import { entryCost, nextStamp, passable, walkable, type StopReason, type Walk } from "./walk.ts";

/** A path as node numbers and its cost. */
export interface RawPath {
  nodes: number[];
  cost: number;
}

/** What may not be used: nodes, and steps `u → v` encoded as `u * nodeCount + v`. */
export interface Bans {
  nodes?: readonly number[];
  steps?: ReadonlySet<number>;
}

/** The cheapest path to each target (null when unreachable within the bounds). */
export interface CheapestResult {
  paths: (RawPath | null)[];
  reason?: StopReason;
}

/**
 * Dijkstra from `s` until every target is settled. Intermediate nodes must pass the type mask
 * (`s` and the targets need not); paths are at most `maxHops` long.
 */
export function cheapestTo(
  w: Walk,
  s: number,
  targets: readonly number[],
  bans: Bans = {},
  maxHops = w.maxHops,
): CheapestResult {
  const { csr, ws, budget } = w;
  const { offsets, neighbor } = csr;
  const n = csr.nodeCount;
  const { seenF, settled, banned, cost, hops, parent, heap, popped } = ws;
  const st = nextStamp(ws);
  for (const b of bans.nodes ?? []) banned[b] = st;
  const isTarget = new Set(targets);
  let left = isTarget.size - (isTarget.has(s) ? 1 : 0);
  const steps = bans.steps;
  heap.size = 0;
  seenF[s] = st;
  cost[s] = 0;
  hops[s] = 0;
  parent[s] = -1;
  heapPush(heap, s, 0);
  let reason: StopReason | undefined;
  let hopCut = false;
  while (heap.size > 0 && left > 0) {
    const u = popUnsettled(heap, popped, settled, cost, st);
    if (u < 0) continue;
    const d = popped[1]!;
    if (u !== s && isTarget.has(u)) left--;
    if (!budget.spend(1)) {
      reason = budget.reason;
      break;
    }
    if (hops[u]! >= maxHops) {
      hopCut = true;
      continue;
    }
    if (u !== s && isTarget.has(u) && !passable(w, u, -1, -1)) continue;
    for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
      const v = neighbor[j]!;
      if (settled[v] === st || banned[v] === st || !walkable(w, j, 0)) continue;
      if (!isTarget.has(v) && !passable(w, v, s, -1)) continue;
      if (steps && steps.has(u * n + v)) continue;
      const nd = d + entryCost(w, j);
      if (seenF[v] !== st || nd < cost[v]!) {
        seenF[v] = st;
        cost[v] = nd;
        hops[v] = hops[u]! + 1;
        parent[v] = u;
        heapPush(heap, v, nd);
      }
    }
  }
  const paths = targets.map((t): RawPath | null => {
    if (t === s) return { nodes: [s], cost: 0 };
    if (settled[t] !== st) return null;
    const nodes: number[] = [];
    for (let v = t; v !== -1; v = parent[v]!) nodes.push(v);
    return { nodes: nodes.reverse(), cost: cost[t]! };
  });
  if (!reason && hopCut && paths.some((p) => p === null)) reason = "maxHops";
  return reason ? { paths, reason } : { paths };
}
