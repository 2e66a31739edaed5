/**
 * The body of an extraction worker thread (started by extract-pool.ts, precompiled or through
 * extract-thread.mjs): loads the extraction module once, says it is ready, then takes one job per
 * message, one after another in the order they came: a document to extract, or a source file to
 * read, hash and, when it changed, extract (with the thread's lexicon unless the job brings its
 * own). A source file is read as soon as its job arrives, while the thread extracts the one
 * before. It answers with the result or the error, typed; a source file's extraction goes back as
 * JSON text.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isKgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { ExtractOptions } from "./extractor.ts";
import { toExtractionRows } from "./extraction-rows.ts";
import type { FileJobInput, FileResult, ThreadAnswer, ThreadData, ThreadJob } from "./extract-protocol.ts";
import { type LoadedSource, readSource, sha256 } from "./sources.ts";

/** What an extraction module must export (src/extract/index.ts does). */
interface ExtractionModule {
  extractDocument(doc: SourceDocument, options?: ExtractOptions): Extraction;
}

const port = parentPort;
if (!port) throw new Error("extract-thread.ts runs in a worker thread only");
const data = workerData as ThreadData;

const module = (await import(data.module)) as ExtractionModule;

/** The answer for a failed job: a KgError keeps its code, a stack overflow is named as such. */
function failure(id: number, err: unknown, warnings?: string[]): ThreadAnswer {
  const e = err as { name?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : String(err);
  if (isKgError(err))
    return { id, ok: false, error: { code: err.code, message, details: err.details, warnings } };
  const overflow = e?.name === "RangeError" && /call stack/i.test(message);
  return { id, ok: false, error: { code: null, message, overflow, warnings } };
}

/** The job's options with the thread's lexicon when it brings none. */
function optionsOf(job: ThreadJob): ExtractOptions | undefined {
  return data.lexicon && !job.options?.lexicon ? { ...job.options, lexicon: data.lexicon } : job.options;
}

/** A source file's read, started when its job arrives: the source, or why it could not be read. */
type Read = Promise<{ source: LoadedSource } | { error: unknown }>;

/** Starts reading a source file; the outcome waits, settled, until the thread gets to the job. */
function startRead(file: FileJobInput): Read {
  return readSource(file.path, { id: file.id, settings: file.settings }).then(
    (source) => ({ source }),
    (error: unknown) => ({ error }),
  );
}

/** Extracts a read source file unless the store has it unchanged. */
async function extractFile(
  file: FileJobInput,
  read: Read,
  options: ExtractOptions | undefined,
  warnings: string[],
) {
  const outcome = await read;
  if ("error" in outcome) throw outcome.error;
  const source = outcome.source;
  warnings.push(...source.warnings);
  const meta = JSON.stringify(source.doc.meta);
  if (file.known && file.known.hash === source.hash + file.hashSuffix && file.known.meta === meta)
    return { unchanged: true, warnings } satisfies FileResult;
  const extraction = module.extractDocument(source.doc, options);
  return {
    unchanged: false,
    warnings,
    hash: source.hash,
    contentHash: sha256(source.doc.text),
    text: source.doc.text,
    meta: source.doc.meta,
    extraction: toExtractionRows(extraction),
    entityCount: extraction.entities.length,
    relationCount: extraction.relations.length,
  } satisfies FileResult;
}

/** Runs one job (with its file's read, started when it arrived) and sends its answer. */
const run = async (job: ThreadJob, read: Read | null): Promise<void> => {
  if ("file" in job) {
    const warnings: string[] = [];
    await extractFile(job.file, read ?? startRead(job.file), optionsOf(job), warnings).then(
      (file) => port.postMessage({ id: job.id, ok: true, file } satisfies ThreadAnswer),
      (err: unknown) => port.postMessage(failure(job.id, err, warnings)),
    );
    return;
  }
  let answer: ThreadAnswer;
  try {
    answer = { id: job.id, ok: true, extraction: module.extractDocument(job.doc, optionsOf(job)) };
  } catch (err) {
    answer = failure(job.id, err);
  }
  port.postMessage(answer);
};

// The pool may send the next job before this one is answered: jobs run one after another, in
// the order they came, so the pool knows which one is running. The next job's file is read
// meanwhile: waiting for its reads after each extraction left the thread idle a fifth of a build.
let running: Promise<void> = Promise.resolve();
port.on("message", (job: ThreadJob) => {
  const read = "file" in job ? startRead(job.file) : null;
  running = running.then(() => run(job, read));
});
port.postMessage({ ready: true });
