/**
 * The one boundary between the API's graph and what sigma draws: apiGraphToSigmaGraph turns
 * GET /api/graph into a graphology graph of display attributes. The entity type travels as
 * `entityType`; `type` is only ever a sigma program name ("arrow", "line", "curved", "curvedArrow").
 */
import { type DateSpan, dateSpan } from "../../src/model/dates.ts";
import { MultiDirectedGraph } from "graphology";
import { hashSeed } from "../../src/graph/prng.ts";
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType } from "../../src/model/ontology.ts";
import type { ApiEdge, ApiGraph, ApiNode } from "./api-types.ts";
import { NODE_COLORS, RELATION_COLORS, RELATION_LABELS, THEME } from "./theme.ts";

/** Attributes of a node as sigma receives them. */
export interface SigmaNodeAttributes {
  x: number;
  y: number;
  label: string;
  color: string;
  /** Size by connections (the reducers size by the chosen measure). */
  size: number;
  entityType: EntityType;
  aliases: string[];
  degree: number;
  mentions: number;
}

/** The sigma edge programs the converter may name. */
export type EdgeProgram = "arrow" | "line" | "curvedArrow" | "curved";

/** Attributes of an edge as sigma receives them. */
export interface SigmaEdgeAttributes {
  /** The sigma program: never a relation or entity type. */
  type: EdgeProgram;
  relation: RelationType;
  label: string;
  color: string;
  size: number;
  curvature: number;
  weight: number;
  docs: number;
  headlineOnly: boolean;
  /** The days each evidence's event covers (for the timeline and its window). */
  spans: DateSpan[];
}

/** The graph sigma draws. */
export type SigmaGraph = MultiDirectedGraph<SigmaNodeAttributes, SigmaEdgeAttributes>;

/** Known positions to keep (e.g. after a live update or a layout run). */
export type PositionLookup = (id: string) => { x: number; y: number } | undefined;

/** A deterministic number in [0, 1) from a string, for seeded fallback positions. */
export function hashUnit(text: string, salt = 0): number {
  return hashSeed(text, salt) / 2 ** 32;
}

/**
 * Node size for a count (degree or mentions): grows with its square root, within the theme's
 * range; `scale` shrinks every node on large graphs (see sizeScale).
 */
export function sizeFor(count: number, scale = 1): number {
  const size = THEME.minNodeSize + THEME.nodeSizeScale * Math.sqrt(Math.max(0, count));
  return Math.min(THEME.maxNodeSize, size) * scale;
}

/** How much to shrink nodes for a graph of `order` nodes: 1 up to the small-graph size, then less, down to a quarter. */
export function sizeScale(order: number): number {
  return Math.max(0.25, Math.min(1, Math.sqrt(THEME.smallGraphNodes / Math.max(1, order))));
}

/** Edge thickness for a weight (number of evidence sentences). */
export function edgeSizeFor(weight: number): number {
  return Math.min(THEME.maxEdgeSize, THEME.minEdgeSize + Math.log2(Math.max(1, weight)));
}

