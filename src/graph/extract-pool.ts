/**
 * The extraction pool: extracts documents in worker threads, off the event loop, one document
 * per thread at a time, with a time budget per document. In a build, a busy thread holds the
 * next source file too, so it never waits on the main thread between two. A document comes as text, or as a
 * source file that the thread reads, hashes and extracts itself (a build's main thread then
 * only hands out paths and stores answers). Past the budget the thread is terminated and
 * replaced and that document fails with EXTRACTION_TIMEOUT; an extractor crash (a stack overflow
 * included) fails that document with EXTRACTION_FAILED. Other documents and threads go on. Idle
 * threads do not keep the process alive. Threads run the precompiled bundle (thread-bundle.ts)
 * when it is up to date. Threads start on first use, or earlier (startExtractThreads) and are then
 * taken by the pool.
 */
import { type ResourceLimits, Worker, type WorkerOptions } from "node:worker_threads";
import type { Lexicon } from "../extract/lexicon-schema.ts";
import { KgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import { MAX_EXTRACT_WORKERS } from "./extract-workers.mjs";
import type { FileJobInput, FileResult, ThreadAnswer, ThreadData, ThreadError } from "./extract-protocol.ts";
import { EXTRACT_MODULE_URL, type ExtractFn, type ExtractOptions } from "./extractor.ts";
import { REPO_ROOT, SOURCE_EXTRACT_MODULE_URL, precompiledThread } from "./thread-bundle.ts";

/** How many threads extract, and how long one document may take. */
export interface ExtractPoolSettings {
  /** Worker threads (documents extracted at once). */
  workers: number;
  /** Time budget of one document's extraction, in milliseconds, from when a thread starts it. */
  timeoutMs: number;
}

/** One thread, and 10 s per document (a long news article takes well under a second). */
export const DEFAULT_EXTRACT_POOL_SETTINGS: Readonly<ExtractPoolSettings> = Object.freeze({
  workers: 1,
  timeoutMs: 10_000,
});

/** Fills in the defaults and checks the settings (INVALID_OPTION naming the field). */
export function resolveExtractPoolSettings(input: Partial<ExtractPoolSettings> = {}): ExtractPoolSettings {
  const s = {
    workers: input.workers ?? DEFAULT_EXTRACT_POOL_SETTINGS.workers,
    timeoutMs: input.timeoutMs ?? DEFAULT_EXTRACT_POOL_SETTINGS.timeoutMs,
  };
  if (!Number.isInteger(s.workers) || s.workers < 1 || s.workers > MAX_EXTRACT_WORKERS)
    throw new KgError(
      "INVALID_OPTION",
      `extraction: workers must be a whole number from 1 to ${MAX_EXTRACT_WORKERS}`,
      {
        field: "workers",
      },
    );
  if (!Number.isInteger(s.timeoutMs) || s.timeoutMs < 1 || s.timeoutMs > 86_400_000)
    throw new KgError("INVALID_OPTION", "extraction: timeoutMs must be a whole number of milliseconds >= 1", {
      field: "timeoutMs",
    });
  return s;
}

/** What a pool is made of: its settings, the module threads extract with, and observers. */
export interface ExtractPoolOptions extends Partial<ExtractPoolSettings> {
  /** URL of a module exporting `extractDocument(doc, options)` (default: src/extract). */
  module?: string;
  /**
   * The lexicon every thread keeps (sent once per thread); a document whose options carry this
   * same lexicon is sent without it (default: none, the module's own).
   */
  lexicon?: Lexicon | null;
  /** Folder of the precompiled thread (default dist/thread/, used while up to date; see thread-bundle.ts). */
  bundle?: URL;
  /** Called when a thread starts a document (after the thread is ready; the budget starts here). */
  onStart?: (docId: string) => void;
  /**
   * Threads started ahead of the pool (startExtractThreads), taken as its first threads when
   * they run the same module; each is sent the pool's lexicon before any document.
   */
  started?: StartedThreads;
}

/**
 * Extraction threads started before their pool exists (`kg build` starts them first thing, so
 * that loading the extractor overlaps loading the CLI and opening the store). Until a pool takes
 * them they hold no document, do not keep the process alive, and remember whether they are ready
 * or have died.
 */
export interface StartedThreads {
  /** The extraction module they run. */
  readonly module: string;
  /** Takes up to `count` live threads out (each at most once); the others are terminated. */
  take(count: number): StartedThread[];
}

/** A thread started ahead: the worker, and whether it has said it is ready. */
export interface StartedThread {
  worker: Worker;
  ready: boolean;
}

/** A running pool. */
export interface ExtractPool {
  /** Extracts one document in a thread (queued when every thread is busy). */
  readonly extract: ExtractFn;
  /**
   * Reads a source file in a thread and extracts it unless it is unchanged (queued like
   * `extract`); read errors keep their codes (SOURCE_UNREADABLE, TOO_LARGE, …).
   */
  extractFile(file: FileJobInput, options?: ExtractOptions): Promise<FileResult>;
  readonly settings: ExtractPoolSettings;
  /**
   * Terminates the threads that hold no document (the others go on); the next documents start
   * new threads. Resolves when they have exited.
   */
  releaseIdle(): Promise<void>;
  /** Terminates the threads; queued and running documents fail with EXTRACTION_FAILED. */
  close(): Promise<void>;
}

/**
 * The young generation of an extraction thread, in MB (V8's default is 48: two 16 MB semi-spaces
 * and room beside them). Extraction makes ~4 KB of short-lived garbage per token, and a
 * document's own working state (tokens, mentions, sentence indexes; ~4.6 MB allocated per news
 * article) is still live at most scavenges of a small young generation, so it is copied again and
 * promoted. With 192 MB (two 64 MB semi-spaces) a pass over the bench corpus runs 76 scavenges
 * instead of 222 (scavenge pauses -52%, promoted bytes -23%), and steady passes in one thread took
 * ~15% less CPU at a load of 14-23 (session 38, speed38 notes). Outputs do not depend on it.
 */
const THREAD_YOUNG_GENERATION_MB = 192;

/**
 * The resource limits every extraction thread starts with (the extract bench runs its in-thread
 * figure with these, so it measures the configuration users get).
 */
export const EXTRACT_THREAD_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB,
});

