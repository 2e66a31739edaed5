/**
 * The body of an extraction worker thread (started by extract-pool.ts through
 * extract-thread.mjs): loads the extraction module once, says it is ready, then extracts one
 * document per message (with the thread's lexicon unless the job brings its own) and answers
 * with the extraction or the error, typed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isKgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { ExtractOptions } from "./extractor.ts";
import type { ThreadAnswer, ThreadData, ThreadJob } from "./extract-protocol.ts";

/** What an extraction module must export (src/extract/index.ts does). */
interface ExtractionModule {
  extractDocument(doc: SourceDocument, options?: ExtractOptions): Extraction;
}

const port = parentPort;
if (!port) throw new Error("extract-thread.ts runs in a worker thread only");
const data = workerData as ThreadData;

const module = (await import(data.module)) as ExtractionModule;

/** The answer for a failed job: a KgError keeps its code, a stack overflow is named as such. */
function failure(id: number, err: unknown): ThreadAnswer {
  const e = err as { name?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : String(err);
  if (isKgError(err)) return { id, ok: false, error: { code: err.code, message, details: err.details } };
  const overflow = e?.name === "RangeError" && /call stack/i.test(message);
  return { id, ok: false, error: { code: null, message, overflow } };
}

port.on("message", (job: ThreadJob) => {
  let answer: ThreadAnswer;
  try {
    const options =
      data.lexicon && !job.options?.lexicon ? { ...job.options, lexicon: data.lexicon } : job.options;
    answer = { id: job.id, ok: true, extraction: module.extractDocument(job.doc, options) };
  } catch (err) {
    answer = failure(job.id, err);
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true });
