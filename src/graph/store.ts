/**
 * The graph-data store: keeps the graph and its source records in memory, builds them from
 * source files, adds and removes documents, and persists every change atomically to the graph
 * file. All changes go through one queue; documents added close together share one save.
 */
import { readdir, rm, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { KgError, isKgError } from "../model/errors.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import type { Extraction, SourceMeta } from "../model/types.ts";
import { writeFileAtomic, type FileWriter } from "./atomic-write.ts";
import { DEFAULT_DATA_DIR } from "./data-dir.ts";
import { diffGraphs, emptyChange } from "./diff.ts";
import { documentBaseName, uniqueDocumentName } from "./document-name.ts";
import { defaultExtract, type ExtractFn, type ExtractOptions } from "./extractor.ts";
import { frontMatterError } from "./front-matter.ts";
import { withStorageErrors } from "./storage-full.ts";
import { readGraphFile, toGraphFile, writeGraphFile } from "./graph-file.ts";
import { layoutGraph, placeNewNodes, resolveLayoutSettings, type LayoutSettings } from "./layout.ts";
import { buildGraph } from "./merge.ts";
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
  BuildProgress,
  BuildReport,
  DocumentInput,
  GraphChange,
  GraphStore,
  SourceRecord,
} from "./types.ts";

/** Where the store keeps its data and how it extracts. */
export interface StoreOptions {
  /** The data folder (default `graph-data`). */
  dataDir?: string;
  /** The sources folder (default `<dataDir>/sources`). */
  sourcesDir?: string;
  /** The graph file (default `<dataDir>/graph.kg.json`). */
  graphFile?: string;
  /** The extraction function (default: src/extract's extractDocument). */
  extract?: ExtractFn;
  /** Options passed to every extraction. */
  extractOptions?: ExtractOptions;
  /** Folder that record paths are written relative to (default: the current folder). */
  cwd?: string;
  /** Source reading settings (size limit). */
  sources?: Partial<SourceSettings>;
  /** Layout settings for builds; addDocument only places new nodes. */
  layout?: Partial<LayoutSettings>;
  /** Most documents one save of addDocument takes (group commit). */
  maxBatch?: number;
  /** Clock for timestamps (injectable for tests). */
  now?: () => Date;
  /** Folder of user lexicon files (default `<dataDir>/lexicon`); read only with the default extraction. */
  lexiconDir?: string;
  /** The atomic file writer (default writeFileAtomic; tests inject one that fails like a full disk). */
  writeFile?: FileWriter;
}

/** A build report with the warnings of the sources read (empty file, invalid UTF-8). */
export interface KgBuildReport extends BuildReport {
  warnings: string[];
}

/** The store returned by openStore: the GraphStore contract plus where it lives. */
export interface KgStore extends GraphStore {
  readonly dataDir: string;
  readonly sourcesDir: string;
  readonly graphFile: string;
  build(
    paths?: string[],
    options?: { onProgress?: (p: BuildProgress) => void; signal?: AbortSignal },
  ): Promise<KgBuildReport>;
  /**
   * Adds (or replaces) a source that has no file: an extraction imported from another graph
   * (`kg import`). Its record keeps no text; default builds leave it alone.
   */
  importExtraction(name: string, extraction: Extraction, meta?: SourceMeta): Promise<GraphChange>;
  /** Resolves when every queued change has been persisted. */
  idle(): Promise<void>;
}

interface PendingAdd {
  input: DocumentInput;
  resolve: (value: { id: string; change: GraphChange }) => void;
  reject: (err: unknown) => void;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const yieldToLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
const sameMeta = (a: SourceMeta, b: SourceMeta): boolean => JSON.stringify(a) === JSON.stringify(b);

class Store implements KgStore {
  readonly graph: KgGraph;
  readonly dataDir: string;
  readonly sourcesDir: string;
  readonly graphFile: string;
  private records: Map<string, SourceRecord>;
  private rev = 0;
  private fileExists: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  private pending: PendingAdd[] = [];
  private flushQueued = false;
  private readonly listeners = new Set<(change: GraphChange) => void>();
  private readonly extract: ExtractFn;
  private readonly sourceSettings: SourceSettings;
  private readonly writeFile: FileWriter;