/** The options of a new extraction thread. */
function threadOptions(workerData: ThreadData): WorkerOptions {
  return { workerData, resourceLimits: { ...EXTRACT_THREAD_RESOURCE_LIMITS } };
}

// From the root, not from this module: the same holds when this code runs from the CLI bundle (dist/cli/).
const THREAD_URL = new URL("src/graph/extract-thread.mjs", REPO_ROOT);

/** The thread entry and start data for an extraction module (the precompiled bundle for src/extract while up to date). */
function threadEntry(data: ThreadData, bundle: URL | undefined): { thread: URL; data: ThreadData } {
  // The bundle holds src/extract only: another module (a test's stand-in) runs as TypeScript.
  const precompiled = data.module === SOURCE_EXTRACT_MODULE_URL ? precompiledThread(bundle) : null;
  return precompiled
    ? { thread: precompiled.thread, data: { ...data, module: precompiled.module } }
    : { thread: THREAD_URL, data };
}

/**
 * Starts `count` extraction threads before their pool exists (see StartedThreads); they wait
 * for the lexicon a pool sends them (`module`: default src/extract).
 */
export function startExtractThreads(
  count: number,
  options: { module?: string; bundle?: URL } = {},
): StartedThreads {
  const module = options.module ?? EXTRACT_MODULE_URL;
  const { thread, data } = threadEntry({ module, lexicon: null, lexiconFollows: true }, options.bundle);
  const threads: (StartedThread & { dead: boolean; stopWatching: () => void })[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(thread, threadOptions(data));
    worker.unref();
    const t: StartedThread & { dead: boolean; stopWatching: () => void } = {
      worker,
      ready: false,
      dead: false,
      stopWatching: () => {},
    };
    const onMessage = (message: { ready?: true }) => {
      if (!message?.ready) return;
      t.ready = true;
      worker.unref(); // as in the pool: the unref at spawn does not hold once the thread is up
    };
    const onEnd = () => (t.dead = true);
    worker.on("message", onMessage).on("error", onEnd).on("exit", onEnd);
    t.stopWatching = () => worker.off("message", onMessage).off("error", onEnd).off("exit", onEnd);
    threads.push(t);
  }
  return {
    module,
    take(n) {
      const live = threads.splice(0).filter((t) => !t.dead);
      for (const t of live) t.stopWatching();
      for (const t of live.slice(n)) void t.worker.terminate();
      return live.slice(0, n).map((t) => ({ worker: t.worker, ready: t.ready }));
    },
  };
}

