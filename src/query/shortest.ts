/**
 * All equally short paths between two nodes by hop count: bidirectional breadth-first search,
 * then enumeration of every shortest path from the labels (like i2 Analyst's Notebook's "find
 * all shortest paths"), up to `maxPaths`. The weighted counterpart is in cheapest-all.ts.
 */
import { ALL_RELATIONS, admits, nextMark, nextStamp, walkable, type StopReason, type Walk } from "./walk.ts";

/** Node sequences found, and why the search stopped early if it did. */
export interface RawPaths {
  paths: number[][];
  reason?: StopReason;
}

/**
 * Paths through a labelled structure with no dead ends: `next(v, room)` lists up to `room` next
 * nodes (each leads to at least one path), `done(v)` ends a path. Stops at `cap` paths.
 */
export function enumerate(
  start: number,
  next: (v: number, room: number) => number[],
  done: (v: number) => boolean,
  cap: number,
): { seqs: number[][]; cut: boolean } {
  const seqs: number[][] = [];
  const stack: number[] = [start];
  let cut = false;
  const walk = (v: number): void => {
    if (done(v)) {
      seqs.push(stack.slice());
      return;
    }
    const nexts = next(v, cap - seqs.length + 1);
    for (const u of nexts) {
      if (seqs.length >= cap) {
        cut = true;
        return;
      }
      stack.push(u);
      walk(u);
      stack.pop();
    }
  };
  walk(start);
  return { seqs, cut };
}

/**
 * Up to `limit` distinct neighbours `u` of `v`, in entry order, reached through entries walkable
 * in direction `back` that pass `keep`.
 */
export function neighboursWhere(
  w: Walk,
  v: number,
  back: 0 | 1,
  keep: (u: number, j: number) => boolean,
  limit = Infinity,
): number[] {
  const { offsets, neighbor } = w.csr;
  const mark = w.ws.mark;
  const stamp = nextMark(w.ws);
  const open = w.relationMask === ALL_RELATIONS && !w.directed;
  const out: number[] = [];
  for (let j = offsets[v]!, end = offsets[v + 1]!; j < end && out.length < limit; j++) {
    const u = neighbor[j]!;
    if (mark[u] === stamp || (!open && !walkable(w, j, back)) || !keep(u, j)) continue;
    mark[u] = stamp;
    out.push(u);
  }
  return out;
}

