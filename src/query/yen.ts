/**
 * The k shortest simple paths (Yen's algorithm): each next path deviates from an earlier one
 * at a spur node, found by a bidirectional cheapest-path search that bans the root's nodes and
 * the steps the earlier paths took there. Paths come out sorted by cost, then length, then
 * node order.
 */
import type { Bans, RawPath } from "./cheapest.ts";
import { cheapestAll } from "./cheapest-all.ts";
import { bestEdge, edgeWalkCost, type StopReason, type Walk } from "./walk.ts";

/** Cost of the step u → v (its cheapest walkable edge). */
function stepCost(w: Walk, u: number, v: number): number {
  const e = bestEdge(w, u, v);
  return e < 0 ? Infinity : edgeWalkCost(w, e);
}

/** Cost of a path of node numbers. */
function pathCost(w: Walk, nodes: readonly number[]): number {
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) cost += stepCost(w, nodes[i]!, nodes[i + 1]!);
  return cost;
}

/** One cheapest path from `s` to `t` under the bans, at most `maxHops` long. */
function cheapestOne(
  w: Walk,
  s: number,
  t: number,
  bans: Bans,
  maxHops: number,
): { path: RawPath | null; reason?: StopReason } {
  const one: Walk = {
    csr: w.csr,
    ws: w.ws,
    relationMask: w.relationMask,
    typeMask: w.typeMask,
    allTypes: w.allTypes,
    directed: w.directed,
    weighted: w.weighted,
    maxHops,
    maxPaths: 1,
    budget: w.budget,
  };
  const found = cheapestAll(one, s, t, bans);
  const nodes = found.paths[0];
  const path = nodes ? { nodes, cost: pathCost(w, nodes) } : null;
  return found.reason && found.reason !== "maxPaths" ? { path, reason: found.reason } : { path };
}

function compare(a: RawPath, b: RawPath): number {
  if (Math.abs(a.cost - b.cost) > 1e-9 * Math.max(1, Math.abs(a.cost))) return a.cost - b.cost;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! - b.nodes[i]!;
  return 0;
}

/** Up to `k` simple paths from `s` to `t`, cheapest first. */
export function kShortest(
  w: Walk,
  s: number,
  t: number,
  k: number,
): { paths: RawPath[]; reason?: StopReason } {
  if (s === t) return { paths: [{ nodes: [s], cost: 0 }] };
  const first = cheapestOne(w, s, t, {}, w.maxHops);
  const head = first.path;
  if (!head) return first.reason ? { paths: [], reason: first.reason } : { paths: [] };
  const n = w.csr.nodeCount;
  const found: RawPath[] = [head];
  const candidates: RawPath[] = [];
  const seen = new Set<string>([head.nodes.join(",")]);
  let reason: StopReason | undefined;
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    let rootCost = 0;
    for (let i = 0; i < prev.nodes.length - 1; i++) {
      const spur = prev.nodes[i]!;
      const root = prev.nodes.slice(0, i + 1);
      const steps = new Set<number>();
      for (const p of found) {
        if (p.nodes.length > i + 1 && root.every((v, idx) => p.nodes[idx] === v))
          steps.add(p.nodes[i]! * n + p.nodes[i + 1]!);
      }
      const spurPath = cheapestOne(w, spur, t, { nodes: root.slice(0, -1), steps }, w.maxHops - i);
      if (spurPath.reason && spurPath.reason !== "maxHops") {
        reason = spurPath.reason;
        break;
      }
      const tail = spurPath.path;
      if (tail) {
        const nodes = [...root.slice(0, -1), ...tail.nodes];
        const key = nodes.join(",");
        if (!seen.has(key)) {
          seen.add(key);
          candidates.push({ nodes, cost: rootCost + tail.cost });
        }
      }
      rootCost += stepCost(w, spur, prev.nodes[i + 1]!);
    }
    if (reason || candidates.length === 0) break;
    candidates.sort(compare);
    found.push(candidates.shift()!);
  }
  found.sort(compare);
  return reason ? { paths: found, reason } : { paths: found };
}
