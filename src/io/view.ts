/**
 * The filtered view the exporters walk: the nodes and edges a GraphFilter keeps, read in
 * place (nothing is copied, so a million-edge export adds no second graph to memory).
 */
import { isEmptyFilter, keepsEdge, keepsNode, type GraphFilter } from "../graph/filter.ts";
import type { KgGraph } from "../model/graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";

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
  attributes: EdgeAttributes;
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

function* allEdges(graph: KgGraph): Generator<ViewEdge> {
  for (const { edge, attributes, source, target } of graph.edgeEntries())
    yield { key: edge, source, target, attributes };
}

/** Creates the view of `graph` through `filter` (an empty filter walks the graph as it is). */
export function createExportView(graph: KgGraph, filter: GraphFilter): ExportView {
  if (isEmptyFilter(filter)) {
    return {
      nodeCount: graph.order,
      edgeCount: graph.size,
      nodes: () => allNodes(graph),
      edges: () => allEdges(graph),
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
          attributes: graph.getEdgeAttributes(key),
        };
      }
    },
  };
}