interface Job {
  id: number;
  /** The document's id, for errors. */
  docId: string;
  /** What the thread is sent beside the id and options. */
  payload: { doc: SourceDocument } | { file: FileJobInput };
  options: ExtractOptions | undefined;
  resolve: (result: Extraction | FileResult) => void;
  reject: (err: KgError) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The documents sent to the thread, in order: the first is the one it extracts. */
  jobs: Job[];
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Documents a thread holds at once: the one it extracts and the next ones. Handing out one at a
 * time left a thread idle for a round trip through the main thread between two documents (a few
 * milliseconds each); holding two, whenever the main thread was away longer than one extraction
 * (writing 100 documents in one transaction, a major GC, or not scheduled on a loaded machine).
 * Only a build's source files are held: a document posted alone (the server's ingest) waits for
 * the first free thread instead of behind a slow one.
 */
const THREAD_DEPTH = 16;

/** The KgError of a failed job (a source file's warnings ride along in its details). */
function toKgError(docId: string, error: ThreadError): KgError {
  const warnings = error.warnings?.length ? { warnings: error.warnings } : {};
  if (error.code) return new KgError(error.code, error.message, { ...error.details, ...warnings });
  if (error.overflow)
    return new KgError(
      "EXTRACTION_FAILED",
      `${docId}: extraction ran out of stack (a sentence too long or too deeply nested to analyse)`,
      { source: docId, reason: "stack-overflow", ...warnings },
    );
  return new KgError("EXTRACTION_FAILED", `${docId}: extraction failed: ${error.message}`, {
    source: docId,
    ...warnings,
  });
}

