/**
 * Visual encoding of the measures: node sizes from a measure, node colours from the entity type,
 * the Louvain community or a measure, and the legend that explains both (drawn by the sidebar
 * and into the PNG export from the same model).
 */
import type { EntityType } from "../../src/model/ontology.ts";
import type { SigmaGraph } from "./converter.ts";
import { MEASURE_LABELS, type Measure, type Metrics } from "./metrics.ts";
import type { ColorBy } from "./state.ts";
import { COMMUNITY_COLORS, NODE_COLORS, OTHER_COLOR, SEQUENTIAL_COLORS, THEME } from "./theme.ts";

/** Title of the legend of colours by entity type. */
export const TYPE_LEGEND_TITLE = "Actors by type";

/** One line of a categorical legend. */
export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** What the legend shows: categories (types or communities), or a scale from low to high. */
export type ColorLegend =
  | { kind: "categories"; title: string; entries: LegendEntry[] }
  | { kind: "scale"; title: string; colors: readonly string[]; min: number; max: number };

/** The size legend: which measure, over what range. */
export interface SizeLegend {
  title: string;
  min: number;
  max: number;
}

/** How far a value lies between the smallest and the largest, in [0, 1] (0 when all are equal). */
function spread(values: ReadonlyMap<string, number>): (v: number) => number {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values.values()) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return max > min ? (v) => (v - min) / (max - min) : () => 0;
}

function range(values: ReadonlyMap<string, number>): { min: number; max: number } {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values.values()) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

/** Node sizes from a measure: the square root of its relative value, within the theme's range. */
export function encodeSizes(
  graph: SigmaGraph,
  metrics: Metrics,
  measure: Measure,
  scale: number,
): Map<string, number> {
  const values = metrics.values(measure);
  const at = spread(values);
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => {
    const t = at(values.get(node) ?? 0);
    sizes.set(node, (THEME.minNodeSize + (THEME.maxNodeSize - THEME.minNodeSize) * Math.sqrt(t)) * scale);
  });
  return sizes;
}

/** Mixes two "#rrggbb" colours. */
function mix(a: string, b: string, t: number): string {
  const channel = (c: string, i: number) => Number.parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** The sequential scale's colour at t in [0, 1]. */
export function sequentialColor(t: number): string {
  const stops = SEQUENTIAL_COLORS;
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  return mix(stops[i]!, stops[i + 1]!, x - i);
}

/** The colour of a community: the largest ones have their own; lone actors and the rest share one. */
export function communityColor(metrics: Metrics, community: number | undefined): string {
  if (community === undefined || (metrics.communitySizes[community] ?? 0) < 2) return OTHER_COLOR;
  return COMMUNITY_COLORS[community] ?? OTHER_COLOR;
}

/** Node colours for a colouring, or null for the entity type (the converter's colour). */
export function encodeColors(
  graph: SigmaGraph,
  metrics: Metrics,
  colorBy: ColorBy,
): Map<string, string> | null {
  if (colorBy === "type") return null;
  const colors = new Map<string, string>();
  if (colorBy === "community") {
    graph.forEachNode((node) => colors.set(node, communityColor(metrics, metrics.community.get(node))));
    return colors;
  }
  const values = metrics.values(colorBy);
  const at = spread(values);
  graph.forEachNode((node) => colors.set(node, sequentialColor(Math.sqrt(at(values.get(node) ?? 0)))));
  return colors;
}

/** The name of a community: its member with the highest degree ("Poland's community"). */
function communityNames(graph: SigmaGraph, metrics: Metrics): Map<number, string> {
  const best = new Map<number, { label: string; degree: number }>();
  graph.forEachNode((node, attrs) => {
    const c = metrics.community.get(node);
    if (c === undefined || c >= COMMUNITY_COLORS.length) return;
    const current = best.get(c);
    if (!current || attrs.degree > current.degree) best.set(c, { label: attrs.label, degree: attrs.degree });
  });
  return new Map([...best].map(([c, b]) => [c, b.label]));
}

/** The colour legend of a colouring. */
export function colorLegend(
  graph: SigmaGraph,
  metrics: Metrics,
  colorBy: ColorBy,
  typeCounts: Partial<Record<EntityType, number>>,
): ColorLegend {
  if (colorBy === "type") {
    return {
      kind: "categories",
      title: TYPE_LEGEND_TITLE,
      entries: (Object.keys(NODE_COLORS) as EntityType[]).map((type) => ({
        label: type,
        color: NODE_COLORS[type],
        count: typeCounts[type] ?? 0,
      })),
    };
  }
  if (colorBy === "community") {
    const names = communityNames(graph, metrics);
    const entries = metrics.communitySizes
      .map((count, c) => ({
        label: `${names.get(c) ?? `community ${c + 1}`}'s`,
        color: communityColor(metrics, c),
        count,
      }))
      .filter((e) => e.color !== OTHER_COLOR);
    const rest = graph.order - entries.reduce((sum, e) => sum + e.count, 0);
    if (rest) entries.push({ label: "others", color: OTHER_COLOR, count: rest });
    return { kind: "categories", title: "Communities (Louvain)", entries };
  }
  return {
    kind: "scale",
    title: MEASURE_LABELS[colorBy],
    colors: SEQUENTIAL_COLORS,
    ...range(metrics.values(colorBy)),
  };
}

/** The size legend of a measure. */
export function sizeLegend(metrics: Metrics, measure: Measure): SizeLegend {
  return { title: MEASURE_LABELS[measure], ...range(metrics.values(measure)) };
}

/** A measure's value as text: whole numbers as they are, fractions with three significant digits. */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}
