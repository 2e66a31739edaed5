/**
 * Shapes of query results: the views of nodes and edges the API and CLI print, search hits,
 * neighbourhoods, paths with their hops, connections, and the QueryEngine contract itself.
 */
import type { EntityType, RelationType } from "../model/ontology.ts";
import type { Evidence } from "../model/types.ts";

/** A node as queries return it (no layout, no document list). */
export interface NodeView {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

/** An edge as queries return it, with its evidence (all of it unless the engine was told to send the first pieces; `weight` counts it all). */
export interface EdgeView {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  weight: number;
  docs: number;
  evidence: Evidence[];
}

/** One search result: the entity, its relevance score and its degree. */
export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Higher is better; exact name or alias matches score highest. */
  score: number;
  /** Number of edges at the node (in and out). */
  degree: number;
}

/** Options of `search`. */
export interface SearchOptions {
  types?: EntityType[];
  limit?: number;
}

/** Options of `neighbors`. */
export interface NeighborOptions {
  /** How many hops out from the center (default 1). */
  depth?: number;
  relations?: RelationType[];
  /** Entity types of the neighbours kept (the center is always kept). */
  types?: EntityType[];
  /** Minimum number of evidence sentences an edge needs. */
  minEvidence?: number;
  /** Maximum number of nodes, center included. */
  limit?: number;
}

/** An ego network: nodes nearest first, edges among them. */
export interface Neighborhood {
  center: NodeView;
  nodes: NodeView[];
  edges: EdgeView[];
  /** True when the limit cut nodes or edges off. */
  truncated: boolean;
  limit: number;
}

/** Options of `paths` and `connect`. Absent fields take the engine's settings. */
export interface PathOptions {
  /** `shortest`: all equally short (or cheap) paths; `k-shortest`: the k best simple paths (Yen). */
  mode?: "shortest" | "k-shortest";
  /** 1..20; default 3 for k-shortest. */
  k?: number;
  /** Only these relations may be walked. */
  via?: RelationType[];
  /** These relations may not be walked. */
  avoid?: RelationType[];
  /** Intermediate nodes must be of these types. */
  throughTypes?: EntityType[];
  /** Intermediate nodes may not be of these types. */
  avoidTypes?: EntityType[];
  /** Longest path, in hops (default 6). */
  maxHops?: number;
  /** Walk edges only from source to target (symmetric relations both ways); default false. */
  directed?: boolean;
  /** Prefer well-evidenced edges (see `evidenceCost` in settings.ts). */
  weighted?: boolean;
  maxPaths?: number;
  maxVisited?: number;
  timeoutMs?: number;
}

/** One step of a path. */
export interface Hop {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  /** `forward` when walked from the edge's source to its target (always for symmetric relations). */
  direction: "forward" | "backward";
  /** How many pieces of evidence the edge has (`evidence` may hold only the first ones). */
  weight: number;
  evidence: Evidence[];
}

/** A path: node ids in order, one hop between each pair, and a one-line reading. */
export interface Path {
  nodes: string[];
  hops: Hop[];
  /** Number of hops. */
  length: number;
  /** Sum of the hop costs: hops when unweighted, evidence costs when weighted. */
  cost: number;
  /** "Kim Jong Un —meets→ Sergei Shoigu ←affiliated_with— Russia". */
  reading: string;
}

/** The answer to `paths`: no path is an empty list, not an error. */
export interface PathResult {
  from: NodeView;
  to: NodeView;
  paths: Path[];
  /** True when a bound (hops, paths, visited nodes, time) stopped the search early. */
  truncated: boolean;
  /** Which bound: `maxHops`, `maxPaths`, `maxVisited` or `timeout`. */
  reason?: string;
}

/** The answer to `connect`: a small tree joining the actors (Steiner approximation). */
export interface ConnectResult {
  actors: NodeView[];
  nodes: NodeView[];
  edges: EdgeView[];
  /** The shortest paths whose union is the tree, one per tree branch. */
  paths: Path[];
  /** Pairs of actors left unconnected (no path within the bounds). */
  unreachable: [string, string][];
  truncated: boolean;
  reason?: string;
}

/** Search, neighbourhoods and paths over one graph, kept in step with it. */
export interface QueryEngine {
  search(text: string, opts?: SearchOptions): SearchHit[];
  /** The entity id a user's reference names; throws UNKNOWN_ENTITY or AMBIGUOUS_ENTITY. */
  resolve(ref: string): string;
  neighbors(ref: string, opts?: NeighborOptions): Neighborhood;
  paths(from: string, to: string, opts?: PathOptions): PathResult;
  connect(refs: string[], opts?: PathOptions): ConnectResult;
  /** Detaches the engine from the graph's events. */
  dispose(): void;
}
