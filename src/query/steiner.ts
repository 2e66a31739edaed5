/**
 * Connecting several actors: an approximate Steiner tree by the metric-closure heuristic
 * (Kou, Markowsky and Berman): the cheapest path between every pair of actors, a minimum
 * spanning tree over those pair costs (Kruskal), and the union of the tree's paths.
 */
import { cheapestTo, type RawPath } from "./cheapest.ts";
import type { StopReason, Walk } from "./walk.ts";

/** The tree's paths (one per spanning-tree branch) and the pairs left unconnected. */
export interface RawTree {
  paths: RawPath[];
  unreachable: [number, number][];
  reason?: StopReason;
}

/** Approximate Steiner tree joining the terminals (node numbers, distinct). */
export function steinerTree(w: Walk, terminals: readonly number[]): RawTree {
  const pairs: { a: number; b: number; path: RawPath }[] = [];
  let reason: StopReason | undefined;
  for (let i = 0; i < terminals.length && !reason; i++) {
    const others = terminals.slice(i + 1);
    if (others.length === 0) break;
    const found = cheapestTo(w, terminals[i]!, others);
    if (found.reason && found.reason !== "maxHops") reason = found.reason;
    found.paths.forEach((path, k) => {
      if (path) pairs.push({ a: i, b: i + 1 + k, path });
    });
  }
  pairs.sort(
    (x, y) =>
      x.path.cost - y.path.cost || x.path.nodes.length - y.path.nodes.length || x.a - y.a || x.b - y.b,
  );
  const root = terminals.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  const paths: RawPath[] = [];
  for (const { a, b, path } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    root[ra] = rb;
    paths.push(path);
  }
  const unreachable: [number, number][] = [];
  const components = new Set<number>([find(0)]);
  for (let i = 1; i < terminals.length; i++) {
    const c = find(i);
    if (components.has(c)) continue;
    components.add(c);
    unreachable.push([terminals[0]!, terminals[i]!]);
  }
  return reason ? { paths, unreachable, reason } : { paths, unreachable };
}