/** Starts a pool (threads start on first use). */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const settings = resolveExtractPoolSettings(options);
  const data: ThreadData = {
    module: options.module ?? EXTRACT_MODULE_URL,
    lexicon: options.lexicon ?? null,
  };
  let entry: { thread: URL; data: ThreadData } | null = null;
  const entryOf = (): { thread: URL; data: ThreadData } => (entry ??= threadEntry(data, options.bundle));
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** Takes every document back from a thread: the one it extracts first. */
  function release(slot: Slot): Job[] {
    const jobs = slot.jobs;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.jobs = [];
    slot.worker.unref();
    return jobs;
  }

  /**
   * Drops a thread (terminating it) and fails the document it was extracting with `err`; the
   * ones it held but had not started go back to the front of the queue.
   */
  function drop(slot: Slot, err: (job: Job) => KgError): void {
    if (!slots.delete(slot)) return;
    const [job, ...held] = release(slot);
    void slot.worker.terminate();
    queue.unshift(...held);
    if (job) job.reject(err(job));
    if (!slot.ready && !job) {
      // A thread that dies before it is ready would die again: fail what waits instead of looping.
      for (const waiting of queue.splice(0)) waiting.reject(err(waiting));
    }
    pump();
  }

  /** Starts a thread, or takes one started ahead (sending it the lexicon first). */
  function spawn(started?: StartedThread): void {
    let worker: Worker;
    if (started) {
      worker = started.worker;
      worker.postMessage({ lexicon: data.lexicon });
    } else {
      const { thread, data: workerData } = entryOf();
      worker = new Worker(thread, threadOptions(workerData));
      worker.unref();
    }
    const slot: Slot = { worker, ready: started?.ready ?? false, jobs: [], timer: null };
    slots.add(slot);
    worker.on("message", (message: ThreadAnswer | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        worker.unref(); // the unref at spawn does not hold once the thread is up; idle threads must not keep the process alive
        pump();
        return;
      }
      const job = slot.jobs[0];
      if (job?.id !== message.id) return;
      slot.jobs.shift();
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      // The thread went on to the next document it holds as it sent this answer.
      if (slot.jobs.length > 0) begin(slot);
      else slot.worker.unref();
      if (message.ok) job.resolve("file" in message ? message.file : message.extraction);
      else job.reject(toKgError(job.docId, message.error));
      pump();
    });
    const failed = (why: string) => (job: Job) =>
      new KgError("EXTRACTION_FAILED", `${job.docId}: extraction failed: ${why}`, { source: job.docId });
    worker.on("error", (err) => drop(slot, failed(`the extraction thread crashed (${err.message})`)));
    worker.on("exit", (code) => drop(slot, failed(`the extraction thread exited (code ${code})`)));
  }

  /** Sends a document to a thread; it starts at once when the thread holds no other. */
  function send(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, ...job.payload, options: job.options });
    if (slot.jobs.length === 1) begin(slot);
  }

  /** The thread starts its first document: its budget starts now. */
  function begin(slot: Slot): void {
    const job = slot.jobs[0]!;
    slot.timer = setTimeout(() => {
      drop(
        slot,
        (j) =>
          new KgError(
            "EXTRACTION_TIMEOUT",
            `${j.docId}: extraction took longer than its ${settings.timeoutMs} ms budget; the document was refused`,
            { source: j.docId, timeoutMs: settings.timeoutMs },
          ),
      );
    }, settings.timeoutMs);
    options.onStart?.(job.docId);
  }

  const ahead = options.started;
  if (ahead) {
    const taken = ahead.module === data.module ? ahead.take(settings.workers) : ahead.take(0);
    for (const started of taken) spawn(started);
  }

  function pump(): void {
    if (closed) return;
    const fill = (held: number): void => {
      // A document is held behind another only while no thread is starting to take it: documents
      // queued together may need to run side by side. And a thread takes one more only while
      // more are queued than it holds: the last sources of a build then wait in the queue for
      // whichever thread is free first, not up to THREAD_DEPTH behind each thread, one of them
      // busy while the other has finished.
      const starting = [...slots].filter((s) => !s.ready).length;
      for (const slot of slots) {
        if (queue.length <= (held === 0 ? 0 : starting + held)) return;
        if (held > 0 && !("file" in queue[0]!.payload)) return;
        if (slot.ready && slot.jobs.length === held) send(slot, queue.shift()!);
      }
    };
    fill(0);
    const starting = [...slots].filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - starting, settings.workers - slots.size); n > 0; n--) spawn();
    for (let held = 1; held < THREAD_DEPTH; held++) fill(held);
  }

  /** Queues a job; the thread has the pool's lexicon already, so it is not copied into every message. */
  function submit<T extends Extraction | FileResult>(
    docId: string,
    payload: Job["payload"],
    extractOptions: ExtractOptions | undefined,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (closed) {
        reject(
          new KgError("EXTRACTION_FAILED", `${docId}: the extraction pool is closed`, { source: docId }),
        );
        return;
      }
      const sent =
        extractOptions?.lexicon !== undefined && extractOptions.lexicon === data.lexicon
          ? { ...extractOptions, lexicon: undefined }
          : extractOptions;
      const done = resolve as (result: Extraction | FileResult) => void;
      queue.push({ id: nextId++, docId, payload, options: sent, resolve: done, reject });
      pump();
    });
  }

  return {
    extract: (doc, extractOptions) => submit<Extraction>(doc.id, { doc }, extractOptions),
    extractFile: (file, extractOptions) => submit<FileResult>(file.id, { file }, extractOptions),
    settings,
    async releaseIdle() {
      const idle = [...slots].filter((s) => s.jobs.length === 0);
      // Out of the pool first: their exit is then no failure to report (drop ignores them).
      for (const slot of idle) slots.delete(slot);
      await Promise.all(idle.map((s) => s.worker.terminate()));
    },
    async close() {
      closed = true;
      const closing = (job: Job) =>
        new KgError("EXTRACTION_FAILED", `${job.docId}: the extraction pool closed`, { source: job.docId });
      for (const job of queue.splice(0)) job.reject(closing(job));
      const all = [...slots];
      slots.clear();
      for (const slot of all) for (const job of release(slot)) job.reject(closing(job));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
