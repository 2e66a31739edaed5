/**
 * One document in or out of the graph, in place, touching only its own nodes and edges: adding
 * merges its extraction against a name index (so its names resolve against what is stored),
 * handing its evidence to the caller; removing sets each edge's counts and dates to those of the
 * evidence left (which the caller reads where it keeps it), and drops the edges left with none
 * and the nodes no document mentions.
 */
import { edgeKey } from "../model/ids.ts";
import type { KgGraph } from "../model/graph.ts";
import type { Extraction } from "../model/types.ts";
import type { Evidence } from "../model/types.ts";
import type { EvidenceSummary } from "../model/evidence.ts";
import { mergeExtraction, type NameIndex } from "./merge.ts";

/** One entity of a document and the node it went to. */
export interface EntityPlacement {
  entity: string;
  node: string;
  /** The entity's mention count in the document. */
  count: number;
}

/** What adding a document touched. */
export interface AddedDocument {
  placements: EntityPlacement[];
  /** Nodes its entities went to. */
  nodes: string[];
  /** Edges it gave evidence to. */
  edges: string[];
  /** The evidence it gave, by edge (the edges themselves keep only counts and dates). */
  evidence: Map<string, Evidence[]>;
}

/** Merges a new document (not in the graph) into the graph, matching its names against `index`. */
export function addDocumentToGraph(
  graph: KgGraph,
  doc: string,
  extraction: Extraction,
  date: string | null,
  index: NameIndex,
): AddedDocument {
  const evidence = new Map<string, Evidence[]>();
  const nodeOf = mergeExtraction(graph, extraction, {
    doc,
    date,
    index,
    newDocument: true,
    evidenceSink: evidence,
  });
  const placements = extraction.entities.map((e) => ({
    entity: e.id,
    node: nodeOf.get(e.id) as string,
    count: e.mentions,
  }));
  const edges = new Set<string>();
  for (const r of extraction.relations) {
    const from = nodeOf.get(r.source);
    const to = nodeOf.get(r.target);
    if (from !== undefined && to !== undefined && from !== to) edges.add(edgeKey(from, r.relation, to));
  }
  return { placements, nodes: [...new Set(placements.map((p) => p.node))], edges: [...edges], evidence };
}

/** What removing a document changed. */
export interface RemovedDocument {
  updatedNodes: string[];
  droppedNodes: string[];
  updatedEdges: string[];
  droppedEdges: string[];
}

/** The counts and dates of the evidence an edge keeps once a document's is gone. */
export type RemainingSummary = (edge: string) => EvidenceSummary & { headlines: number };

/**
 * Removes a document given the edges holding its evidence, the summary of what each keeps
 * without it, and where its entities went: edges left without evidence go, nodes left without
 * documents go (with any edge still on them), and mention counts drop by the document's.
 */
export function removeDocumentAt(
  graph: KgGraph,
  doc: string,
  edges: readonly string[],
  placements: readonly EntityPlacement[],
  remaining: RemainingSummary,
): RemovedDocument {
  const out: RemovedDocument = { updatedNodes: [], droppedNodes: [], updatedEdges: [], droppedEdges: [] };
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const attrs = graph.getEdgeAttributes(edge);
    const left = remaining(edge);
    if (left.weight === 0) {
      graph.dropEdge(edge);
      out.droppedEdges.push(edge);
    } else {
      Object.assign(attrs, left);
      graph.mergeEdgeAttributes(edge, { weight: attrs.weight });
      out.updatedEdges.push(edge);
    }
  }
  const counts = new Map<string, number>();
  for (const p of placements) counts.set(p.node, (counts.get(p.node) ?? 0) + p.count);
  for (const [node, count] of counts) {
    if (!graph.hasNode(node)) continue;
    const attrs = graph.getNodeAttributes(node);
    attrs.docs = attrs.docs.filter((d) => d !== doc);
    attrs.mentions = Math.max(0, attrs.mentions - count);
    if (attrs.docs.length > 0) {
      graph.mergeNodeAttributes(node, { mentions: attrs.mentions });
      out.updatedNodes.push(node);
      continue;
    }
    out.droppedEdges.push(...graph.edges(node));
    graph.dropNode(node);
    out.droppedNodes.push(node);
  }
  return out;
}
