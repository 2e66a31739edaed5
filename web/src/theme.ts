/**
 * The viewer's visual settings: colours by entity type and relation, dimmed colours, size ranges.
 * One place for every literal the reducers and converter use (settings as data).
 */
import { ENTITY_COLORS, type EntityType, type RelationType } from "../../src/model/ontology.ts";

/** Node colour by entity type (shared with the exporters). */
export const NODE_COLORS: Readonly<Record<EntityType, string>> = ENTITY_COLORS;

/** Edge colour by relation. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  supplies: "#c8553d",
  meets: "#3b82c4",
  assesses: "#8a8f98",
  affiliated_with: "#9467bd",
};

/** Human wording of each relation, for labels and lists. */
export const RELATION_LABELS: Readonly<Record<RelationType, string>> = {
  supplies: "supplies",
  meets: "meets",
  assesses: "assesses",
  affiliated_with: "affiliated with",
};

/** Colours of the largest Louvain communities, in order (Tableau 10, then two more); the rest share OTHER. */
export const COMMUNITY_COLORS: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#17becf",
  "#8c6d31",
  "#637939",
];

/** Colour of the communities beyond the palette, and of nodes without a value. */
export const OTHER_COLOR = "#b8bec8";

/** Stops of the sequential scale for measures, low to high (viridis, reversed so high is dark). */
export const SEQUENTIAL_COLORS: readonly string[] = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];

/** Display constants of the graph view. */
export const THEME = {
  dimNodeColor: "#d9dce1",
  dimEdgeColor: "#eceef1",
  baseEdgeColor: "#c3c8d0",
  highlightEdgeColor: "#111827",
  minNodeSize: 4,
  maxNodeSize: 24,
  nodeSizeScale: 2.6,
  minEdgeSize: 1.5,
  maxEdgeSize: 6,
  highlightEdgeBoost: 2,
  /** Largest curvature given to a bundle of parallel edges. */
  maxCurvature: 0.45,
  /** Below this many nodes every label is a candidate (the density grid still avoids overlaps). */
  smallGraphNodes: 300,
  /** A focus (hover, selection) with more relations than this labels none of them. */
  maxEdgeLabels: 12,
  /** Above this many edges, edges hide while the camera moves and edge events are off. */
  largeGraphEdges: 5000,
} as const;
