/**
 * Shapes of the HTTP API's answers, as the viewer reads them. Taken (type-only, erased from the
 * bundle) from the server's and the query engine's own view types, so a change of the contract
 * breaks the viewer's type check instead of the viewer.
 */
import type { CurationData, CurationKind, CurationRecord } from "../../src/graph/curation.ts";
import type { CurationInput } from "../../src/graph/curation-request.ts";
import type { MergeSuggestion } from "../../src/graph/curation-suggestions.ts";
import type { GraphChange } from "../../src/graph/types.ts";
import type { ConnectResult, Hop, Path, PathResult, SearchHit } from "../../src/query/types.ts";
import type {
  EntityRef,
  DocumentView,
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

/** Each edge's first evidence views in a paths or connect answer, by edge key (listed once per edge). */
export type ApiEvidenceByEdge = Record<string, EvidenceView[]>;

/** One step of a path as sent: its evidence is the answer's `evidence[key]`. */
export type ApiHopSent = Omit<Hop, "evidence">;

/** A path as sent. */
export type ApiPathSent = Omit<Path, "hops"> & { hops: ApiHopSent[] };

/** GET /api/paths as sent. */
export type ApiPathAnswer = Omit<PathResult, "paths"> & { paths: ApiPathSent[]; evidence: ApiEvidenceByEdge };

/** POST /api/connect as sent (its edges' evidence is the answer's `evidence[key]` too). */
export type ApiConnectAnswer = Omit<ConnectResult, "paths" | "edges"> & {
  edges: Omit<ConnectResult["edges"][number], "evidence">[];
  paths: ApiPathSent[];
  evidence: ApiEvidenceByEdge;
};

/** One step of a path, with evidence views (what the client gives the views). */
export type ApiHop = ApiHopSent & { evidence: EvidenceView[] };

/** A path between two actors. */
export type ApiPath = Omit<Path, "hops"> & { hops: ApiHop[] };

/** GET /api/paths, each hop with its edge's evidence. */
export type ApiPathResult = Omit<ApiPathAnswer, "paths"> & { paths: ApiPath[] };

/** POST /api/connect, each hop with its edge's evidence. */
export type ApiConnectResult = Omit<ApiConnectAnswer, "paths"> & { paths: ApiPath[] };

/** What a change added or removed. */
export type ApiChange = GraphChange;

/** POST /api/documents (201). */
export interface ApiIngestResult {
  id: string;
  change: ApiChange;
}

/** A curation operation, as POST /api/curation takes it (dismissals have their own call). */
export type ApiCurationOp = Exclude<CurationInput, { kind: "dismiss" }>;

/** The kinds of curation record (a dismissed suggestion is one too). */
export type ApiCurationKind = CurationKind;

/** What a record holds, by kind (the actors as they were named when it was made). */
export type ApiCurationData = CurationData;

/** One stored curation record (GET /api/curation), newest first. */
export type ApiCurationRecord = Omit<CurationRecord, "undoneAt"> & { undone: boolean };

/** POST /api/curation, and the undo calls. */
export interface ApiCurationResult {
  record: ApiCurationRecord;
  change: ApiChange;
}

/** A suggested merge: two same-type actors whose names are close. */
export type ApiSuggestion = MergeSuggestion;

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

/** A stored article as GET /api/documents lists it; a search adds the snippet and its marks. */
export type ApiDocument = DocumentView & { snippet?: string; highlights?: { start: number; end: number }[] };

/** GET /api/documents: a page of the articles (with their total), or a search's hits. */
export interface ApiDocumentList {
  documents: ApiDocument[];
  total?: number;
  offset?: number;
}