/** Up to `limit` distinct neighbours of `v` one layer nearer the search's origin (`dist[u] = dist[v] - 1`). */
function layerNeighbours(
  w: Walk,
  v: number,
  back: 0 | 1,
  seen: Int32Array,
  dist: Int32Array,
  st: number,
  limit: number,
): number[] {
  const { offsets, neighbor } = w.csr;
  const mark = w.ws.mark;
  const stamp = nextMark(w.ws);
  const open = w.relationMask === ALL_RELATIONS && !w.directed;
  const want = dist[v]! - 1;
  const out: number[] = [];
  for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
    const u = neighbor[j]!;
    if (seen[u] !== st || dist[u] !== want || mark[u] === stamp) continue;
    if (!open && !walkable(w, j, back)) continue;
    mark[u] = stamp;
    out.push(u);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * All shortest paths by hop count, from a bidirectional breadth-first search that expands, a
 * whole layer at a time, the side whose frontier has fewer edges. The layer where the sides meet
 * is completed so that every shortest path is found, unless only one path is wanted.
 */
export function bfsAllShortest(w: Walk, s: number, t: number): RawPaths {
  if (s === t) return { paths: [[s]] };
  const { csr, ws, budget } = w;
  const { offsets, neighbor } = csr;
  const open = w.relationMask === ALL_RELATIONS && !w.directed && w.allTypes;
  const firstOnly = w.maxPaths === 1;
  const st = nextStamp(ws);
  const { seenF, seenB, distF, distB, queueF, queueB, parent: parentF, parentB } = ws;
  seenF[s] = st;
  distF[s] = 0;
  seenB[t] = st;
  distB[t] = 0;
  queueF[0] = s;
  queueB[0] = t;
  let fStart = 0;
  let fEnd = 1;
  let bStart = 0;
  let bEnd = 1;
  let depthF = 0;
  let depthB = 0;
  let workF = offsets[s + 1]! - offsets[s]!;
  let workB = offsets[t + 1]! - offsets[t]!;
  let best = Infinity;
  let lastForward = true;
  budget.spend(2);
  for (;;) {
    if (fStart === fEnd || bStart === bEnd) return { paths: [] };
    if (depthF + depthB >= w.maxHops) return { paths: [], reason: "maxHops" };
    if (budget.exhausted) return { paths: [], reason: budget.reason };
    const forward = workF <= workB;
    const queue = forward ? queueF : queueB;
    const seen = forward ? seenF : seenB;
    const dist = forward ? distF : distB;
    const parent = forward ? parentF : parentB;
    const other = forward ? seenB : seenF;
    const otherDist = forward ? distB : distF;
    const start = forward ? fStart : bStart;
    const stop = forward ? fEnd : bEnd;
    const depth = (forward ? depthF : depthB) + 1;
    const back: 0 | 1 = forward ? 0 : 1;
    let end = stop;
    let work = 0;
    for (let i = start; i < stop; i++) {
      const u = queue[i]!;
      for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
        const v = neighbor[j]!;
        if (seen[v] === st) continue;
        if (!open && !admits(w, j, back, v, s, t)) continue;
        seen[v] = st;
        dist[v] = depth;
        parent[v] = u;
        queue[end++] = v;
        work += offsets[v + 1]! - offsets[v]!;
        if (other[v] === st) {
          const d = depth + otherDist[v]!;
          if (d < best) best = d;
          if (firstOnly) {
            // Only one path wanted: the first meeting is on a shortest path; follow the parents.
            const path: number[] = [];
            for (let x = v; x !== s; x = parentF[x]!) path.push(x);
            path.push(s);
            path.reverse();
            for (let x = v; x !== t;) path.push((x = parentB[x]!));
            return { paths: [path] };
          }
        }
      }
    }
    budget.spend(end - stop);
    if (forward) {
      fStart = stop;
      fEnd = end;
      depthF = depth;
      workF = work;
    } else {
      bStart = stop;
      bEnd = end;
      depthB = depth;
      workB = work;
    }
    lastForward = forward;
    if (best < Infinity) break;
  }
  // Every shortest path has exactly one node at position `split`, all of them in the last layer.
  const split = lastForward ? depthF : best - depthB;
  const meeting: number[] = [];
  const layer = lastForward ? queueF : queueB;
  for (let i = lastForward ? fStart : bStart, end = lastForward ? fEnd : bEnd; i < end; i++) {
    const m = layer[i]!;
    if (seenF[m] === st && seenB[m] === st && distF[m] === split && distB[m] === best - split)
      meeting.push(m);
  }
  meeting.sort((a, b) => a - b);
  const prev = (v: number, room: number): number[] => layerNeighbours(w, v, 1, seenF, distF, st, room);
  const next = (v: number, room: number): number[] => layerNeighbours(w, v, 0, seenB, distB, st, room);
  return joinHalves(w, meeting, prev, next, s, t);
}

/** Joins every head (s … m) with every tail (m … t) through each meeting node, up to maxPaths. */
function joinHalves(
  w: Walk,
  meeting: number[],
  prev: (v: number, room: number) => number[],
  next: (v: number, room: number) => number[],
  s: number,
  t: number,
): RawPaths {
  const paths: number[][] = [];
  let cut = false;
  for (const m of meeting) {
    const room = w.maxPaths - paths.length;
    if (room <= 0) {
      cut = true;
      break;
    }
    const heads = enumerate(m, prev, (v) => v === s, room);
    const tails = enumerate(m, next, (v) => v === t, room);
    cut ||= heads.cut || tails.cut;
    for (const head of heads.seqs) {
      for (const tail of tails.seqs) {
        if (paths.length >= w.maxPaths) {
          cut = true;
          break;
        }
        if (head.length + tail.length - 2 <= w.maxHops)
          paths.push([...head.slice().reverse(), ...tail.slice(1)]);
      }
    }
  }
  return cut ? { paths, reason: "maxPaths" } : { paths };
}
