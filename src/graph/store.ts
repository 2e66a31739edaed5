/**
 * The graph-data store: documents, their extractions and the merged graph in SQLite
 * (graph-data/kg.db, see db/), with the graphology graph kept in memory as derived state. Each
 * change runs in one write transaction that touches only the changed documents' rows and the
 * nodes and edges they affect; a first build (or one that changes most documents) rebuilds and
 * lays out the whole graph (a first build into an empty store writes its documents ahead, while it
 * extracts, under a "graph still to rebuild" mark). Several processes (the server, CLI commands) share the file: each
 * change first takes in what others committed, and `refresh()` does so between changes.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { KgError, isKgError } from "../model/errors.ts";
import type { EvidenceSource } from "../model/evidence.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import type { Evidence, Extraction, SourceMeta } from "../model/types.ts";
import { writeFileAtomic, type FileWriter } from "./atomic-write.ts";
import { ChangeTracker } from "./change-tracker.ts";
import { createCurationPlan, curateExtraction, type CurationPlan, type CurationRecord } from "./curation.ts";
import { toCurationRecord, type CurationInput, type CurationLookup } from "./curation-request.ts";
import { mergeSuggestions, type MergeSuggestion } from "./curation-suggestions.ts";
import {
  allCurationRecords,
  curationPositions,
  curationRecord,
  insertCurationRecord,
  setCurationPositions,
  latestActiveRecord,
  listCurationRecords,
  markCurationUndone,
} from "./db/curation-rows.ts";
import { dbNameIndex, loadGraph, readGraphRows, writeGraph, writeGraphChanges } from "./db/graph-rows.ts";
import { openDb, refuse, type Db } from "./db/open.ts";
import { SqliteEvidence } from "./db/evidence.ts";
import { residentDocuments, StoredDocuments, type DocumentIndex } from "./db/document-index.ts";
import { SourceView } from "./db/source-view.ts";
import { searchDocuments, type DocumentHit } from "./db/search.ts";
import { Tables, type DocumentInfo, type MentionRow } from "./db/tables.ts";
import { edgeKey } from "../model/ids.ts";
import { DEFAULT_DATA_DIR } from "./data-dir.ts";
import { diffGraphs, emptyChange, sameEvidence } from "./diff.ts";
import { addDocumentToGraph, removeDocumentAt } from "./document-ops.ts";
import { documentBaseName, uniqueDocumentName } from "./document-name.ts";
import {
  createExtractPool,
  resolveExtractPoolSettings,
  type ExtractPool,
  type ExtractPoolSettings,
  type StartedThreads,
} from "./extract-pool.ts";
import type { ExtractFn, ExtractOptions } from "./extractor.ts";
import { fromExtractionRows, toExtractionRows, type ExtractionRows } from "./extraction-rows.ts";
import { frontMatterError } from "./front-matter.ts";
import { readGraphFile } from "./graph-file.ts";
import { IdentityCollector, resolveIdentities } from "./identity.ts";
import {
  closeLayoutThread,
  layoutGraph,
  placeNewNodes,
  resolveLayoutSettings,
  startLayout,
  startLayoutThread,
  type LayoutSettings,
  type LayoutThread,
  type PendingLayout,
} from "./layout.ts";
import { indexNodes, mergeExtraction } from "./merge.ts";
import { removeTempLeftovers } from "./leftovers.ts";
import { mapInOrder } from "./parallel.ts";
import { joinKeys, typedKey } from "./names.ts";
import { toStorageError, withStorageErrors } from "./storage-full.ts";
import { readUserLexicon } from "./user-lexicon.ts";
import {
  listSourceFiles,
  readSource,
  resolveSourceSettings,
  sha256,
  sidecarPath,
  type SourceFile,
  type SourceSettings,
} from "./sources.ts";
import type {
  AddOptions,
  AddResult,
  BuildOptions,
  CurationResult,
  BuildReport,
  DocumentInput,
  GraphChange,
  GraphStore,
  SourceRecord,
} from "./types.ts";

export type { DocumentHit };

/** Where the store keeps its data and how it extracts. */
export interface StoreOptions {
  /** The data folder (default `graph-data`). */
  dataDir?: string;
  /** The sources folder (default `<dataDir>/sources`). */
  sourcesDir?: string;
  /** The store database (default `<dataDir>/kg.db`). */
  dbFile?: string;
  /** A JSON graph file imported once into a new store (default `<dataDir>/graph.kg.json`). */
  graphFile?: string;
  /** How long a write waits for another process's lock, in ms (default 30000). */
  busyTimeoutMs?: number;
  /** The extraction function (default: src/extract's extractDocument, in worker threads). */
  extract?: ExtractFn;
  /** Documents extracted at once by a build; the default extraction runs this many worker threads. */
  workers?: number;
  /** Extraction threads started ahead (startExtractThreads): the default extraction's pool takes them. */
  extractThreads?: StartedThreads;
  /** Time budget of one document's extraction with the default extraction (EXTRACTION_TIMEOUT past it). */
  extractTimeoutMs?: number;
  /** Options passed to every extraction. */
  extractOptions?: ExtractOptions;
  /** Folder that record paths are written relative to (default: the current folder). */
  cwd?: string;
  /** Source reading settings (size limit). */
  sources?: Partial<SourceSettings>;
  /** Layout settings for full builds; other changes only place their new nodes. */
  layout?: Partial<LayoutSettings>;
  /**
   * Run a full build's layout in a thread of its own, beside the commit's writes (default: when
   * `workers` is above 1, so the process has another core to run it on; on one core it would
   * only take turns with them).
   */
  layoutThread?: boolean;
  /** Most documents one transaction of addDocument takes (group commit). */
  maxBatch?: number;
  /** Clock for timestamps (injectable for tests). */
  now?: () => Date;
  /** Folder of user lexicon files (default `<dataDir>/lexicon`); read only with the default extraction. */
  lexiconDir?: string;
  /** The atomic file writer (default writeFileAtomic; tests inject one that fails like a full disk). */
  writeFile?: FileWriter;
  /** Called inside every write transaction just before it commits (tests inject faults such as SQLITE_FULL). */
  beforeCommit?: () => void;
  /**
   * Keep the whole graph and every document's record in memory (default true: a server, a query).
   * A one-shot command that only writes (`kg build FILE`, `kg import`) passes false: `graph` then
   * holds only the nodes and edges the last change touched, read from the DB by key, and documents
   * are looked up in the DB, so one change costs the same whatever the store's size.
   */
  resident?: boolean;
}

/** A build report with the warnings of the sources read (empty file, invalid UTF-8). */
export interface KgBuildReport extends BuildReport {
  warnings: string[];
  /** Files and folders under the sources that were not read (hidden ones, symbolic links), and why. */
  ignored: { source: string; reason: string }[];
}