function finite(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function toNodeAttributes(
  node: ApiNode,
  position: { x: number; y: number },
  scale: number,
): SigmaNodeAttributes {
  return {
    x: position.x,
    y: position.y,
    label: node.name,
    color: NODE_COLORS[node.entityType] ?? node.color ?? "#999999",
    size: sizeFor(node.degree, scale),
    entityType: node.entityType,
    aliases: node.aliases ?? [],
    degree: node.degree,
    mentions: node.mentions,
  };
}

/**
 * Curvature of each edge, so that edges between the same two actors (in either direction)
 * fan out instead of overlapping: a lone edge is straight (0); a bundle of n spreads evenly.
 */
export function parallelCurvatures(
  edges: readonly Pick<ApiEdge, "key" | "source" | "target">[],
): Map<string, number> {
  const pairOf = (e: Pick<ApiEdge, "source" | "target">) =>
    e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
  const counts = new Map<string, number>();
  for (const edge of edges) {
    const pair = pairOf(edge);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const curvatures = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const edge of edges) {
    const pair = pairOf(edge);
    const n = counts.get(pair) ?? 1;
    if (n === 1) {
      curvatures.set(edge.key, 0);
      continue;
    }
    const i = seen.get(pair) ?? 0;
    seen.set(pair, i + 1);
    const spread = THEME.maxCurvature * (1 - Math.exp(-(n - 1) / 2));
    const offset = (i - (n - 1) / 2) / ((n - 1) / 2);
    // Curvature bends relative to the edge's own direction: flip edges that run "backwards".
    const sign = edge.source < edge.target ? 1 : -1;
    curvatures.set(edge.key, sign * offset * spread);
  }
  return curvatures;
}

/** The sigma program for an edge: arrows for directed relations, curves for parallel edges. */
export function edgeProgram(relation: RelationType, curved: boolean): EdgeProgram {
  const directed = !SYMMETRIC_RELATIONS.has(relation);
  if (curved) return directed ? "curvedArrow" : "curved";
  return directed ? "arrow" : "line";
}

/**
 * Converts GET /api/graph into the graph sigma draws. Positions come from `keep` when known,
 * then from the API (unless `apiPositions` is false, as for actors arriving in a live update), then
 * from a seeded spot near a placed neighbour (or on a seeded circle).
 */
export function apiGraphToSigmaGraph(
  api: ApiGraph,
  keep: PositionLookup = () => undefined,
  options: { apiPositions?: boolean } = {},
): SigmaGraph {
  const apiPositions = options.apiPositions ?? true;
  const graph: SigmaGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const unplaced: ApiNode[] = [];
  const scale = sizeScale(api.nodes.length);
  for (const node of api.nodes) {
    if (graph.hasNode(node.id)) continue;
    const known =
      keep(node.id) ??
      (apiPositions && finite(node.x) && finite(node.y) ? { x: node.x, y: node.y } : undefined);
    if (!known) unplaced.push(node);
    graph.addNode(node.id, toNodeAttributes(node, known ?? { x: 0, y: 0 }, scale));
  }
  const curvatures = parallelCurvatures(api.edges);
  for (const edge of api.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    if (graph.hasEdge(edge.key)) continue;
    const curvature = curvatures.get(edge.key) ?? 0;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
      type: edgeProgram(edge.relation, curvature !== 0),
      relation: edge.relation,
      label: RELATION_LABELS[edge.relation] ?? edge.relation,
      color: RELATION_COLORS[edge.relation] ?? THEME.baseEdgeColor,
      size: edgeSizeFor(edge.weight),
      curvature,
      weight: edge.weight,
      docs: edge.docs,
      headlineOnly: edge.headlineOnly,
      spans: (edge.events ?? []).map(dateSpan).filter((s): s is DateSpan => s !== null),
    });
  }
  placeNodes(graph, unplaced);
  return graph;
}

/** Gives nodes without a position a seeded spot near a placed neighbour, or on a circle. */
function placeNodes(graph: SigmaGraph, nodes: readonly ApiNode[]): void {
  const placed = graph.order - nodes.length;
  const radius = Math.max(1, Math.sqrt(graph.order)) * 10;
  const pending = new Set(nodes.map((n) => n.id));
  for (const { id } of nodes) {
    const anchor = graph.neighbors(id).find((n) => !pending.has(n));
    const angle = 2 * Math.PI * hashUnit(id);
    if (anchor && placed > 0) {
      const a = graph.getNodeAttributes(anchor);
      const r = 2 + 4 * hashUnit(id, 1);
      graph.mergeNodeAttributes(id, { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) });
    } else {
      const r = radius * Math.sqrt(hashUnit(id, 2));
      graph.mergeNodeAttributes(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
    pending.delete(id);
  }
}
