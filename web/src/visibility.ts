/**
 * Which nodes and edges the filters hide, and which ones a hover, selection or path brings
 * forward. Computed once per change of filters, graph or focus, so the reducers only look up sets.
 */
import type { SigmaGraph } from "./converter.ts";
import type { ViewState } from "./state.ts";

/** What the filters hide; `isolated` are the shown-type actors hidden only for having no shown relation. */
export interface Hidden {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  isolated: ReadonlySet<string>;
}

/** What is brought forward; `labels` always show their label. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  labels: ReadonlySet<string>;
}

/** The parts of the state that decide what is hidden. */
export type VisibilityState = Pick<ViewState, "filters" | "showIsolated" | "scope" | "selection">;

/** The nodes within `hops` of `start` over edges not in `hiddenEdges`. */
function egoNodes(
  graph: SigmaGraph,
  start: string,
  hops: number,
  hiddenEdges: ReadonlySet<string>,
): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (hiddenEdges.has(edge) || seen.has(other)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}

/**
 * The nodes and edges hidden by the filters (an edge is hidden with either end), by the scope (one
 * connected component, or an ego network around the selection; `component` gives each node's
 * component, 0 the largest), by the timeline's window (an edge shows only when one of its events
 * overlaps it), and, unless shown, the actors no shown relation links (the selected node always
 * stays; with a time window they are hidden whatever the setting, so the network grows in time).
 */
export function computeHidden(
  graph: SigmaGraph,
  view: VisibilityState,
  component: ReadonlyMap<string, number> = new Map(),
): Hidden {
  const { filters } = view;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const isolated = new Set<string>();
  if (filters.types.length) {
    const keep = new Set<string>(filters.types);
    graph.forEachNode((node, attrs) => {
      if (!keep.has(attrs.entityType)) nodes.add(node);
    });
  }
  const relations = filters.relations.length ? new Set<string>(filters.relations) : null;
  const time = filters.time;
  const hideEdges = () =>
    graph.forEachEdge((edge, attrs, source, target) => {
      if (
        nodes.has(source) ||
        nodes.has(target) ||
        (relations && !relations.has(attrs.relation)) ||
        attrs.weight < filters.minEvidence ||
        (filters.hideHeadlineOnly && attrs.headlineOnly) ||
        (time && !attrs.spans?.some((s) => s.start <= time.to && s.end >= time.from))
      ) {
        edges.add(edge);
      }
    });
  // Nothing hides an edge unless a filter says so: the pass over every edge is skipped then.
  const edgeFilter =
    nodes.size > 0 || relations || filters.minEvidence > 1 || filters.hideHeadlineOnly || time;
  if (edgeFilter) hideEdges();
  const selected =
    view.selection?.kind === "node" && graph.hasNode(view.selection.id) ? view.selection.id : null;
  if (view.scope.kind === "component") {
    const keep = component.get(selected ?? "") ?? 0;
    graph.forEachNode((node) => void ((component.get(node) ?? 0) === keep || nodes.add(node)));
    hideEdges();
  } else if (view.scope.kind === "ego" && selected) {
    const keep = egoNodes(graph, selected, view.scope.hops, edges);
    graph.forEachNode((node) => void (keep.has(node) || nodes.add(node)));
    hideEdges();
  }
  if (!view.showIsolated || time) {
    // With no edge hidden, the actors without relations are those of degree 0; otherwise one
    // pass over the edges finds the linked actors (iterating each node's edges costs more).
    const linked = new Set<string>();
    if (edges.size > 0)
      graph.forEachEdge((edge, _attrs, source, target) => {
        if (edges.has(edge)) return;
        linked.add(source);
        linked.add(target);
      });
    graph.forEachNode((node) => {
      if (nodes.has(node) || node === selected) return;
      if (edges.size > 0 ? linked.has(node) : graph.degree(node) > 0) return;
      nodes.add(node);
      isolated.add(node);
    });
  }
  return { nodes, edges, isolated };
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
