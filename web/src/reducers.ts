/**
 * Sigma's nodeReducer and edgeReducer: derive what is drawn from the state (filters, size mode,
 * hover, selection, path). Sets are recomputed only when their inputs change, so one refresh costs
 * one lookup per node and edge. On large graphs a hover only brings its neighbourhood forward
 * (no dimming of the rest), so it can be redrawn with a partial refresh.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import {
  sizeScale,
  type SigmaEdgeAttributes,
  type SigmaGraph,
  type SigmaNodeAttributes,
} from "./converter.ts";
import { encodeColors, encodeSizes } from "./encoding.ts";
import { computeMetrics, type Metrics, type MetricsOptions } from "./metrics.ts";
import type { ViewState } from "./state.ts";
import { THEME } from "./theme.ts";
import { computeFocus, computeHidden, computeHoverFocus, type Focus, type Hidden } from "./visibility.ts";

/** The two reducers and the function that recomputes their sets before a refresh. */
export interface Reducers {
  nodeReducer: (node: string, data: SigmaNodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: SigmaEdgeAttributes) => Partial<EdgeDisplayData>;
  /** Recomputes hidden and focused sets; `graphChanged` forces the filters to be re-applied. */
  prepare(state: ViewState, graphChanged?: boolean): void;
  /** The current hidden sets (for counts and the empty-view message). */
  hidden(): Hidden;
  /** The nodes and edges a hover change touches (old and new neighbourhoods), for a partial refresh. */
  hoverChange(previous: ViewState, next: ViewState): { nodes: string[]; edges: string[] };
  /** True when the graph counts as large (hover does not dim; edges drawn as plain lines). */
  large(): boolean;
  /** The measures of the current graph (recomputed when the graph changes). */
  metrics(): Metrics;
  /** What sizes and colours encode now (the previous measure while the wanted one is computed). */
  encoded(): { sizeBy: ViewState["sizeBy"]; colorBy: ViewState["colorBy"] };
  /** Node keys in label priority: the selection, the nodes brought forward, then by size. */
  labelOrder(): readonly string[];
}

/** The label priority: `first`, then the focused nodes and the rest, each by decreasing size. */
function labelPriority(
  bySize: readonly string[],
  first: readonly (string | null)[],
  forward: readonly (Focus | null)[],
): string[] {
  const order = new Set<string>();
  for (const key of first) if (key) order.add(key);
  for (const focus of forward) {
    if (focus) for (const key of bySize) if (focus.labels.has(key)) order.add(key);
  }
  for (const key of bySize) order.add(key);
  return [...order];
}

/**
 * Creates reducers bound to `graph`; `metrics` says who computes the slow measures and who hears
 * when one lands (then `prepare` encodes it: until then sizes and colours stay as they were).
 */
