/**
 * Ego networks: the nodes within `depth` hops of a center, walking only edges of the chosen
 * relations with enough evidence and stopping at nodes of other types; nearest first (then the
 * best-connected), capped at `limit` nodes, with every kept edge among the kept nodes.
 */
import type { KgGraph } from "../model/graph.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/ontology.ts";
import type { CsrIndex } from "./csr.ts";
import { maskOf, type ResolvedNeighborOptions } from "./settings.ts";
import type { Neighborhood } from "./types.ts";
import { toEdgeView, toNodeView, type EdgeEvidence } from "./views.ts";

/** The neighbourhood of node number `center`. */
export function neighborhood(
  graph: KgGraph,
  csr: CsrIndex,
  center: number,
  o: ResolvedNeighborOptions,
  evidence: EdgeEvidence,
): Neighborhood {
  const { offsets, neighbor, entryEdge, entryRelation, edgeEvidence, nodeType } = csr;
  const relMask = maskOf(RELATION_TYPES, o.relations, undefined);
  const typeMask = maskOf(ENTITY_TYPES, o.types, undefined);
  const edgeOk = (j: number): boolean =>
    ((relMask >> entryRelation[j]!) & 1) === 1 && edgeEvidence[entryEdge[j]!]! >= o.minEvidence;
  const depthOf = new Map<number, number>([[center, 0]]);
  const kept: number[] = [center];
  let layer = [center];
  let truncated = false;
  for (let depth = 1; depth <= o.depth && layer.length > 0 && !truncated; depth++) {
    const next: number[] = [];
    for (const u of layer) {
      for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
        const v = neighbor[j]!;
        if (depthOf.has(v) || !edgeOk(j) || ((typeMask >> nodeType[v]!) & 1) === 0) continue;
        depthOf.set(v, depth);
        next.push(v);
      }
    }
    const degree = (v: number): number => offsets[v + 1]! - offsets[v]!;
    next.sort((a, b) => degree(b) - degree(a) || (csr.nodeIds[a]! < csr.nodeIds[b]! ? -1 : 1));
    const room = o.limit - kept.length;
    if (next.length > room) {
      truncated = true;
      next.length = room;
    }
    kept.push(...next);
    layer = next;
  }
  const inside = new Set(kept);
  const edges: string[] = [];
  for (const u of kept) {
    for (let j = offsets[u]!, e = offsets[u + 1]!; j < e; j++) {
      if (csr.entryBackward[j] === 1 || !inside.has(neighbor[j]!) || !edgeOk(j)) continue;
      edges.push(csr.edgeKeys[entryEdge[j]!]!);
    }
  }
  return {
    center: toNodeView(graph, csr.nodeIds[center]!),
    nodes: kept.map((v) => toNodeView(graph, csr.nodeIds[v]!)),
    edges: edges.map((key) => toEdgeView(graph, key, evidence)),
    truncated,
    limit: o.limit,
  };
}