/** The store returned by openStore: the GraphStore contract plus where it lives. */
export interface KgStore extends GraphStore {
  /** Each edge's evidence, read from kg.db when asked (the graph keeps only counts and dates). */
  readonly evidence: EvidenceSource;
  readonly dataDir: string;
  readonly sourcesDir: string;
  readonly dbFile: string;
  /**
   * Builds the sources folder (or `paths`): extracts new and changed sources, drops removed ones
   * and commits the change. A first build writes its documents while it extracts (see
   * writeAhead): one aborted or killed part-way keeps the documents written so far, and the next
   * build rebuilds the graph from them.
   */
  build(paths?: string[], options?: BuildOptions): Promise<KgBuildReport>;
  /**
   * Adds (or replaces) a source that has no file: an extraction imported from another graph
   * (`kg import`). Its record keeps no text; default builds leave it alone.
   */
  importExtraction(name: string, extraction: Extraction, meta?: SourceMeta): Promise<GraphChange>;
  /** Resolves when every queued change has been committed. */
  idle(): Promise<void>;
  /** Takes in what other processes committed; true when something changed. */
  refresh(): boolean;
  /** Calls refresh() every `intervalMs` until the returned function is called. */
  watch(intervalMs?: number): () => void;
  /** Closes the database (after the queued changes). */
  close(): Promise<void>;
  /** Finds documents by their text (FTS5), best first, with plain-text snippets and match offsets. */
  searchDocuments(query: string, limit?: number): DocumentHit[];
  /** How many nodes and edges the stored graph has (read from the DB when the graph is not resident). */
  counts(): { entities: number; relations: number };
  curate(input: CurationInput): Promise<CurationResult>;
  undoCuration(id?: number): Promise<CurationResult>;
  curationRecords(limit?: number, before?: number): CurationRecord[];
  curationSuggestions(limit?: number): MergeSuggestion[];
}

/** A document read and extracted, ready to be committed. */
interface Prepared {
  info: DocumentInfo;
  text: string;
  contentHash: string;
  /** The extraction as the JSON text the DB keeps. */
  rows: ExtractionRows;
  /** The extraction (parsed from `rows` when first read: a full build reads it back from the DB instead). */
  readonly extraction: Extraction;
  /**
   * The extraction parsed from `rows` ahead of the commit (a build's thread answers, while the
   * threads extract the next documents): the objects a read back from the DB would give, which a
   * full rebuild then takes instead.
   */
  readonly fromRows?: Extraction;
  idempotencyKey: string | null;
  /** The extraction as the curation records in force make it (set when the change is committed). */
  curated?: Extraction;
}

interface PendingAdd {
  input: DocumentInput;
  key: string | null;
  resolve: (value: AddResult) => void;
  reject: (err: unknown) => void;
}

/** The planned work of one commit. */
interface Work {
  adds: Prepared[];
  removes: string[];
  /** Rebuild and lay out the whole graph from every extraction. */
  full: boolean;
  /** With `full`: keep every node's position and place only new nodes (a curation), instead of a new layout. */
  keepLayout?: boolean;
  /** Runs first inside the transaction (a curation writes or undoes its record). */
  before?: () => void;
  /** With `keepLayout`: where nodes that come back stood before (an undo's). */
  positions?: ReadonlyMap<string, [number, number]>;
  /** With `keepLayout`: told where the nodes the change removes stood (a curation keeps them for its undo). */
  removed?: (positions: Map<string, [number, number]>) => void;
  /** With `full`: adds whose rows a first build already wrote, ahead of the graph (only recorded here). */
  written?: ReadonlySet<string>;
  /**
   * With `full`: the identities of the adds' extractions collected while they were extracted;
   * used when the rebuild resolves exactly those extraction objects (else resolved anew).
   */
  identities?: IdentityCollector;
  /** Where the change's warnings go (a build's report: a layout thread that failed or could not start). */
  warnings?: string[];
}

/** A first build's documents on their way to the DB ahead of the graph (see Store.writeAhead). */
interface WriteAhead {
  /** Each source's outcome as it finishes, by index; written in the sources' order. */
  outcomes: ({ prepared?: Prepared } | undefined)[];
  /** The first source whose outcome is not yet taken. */
  next: number;
  /** Documents waiting for the next transaction. */
  batch: Prepared[];
  /** Ids of the documents written. */
  written: Set<string>;
  /** False once a write failed: the commit writes the rest. */
  on: boolean;
  /** The identities of the documents taken so far, collected in the sources' order. */
  identities: IdentityCollector;
}

/**
 * A prepared document from its parts; the extraction is given, or parsed from its rows when first
 * read (or at once, with `parseNow`).
 */
