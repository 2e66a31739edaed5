/**
 * The filtered view the exporters walk: the nodes and edges a GraphFilter keeps, read in
 * place (nothing is copied, so a million-edge export adds no second graph to memory). Each
 * edge comes with its evidence: held by its attributes, or read from an EvidenceSource (the
 * store's DB) one edge at a time as the walk reaches it.
 */
import { isEmptyFilter, keepsEdge, keepsNode, type GraphFilter } from "../graph/filter.ts";
import type { KgGraph } from "../model/graph.ts";
import { graphEvidence, type EvidenceSource } from "../model/evidence.ts";
import type { EdgeAttributes, Evidence, NodeAttributes } from "../model/types.ts";

/** An edge's attributes with all of its evidence, as exporters write them. */
export type ExportEdgeAttributes = Omit<EdgeAttributes, "evidence" | "headlines"> & { evidence: Evidence[] };

/** One node of the view. */
export interface ViewNode {
  key: string;
  attributes: NodeAttributes;
}

/** One edge of the view. */
export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  attributes: ExportEdgeAttributes;
}

/** What an exporter walks: counts known up front, nodes and edges as iterables. */
export interface ExportView {
  nodeCount: number;
  edgeCount: number;
  nodes(): Iterable<ViewNode>;
  edges(): Iterable<ViewEdge>;
}

function* allNodes(graph: KgGraph): Generator<ViewNode> {
  for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes };
}

/** An edge's attributes with its evidence (read from `source` when they hold none), without the headline count. */
function withEvidence(key: string, attributes: EdgeAttributes, source: EvidenceSource): ExportEdgeAttributes {
  if (attributes.evidence && attributes.headlines === undefined) return attributes as ExportEdgeAttributes;
  const { headlines: _h, evidence, ...rest } = attributes;
  return { ...rest, evidence: evidence ?? source.evidenceOf(key) };
}

function* allEdges(graph: KgGraph, source: EvidenceSource): Generator<ViewEdge> {
  for (const { edge, attributes, source: from, target } of graph.edgeEntries())
    yield { key: edge, source: from, target, attributes: withEvidence(edge, attributes, source) };
}

/**
 * Creates the view of `graph` through `filter` (an empty filter walks the graph as it is); the
 * evidence of edges that hold none is read from `evidence`.
 */
export function createExportView(graph: KgGraph, filter: GraphFilter, evidence?: EvidenceSource): ExportView {
  const source = graphEvidence(graph, evidence);
  if (isEmptyFilter(filter)) {
    return {
      nodeCount: graph.order,
      edgeCount: graph.size,
      nodes: () => allNodes(graph),
      edges: () => allEdges(graph, source),
    };
  }
  const keptNodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (keepsNode(filter, attrs)) keptNodes.add(node);
  });
  const keptEdges: string[] = [];
  const touched = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (keptNodes.has(source) && keptNodes.has(target) && keepsEdge(filter, attrs)) {
      keptEdges.push(edge);
      touched.add(source);
      touched.add(target);
    }
  });
  const finalNodes = filter.dropIsolated ? touched : keptNodes;
  return {
    nodeCount: finalNodes.size,
    edgeCount: keptEdges.length,
    *nodes() {
      for (const key of finalNodes) yield { key, attributes: graph.getNodeAttributes(key) };
    },
    *edges() {
      for (const key of keptEdges) {
        yield {
          key,
          source: graph.source(key),
          target: graph.target(key),
          attributes: withEvidence(key, graph.getEdgeAttributes(key), source),
        };
      }
    },
  };
}
