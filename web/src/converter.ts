/**
 * The one boundary between the API's graph and what sigma draws: apiGraphToSigmaGraph turns
 * GET /api/graph/columns (or GET /api/graph) into a graphology graph of display attributes. The entity type travels as
 * `entityType`; `type` is only ever a sigma program name ("arrow", "line", "curved", "curvedArrow").
 */
import { type DateSpan, dateSpan } from "../../src/model/dates.ts";
import { MultiDirectedGraph } from "graphology";
import { prepareBulkEdges } from "./bulk-insert.ts";
import { hashSeed } from "../../src/graph/prng.ts";
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType } from "../../src/model/ontology.ts";
import {
  columnEdgeKey,
  isGraphColumns,
  toGraphColumns,
  type GraphColumns,
} from "../../src/model/graph-columns.ts";
import type { ApiEdge, ApiGraph } from "./api-types.ts";
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
  /** Distinct actors this one has a relation with, either way (the "connections" measure). */
  neighbours: number;
  /** Evidence on every relation of the actor, at least 1 each (the weighted degree). */
  weightedDegree: number;
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

/** What one pass over a columns payload's node pairs gives: each edge's curvature, each node's degrees. */
interface ColumnPairs {
  /** By edge index. */
  curvatures: Float64Array;
  /** By node index: distinct neighbours, and evidence summed over its edges (at least 1 each). */
  neighbours: Uint32Array;
  weightedDegree: Float64Array;
}

/**
 * Curvature of each edge of a columns payload, by edge index (as parallelCurvatures, on node
 * indices), and each node's distinct neighbours and weighted degree (self-loops left out, as the
 * converter leaves them out).
 */
function columnPairs(columns: GraphColumns): ColumnPairs {
  const { source, target, weight } = columns.edges;
  const n = columns.nodes.id.length;
  const ids = columns.nodes.id;
  const neighbours = new Uint32Array(n);
  const weightedDegree = new Float64Array(n);
  // Each edge's pair of actors (either way) gets a number, its slot: one map lookup per edge,
  // and the second pass reads the slots and their counts from arrays.
  const slotOf = new Map<number, number>();
  const slots = new Int32Array(source.length).fill(-1);
  const counts: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const s = source[i]!;
    const t = target[i]!;
    if (s === t) continue;
    const pair = s < t ? s * n + t : t * n + s;
    let slot = slotOf.get(pair);
    if (slot === undefined) {
      slot = counts.length;
      slotOf.set(pair, slot);
      counts.push(0);
      neighbours[s]!++;
      neighbours[t]!++;
    }
    slots[i] = slot;
    counts[slot]!++;
    const w = Math.max(1, weight[i]!);
    weightedDegree[s]! += w;
    weightedDegree[t]! += w;
  }
  const curvatures = new Float64Array(source.length);
  const seen = new Uint32Array(counts.length);
  for (let i = 0; i < source.length; i++) {
    const slot = slots[i]!;
    if (slot < 0) continue;
    const count = counts[slot]!;
    if (count === 1) continue;
    const k = seen[slot]!++;
    const spread = THEME.maxCurvature * (1 - Math.exp(-(count - 1) / 2));
    const offset = (k - (count - 1) / 2) / ((count - 1) / 2);
    // Curvature bends relative to the edge's own direction: flip edges that run "backwards" (by id).
    const sign = ids[source[i]!]! < ids[target[i]!]! ? 1 : -1;
    curvatures[i] = sign * offset * spread;
  }
  return { curvatures, neighbours, weightedDegree };
}

/**
 * Converts GET /api/graph/columns (or GET /api/graph's rows) into the graph sigma draws. Positions
 * come from `keep` when known, then from the API (unless `apiPositions` is false, as for actors
 * arriving in a live update), then from a seeded spot near a placed neighbour (or on a seeded
 * circle).
 */
export function apiGraphToSigmaGraph(
  api: ApiGraph | GraphColumns,
  keep: PositionLookup = () => undefined,
  options: { apiPositions?: boolean } = {},
): SigmaGraph {
  const columns = isGraphColumns(api) ? api : toGraphColumns(api);
  const apiPositions = options.apiPositions ?? true;
  const graph: SigmaGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const unplaced: string[] = [];
  const { nodes, edges } = columns;
  const scale = sizeScale(nodes.id.length);
  const { curvatures, neighbours, weightedDegree } = columnPairs(columns);
  for (let i = 0; i < nodes.id.length; i++) {
    const id = nodes.id[i]!;
    if (graph.hasNode(id)) continue;
    const [x, y] = [nodes.x[i], nodes.y[i]];
    const known = keep(id) ?? (apiPositions && finite(x) && finite(y) ? { x, y } : undefined);
    if (!known) unplaced.push(id);
    const entityType = columns.entityTypes[nodes.type[i]!] as EntityType;
    graph.addNode(id, {
      x: known?.x ?? 0,
      y: known?.y ?? 0,
      label: nodes.name[i]!,
      color: NODE_COLORS[entityType] ?? "#999999",
      size: sizeFor(nodes.degree[i]!, scale),
      entityType,
      aliases: nodes.aliases[i] ?? [],
      degree: nodes.degree[i]!,
      neighbours: neighbours[i]!,
      weightedDegree: weightedDegree[i]!,
      mentions: nodes.mentions[i]!,
    });
  }
  // Each event date is parsed once, however many edges share it; edges with one event (most)
  // share that date's list, and edges without any share one empty list (nothing mutates them).
  const spanOf = columns.dates.map(dateSpan);
  const single = spanOf.map((span) => (span ? [span] : []));
  const none: DateSpan[] = [];
  prepareBulkEdges(graph);
  for (let i = 0; i < edges.source.length; i++) {
    const [source, target] = [nodes.id[edges.source[i]!]!, nodes.id[edges.target[i]!]!];
    if (source === target) continue;
    const relation = columns.relations[edges.relation[i]!] as RelationType;
    // Keys are unique in the columns (toGraphColumns keeps the first of each).
    const key = edges.keys[i] ?? columnEdgeKey(source, relation, target);
    const curvature = curvatures[i]!;
    const [from, to] = [edges.eventStart[i]!, edges.eventStart[i + 1]!];
    let spans = none;
    if (to === from + 1) spans = single[edges.eventDate[from]!]!;
    else if (to > from + 1) {
      spans = [];
      for (let j = from; j < to; j++) {
        const span = spanOf[edges.eventDate[j]!];
        if (span) spans.push(span);
      }
    }
    const weight = edges.weight[i]!;
    graph.addEdgeWithKey(key, source, target, {
      type: edgeProgram(relation, curvature !== 0),
      relation,
      label: RELATION_LABELS[relation] ?? relation,
      color: RELATION_COLORS[relation] ?? THEME.baseEdgeColor,
      size: edgeSizeFor(weight),
      curvature,
      weight,
      docs: edges.docs[i]!,
      headlineOnly: edges.headlineOnly[i] === 1,
      spans,
    });
  }
  placeNodes(graph, unplaced);
  return graph;
}

/** Gives nodes without a position a seeded spot near a placed neighbour, or on a circle. */
function placeNodes(graph: SigmaGraph, nodes: readonly string[]): void {
  const placed = graph.order - nodes.length;
  const radius = Math.max(1, Math.sqrt(graph.order)) * 10;
  const pending = new Set(nodes);
  for (const id of nodes) {
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
