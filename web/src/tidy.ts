/**
 * Tidying a laid-out graph for reading: noverlap (graphology-layout-noverlap) pushes apart nodes
 * whose discs would overlap on screen, and the actors without relations are packed in a compact
 * block under the connected part, so that they neither ring the graph nor shrink it when shown.
 */
import { UndirectedGraph } from "graphology";
import * as noverlapModule from "graphology-layout-noverlap";
import type { SigmaGraph } from "./converter.ts";
import { interop } from "./interop.ts";

const noverlap = interop(noverlapModule);

/** A box in graph coordinates. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** Settings of the tidy pass. */
export interface TidySettings {
  /** The smaller side of the view, in pixels, and sigma's stage padding. */
  viewportSide: number;
  padding: number;
  /** Free space kept between two discs, in pixels. */
  margin: number;
  /** Most noverlap iterations (it stops earlier once nothing overlaps). */
  maxIterations: number;
}

/** Above this many connected actors, noverlap is skipped (the first frame must stay fast). */
const LARGE_TIDY = 2000;

/** Defaults: a 600-pixel view, sigma's padding, room for a label's height between discs. */
export const DEFAULT_TIDY: TidySettings = { viewportSide: 600, padding: 40, margin: 6, maxIterations: 150 };

/** The extent of `nodes` (all nodes when omitted); null when there are none. */
export function extentOf(graph: SigmaGraph, nodes?: Iterable<string>): Extent | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  // Plain comparisons: this runs over every node before the first frame.
  const add = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  if (nodes) for (const n of nodes) add(graph.getNodeAttribute(n, "x"), graph.getNodeAttribute(n, "y"));
  else graph.forEachNode((_n, a) => add(a.x, a.y));
  return Number.isFinite(minX) ? { x: [minX, maxX], y: [minY, maxY] } : null;
}

/** Graph units per screen pixel when `extent` fills a view whose smaller side is `side` pixels. */
function unitsPerPixel(extent: Extent, side: number): number {
  const span = Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0], 1e-9);
  return span / Math.max(1, side);
}

/** The actors without any relation, in id order. */
export function isolatedNodes(graph: SigmaGraph): string[] {
  return graph.filterNodes((n) => graph.degree(n) === 0).sort();
}

/**
 * Packs `nodes` in rows under `extent`, centred, as wide as the extent at most; `step` is the
 * distance between two neighbours of the block, in graph units.
 */
export function packBelow(graph: SigmaGraph, nodes: readonly string[], extent: Extent, step: number): void {
  if (!nodes.length) return;
  const width = Math.max(step, extent.x[1] - extent.x[0]);
  const columns = Math.max(
    1,
    Math.min(nodes.length, Math.floor(width / step) + 1, Math.ceil(Math.sqrt(nodes.length * 4))),
  );
  const rowWidth = (columns - 1) * step;
  const left = (extent.x[0] + extent.x[1]) / 2 - rowWidth / 2;
  // Sigma's y axis points up: the block goes under the lowest node.
  const top = extent.y[0] - 3 * step;
  nodes.forEach((node, i) => {
    graph.mergeNodeAttributes(node, {
      x: left + (i % columns) * step,
      y: top - Math.floor(i / columns) * step,
    });
  });
}

/**
 * Removes overlaps between the connected actors' discs as drawn at the view that fits them, then
 * packs the actors without relations under them. Returns the extent of the connected actors (null
 * when there are none), which the view fits while isolated actors are hidden.
 */
export function tidyLayout(graph: SigmaGraph, settings: Partial<TidySettings> = {}): Extent | null {
  const s = { ...DEFAULT_TIDY, ...settings };
  const lonely = isolatedNodes(graph);
  const lonelySet = new Set(lonely);
  const connected = graph.filterNodes((n) => !lonelySet.has(n));
  const before = extentOf(graph, connected);
  // noverlap is too slow for the first frame of a big graph: there the layout's spacing stands.
  if (before && connected.length > 1 && connected.length <= LARGE_TIDY) {
    // noverlap runs on a copy of the connected actors alone, their sizes in graph units.
    const k = unitsPerPixel(before, s.viewportSide - 2 * s.padding);
    const copy = new UndirectedGraph<{ x: number; y: number; size: number }>();
    for (const n of connected) {
      const a = graph.getNodeAttributes(n);
      copy.addNode(n, { x: a.x, y: a.y, size: a.size * k });
    }
    // A grid of about one node per cell keeps each iteration linear; big graphs get fewer rounds.
    const n = connected.length;
    noverlap.assign(copy, {
      maxIterations: s.maxIterations,
      settings: {
        margin: s.margin * k,
        ratio: 1,
        expansion: 1.05,
        gridSize: Math.min(300, Math.max(20, Math.ceil(Math.sqrt(n)))),
      },
    });
    copy.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
  }
  const extent = extentOf(graph, connected);
  if (extent) {
    const k = unitsPerPixel(extent, s.viewportSide - 2 * s.padding);
    let biggest = 0;
    for (const n of lonely) biggest = Math.max(biggest, graph.getNodeAttribute(n, "size"));
    packBelow(graph, lonely, extent, (2 * biggest + s.margin * 2) * k);
  } else if (lonely.length) {
    packBelow(graph, lonely, { x: [0, Math.sqrt(lonely.length) * 10], y: [0, 0] }, 10);
  }
  return extent;
}