  constructor(
    private readonly options: StoreOptions & { lexiconFingerprint?: string },
    loaded: { graph: KgGraph; sources: SourceRecord[] } | null,
  ) {
    this.dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    this.sourcesDir = resolve(options.sourcesDir ?? join(this.dataDir, "sources"));
    this.graphFile = resolve(options.graphFile ?? join(this.dataDir, "graph.kg.json"));
    this.graph = loaded?.graph ?? createKgGraph();
    this.records = new Map((loaded?.sources ?? []).map((r) => [r.id, r]));
    this.fileExists = loaded !== null;
    this.extract = options.extract ?? defaultExtract;
    this.sourceSettings = resolveSourceSettings(options.sources);
    this.writeFile = withStorageErrors(options.writeFile ?? writeFileAtomic);
  }

  /** A source's recorded hash: its bytes' hash, tied to the user lexicon it was extracted with. */
  private sourceHash(hash: string): string {
    return this.options.lexiconFingerprint ? `${hash}+lexicon:${this.options.lexiconFingerprint}` : hash;
  }

  get sources(): ReadonlyMap<string, SourceRecord> {
    return this.records;
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

  /** Runs a change after every earlier one; a failed change does not block later ones. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** A record's path: relative to the working folder (the `cwd` option, else the process's). */
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

  /** Reads and extracts one source file into a record. */
  private async recordOf(
    file: SourceFile,
    loaded?: Awaited<ReturnType<typeof readSource>>,
  ): Promise<SourceRecord> {
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
    return {
      id: file.id,
      path: this.recordPath(file.path),
      hash: this.sourceHash(source.hash),
      meta: source.doc.meta,
      text: source.doc.text,
      extraction,
      addedAt: this.now(),
    };
  }

  /**
   * Rebuilds the graph from `records`, keeps old positions, lays out, persists, and only then
   * swaps the new state in and tells the listeners.
   */
  private async commit(
    records: Map<string, SourceRecord>,
    documents: string[],
    fullLayout: boolean,
  ): Promise<GraphChange> {
    const next = buildGraph(
      [...records.values()].map((r) => ({ doc: r.id, extraction: r.extraction, date: r.meta.date ?? null })),
    );
    next.forEachNode((node) => {
      if (!this.graph.hasNode(node)) return;
      const { x, y } = this.graph.getNodeAttributes(node);
      if (x !== undefined && y !== undefined) next.mergeNodeAttributes(node, { x, y });
    });
    if (fullLayout) layoutGraph(next, this.options.layout);
    else placeNewNodes(next, this.options.layout?.seed);
    const change = diffGraphs(this.graph, next, documents);
    await writeGraphFile(this.graphFile, toGraphFile(next, records.values(), this.now()), this.writeFile);
    this.fileExists = true;
    this.records = records;
    this.graph.clear();
    this.graph.import(next);
    this.rev++;
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A listener's failure must not undo a persisted change.
      }
    }
    return change;
  }

