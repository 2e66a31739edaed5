/**
 * The sigma renderer: settings (curved and straight edge programs, density-limited labels,
 * large-graph savings), pointer events turned into actions, keyboard camera controls, and
 * the cleanup function.
 */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from "@sigma/edge-curve";
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
import type { Reducers } from "./reducers.ts";
import { THEME } from "./theme.ts";

/** The graph view and how to tear it down. */
export interface GraphView {
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;
  /** Animates the camera to a node. */
  center(id: string): void;
  kill(): void;
}

/** The edge programs the converter names (see EdgeProgram). */
const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  line: EdgeRectangleProgram,
  fast: EdgeLineProgram,
  curved: EdgeCurveProgram,
  curvedArrow: EdgeCurvedArrowProgram,
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
    edgeProgramClasses: EDGE_PROGRAMS,
    defaultEdgeType: "arrow",
    renderEdgeLabels: true,
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

/** Creates the sigma renderer in `container` and wires its events to the actions. */
export function createGraphView(
  graph: SigmaGraph,
  container: HTMLElement,
  reducers: Reducers,
  actions: Actions,
  labelDensity: number,
): GraphView {
  const sigma = new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(
    graph,
    container,
    sigmaSettings(graph, reducers, labelDensity),
  );
  sigma.on("enterNode", ({ node }) => {
    actions.hoverNode(node);
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    actions.hoverNode(null);
    container.style.cursor = "";
  });
  sigma.on("clickNode", ({ node }) => actions.selectNode(node));
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

  return {
    sigma,
    center(id) {
      const data = sigma.getNodeDisplayData(id);
      if (!data) return;
      const { width, height } = sigma.getDimensions();
      const at = sigma.framedGraphToViewport(data);
      const inView = at.x > width * 0.1 && at.x < width * 0.9 && at.y > height * 0.1 && at.y < height * 0.9;
      if (inView && graph.order <= THEME.smallGraphNodes) return;
      // Small graphs fit the screen: pan only. Large ones: zoom in to the node's neighbourhood.
      const ratio =
        graph.order > THEME.smallGraphNodes
          ? Math.min(camera.getState().ratio, 0.3)
          : camera.getState().ratio;
      camera.animate({ x: data.x, y: data.y, ratio }, { duration: 400 });
    },
    kill() {
      container.removeEventListener("keydown", onKey);
      sigma.kill();
    },
  };
}
