/**
 * Which nodes and edges the filters hide, and which ones a hover, selection or path brings
 * forward. Computed once per change of filters, graph or focus, so the reducers only look up sets.
 */
import type { SigmaGraph } from "./converter.ts";
import type { Filters, ViewState } from "./state.ts";

/** What the filters hide. */
export interface Hidden {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What is brought forward; `labels` always show their label. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  labels: ReadonlySet<string>;
}

/**
 * The nodes and edges hidden by the filters (an edge is hidden with either end). With a time
 * window, an edge shows only when one of its events overlaps it, and a node only with a shown edge.
 */
export function computeHidden(graph: SigmaGraph, filters: Filters): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (filters.types.length) {
    const keep = new Set<string>(filters.types);
    graph.forEachNode((node, attrs) => {
      if (!keep.has(attrs.entityType)) nodes.add(node);
    });
  }
  const relations = filters.relations.length ? new Set<string>(filters.relations) : null;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (
      nodes.has(source) ||
      nodes.has(target) ||
      (relations && !relations.has(attrs.relation)) ||
      attrs.weight < filters.minEvidence ||
      (filters.hideHeadlineOnly && attrs.headlineOnly)
    ) {
      edges.add(edge);
    }
  });
  const time = filters.time;
  if (time) {
    const shown = new Set<string>();
    graph.forEachEdge((edge, attrs, source, target) => {
      if (edges.has(edge)) return;
      if (!attrs.spans.some((s) => s.start <= time.to && s.end >= time.from)) edges.add(edge);
      else shown.add(source).add(target);
    });
    graph.forEachNode((node) => {
      if (!shown.has(node)) nodes.add(node);
    });
  }
  return { nodes, edges };
}

/** A node and its visible neighbours, with the edges between them. */
export function neighbourhood(graph: SigmaGraph, node: string, hidden: Hidden): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  if (!graph.hasNode(node)) return { nodes: new Set(), edges, labels: new Set() };
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (hidden.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, labels: nodes };
}

/** The hovered node's neighbourhood, or null. */
export function computeHoverFocus(graph: SigmaGraph, state: ViewState, hidden: Hidden): Focus | null {
  return state.hoveredNode && graph.hasNode(state.hoveredNode)
    ? neighbourhood(graph, state.hoveredNode, hidden)
    : null;
}

/**
 * The lasting focus: the highlighted path (plus the selected node's label), else the selected
 * node's neighbourhood, else the selected edge and its ends; null when nothing is selected.
 */
export function computeFocus(graph: SigmaGraph, state: ViewState, hidden: Hidden): Focus | null {
  const selected = state.selection;
  if (state.highlight) {
    const labels = new Set(state.highlight.nodes);
    if (selected?.kind === "node") labels.add(selected.id);
    return { nodes: state.highlight.nodes, edges: state.highlight.edges, labels };
  }
  if (selected?.kind === "node" && graph.hasNode(selected.id))
    return neighbourhood(graph, selected.id, hidden);
  if (selected?.kind === "edge" && graph.hasEdge(selected.key)) {
    const ends = new Set(graph.extremities(selected.key));
    return { nodes: ends, edges: new Set([selected.key]), labels: ends };
  }
  return null;
}
