/**
 * All cheapest paths by evidence cost: bidirectional Dijkstra that runs until the two search
 * radii together exceed the best meeting cost, so that every cheapest path is labelled (its
 * start settled from the source, its end from the target); the paths are then enumerated
 * through the edges that cross from one side to the other, up to `maxPaths`. Costs within a
 * relative 1e-9 count as ties.
 */
import { heapPush, popUnsettled, type MinHeap } from "./heap.ts";
import type { Bans } from "./cheapest.ts";
import { enumerate, neighboursWhere, type RawPaths } from "./shortest.ts";
import {
  ALL_RELATIONS,
  admits,
  entryCost,
  nextMark,
  nextStamp,
  walkable,
  type StopReason,
  type Walk,
} from "./walk.ts";

const EPS = 1e-9;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(b));

/** All cheapest paths from `s` to `t` by edge cost, avoiding banned nodes and steps (Yen's spur searches). */
export function cheapestAll(w: Walk, s: number, t: number, bans: Bans = {}): RawPaths {
  if (s === t) return { paths: [[s]] };
  const { csr, ws, budget } = w;
  const { offsets, neighbor, entryEdge, edgeCost } = csr;
  const maxHops = w.maxHops;
  const open = w.relationMask === ALL_RELATIONS && !w.directed && w.allTypes;
  const st = nextStamp(ws);
  const banned = ws.banned;
  for (const b of bans.nodes ?? []) banned[b] = st;
  const steps = bans.steps?.size ? bans.steps : undefined;
  const n = csr.nodeCount;
  /** True when the step a → b is banned. */
  const bannedStep = (a: number, b: number): boolean => steps !== undefined && steps.has(a * n + b);
  const {
    seenF,
    seenB,
    settled: settledF,
    settledB,
    cost: costF,
    costB,
    hops: hopsF,
    hopsB,
    heap: heapF,
    heapB,
    popped,
    queueF,
  } = ws;
  heapF.size = 0;
  heapB.size = 0;
  seenF[s] = st;
  costF[s] = 0;
  hopsF[s] = 0;
  seenB[t] = st;
  costB[t] = 0;
  hopsB[t] = 0;
  heapPush(heapF, s, 0);
  heapPush(heapB, t, 0);
  let best = Infinity;
  let settledCount = 0;
  let hopCut = false;
  let reason: StopReason | undefined;
  while (heapF.size > 0 && heapB.size > 0) {
    const topF = heapF.key[0]!;
    const topB = heapB.key[0]!;
    if (topF + topB > best + EPS * Math.max(1, best)) break;
    const forward = topF <= topB;
    const heap: MinHeap = forward ? heapF : heapB;
    const seen = forward ? seenF : seenB;
    const settled = forward ? settledF : settledB;
    const dist = forward ? costF : costB;
    const hops = forward ? hopsF : hopsB;
    const otherSeen = forward ? seenB : seenF;
    const otherDist = forward ? costB : costF;
    const back: 0 | 1 = forward ? 0 : 1;
    const u = popUnsettled(heap, popped, settled, dist, st);
    if (u < 0) continue;
    const d = popped[1]!;
    if (forward) queueF[settledCount++] = u;
    if (!budget.spend(1)) {
      reason = budget.reason;
      break;
    }
    if (hops[u]! >= maxHops) {
      hopCut = true;
      continue;
    }
    for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
      const v = neighbor[j]!;
      if (settled[v] === st || banned[v] === st) continue;
      if (!open && !admits(w, j, back, v, s, t)) continue;
      if (steps !== undefined && bannedStep(forward ? u : v, forward ? v : u)) continue;
      const nd = d + (w.weighted ? edgeCost[entryEdge[j]!]! : 1);
      if (seen[v] !== st || nd < dist[v]!) {
        seen[v] = st;
        dist[v] = nd;
        hops[v] = hops[u]! + 1;
        heapPush(heap, v, nd);
      }
      if (otherSeen[v] === st && nd + otherDist[v]! < best) best = nd + otherDist[v]!;
    }
  }
  if (best === Infinity)
    return {
      paths: [],
      ...((reason ?? (hopCut ? "maxHops" : undefined)) && { reason: reason ?? "maxHops" }),
    };
  if (reason) return { paths: [], reason };

  // Each cheapest path is found once, at its last node settled from the source.
  const prev = (v: number, room: number): number[] =>
    neighboursWhere(
      w,
      v,
      1,
      (u, j) => settledF[u] === st && !bannedStep(u, v) && close(costF[u]! + entryCost(w, j), costF[v]!),
      room,
    );
  const nextAny = (v: number, room: number): number[] =>
    neighboursWhere(
      w,
      v,
      0,
      (u, j) => settledB[u] === st && !bannedStep(v, u) && close(costB[u]! + entryCost(w, j), costB[v]!),
      room,
    );
  const paths: number[][] = [];
  let cut = false;
  let tooLong = false;
  const add = (path: number[]): void => {
    if (path.length - 1 > maxHops) tooLong = true;
    else if (paths.length >= w.maxPaths) cut = true;
    else paths.push(path);
  };
  if (settledF[t] === st && close(costF[t]!, best)) {
    const heads = enumerate(t, prev, (v) => v === s, w.maxPaths);
    cut ||= heads.cut;
    for (const head of heads.seqs) add(head.reverse());
  }
  // Crossing steps u → v: u settled from the source, v from the target only, on a cheapest path.
  const settledList = queueF.slice(0, settledCount).sort();
  const mark = ws.mark;
  for (const u of settledList) {
    if (cut) break;
    const du = costF[u]!;
    if (u === t || du > best) continue;
    const stamp = nextMark(ws);
    const crossings: number[] = [];
    for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
      const v = neighbor[j]!;
      if (settledB[v] !== st || settledF[v] === st || mark[v] === stamp || bannedStep(u, v)) continue;
      if (!open && !walkable(w, j, 0)) continue;
      if (!close(du + entryCost(w, j) + costB[v]!, best)) continue;
      mark[v] = stamp;
      crossings.push(v);
    }
    if (crossings.length === 0) continue;
    const heads = enumerate(u, prev, (v) => v === s, w.maxPaths - paths.length);
    cut ||= heads.cut;
    for (const v of crossings) {
      const tails = enumerate(v, nextAny, (x) => x === t, w.maxPaths - paths.length);
      cut ||= tails.cut;
      for (const head of heads.seqs) for (const tail of tails.seqs) add([...head.slice().reverse(), ...tail]);
    }
  }
  if (cut) return { paths, reason: "maxPaths" };
  if (paths.length === 0 && tooLong) return { paths, reason: "maxHops" };
  return { paths };
}
