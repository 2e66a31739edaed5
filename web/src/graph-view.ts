/**
 * The sigma renderer: settings (curved and straight edge programs, large-graph savings), the
 * label layer that never lets two labels overlap, pointer events turned into actions, camera
 * controls (keyboard, and zoom in, zoom out and fit buttons), fitting the camera to a node's
 * neighbourhood, and the cleanup function.
 */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Actions } from "./actions.ts";
import {
  sizeScale,
  type SigmaEdgeAttributes,
  type SigmaGraph,
  type SigmaNodeAttributes,
} from "./converter.ts";
import { cameraToFit } from "./camera.ts";
import { el } from "./dom.ts";
import { attachLabelLayer, type LabelLayer } from "./labels.ts";
import { drawNodeHalo } from "./node-hover.ts";
import type { Reducers } from "./reducers.ts";
import type { Extent } from "./tidy.ts";
import { THEME } from "./theme.ts";

/** The graph view and how to tear it down. */
export interface GraphView {
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;
  labels: LabelLayer;
  /** Animates the camera to a node and its shown neighbours. */
  center(id: string): void;
  /** Animates the camera to fit the shown nodes. */
  fit(): void;
  kill(): void;
}

/** The edge programs the converter names (see EdgeProgram), and the reducers' plain lines. */
const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  line: EdgeRectangleProgram,
  fast: EdgeLineProgram,
  curved: EdgeCurveProgram,
  curvedArrow: EdgeCurvedArrowProgram,
} as unknown as Settings<SigmaNodeAttributes, SigmaEdgeAttributes>["edgeProgramClasses"];
/**
 * On a large graph every edge is drawn as a plain line (see the edge reducer): sigma compiles the
 * shaders of that program alone, not those of the four it would never use.
 */
const LARGE_EDGE_PROGRAMS = {
  fast: EdgeLineProgram,
} as unknown as Settings<SigmaNodeAttributes, SigmaEdgeAttributes>["edgeProgramClasses"];

/** Sigma settings for a graph of this size. */
export function sigmaSettings(
  graph: SigmaGraph,
  reducers: Reducers,
  labelDensity: number,
): Partial<Settings<SigmaNodeAttributes, SigmaEdgeAttributes>> {
  const large = graph.size > THEME.largeGraphEdges;
  return {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    edgeProgramClasses: large ? LARGE_EDGE_PROGRAMS : EDGE_PROGRAMS,
    defaultEdgeType: large ? "fast" : "arrow",
    renderEdgeLabels: true,
    // Node labels are drawn by the label layer (labels.ts), which avoids overlaps.
    renderLabels: false,
    // The hover and selection mark is a halo only: the label layer writes the name.
    defaultDrawNodeHover: drawNodeHalo as Settings<
      SigmaNodeAttributes,
      SigmaEdgeAttributes
    >["defaultDrawNodeHover"],
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: graph.order > 5000,
    labelDensity,
    labelGridCellSize: 120,
    // Small graphs: every label may show (the grid still avoids overlaps); large: the bigger nodes'.
    labelRenderedSizeThreshold: graph.order < THEME.smallGraphNodes ? 0 : 8 * sizeScale(graph.order),
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#374151" },
    // Focused items drawn over dimmed ones (costs a sort on full refreshes; hovers refresh partially).
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
  };
}

/**
 * Creates the sigma renderer in `container`, framing `bbox` (graph coordinates; null: the whole
 * graph), and wires its events to the actions.
 */
export function createGraphView(
  graph: SigmaGraph,
  container: HTMLElement,
  reducers: Reducers,
  actions: Actions,
  labelDensity: number,
  bbox: Extent | null = null,
): GraphView {
  // Sigma indexes and draws its graph on creation, and again once given a custom bounding box:
  // it starts empty, gets the box, then the graph, so that a large graph is processed once.
  const sigma = new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(
    new MultiDirectedGraph<SigmaNodeAttributes, SigmaEdgeAttributes>(),
    container,
    sigmaSettings(graph, reducers, labelDensity),
  );
  if (bbox) sigma.setCustomBBox(bbox);
  // The label layer draws after every render: attached before the graph is given, so that the
  // first frame already carries the labels.
  const labels = attachLabelLayer(
    sigma,
    () => reducers.labelOrder(),
    () => sigma.getSetting("labelDensity"),
  );
  sigma.setGraph(graph);
  sigma.on("enterNode", ({ node }) => {
    actions.hoverNode(node);
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    actions.hoverNode(null);
    container.style.cursor = "";
  });
  sigma.on("clickNode", ({ node }) => actions.selectNode(node, { center: true }));
  sigma.on("enterEdge", ({ edge }) => actions.hoverEdge(edge));
  sigma.on("leaveEdge", () => actions.hoverEdge(null));
  sigma.on("clickEdge", ({ edge }) => actions.selectEdge(edge));
  sigma.on("clickStage", () => actions.clearSelection());

  const camera = sigma.getCamera();
  const onKey = (event: KeyboardEvent) => {
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => camera.animate({ x: state.x - step }, { duration: 150 }),
      ArrowRight: () => camera.animate({ x: state.x + step }, { duration: 150 }),
      ArrowUp: () => camera.animate({ y: state.y + step }, { duration: 150 }),
      ArrowDown: () => camera.animate({ y: state.y - step }, { duration: 150 }),
      "+": () => camera.animatedZoom({ duration: 200 }),
      "=": () => camera.animatedZoom({ duration: 200 }),
      "-": () => camera.animatedUnzoom({ duration: 200 }),
      "0": () => camera.animatedReset({ duration: 300 }),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };
  container.addEventListener("keydown", onKey);

  const fitTo = (nodes: Iterable<string>, minRatio: number) => {
    const points: { x: number; y: number }[] = [];
    for (const n of nodes) {
      const d = sigma.getNodeDisplayData(n);
      if (d && !d.hidden) points.push(d);
    }
    const target = cameraToFit(points, sigma.getDimensions(), sigma.getSetting("stagePadding"), {
      min: minRatio,
      max: sigma.getSetting("maxCameraRatio") ?? 20,
    });
    if (target) void camera.animate(target, { duration: 450 });
  };
  const visible = () => graph.filterNodes((n) => !reducers.hidden().nodes.has(n));

  const zoom = (label: string, text: string, run: () => void) => {
    const b = el("button", { type: "button", class: "zoom-button", "aria-label": label, title: label }, text);
    b.addEventListener("click", run);
    return b;
  };
  const controls = el(
    "div",
    { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
    zoom("Zoom in", "+", () => void camera.animatedZoom({ duration: 200 })),
    zoom("Zoom out", "−", () => void camera.animatedUnzoom({ duration: 200 })),
    zoom("Fit the graph to the view", "⤢", () => fitTo(visible(), 0.05)),
  );
  container.parentElement?.appendChild(controls);

  return {
    sigma,
    labels,
    center(id) {
      if (!graph.hasNode(id)) return;
      const hidden = reducers.hidden();
      const nodes = [id];
      graph.forEachEdge(id, (edge, _a, source, target) => {
        if (!hidden.edges.has(edge)) nodes.push(source === id ? target : source);
      });
      // A lone node is shown at a readable zoom rather than filling the view.
      fitTo(nodes, nodes.length > 1 ? 0.08 : Math.min(camera.getState().ratio, 0.3));
    },
    fit: () => fitTo(visible(), 0.05),
    kill() {
      container.removeEventListener("keydown", onKey);
      controls.remove();
      labels.kill();
      sigma.kill();
    },
  };
}
