/**
 * The extraction pool: extracts documents in worker threads, off the event loop, one document
 * per thread at a time, with a time budget per document. Past the budget the thread is
 * terminated and replaced and that document fails with EXTRACTION_TIMEOUT; an extractor crash
 * (a stack overflow included) fails that document with EXTRACTION_FAILED. Other documents and
 * threads go on. Idle threads do not keep the process alive.
 */
import { Worker } from "node:worker_threads";
import type { Lexicon } from "../extract/lexicon-schema.ts";
import { KgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { ThreadAnswer, ThreadData, ThreadError } from "./extract-protocol.ts";
import { EXTRACT_MODULE_URL, type ExtractFn, type ExtractOptions } from "./extractor.ts";

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

/** Most threads a pool may have. */
export const MAX_EXTRACT_WORKERS = 256;

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
  /** Called when a thread starts a document (after the thread is ready; the budget starts here). */
  onStart?: (docId: string) => void;
}

/** A running pool. */
export interface ExtractPool {
  /** Extracts one document in a thread (queued when every thread is busy). */
  readonly extract: ExtractFn;
  readonly settings: ExtractPoolSettings;
  /** Terminates the threads; queued and running documents fail with EXTRACTION_FAILED. */
  close(): Promise<void>;
}

const THREAD_URL = new URL("./extract-thread.mjs", import.meta.url);

interface Job {
  id: number;
  doc: SourceDocument;
  options: ExtractOptions | undefined;
  resolve: (extraction: Extraction) => void;
  reject: (err: KgError) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** The KgError of a failed job. */
function toKgError(docId: string, error: ThreadError): KgError {
  if (error.code) return new KgError(error.code, error.message, error.details);
  if (error.overflow)
    return new KgError(
      "EXTRACTION_FAILED",
      `${docId}: extraction ran out of stack (a sentence too long or too deeply nested to analyse)`,
      { source: docId, reason: "stack-overflow" },
    );
  return new KgError("EXTRACTION_FAILED", `${docId}: extraction failed: ${error.message}`, { source: docId });
}

/** Starts a pool (threads start on first use). */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const settings = resolveExtractPoolSettings(options);
  const data: ThreadData = {
    module: options.module ?? EXTRACT_MODULE_URL,
    lexicon: options.lexicon ?? null,
  };
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function release(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    return job;
  }

  /** Drops a thread (terminating it) and fails its document with `err`. */
  function drop(slot: Slot, err: (job: Job) => KgError): void {
    if (!slots.delete(slot)) return;
    const job = release(slot);
    void slot.worker.terminate();
    if (job) job.reject(err(job));
    if (!slot.ready && !job) {
      // A thread that dies before it is ready would die again: fail what waits instead of looping.
      for (const waiting of queue.splice(0)) waiting.reject(err(waiting));
    }
    pump();
  }

  function spawn(): void {
    const worker = new Worker(THREAD_URL, { workerData: data });
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    slots.add(slot);
    worker.on("message", (message: ThreadAnswer | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        worker.unref(); // the unref at spawn does not hold once the thread is up; idle threads must not keep the process alive
        pump();
        return;
      }
      if (slot.job?.id !== message.id) return;
      const job = release(slot)!;
      if (message.ok) job.resolve(message.extraction);
      else job.reject(toKgError(job.doc.id, message.error));
      pump();
    });
    const failed = (why: string) => (job: Job) =>
      new KgError("EXTRACTION_FAILED", `${job.doc.id}: extraction failed: ${why}`, { source: job.doc.id });
    worker.on("error", (err) => drop(slot, failed(`the extraction thread crashed (${err.message})`)));
    worker.on("exit", (code) => drop(slot, failed(`the extraction thread exited (code ${code})`)));
  }

  function start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      drop(
        slot,
        (j) =>
          new KgError(
            "EXTRACTION_TIMEOUT",
            `${j.doc.id}: extraction took longer than its ${settings.timeoutMs} ms budget; the document was refused`,
            { source: j.doc.id, timeoutMs: settings.timeoutMs },
          ),
      );
    }, settings.timeoutMs);
    options.onStart?.(job.doc.id);
    slot.worker.postMessage({ id: job.id, doc: job.doc, options: job.options });
  }

  function pump(): void {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.job) start(slot, queue.shift()!);
    }
    const starting = [...slots].filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - starting, settings.workers - slots.size); n > 0; n--) spawn();
  }

  const extract: ExtractFn = (doc, extractOptions) =>
    new Promise<Extraction>((resolve, reject) => {
      if (closed) {
        reject(
          new KgError("EXTRACTION_FAILED", `${doc.id}: the extraction pool is closed`, { source: doc.id }),
        );
        return;
      }
      // The thread has the pool's lexicon already: do not copy it into every message.
      const sent =
        extractOptions?.lexicon !== undefined && extractOptions.lexicon === data.lexicon
          ? { ...extractOptions, lexicon: undefined }
          : extractOptions;
      queue.push({ id: nextId++, doc, options: sent, resolve, reject });
      pump();
    });

  return {
    extract,
    settings,
    async close() {
      closed = true;
      const closing = (job: Job) =>
        new KgError("EXTRACTION_FAILED", `${job.doc.id}: the extraction pool closed`, { source: job.doc.id });
      for (const job of queue.splice(0)) job.reject(closing(job));
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        const job = release(slot);
        job?.reject(closing(job));
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