export function createReducers(
  graph: SigmaGraph,
  initial: ViewState,
  metricsOptions: MetricsOptions = {},
): Reducers {
  let state = initial;
  let metrics = computeMetrics(graph, metricsOptions);
  let hidden = computeHidden(graph, state, state.scope.kind === "component" ? metrics.component : undefined);
  let focus: Focus | null = computeFocus(graph, state, hidden);
  let hover: Focus | null = computeHoverFocus(graph, state, hidden);
  // What the sizes and colours encode: a measure still being computed leaves the previous one
  // (connections, and the entity type, at first) until it lands.
  const sizedBy = (wanted: ViewState["sizeBy"], current: ViewState["sizeBy"]) => {
    if (metrics.ready(wanted)) return wanted;
    void metrics.request(wanted);
    return current;
  };
  const colouredBy = (wanted: ViewState["colorBy"], current: ViewState["colorBy"]) => {
    if (wanted === "type" || metrics.ready(wanted)) return wanted;
    void metrics.request(wanted);
    return current;
  };
  let sizesFor = sizedBy(state.sizeBy, "degree");
  let colorsFor = colouredBy(state.colorBy, "type");
  let sizes = encodeSizes(graph, metrics, sizesFor, sizeScale(graph.order));
  let colors = encodeColors(graph, metrics, colorsFor);
  const sortBySize = () => {
    const keys = graph.nodes();
    const size = keys.map((k) => sizes.get(k) ?? 0);
    const order = keys.map((_k, i) => i);
    order.sort((i, j) => size[j]! - size[i]! || (keys[i]! < keys[j]! ? -1 : 1));
    return order.map((i) => keys[i]!);
  };
  let bySize = sortBySize();
  let order: string[] | null = null;
  const isLarge = () => graph.size > THEME.largeGraphEdges;

  return {
    prepare(next, graphChanged = false) {
      if (graphChanged) metrics = computeMetrics(graph, metricsOptions);
      const scoped = next.scope.kind !== "all" || !next.showIsolated;
      if (
        graphChanged ||
        next.filters !== state.filters ||
        next.showIsolated !== state.showIsolated ||
        next.scope !== state.scope ||
        (scoped && next.selection !== state.selection)
      )
        hidden = computeHidden(graph, next, next.scope.kind === "component" ? metrics.component : undefined);
      const nextSizes = sizedBy(next.sizeBy, graphChanged ? "degree" : sizesFor);
      if (graphChanged || nextSizes !== sizesFor) {
        sizesFor = nextSizes;
        sizes = encodeSizes(graph, metrics, sizesFor, sizeScale(graph.order));
        bySize = sortBySize();
        order = null;
      }
      const nextColors = colouredBy(next.colorBy, graphChanged ? "type" : colorsFor);
      if (graphChanged || nextColors !== colorsFor) {
        colorsFor = nextColors;
        colors = encodeColors(graph, metrics, colorsFor);
      }
      const focusChanged =
        graphChanged ||
        next.filters !== state.filters ||
        next.showIsolated !== state.showIsolated ||
        next.scope !== state.scope ||
        next.selection !== state.selection ||
        next.highlight !== state.highlight;
      const hoverChanged = focusChanged || next.hoveredNode !== state.hoveredNode;
      state = next;
      if (focusChanged) focus = computeFocus(graph, state, hidden);
      if (hoverChanged) {
        hover = computeHoverFocus(graph, state, hidden);
        order = null;
      }
    },
    metrics: () => metrics,
    encoded: () => ({ sizeBy: sizesFor, colorBy: colorsFor }),
    labelOrder() {
      const selected = state.selection?.kind === "node" ? state.selection.id : null;
      order ??= labelPriority(bySize, [selected, state.hoveredNode], [focus, hover]);
      return order;
    },
    hidden: () => hidden,
    large: isLarge,
    hoverChange(previous, next) {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const node of [previous.hoveredNode, next.hoveredNode]) {
        if (!node || !graph.hasNode(node)) continue;
        nodes.add(node);
        graph.forEachNeighbor(node, (n) => void nodes.add(n));
        graph.forEachEdge(node, (e) => void edges.add(e));
      }
      for (const edge of [previous.hoveredEdge, next.hoveredEdge])
        if (edge && graph.hasEdge(edge)) edges.add(edge);
      return { nodes: [...nodes], edges: [...edges] };
    },

    nodeReducer(node, data) {
      const out: Partial<NodeDisplayData> = {
        x: data.x,
        y: data.y,
        label: data.label,
        color: colors?.get(node) ?? data.color,
        size: sizes.get(node) ?? data.size,
      };
      if (hidden.nodes.has(node)) return { ...out, hidden: true };
      const selected = state.selection?.kind === "node" && state.selection.id === node;
      if (selected || state.hoveredNode === node) out.highlighted = true;
      if (hover?.nodes.has(node) || focus?.nodes.has(node)) {
        out.zIndex = 2;
        if (hover?.labels.has(node) || focus?.labels.has(node)) out.forceLabel = true;
      } else if (focus || (hover && !isLarge())) {
        out.color = THEME.dimNodeColor;
        out.label = null;
        out.zIndex = 0;
      }
      if (selected) {
        out.forceLabel = true;
        out.zIndex = 3;
      }
      return out;
    },

    edgeReducer(edge, data) {
      if (hidden.edges.has(edge)) return { hidden: true };
      const out: Partial<EdgeDisplayData> & { curvature?: number } = {
        color: data.color,
        size: data.size,
        label: null,
        type: isLarge() ? "fast" : data.type,
        curvature: data.curvature,
      };
      const selected = state.selection?.kind === "edge" && state.selection.key === edge;
      if (selected || state.hoveredEdge === edge) {
        return {
          ...out,
          label: data.label,
          forceLabel: true,
          color: THEME.highlightEdgeColor,
          size: data.size + THEME.highlightEdgeBoost,
          zIndex: 3,
        };
      }
      if (hover?.edges.has(edge) || focus?.edges.has(edge)) {
        const onPath = state.highlight?.edges.has(edge) ?? false;
        // A hub's many relation labels would cover its neighbours' names: label few edges only.
        const shown = (focus?.edges.has(edge) ? focus : hover)?.edges.size ?? 0;
        const labelled = onPath || (!isLarge() && shown <= THEME.maxEdgeLabels);
        return {
          ...out,
          label: labelled ? data.label : null,
          forceLabel: labelled,
          zIndex: 2,
          size: data.size + (onPath ? THEME.highlightEdgeBoost : 0),
          color: onPath ? THEME.highlightEdgeColor : data.color,
        };
      }
      if (focus || (hover && !isLarge())) return { ...out, color: THEME.dimEdgeColor, zIndex: 0 };
      return out;
    },
  };
}
