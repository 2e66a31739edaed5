/**
 * Shapes of the HTTP API's answers, as the viewer reads them. Taken (type-only, erased from the
 * bundle) from the server's and the query engine's own view types, so a change of the contract
 * breaks the viewer's type check instead of the viewer.
 */
import type { GraphChange } from "../../src/graph/types.ts";
import type { EntityType } from "../../src/model/ontology.ts";
import type { ConnectResult, Hop, Path, PathResult, SearchHit } from "../../src/query/types.ts";
import type {
  EntityRef,
  EvidenceView,
  GraphEdgeView,
  GraphNodeView,
  RelationView,
  toEntityDetail,
  toRelationDetail,
} from "../../src/server/views.ts";

/** A node of GET /api/graph (`entityType`, never `type`); positions may be absent. */
export type ApiNode = Omit<GraphNodeView, "x" | "y" | "size" | "color"> & {
  x?: number | null;
  y?: number | null;
  size?: number | null;
  color?: string | null;
};

/** An edge of GET /api/graph, keyed `source|relation|target`. */
export type ApiEdge = GraphEdgeView;

/** GET /api/graph. */
export interface ApiGraph {
  revision: number;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** GET /api/health. */
export interface ApiHealth {
  ok: boolean;
  revision: number;
  documents: number;
  nodes: number;
  edges: number;
}

/** One hit of GET /api/entities?q=. */
export type ApiSearchResult = SearchHit;

/** An entity reference inside other answers. */
export type ApiEntityRef = EntityRef;

/** One sentence of evidence with its document's metadata and the mentions to mark. */
export type ApiEvidence = EvidenceView;

/** A highlighted mention inside an evidence sentence (offsets within `sentence`). */
export type ApiHighlight = EvidenceView["highlights"][number];

/** A relation seen from one entity (GET /api/entities/:id). */
export type ApiRelationView = RelationView;

/** GET /api/entities/:id. */
export type ApiEntityDetails = ReturnType<typeof toEntityDetail>;

/** GET /api/relations/:key. */
export type ApiRelationDetails = ReturnType<typeof toRelationDetail>;

/** One step of a path, with evidence views. */
export type ApiHop = Omit<Hop, "evidence"> & { evidence: EvidenceView[] };

/** A path between two actors. */
export type ApiPath = Omit<Path, "hops"> & { hops: ApiHop[] };

/** GET /api/paths. */
export type ApiPathResult = Omit<PathResult, "paths"> & { paths: ApiPath[] };

/** POST /api/connect. */
export type ApiConnectResult = Omit<ConnectResult, "paths"> & { paths: ApiPath[] };

/** What a change added or removed. */
export type ApiChange = GraphChange;

/** POST /api/documents (201). */
export interface ApiIngestResult {
  id: string;
  change: ApiChange;
}

/** A curation operation, as POST /api/curation takes it. */
export type ApiCurationOp =
  | { kind: "merge"; keep: string; absorb: string }
  | { kind: "split"; entity: string; alias: string }
  | { kind: "rename"; entity: string; name: string }
  | { kind: "retype"; entity: string; type: EntityType }
  | { kind: "reject-edge"; edge: string }
  | { kind: "reject-evidence"; edge: string; doc: string; start: number; end: number };

/** The kinds of curation record (a dismissed suggestion is one too). */
export type ApiCurationKind = ApiCurationOp["kind"] | "dismiss";

/** One stored curation record (GET /api/curation), newest first. */
export interface ApiCurationRecord {
  id: number | string;
  kind: ApiCurationKind;
  /** The entity or edge the operation is about. */
  target: string;
  /** The operation's parameters and the names it involved. */
  data: Record<string, unknown>;
  createdAt: string;
  undone?: boolean;
  /** When it was undone, or null while it applies. */
  undoneAt?: string | null;
}

/** POST /api/curation, and the undo calls. */
export interface ApiCurationResult {
  record: ApiCurationRecord;
  change: ApiChange;
}

/** A suggested merge: two same-type actors whose names are close. */
export interface ApiSuggestion {
  a: string;
  b: string;
  aName: string;
  bName: string;
  type: EntityType;
  reason: string;
  score: number;
}

/** An `application/problem+json` error body. */
export interface ApiProblem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  candidates?: unknown[];
  suggestions?: unknown[];
}