  build(
    paths?: string[],
    options: { onProgress?: (p: BuildProgress) => void; signal?: AbortSignal } = {},
  ): Promise<KgBuildReport> {
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
        files.push(...(await listSourceFiles(path)).map((f) => this.withCanonicalId(f)));
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

  private async runBuild(
    paths: string[] | undefined,
    options: { onProgress?: (p: BuildProgress) => void; signal?: AbortSignal },
  ): Promise<KgBuildReport> {
    const report: KgBuildReport = {
      built: [],
      skipped: [],
      removed: [],
      failed: [],
      change: emptyChange(),
      warnings: [],
    };
    const files = await this.scan(paths, report);
    const records = new Map(this.records);
    for (const [i, file] of files.entries()) {
      options.signal?.throwIfAborted();
      try {
        const source = await readSource(file.path, { id: file.id, settings: this.sourceSettings });
        report.warnings.push(...source.warnings);
        const old = records.get(file.id);
        if (old && old.hash === this.sourceHash(source.hash) && sameMeta(old.meta, source.doc.meta))
          report.skipped.push(file.id);
        else {
          records.set(file.id, await this.recordOf(file, source));
          report.built.push(file.id);
        }
      } catch (err) {
        const e = isKgError(err)
          ? err
          : new KgError("SOURCE_UNREADABLE", `${file.path}: ${(err as Error).message}`);
        report.failed.push({ source: file.id, code: e.code, message: e.message });
      }
      options.onProgress?.({ done: i + 1, total: files.length, current: file.id });
      await yieldToLoop();
    }
    if (!paths) {
      const listed = new Set(files.map((f) => f.id));
      for (const record of this.records.values()) {
        if (listed.has(record.id) || report.failed.some((f) => f.source === record.id)) continue;
        if (record.path === null) continue;
        if (this.isInSourcesDir(record.path) || !(await exists(this.absolute(record.path)))) {
          records.delete(record.id);
          report.removed.push(record.id);
        }
      }
    }
    options.signal?.throwIfAborted();
    if (report.built.length || report.removed.length || !this.fileExists) {
      report.change = await this.commit(records, [...report.built, ...report.removed], true);
    }
    return report;
  }

  addDocument(input: DocumentInput): Promise<{ id: string; change: GraphChange }> {
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
      this.pending.push({ input, resolve: resolvePromise, reject });
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

  /** Writes, extracts and commits a batch of added documents with one save. */
  private async flushAdds(batch: PendingAdd[]): Promise<void> {
    let onDisk: Set<string>;
    try {
      onDisk = new Set(await readdir(this.sourcesDir));
    } catch {
      onDisk = new Set();
    }
    const records = new Map(this.records);
    const done: { item: PendingAdd; id: string; files: string[] }[] = [];
    for (const item of batch) {
      const { text, id: _wished, ...meta } = item.input;
      const name = uniqueDocumentName(documentBaseName(item.input), (n) => records.has(n) || onDisk.has(n));
      const path = join(this.sourcesDir, name);
      const files = [path];
      onDisk.add(name);
      try {
        const metaFields = Object.fromEntries(
          Object.entries(meta).filter(
            ([k, v]) => ["title", "outlet", "date", "url"].includes(k) && v != null,
          ),
        );
        if (Object.keys(metaFields).length) {
          files.push(sidecarPath(path));
          await this.writeFile(sidecarPath(path), JSON.stringify(metaFields, null, 2) + "\n");
        }
        await this.writeFile(path, text);
        records.set(name, await this.recordOf({ id: name, path }));
        done.push({ item, id: name, files });
      } catch (err) {
        await Promise.all(files.map((f) => rm(f, { force: true })));
        item.reject(err);
      }
    }
    if (done.length === 0) return;
    try {
      const change = await this.commit(
        records,
        done.map((d) => d.id),
        false,
      );
      for (const d of done) d.item.resolve({ id: d.id, change });
    } catch (err) {
      for (const d of done) {
        await Promise.all(d.files.map((f) => rm(f, { force: true })));
        d.item.reject(err);
      }
    }
  }

  importExtraction(name: string, extraction: Extraction, meta: SourceMeta = {}): Promise<GraphChange> {
    return this.enqueue(async () => {
      const records = new Map(this.records);
      const body = JSON.stringify(extraction);
      records.set(name, {
        id: name,
        path: null,
        hash: sha256(body),
        meta,
        text: "",
        extraction,
        addedAt: this.now(),
      });
      return this.commit(records, [name], false);
    });
  }

  removeDocument(id: string): Promise<GraphChange> {
    return this.enqueue(async () => {
      const record = this.records.get(id);
      if (!record) throw new KgError("UNKNOWN_DOCUMENT", `document '${id}' is not in the graph`, { id });
      const records = new Map(this.records);
      records.delete(id);
      const change = await this.commit(records, [id], false);
      if (record.path && this.isInSourcesDir(record.path)) {
        const path = this.absolute(record.path);
        await Promise.all([rm(path, { force: true }), rm(sidecarPath(path), { force: true })]);
      }
      return change;
    });
  }
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
 * Opens the store of a data folder: loads the graph file when there is one (GRAPH_FILE_INVALID
 * when it is not a kg graph file of this version), an empty graph otherwise.
 */
export async function openStore(options: StoreOptions = {}): Promise<KgStore> {
  if (options.maxBatch !== undefined && (!Number.isInteger(options.maxBatch) || options.maxBatch < 1)) {
    throw new KgError("INVALID_OPTION", "store: maxBatch must be a whole number >= 1", { field: "maxBatch" });
  }
  resolveLayoutSettings(options.layout);
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const graphFile = resolve(options.graphFile ?? join(dataDir, "graph.kg.json"));
  const loaded = await readGraphFile(graphFile);
  if (options.extract) return new Store({ ...options, lexiconFingerprint: "" }, loaded);
  // The store's own lexicon travels with each extraction it runs (no process-wide state).
  const { lexicon, fingerprint } = await readUserLexicon(
    resolve(options.lexiconDir ?? join(dataDir, "lexicon")),
  );
  const extractOptions = { ...options.extractOptions, lexicon };
  return new Store({ ...options, extractOptions, lexiconFingerprint: fingerprint }, loaded);
}
