/**
 * Shapes of graph-data: the versioned graph file, the record kept for each source, and the
 * store that builds, persists and changes the graph (implemented in store.ts).
 */
import type { SerializedGraph } from "graphology-types";
import type {
  EdgeAttributes,
  Extraction,
  GraphAttributes,
  NodeAttributes,
  SourceMeta,
} from "../model/types.ts";
import type { EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import type { CurationRecord } from "./curation.ts";
import type { CurationInput } from "./curation-request.ts";
import type { MergeSuggestion } from "./curation-suggestions.ts";

/** The format name written in every graph file. */
export const GRAPH_FORMAT = "kg-graph";
/** The version of the graph file format this code writes and reads. */
export const GRAPH_FORMAT_VERSION = 1;

/** One source document as the graph file keeps it. */
export interface SourceRecord {
  /** Document id: the file name (unique within graph-data/sources). */
  id: string;
  /** Path relative to the working directory, or null for a source with no file. */
  path: string | null;
  /** sha256 of the raw bytes, hex; unchanged sources are skipped on rebuild. */
  hash: string;
  meta: SourceMeta;
  /** The document text every evidence offset points into (after HTML-to-text and front-matter removal). */
  text: string;
  /** What extraction found in this document alone. */
  extraction: Extraction;
  /** ISO timestamp of when it was (last) extracted. */
  addedAt: string;
  /** How many entities and asserted relations the extraction holds (set by the store, so a list need not read every extraction). */
  counts?: { entities: number; relations: number };
}

/** The graph file: `graph-data/graph.kg.json`. */
export interface GraphFile {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_FORMAT_VERSION;
  updatedAt: string;
  sources: SourceRecord[];
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

/** What a change to the graph added or removed, as counts and ids. */
export interface GraphChange {
  documents: string[];
  entitiesAdded: string[];
  entitiesRemoved: string[];
  relationsAdded: string[];
  relationsRemoved: string[];
  /** Edge keys whose evidence changed. */
  relationsUpdated: string[];
  /** Node ids whose name, type or aliases changed (set by curations). */
  entitiesUpdated?: string[];
}

/** What a curation or its undo did: the record and the change to the graph. */
export interface CurationResult {
  record: CurationRecord;
  change: GraphChange;
}

/** A document given as text (the API's POST /api/documents body). */
export interface DocumentInput extends SourceMeta {
  text: string;
  /** Wished file name; a unique one is derived from the title or text when absent. */
  id?: string;
}

/** How a document is added. */
export interface AddOptions {
  /** A client's key for this request: a retry with the same key adds nothing (the `Idempotency-Key` header). */
  idempotencyKey?: string;
}

/** What adding a document did. */
export interface AddResult {
  id: string;
  change: GraphChange;
  /** True when the same text (or the same idempotency key) was already stored: nothing was added. */
  duplicate?: boolean;
}

/** One document found by full-text search, with a plain-text snippet and the offsets of its matches. */
export interface DocumentSearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  snippet: string;
  highlights: { start: number; end: number }[];
}

/** Reported while a build runs. */
export interface BuildProgress {
  done: number;
  total: number;
  current: string;
}

/** How a build reports and ends. */
export interface BuildOptions {
  onProgress?: (p: BuildProgress) => void;
  signal?: AbortSignal;
  /**
   * Terminate the extraction threads once the last source is extracted, so that they wind down
   * during the commit rather than after it (a later extraction starts new ones): for a process
   * that builds once and exits, as `kg build` does.
   */
  releaseThreads?: boolean;
}

/** The outcome of a build. */
export interface BuildReport {
  built: string[];
  skipped: string[];
  removed: string[];
  failed: { source: string; code: string; message: string }[];
  change: GraphChange;
}

/** The graph and its sources: persisted in graph-data (kg.db), the graph kept in memory. */
export interface GraphStore {
  readonly graph: KgGraph;
  /** Where the evidence of edges that hold none in the graph is read (the store's DB); absent when every edge holds its own. */
  readonly evidence?: EvidenceSource;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** Incremented on every change (for caches and the query index). */
  readonly revision: number;
  /** Builds from source files or folders (default: the sources folder); skips unchanged, drops removed. */
  build(paths?: string[], options?: BuildOptions): Promise<BuildReport>;
  /**
   * Writes the text as a new source file, extracts, merges and persists before resolving. Writes
   * are serialised. A text already stored (or a repeated idempotency key) is not added again.
   */
  addDocument(input: DocumentInput, options?: AddOptions): Promise<AddResult>;
  /** Removes a source (file and record) and the evidence that came only from it. */
  removeDocument(id: string): Promise<GraphChange>;
  /** Finds documents by their text (full-text search), best first; absent on stores without one. */
  searchDocuments?(query: string, limit?: number): DocumentSearchHit[];
  /** Stores a curation record and re-merges the graph with it (absent on stores without records). */
  curate?(input: CurationInput): Promise<CurationResult>;
  /** Undoes a curation record (the newest in force without an id) and re-merges the graph without it. */
  undoCuration?(id?: number): Promise<CurationResult>;
  /** The curation records, newest first, at most `limit`, before record id `before` when given. */
  curationRecords?(limit?: number, before?: number): CurationRecord[];
  /** Pairs of same-type entities whose names are close, best first, without dismissed pairs. */
  curationSuggestions?(limit?: number): MergeSuggestion[];
  /** Calls `listener` after every persisted change; returns the unsubscribe function. */
  onChange(listener: (change: GraphChange) => void): () => void;
}
