/**
 * Converters from the graph and the index to what queries return: node and edge views, and
 * paths with their hops, evidence and one-line reading.
 */
import type { KgGraph } from "../model/graph.ts";
import { RELATION_TYPES } from "../model/ontology.ts";
import type { Evidence } from "../model/types.ts";
import type { EdgeView, Hop, NodeView, Path } from "./types.ts";
import { bestEdge, edgeWalkCost, type Walk } from "./walk.ts";

/** The view of a node. */
export function toNodeView(graph: KgGraph, id: string): NodeView {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, type: a.type, aliases: [...(a.aliases ?? [])], mentions: a.mentions ?? 0 };
}

/** The evidence an answer carries for an edge (all of it, or the first pieces; see the engine's options). */
export type EdgeEvidence = (key: string) => Evidence[];

/** The view of an edge. */
export function toEdgeView(graph: KgGraph, key: string, evidence: EdgeEvidence): EdgeView {
  const a = graph.getEdgeAttributes(key);
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    relation: a.relation,
    weight: a.weight,
    docs: a.docs,
    evidence: evidence(key),
  };
}

/** The one-line reading of hops between named nodes: "A —meets→ B ←affiliated_with— C". */
function toReading(names: readonly string[], hops: readonly Hop[]): string {
  let out = names[0]!;
  hops.forEach((hop, i) => {
    const arrow = hop.direction === "forward" ? ` —${hop.relation}→ ` : ` ←${hop.relation}— `;
    out += arrow + names[i + 1]!;
  });
  return out;
}

/** A path of node numbers as returned to users: each hop over its best walkable edge. */
export function toPath(w: Walk, seq: readonly number[], evidence: EdgeEvidence): Path {
  const csr = w.csr;
  const hops: Hop[] = [];
  let cost = 0;
  for (let i = 0; i + 1 < seq.length; i++) {
    const u = seq[i]!;
    const e = bestEdge(w, u, seq[i + 1]!);
    if (e < 0)
      throw new Error(`query: no edge between path nodes ${csr.nodeIds[u]} and ${csr.nodeIds[seq[i + 1]!]}`);
    const r = csr.edgeRelation[e]!;
    const key = csr.edgeKeys[e]!;
    cost += edgeWalkCost(w, e);
    hops.push({
      key,
      source: csr.nodeIds[csr.edgeSource[e]!]!,
      target: csr.nodeIds[csr.edgeTarget[e]!]!,
      relation: RELATION_TYPES[r]!,
      direction: csr.edgeSource[e] !== u && csr.symmetric[r] !== 1 ? "backward" : "forward",
      weight: csr.edgeEvidence[e]!,
      evidence: evidence(key),
    });
  }
  const nodes = seq.map((v) => csr.nodeIds[v]!);
  const reading = toReading(
    seq.map((v) => csr.nodeNames[v]!),
    hops,
  );
  return { nodes, hops, length: hops.length, cost, reading };
}