function preparedOf(
  parts: Omit<Prepared, "rows" | "extraction" | "fromRows">,
  extraction: Extraction | ExtractionRows,
  parseNow = false,
): Prepared {
  const given = typeof extraction.entities === "string" ? null : (extraction as Extraction);
  const rows = given ? toExtractionRows(given) : (extraction as ExtractionRows);
  const fromRows = !given && parseNow ? fromExtractionRows(rows) : undefined;
  let parsed = given ?? fromRows ?? null;
  return {
    ...parts,
    rows,
    fromRows,
    get extraction() {
      return (parsed ??= fromExtractionRows(rows));
    },
  };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const yieldToLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
const sameMeta = (a: SourceMeta, b: SourceMeta): boolean => JSON.stringify(a) === JSON.stringify(b);
const META_FIELDS = ["title", "outlet", "date", "url"];
/** Sources a build hands out at once when the thread pool extracts (each thread holds up to 16 of them). */
const READ_AHEAD = 64;
/** Documents a first build writes per transaction while the others are extracted. */
const WRITE_AHEAD_BATCH = 100;

/** How many merge suggestions are computed and kept per revision. */
const SUGGESTIONS_KEPT = 200;

/** What a revision row records beside the change: the nodes and edges to re-read, or a full reload. */
interface Touched {
  full: boolean;
  nodes: string[];
  edges: string[];
}

class Store implements KgStore {
  readonly graph: KgGraph = createKgGraph();
  readonly dataDir: string;
  readonly sourcesDir: string;
  readonly dbFile: string;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** Each edge's evidence, read from the DB (the graph keeps only counts and dates). */
  readonly evidence: SqliteEvidence;
  private infos: DocumentIndex;
  private readonly resident: boolean;
  private rev = 0;
  private dataVersion = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private pending: PendingAdd[] = [];
  private flushQueued = false;
  private closed = false;
  private readonly listeners = new Set<(change: GraphChange) => void>();
  private suggestions: { rev: number; limit: number; list: MergeSuggestion[] } | null = null;
  private readonly extract: ExtractFn;
  private readonly pool: ExtractPoolSettings & { threads: ExtractPool | null };
  private readonly sourceSettings: SourceSettings;
  private readonly t: Tables;
  private readonly writeFile: FileWriter;

  constructor(
    private readonly options: StoreOptions & { lexiconFingerprint?: string },
    private readonly db: Db,
  ) {
    this.dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    this.sourcesDir = resolve(options.sourcesDir ?? join(this.dataDir, "sources"));
    this.dbFile = resolve(options.dbFile ?? join(this.dataDir, "kg.db"));
    const settings = resolveExtractPoolSettings({
      workers: options.workers,
      timeoutMs: options.extractTimeoutMs,
    });
    // Every option is checked before a thread is taken: a bad one must not leave threads running.
    this.sourceSettings = resolveSourceSettings(options.sources);
    const threads = options.extract
      ? null
      : createExtractPool({
          ...settings,
          lexicon: options.extractOptions?.lexicon ?? null,
          ...(options.extractThreads && { started: options.extractThreads }),
        });
    if (!threads) options.extractThreads?.take(0);
    this.pool = { ...settings, threads };
    this.extract = options.extract ?? threads!.extract;
    this.writeFile = withStorageErrors(options.writeFile ?? writeFileAtomic);
    this.resident = options.resident ?? true;
    try {
      this.t = new Tables(db);
      this.infos = this.resident ? new Map() : new StoredDocuments(this.t);
      this.sources = new SourceView(() => this.infos, this.t);
      this.evidence = new SqliteEvidence(db);
      this.reload();
    } catch (err) {
      // Threads started ahead and taken by the pool must not outlive a store that failed to open.
      void threads?.close();
      throw err;
    }
  }

  /** A source's recorded hash: its bytes' hash, tied to the user lexicon it was extracted with. */
  private sourceHash(hash: string): string {
    return this.options.lexiconFingerprint ? `${hash}+lexicon:${this.options.lexiconFingerprint}` : hash;
  }

  get revision(): number {
    return this.rev;
  }

  onChange(listener: (change: GraphChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.pool.threads?.close();
    if (!this.closed) this.db.close();
    this.closed = true;
  }

  /** Runs a change after every earlier one; a failed change does not block later ones. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private tell(change: GraphChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A listener's failure must not undo a committed change.
      }
    }
  }

  /** Replaces the in-memory state by the DB's (at open, after a failed change, after a full rebuild elsewhere). */
  private reload(): void {
    this.graph.clear();
    if (this.resident) {
      this.infos = residentDocuments(this.t);
      loadGraph(this.db, this.graph);
    }
    this.rev = this.t.revision();
    this.dataVersion = this.db.pragma("data_version", { simple: true }) as number;
  }

  /** Brings memory up to the DB's revision by re-reading what later revisions touched; returns their changes. */
  private catchUp(): GraphChange[] {
    const rows = this.db
      .prepare("SELECT rev, documents, change FROM revisions WHERE rev > ? ORDER BY rev")
      .all(this.rev) as { rev: number; documents: string; change: string }[];
    if (rows.length === 0) return [];
    const parsed = rows.map((r) => JSON.parse(r.change) as GraphChange & { touched?: Touched });
    // Without a resident graph there is nothing to bring up to date: each change reads its rows afresh.
    if (!this.resident) this.rev = rows[rows.length - 1]?.rev ?? this.rev;
    else if (parsed.some((c) => !c.touched || c.touched.full)) this.reload();
    else {
      const nodes = new Set(parsed.flatMap((c) => c.touched?.nodes ?? []));
      const edges = new Set(parsed.flatMap((c) => c.touched?.edges ?? []));
      this.rereadRows(nodes, edges, new Set(rows.flatMap((r) => JSON.parse(r.documents) as string[])));
      this.rev = rows[rows.length - 1]?.rev ?? this.rev;
    }
    return parsed.map(({ touched: _t, ...change }) => change);
  }

  /** Re-reads some nodes, edges and documents from the DB into memory. */
  private rereadRows(nodes: Set<string>, edges: Set<string>, documents: Set<string>): void {
    for (const id of documents) {
      const info = this.t.documentInfo(id);
      if (info) this.infos.set(id, info);
      else this.infos.delete(id);
    }
    const fresh = readGraphRows(this.db, { nodes: [...nodes], edges: [...edges] });
    const g = this.graph;
    for (const [node, attrs] of fresh.nodes) {
      if (g.hasNode(node)) g.replaceNodeAttributes(node, attrs);
      else g.addNode(node, attrs);
    }
    for (const edge of edges) if (!fresh.edges.has(edge) && g.hasEdge(edge)) g.dropEdge(edge);
    for (const [edge, e] of fresh.edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      if (g.hasEdge(edge)) g.replaceEdgeAttributes(edge, e.attrs);
      else g.addEdgeWithKey(edge, e.source, e.target, e.attrs);
    }
    for (const node of nodes) if (!fresh.nodes.has(node) && g.hasNode(node)) g.dropNode(node);
  }

  refresh(): boolean {
    if (this.closed) return false;
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (version === this.dataVersion) return false;
    this.dataVersion = version;
    const changes = this.catchUp();
    for (const change of changes) this.tell(change);
    return changes.length > 0;
  }

  watch(intervalMs = 250): () => void {
    const timer = setInterval(() => {
      try {
        this.refresh();
      } catch {
        // A busy or briefly unreadable DB is read again on the next tick.
      }
    }, intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /**
   * Commits a change in one write transaction: first takes in what others committed, then
   * applies the work to the graph and writes the rows it touched, then records the revision. A
   * failure rolls the DB back and reloads memory from it.
   */
  private commit(work: Work): GraphChange {
    const documents = [...work.adds.map((a) => a.info.id), ...work.removes];
    let external: GraphChange[] = [];
    let change: GraphChange;
    let touched: Touched;
    try {
      [change, touched] = this.db
        .transaction((): [GraphChange, Touched] => {
          external = this.catchUp();
          work.before?.();
          const plan = this.plan();
          // A full rebuild reads every extraction back from the DB and curates it there.
          if (!work.full) for (const add of work.adds) add.curated = curateExtraction(add.extraction, plan);
          if (!this.resident) this.readAffected(work);
          const result = work.full ? this.applyFull(work, documents) : this.applyIncremental(work, documents);
          const rev = this.t.revision() + 1;
          this.t.addRevision(rev, this.now(), documents, { ...result[0], touched: result[1] });
          this.options.beforeCommit?.();
          this.rev = rev;
          return result;
        })
        .immediate();
    } catch (err) {
      this.reload();
      throw toStorageError(err, this.dbFile);
    }
    void touched;
    this.dataVersion = this.db.pragma("data_version", { simple: true }) as number;
    for (const c of external) this.tell(c);
    this.tell(change);
    return change;
  }

  /** Removes documents and adds others, touching only their rows and the nodes and edges they affect. */
  private applyIncremental(work: Work, documents: string[]): [GraphChange, Touched] {
    const tracker = new ChangeTracker(this.graph);
    const nodes = new Set<string>();
    const edges = new Set<string>();
    try {
      const replaced = work.adds.map((a) => a.info.id).filter((id) => this.infos.has(id));
      for (const id of [...work.removes, ...replaced]) {
        if (!this.infos.has(id)) continue;
        const holding = this.t.edgesOfDocument(id);
        this.t.deleteEvidenceOf(id);
        const out = removeDocumentAt(this.graph, id, holding, this.t.mentionsOf(id), this.evidence.remaining);
        for (const n of out.updatedNodes) this.t.writeNode(n, this.graph.getNodeAttributes(n));
        for (const n of out.droppedNodes) this.t.deleteNode(n);
        for (const e of out.updatedEdges) {
          this.t.writeEdge(e, this.graph.source(e), this.graph.target(e), this.graph.getEdgeAttributes(e));
          tracker.touch(e);
        }
        for (const e of out.droppedEdges) this.t.deleteEdge(e);
        for (const list of [out.updatedNodes, out.droppedNodes]) for (const n of list) nodes.add(n);
        for (const list of [out.updatedEdges, out.droppedEdges]) for (const e of list) edges.add(e);
        this.t.deleteDocument(id);
        this.infos.delete(id);
      }
      const index = dbNameIndex(this.t);
      // The stored graph's size, for placing new nodes: the nodes not read in stay out of memory.
      const unread = this.resident ? 0 : this.t.graphCounts().entities - this.graph.order;
      for (const add of work.adds) {
        const id = add.info.id;
        this.insertPrepared(add);
        const extraction = add.curated ?? add.extraction;
        const added = addDocumentToGraph(this.graph, id, extraction, add.info.meta.date ?? null, index);
        placeNewNodes(this.graph, this.options.layout?.seed, added.nodes, this.graph.order + unread);
        this.t.insertMentions(
          id,
          added.placements.map((p) => ({ entity: p.entity, node: p.node, count: p.count })),
        );
        for (const n of added.nodes) {
          const attrs = this.graph.getNodeAttributes(n);
          this.t.writeNode(n, attrs);
          this.graph.mergeNodeAttributes(n, { aliases: attrs.aliases, mentions: attrs.mentions });
          nodes.add(n);
        }
        for (const e of added.edges) {
          const attrs = this.graph.getEdgeAttributes(e);
          this.t.writeEdge(e, this.graph.source(e), this.graph.target(e), attrs);
          for (const ev of added.evidence.get(e) ?? []) this.t.addEvidence(e, ev);
          this.graph.mergeEdgeAttributes(e, { weight: attrs.weight });
          tracker.touch(e);
          edges.add(e);
        }
        this.infos.set(id, add.info);
      }
    } finally {
      tracker.stop();
    }
    return [tracker.change(documents), { full: false, nodes: [...nodes], edges: [...edges] }];
  }

  /**
   * Without a resident graph: reads into the emptied graph what a change touches. A document
   * going out needs its nodes (with their document lists), its edges and the edges of the nodes
   * it alone mentions; a document coming in needs only the nodes its names resolve to through
   * the alias index and the edges between them, without lists (adding only appends). Edges never
   * bring their evidence: it stays in the DB. A full rebuild reads the whole graph, to keep positions and report the
   * difference.
   */
  private readAffected(work: Work): void {
    this.graph.clear();
    if (work.full) {
      loadGraph(this.db, this.graph);
      return;
    }
    const leaving = [...work.removes, ...work.adds.map((a) => a.info.id)].filter((id) => this.infos.has(id));
    const whole = {
      nodes: new Set<string>(),
      edges: new Set<string>(this.t.edgesAt(this.t.nodesOnlyIn(leaving))),
    };
    for (const id of leaving) {
      for (const m of this.t.mentionsOf(id)) whole.nodes.add(m.node);
      for (const e of this.t.edgesOfDocument(id)) whole.edges.add(e);
    }
    const light = { nodes: new Set<string>(), edges: new Set<string>() };
    for (const add of work.adds) {
      const candidates = new Map<string, string[]>();
      for (const e of (add.curated ?? add.extraction).entities) {
        const nodes = new Set([e.id]);
        for (const key of joinKeys(e.type, e.name, e.aliases))
          for (const node of this.t.aliasNodes(typedKey(e.type, key))) nodes.add(node);
        candidates.set(e.id, [...nodes]);
        for (const node of nodes) if (!whole.nodes.has(node)) light.nodes.add(node);
      }
      for (const r of (add.curated ?? add.extraction).relations)
        for (const from of candidates.get(r.source) ?? [])
          for (const to of candidates.get(r.target) ?? []) {
            const key = edgeKey(from, r.relation, to);
            if (from !== to && !whole.edges.has(key)) light.edges.add(key);
          }
    }
    const full = readGraphRows(this.db, { nodes: [...whole.nodes], edges: [...whole.edges] });
    const ends = [...full.edges.values()].flatMap((e) => [e.source, e.target]);
    const missing = ends.filter((n) => !full.nodes.has(n) && !light.nodes.has(n));
    const more = readGraphRows(this.db, { nodes: [...new Set(missing)], edges: [] });
    const part = readGraphRows(
      this.db,
      { nodes: [...light.nodes], edges: [...light.edges] },
      { docs: false },
    );
    for (const rows of [full, more, part])
      for (const [node, attrs] of rows.nodes) if (!this.graph.hasNode(node)) this.graph.addNode(node, attrs);
    for (const rows of [full, part])
      for (const [key, e] of rows.edges)
        if (!this.graph.hasEdge(key) && this.graph.hasNode(e.source) && this.graph.hasNode(e.target))
          this.graph.addEdgeWithKey(key, e.source, e.target, e.attrs);
  }

  counts(): { entities: number; relations: number } {
    return this.resident ? { entities: this.graph.order, relations: this.graph.size } : this.t.graphCounts();
  }

  /** Writes a prepared document's row: its text, hash, extraction and idempotency key. */
  private insertPrepared(add: Prepared): void {
    this.t.insertDocument({
      ...add.info,
      text: add.text,
      contentHash: add.contentHash,
      extraction: add.rows,
      idempotencyKey: add.idempotencyKey,
    });
  }

  /** Rebuilds the whole graph from every extraction (identities resolved over all), lays it out and rewrites the graph tables. */
  private applyFull(work: Work, documents: string[]): [GraphChange, Touched] {
    // Started now, so that it is up once the graph is merged.
    const wanted = !work.keepLayout && (this.options.layoutThread ?? this.pool.workers > 1);
    let thread: LayoutThread | null = wanted ? startLayoutThread() : null;
    if (wanted && !thread)
      work.warnings?.push(
        "layout: the layout thread could not be started; the layout ran in the main thread",
      );
    try {
      return this.applyFullWith(work, documents, () => {
        const taken = thread;
        thread = null;
        return taken;
      });
    } finally {
      if (thread) closeLayoutThread(thread);
    }
  }

  /** applyFull's work; `takeThread` hands over the layout thread, if any. */
  private applyFullWith(
    work: Work,
    documents: string[],
    takeThread: () => LayoutThread | null,
  ): [GraphChange, Touched] {
    const written = work.written ?? new Set<string>();
    for (const id of [...work.removes, ...work.adds.map((a) => a.info.id)]) {
      if (written.has(id) || !this.infos.has(id)) continue;
      this.t.deleteDocument(id);
      this.infos.delete(id);
    }
    for (const add of work.adds) {
      if (!written.has(add.info.id)) this.insertPrepared(add);
      this.infos.set(add.info.id, add.info);
    }
    // The graph is rebuilt from every stored document, those written ahead of it included.
    this.t.clearGraphStale();
    const plan = this.plan();
    const parsed = new Map<string, Extraction>();
    for (const add of work.adds) if (add.fromRows) parsed.set(add.info.id, add.fromRows);
    // When the adds are every stored document (a first build), their infos are at hand: the
    // documents are not all read back from the DB (a store that is not resident keeps none).
    const infos =
      this.infos.size === work.adds.length ? work.adds.map((a) => a.info) : [...this.infos.values()];
    const docs = infos.sort(byId).map((info) => ({
      id: info.id,
      date: info.meta.date ?? null,
      extraction: curateExtraction(parsed.get(info.id) ?? this.t.extraction(info.id), plan),
    }));
    // A first build collected its documents' identities while they were extracted, off the serial commit.
    const extractions = docs.map((d) => d.extraction);
    const identities = work.identities?.holdsExactly(extractions)
      ? work.identities.resolve()
      : resolveIdentities(extractions);
    // A first build (an empty graph in memory) builds straight into the store's graph: copying a
    // whole corpus's graph from a scratch one was a fifth of its serial commit.
    const fresh = this.graph.order === 0;
    const before = fresh ? createKgGraph() : this.graph;
    const next = fresh ? this.graph : createKgGraph();
    const mentions: (MentionRow & { doc: string })[] = [];
    // The whole corpus's evidence passes through here on its way to the DB; the graph keeps none.
    const evidence = new Map<string, Evidence[]>();
    for (const d of docs) {
      const nodeOf = mergeExtraction(next, d.extraction, {
        doc: d.id,
        date: d.date,
        identities,
        newDocument: true,
        evidenceSink: evidence,
      });
      for (const e of d.extraction.entities)
        mentions.push({ doc: d.id, entity: e.id, node: nodeOf.get(e.id) as string, count: e.mentions });
    }
    next.forEachNode((node) => {
      if (!before.hasNode(node)) return;
      const { x, y } = before.getNodeAttributes(node);
      if (x !== undefined && y !== undefined) next.mergeNodeAttributes(node, { x, y });
    });
    for (const [node, [x, y]] of work.positions ?? [])
      if (next.hasNode(node) && !before.hasNode(node)) next.mergeNodeAttributes(node, { x, y });
    // In a thread of its own, the layout runs beside the diff and the writes below; the nodes'
    // positions are written again once it is done.
    const thread = takeThread();
    let pending: PendingLayout | null = null;
    if (work.keepLayout) placeNewNodes(next, this.options.layout?.seed);
    else if (thread) pending = startLayout(next, this.options.layout, thread);
    else layoutGraph(next, this.options.layout);
    const change = diffGraphs(before, next, documents, (edge) =>
      sameEvidence(this.evidence.evidenceOf(edge), evidence.get(edge) ?? []),
    );
    if (work.keepLayout) {
      change.entitiesUpdated = renamedNodes(before, next);
      const removed = new Map<string, [number, number]>();
      for (const node of change.entitiesRemoved) {
        const { x, y } = before.getNodeAttributes(node);
        if (x !== undefined && y !== undefined) removed.set(node, [x, y]);
      }
      work.removed?.(removed);
    }
    // A curation changes a few nodes and edges: only those rows are written, and only they are re-read elsewhere.
    let touched: Touched = { full: true, nodes: [], edges: [] };
    const newEvidence = (edge: string): readonly Evidence[] => evidence.get(edge) ?? [];
    if (work.keepLayout)
      touched = {
        full: false,
        ...writeGraphChanges(this.t, this.graph, next, mentions, {
          of: newEvidence,
          same: (edge) =>
            JSON.stringify(this.evidence.evidenceOf(edge)) === JSON.stringify(newEvidence(edge)),
        }),
      };
    else this.t.rewriteGraph(() => writeGraph(this.t, next, mentions, newEvidence));
    if (pending) {
      const { fallback } = pending.finish();
      if (fallback) work.warnings?.push(`layout: ${fallback}`);
      this.t.writePositions(next);
    }
    if (!fresh) {
      this.graph.clear();
      this.graph.import(next);
    }
    return [change, touched];
  }

  /** A record path: relative to the working folder (the `cwd` option, else the process's). */
  private recordPath(path: string): string {
    return (
      relative(resolve(this.options.cwd ?? "."), resolve(path))
        .split(sep)
        .join("/") || path
    );
  }

  private absolute(path: string): string {
    return isAbsolute(path) ? path : resolve(this.options.cwd ?? "", path);
  }

  private isInSourcesDir(path: string): boolean {
    const rel = relative(this.sourcesDir, this.absolute(path));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  }

  /** A file inside the sources folder is named by its path there, however it was given. */
  private withCanonicalId(file: SourceFile): SourceFile {
    if (!this.isInSourcesDir(file.path)) return file;
    return { ...file, id: relative(this.sourcesDir, this.absolute(file.path)).split(sep).join("/") };
  }

  /** Reads and extracts one source file. */
  private async prepare(
    file: SourceFile,
    loaded?: Awaited<ReturnType<typeof readSource>>,
    idempotencyKey: string | null = null,
  ): Promise<Prepared> {
    const source = loaded ?? (await readSource(file.path, { id: file.id, settings: this.sourceSettings }));
    let extraction: Extraction;
    try {
      extraction = await this.extract(source.doc, this.options.extractOptions);
    } catch (err) {
      if (isKgError(err)) throw err;
      throw new KgError("BUILD_FAILED", `${file.id}: extraction failed: ${(err as Error).message}`, {
        source: file.id,
      });
    }
    return preparedOf(
      {
        info: {
          id: file.id,
          path: this.recordPath(file.path),
          hash: this.sourceHash(source.hash),
          meta: source.doc.meta,
          addedAt: this.now(),
          entityCount: extraction.entities.length,
          relationCount: extraction.relations.length,
        },
        text: source.doc.text,
        contentHash: sha256(source.doc.text),
        idempotencyKey,
      },
      extraction,
    );
  }

  build(paths?: string[], options: BuildOptions = {}): Promise<KgBuildReport> {
    return this.enqueue(() => this.runBuild(paths, options));
  }

  private async scan(paths: string[] | undefined, report: KgBuildReport): Promise<SourceFile[]> {
    const files: SourceFile[] = [];
    if (!paths) {
      try {
        await stat(this.sourcesDir);
      } catch {
        report.warnings.push(`${this.sourcesDir}: no sources folder; nothing to build`);
        return files;
      }
    }
    for (const path of paths ?? [this.sourcesDir]) {
      try {
        const listed = await listSourceFiles(path, (source, reason) =>
          report.ignored.push({ source, reason }),
        );
        files.push(...listed.map((f) => this.withCanonicalId(f)));
      } catch (err) {
        const e = isKgError(err)
          ? err
          : new KgError("SOURCE_UNREADABLE", `${path}: ${(err as Error).message}`);
        report.failed.push({ source: path, code: e.code, message: e.message });
      }
    }
    const seen = new Set<string>();
    return files.sort(byId).filter((f) => {
      if (!seen.has(f.id)) return seen.add(f.id);
      report.failed.push({
        source: f.path,
        code: "INVALID_INPUT",
        message: `${f.path}: another source already has the id '${f.id}'`,
      });
      return false;
    });
  }

  /** Reads one source and extracts it when it changed: its prepared document, none when unchanged, or its failure. */
  private async buildOne(
    file: SourceFile,
    signal: AbortSignal | undefined,
  ): Promise<{ prepared?: Prepared; failed?: BuildReport["failed"][number]; warnings: string[] }> {
    signal?.throwIfAborted();
    if (this.pool.threads) return this.buildInThread(this.pool.threads, file);
    const warnings: string[] = [];
    try {
      const source = await readSource(file.path, { id: file.id, settings: this.sourceSettings });
      warnings.push(...source.warnings);
      const old = this.infos.get(file.id);
      if (old && old.hash === this.sourceHash(source.hash) && sameMeta(old.meta, source.doc.meta))
        return { warnings };
      return { prepared: await this.prepare(file, source), warnings };
    } catch (err) {
      const e = isKgError(err)
        ? err
        : new KgError("SOURCE_UNREADABLE", `${file.path}: ${(err as Error).message}`);
      return { failed: { source: file.id, code: e.code, message: e.message }, warnings };
    } finally {
      await yieldToLoop();
    }
  }

  /** Like buildOne, with the thread reading, hashing and comparing the source: the main thread only stores the answer. */
  private async buildInThread(
    threads: ExtractPool,
    file: SourceFile,
  ): Promise<{ prepared?: Prepared; failed?: BuildReport["failed"][number]; warnings: string[] }> {
    const old = this.infos.get(file.id);
    try {
      const read = await threads.extractFile(
        {
          id: file.id,
          path: file.path,
          settings: this.sourceSettings,
          known: old ? { hash: old.hash, meta: JSON.stringify(old.meta) } : null,
          hashSuffix: this.sourceHash(""),
        },
        this.options.extractOptions,
      );
      if (read.unchanged) return { warnings: read.warnings };
      const info: DocumentInfo = {
        id: file.id,
        path: this.recordPath(file.path),
        hash: this.sourceHash(read.hash),
        meta: read.meta,
        addedAt: this.now(),
        entityCount: read.entityCount,
        relationCount: read.relationCount,
      };
      const parts = { info, text: read.text, contentHash: read.contentHash, idempotencyKey: null };
      // Parsed now, while the threads extract the next documents, rather than in the commit, which runs alone.
      return { prepared: preparedOf(parts, read.extraction, true), warnings: read.warnings };
    } catch (err) {
      const e = isKgError(err)
        ? err
        : new KgError("SOURCE_UNREADABLE", `${file.path}: ${(err as Error).message}`);
      const warnings = (e.details?.warnings as string[] | undefined) ?? [];
      return { failed: { source: file.id, code: e.code, message: e.message }, warnings };
    }
  }

  private async runBuild(paths: string[] | undefined, options: BuildOptions): Promise<KgBuildReport> {
    const report: KgBuildReport = {
      built: [],
      skipped: [],
      removed: [],
      failed: [],
      change: emptyChange(),
      warnings: [],
      ignored: [],
    };
    this.refresh();
    // Documents written ahead of the graph by a build cut short: this build rebuilds the graph.
    const stale = this.t.graphStale();
    const files = await this.scan(paths, report);
    // A first build (an empty store, so a full rebuild) writes each document's rows while the
    // others are extracted, rather than all in its commit, which runs alone on one core.
    const ahead: WriteAhead | null =
      this.infos.size === 0
        ? {
            outcomes: new Array(files.length),
            next: 0,
            batch: [],
            written: new Set(),
            on: true,
            identities: new IdentityCollector(),
          }
        : null;
    const adds: Prepared[] = [];
    let done = 0;
    const outcomes = await mapInOrder(
      files,
      // With the thread pool, sources are read and compared ahead of the threads (which queue the
      // changed ones): a build of a large, mostly unchanged corpus waits on many files at once.
      this.pool.threads ? Math.max(this.pool.workers, READ_AHEAD) : this.pool.workers,
      (file) => this.buildOne(file, options.signal),
      (outcome, i) => {
        if (ahead) this.writeAhead(ahead, outcome, i);
        options.onProgress?.({ done: ++done, total: files.length, current: files[i]!.id });
      },
    );
    if (options.releaseThreads) void this.pool.threads?.releaseIdle();
    for (const [i, outcome] of outcomes.entries()) {
      const id = files[i]!.id;
      report.warnings.push(...outcome.warnings);
      if (outcome.failed) report.failed.push(outcome.failed);
      else if (outcome.prepared) {
        adds.push(outcome.prepared);
        report.built.push(id);
      } else report.skipped.push(id);
    }
    if (!paths) {
      const listed = new Set(files.map((f) => f.id));
      for (const info of this.infos.values()) {
        if (listed.has(info.id) || report.failed.some((f) => f.source === info.id)) continue;
        if (info.path === null) continue;
        if (this.isInSourcesDir(info.path) || !(await exists(this.absolute(info.path)))) {
          report.removed.push(info.id);
        }
      }
    }
    options.signal?.throwIfAborted();
    const changed = report.built.length + report.removed.length;
    if (changed > 0 || stale) {
      const full = stale || ahead !== null || this.infos.size === 0 || changed * 2 > this.infos.size;
      report.change = this.commit({
        adds,
        removes: report.removed,
        full,
        written: ahead?.written,
        identities: ahead?.identities,
        warnings: report.warnings,
      });
    }
    return report;
  }

  /**
   * Takes a first build's finished source and writes the documents finished so far, in the
   * sources' order, one transaction per WRITE_AHEAD_BATCH documents (fewer once fewer sources
   * than that are left to take: at least as many as are left), with the mark that the graph
   * is still to rebuild (the commit clears it). A build killed after some of these writes leaves
   * those documents stored and marked: the next build rebuilds the graph from them, skipping their
   * unchanged sources. A write that fails (the lock held too long, a full disk) ends the writes
   * ahead: the commit writes the rest, and reports the failure if it persists.
   */
  private writeAhead(ahead: WriteAhead, outcome: { prepared?: Prepared }, index: number): void {
    if (!ahead.on) return;
    ahead.outcomes[index] = outcome;
    for (let next = ahead.outcomes[ahead.next]; next; next = ahead.outcomes[ahead.next]) {
      ahead.outcomes[ahead.next++] = undefined;
      if (!next.prepared) continue;
      ahead.batch.push(next.prepared);
      if (next.prepared.fromRows) ahead.identities.add(next.prepared.fromRows);
    }
    // In the last stretch the batches shrink with what is left to extract, so that the commit,
    // which runs alone, finds at most the last few documents still to write, not up to a batch.
    if (ahead.batch.length === 0) return;
    if (ahead.batch.length < Math.min(WRITE_AHEAD_BATCH, ahead.outcomes.length - ahead.next)) return;
    const batch = ahead.batch.splice(0);
    try {
      this.db
        .transaction(() => {
          this.t.markGraphStale(this.now());
          for (const add of batch) this.insertPrepared(add);
        })
        .immediate();
    } catch {
      ahead.on = false;
      return;
    }
    for (const add of batch) {
      ahead.written.add(add.info.id);
      this.infos.set(add.info.id, add.info);
    }
  }

  addDocument(input: DocumentInput, options: AddOptions = {}): Promise<AddResult> {
    if (typeof input?.text !== "string" || input.text.trim() === "") {
      return Promise.reject(
        new KgError("INVALID_INPUT", "document: text must be a non-empty string", { field: "text" }),
      );
    }
    if (Buffer.byteLength(input.text) > this.sourceSettings.maxBytes) {
      return Promise.reject(
        new KgError(
          "TOO_LARGE",
          `document: text is over the ${this.sourceSettings.maxBytes}-byte source limit`,
        ),
      );
    }
    const badFrontMatter = frontMatterError(input.text);
    if (badFrontMatter) return Promise.reject(badFrontMatter);
    return new Promise((resolvePromise, reject) => {
      this.pending.push({ input, key: options.idempotencyKey ?? null, resolve: resolvePromise, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushQueued || this.pending.length === 0) return;
    this.flushQueued = true;
    void this.enqueue(async () => {
      this.flushQueued = false;
      const batch = this.pending.splice(0, this.options.maxBatch ?? 64);
      try {
        await this.flushAdds(batch);
      } finally {
        this.scheduleFlush();
      }
    });
  }

  /** The document already stored under this key or with this exact text, if any. */
  private storedCopy(key: string | null, contentHash: string): string | null {
    return (key !== null ? this.t.documentWithKey(key) : null) ?? this.t.documentWithContent(contentHash);
  }

  /** Writes, extracts and commits a batch of added documents in one transaction; a text already stored is not added again. */
  private async flushAdds(batch: PendingAdd[]): Promise<void> {
    this.refresh();
    const taken = new Set<string>();
    const inBatch = new Map<string, string>();
    const done: { item: PendingAdd; prepared: Prepared; files: string[] }[] = [];
    for (const item of batch) {
      const { text, id: _wished, ...meta } = item.input;
      const contentHash = sha256(text);
      const copy =
        (item.key !== null ? inBatch.get(`key:${item.key}`) : undefined) ??
        inBatch.get(contentHash) ??
        this.storedCopy(item.key, contentHash);
      if (copy) {
        item.resolve({ id: copy, change: emptyChange([copy]), duplicate: true });
        continue;
      }
      const name = uniqueDocumentName(
        documentBaseName(item.input),
        (n) => this.infos.has(n) || taken.has(n) || existsSync(join(this.sourcesDir, n)),
      );
      taken.add(name);
      const path = join(this.sourcesDir, name);
      const files = [path];
      try {
        const metaFields = Object.fromEntries(
          Object.entries(meta).filter(([k, v]) => META_FIELDS.includes(k) && v != null),
        );
        if (Object.keys(metaFields).length) {
          files.push(sidecarPath(path));
          await this.writeFile(sidecarPath(path), JSON.stringify(metaFields, null, 2) + "\n");
        }
        await this.writeFile(path, text);
        const prepared = await this.prepare({ id: name, path }, undefined, item.key);
        done.push({ item, prepared, files });
        inBatch.set(contentHash, name);
        if (item.key !== null) inBatch.set(`key:${item.key}`, name);
      } catch (err) {
        await Promise.all(files.map((f) => rm(f, { force: true })));
        item.reject(err);
      }
    }
    if (done.length === 0) return;
    try {
      const change = this.commit({ adds: done.map((d) => d.prepared), removes: [], full: false });
      for (const d of done) d.item.resolve({ id: d.prepared.info.id, change });
    } catch (err) {
      for (const d of done) {
        await Promise.all(d.files.map((f) => rm(f, { force: true })));
        d.item.reject(err);
      }
    }
  }

  importExtraction(name: string, extraction: Extraction, meta: SourceMeta = {}): Promise<GraphChange> {
    return this.enqueue(async () => {
      const body = JSON.stringify(extraction);
      const prepared = preparedOf(
        {
          info: {
            id: name,
            path: null,
            hash: sha256(body),
            meta,
            addedAt: this.now(),
            entityCount: extraction.entities.length,
            relationCount: extraction.relations.length,
          },
          text: "",
          contentHash: sha256(`extraction:${body}`),
          idempotencyKey: null,
        },
        extraction,
      );
      return this.commit({ adds: [prepared], removes: [], full: false });
    });
  }

  removeDocument(id: string): Promise<GraphChange> {
    return this.enqueue(async () => {
      this.refresh();
      const info = this.infos.get(id);
      if (!info) throw new KgError("UNKNOWN_DOCUMENT", `document '${id}' is not in the graph`, { id });
      const change = this.commit({ adds: [], removes: [id], full: false });
      if (info.path && this.isInSourcesDir(info.path)) {
        const path = this.absolute(info.path);
        await Promise.all([rm(path, { force: true }), rm(sidecarPath(path), { force: true })]);
      }
      return change;
    });
  }

  searchDocuments(query: string, limit = 20): DocumentHit[] {
    this.refresh();
    return searchDocuments(this.db, query, limit);
  }

  /** The active curation records, compiled (read at every commit: other processes may have added some). */
  private plan(): CurationPlan {
    return createCurationPlan(allCurationRecords(this.db));
  }

  /** What a curation request is checked against: the graph, the mention table and the stored evidence. */
  private lookup(): CurationLookup {
    return {
      graph: this.graph,
      entitiesOf: (node) =>
        (
          this.db.prepare("SELECT DISTINCT entity FROM mentions WHERE node = ?").all(node) as {
            entity: string;
          }[]
        ).map((r) => r.entity),
      evidenceOf: (edge) =>
        (
          this.db.prepare("SELECT data FROM evidence WHERE edge = ? ORDER BY seq").all(edge) as {
            data: string;
          }[]
        ).map((r) => JSON.parse(r.data) as Evidence),
      records: () => allCurationRecords(this.db),
    };
  }

  curate(input: CurationInput): Promise<CurationResult> {
    return this.enqueue(async () => {
      this.refresh();
      const made = toCurationRecord(this.lookup(), input);
      let record: CurationRecord | null = null;
      const change = this.commit({
        adds: [],
        removes: [],
        full: made.kind !== "dismiss",
        keepLayout: true,
        before: () => {
          record = insertCurationRecord(this.db, { ...made, createdAt: this.now() });
        },
        removed: (positions) =>
          setCurationPositions(this.db, (record as unknown as CurationRecord).id, positions),
      });
      return { record: record as unknown as CurationRecord, change };
    });
  }

  undoCuration(id?: number): Promise<CurationResult> {
    return this.enqueue(async () => {
      this.refresh();
      const found = id === undefined ? latestActiveRecord(this.db) : curationRecord(this.db, id);
      if (!found)
        throw new KgError(
          "UNKNOWN_CURATION",
          id === undefined ? "undo: no curation record is in force" : `undo: no curation record ${id}`,
          id === undefined ? {} : { id },
        );
      if (found.undoneAt !== null)
        throw new KgError("CURATION_CONFLICT", `undo: curation record ${found.id} is already undone`, {
          id: found.id,
        });
      const at = this.now();
      const change = this.commit({
        adds: [],
        removes: [],
        full: found.kind !== "dismiss",
        keepLayout: true,
        before: () => markCurationUndone(this.db, found.id, at),
        positions: curationPositions(this.db, found.id),
      });
      return { record: { ...found, undoneAt: at }, change };
    });
  }

  curationRecords(limit = 50, before?: number): CurationRecord[] {
    this.refresh();
    return listCurationRecords(this.db, limit, before);
  }

  curationSuggestions(limit = 50): MergeSuggestion[] {
    this.refresh();
    // Kept per revision (a dismissal is a revision too): a viewer asks again after every change.
    if (this.suggestions?.rev !== this.rev || this.suggestions.limit < limit)
      this.suggestions = {
        rev: this.rev,
        limit: Math.max(limit, SUGGESTIONS_KEPT),
        list: mergeSuggestions(this.graph, allCurationRecords(this.db), Math.max(limit, SUGGESTIONS_KEPT)),
      };
    return this.suggestions.list.slice(0, limit);
  }

  /** Imports a JSON graph file into this (empty) store as it is: its sources, graph and positions. */
  importGraphFile(loaded: NonNullable<Awaited<ReturnType<typeof readGraphFile>>>): void {
    const { graph, sources } = loaded;
    const index = indexNodes(graph);
    const counts = new Map<string, number>();
    const entityOf = new Map<string, string>();
    this.db
      .transaction(() => {
        for (const s of sources) {
          const extraction = s.extraction;
          this.t.insertDocument({
            id: s.id,
            path: s.path,
            hash: s.hash,
            meta: s.meta ?? {},
            addedAt: s.addedAt ?? this.now(),
            entityCount: extraction.entities.length,
            relationCount: extraction.relations.length,
            text: s.text,
            contentHash: sha256(s.text || `extraction:${JSON.stringify(extraction)}`),
            extraction: toExtractionRows(extraction),
          });
          for (const e of extraction.entities) {
            const node = graph.hasNode(e.id) ? e.id : uniqueMatch(index, e.type, e.name, e.aliases);
            if (!node) continue;
            counts.set(`${node}\u0000${s.id}`, (counts.get(`${node}\u0000${s.id}`) ?? 0) + e.mentions);
            entityOf.set(`${node}\u0000${s.id}`, e.id);
          }
        }
        const rows: (MentionRow & { doc: string })[] = [];
        graph.forEachNode((node, attrs) => {
          for (const doc of attrs.docs) {
            const k = `${node}\u0000${doc}`;
            rows.push({ doc, node, entity: entityOf.get(k) ?? node, count: counts.get(k) ?? 0 });
          }
        });
        this.t.rewriteGraph(() => writeGraph(this.t, graph, rows));
        this.t.addRevision(
          this.t.revision() + 1,
          this.now(),
          sources.map((s) => s.id),
          {
            ...emptyChange(),
            touched: { full: true, nodes: [], edges: [] },
          },
        );
      })
      .immediate();
    this.reload();
  }
}

/** Nodes of `after` whose name, type or aliases differ from `before`'s (a curation's renames and retypes). */
function renamedNodes(before: KgGraph, after: KgGraph): string[] {
  const out: string[] = [];
  after.forEachNode((node, a) => {
    if (!before.hasNode(node)) return;
    const b = before.getNodeAttributes(node);
    if (a.name !== b.name || a.type !== b.type || a.aliases.join("\u0000") !== b.aliases.join("\u0000"))
      out.push(node);
  });
  return out.sort();
}

/** The one node of a name index matching an entity's names, or null. */
function uniqueMatch(
  index: ReturnType<typeof indexNodes>,
  type: Parameters<typeof typedKey>[0],
  name: string,
  aliases: readonly string[],
): string | null {
  const found = new Set<string>();
  for (const key of joinKeys(type, name, aliases))
    for (const n of index.nodesOf(typedKey(type, key))) found.add(n);
  return found.size === 1 ? ([...found][0] as string) : null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the store of a data folder (creating graph-data/kg.db when missing). A new store takes in
 * an existing JSON graph file once (GRAPH_FILE_INVALID when it is not a kg graph file of this
 * version), and renames that file `<name>.imported`. A DB file that is not a kg store is refused
 * with GRAPH_FILE_INVALID naming the file. When it fails, the threads started ahead for it
 * (`extractThreads`) are let go: none outlives a store that did not open.
 */
export async function openStore(options: StoreOptions = {}): Promise<KgStore> {
  try {
    return await openStoreOrThrow(options);
  } catch (err) {
    options.extractThreads?.take(0); // terminates those the store did not take (none if it did)
    throw err;
  }
}

async function openStoreOrThrow(options: StoreOptions): Promise<KgStore> {
  if (options.maxBatch !== undefined && (!Number.isInteger(options.maxBatch) || options.maxBatch < 1)) {
    throw new KgError("INVALID_OPTION", "store: maxBatch must be a whole number >= 1", { field: "maxBatch" });
  }
  resolveLayoutSettings(options.layout);
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const dbFile = resolve(options.dbFile ?? join(dataDir, "kg.db"));
  const graphFile = resolve(options.graphFile ?? join(dataDir, "graph.kg.json"));
  let lexiconFingerprint = "";
  let extractOptions = options.extractOptions;
  if (!options.extract) {
    // The store's own lexicon travels with each extraction it runs (no process-wide state).
    const { lexicon, fingerprint } = await readUserLexicon(
      resolve(options.lexiconDir ?? join(dataDir, "lexicon")),
    );
    lexiconFingerprint = fingerprint;
    extractOptions = { ...options.extractOptions, lexicon };
  }
  const fresh = !(await exists(dbFile));
  await mkdir(dirname(dbFile), { recursive: true });
  const legacy = fresh ? await readGraphFile(graphFile) : null;
  await removeTempLeftovers([dataDir, resolve(options.sourcesDir ?? join(dataDir, "sources"))]);
  const db = openDb(dbFile, { busyTimeoutMs: options.busyTimeoutMs ?? 30_000 });
  let store: Store;
  try {
    store = new Store(
      { ...options, ...(extractOptions && { extractOptions }), dataDir, dbFile, lexiconFingerprint },
      db,
    );
  } catch (err) {
    db.close();
    // A damaged page shows when the graph is read (a full integrity check at every open would read the whole file).
    if (err instanceof Error && /SQLITE_(CORRUPT|NOTADB)/.test((err as { code?: string }).code ?? ""))
      throw refuse(dbFile, `damaged (${err.message})`);
    throw err;
  }
  if (legacy && store.revision === 0) {
    try {
      store.importGraphFile(legacy);
      await rename(graphFile, `${graphFile}.imported`);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}

/** True when a data folder has a store (or a JSON graph file a store would import). */
export async function hasStore(dataDir: string): Promise<boolean> {
  return (await exists(join(dataDir, "kg.db"))) || (await exists(join(dataDir, "graph.kg.json")));
}
