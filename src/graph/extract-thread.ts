/**
 * The body of an extraction worker thread (started by extract-pool.ts, precompiled or through
 * extract-thread.mjs): loads the extraction module once and prepares it (the tagger's model, the
 * lexicon's gazetteer) before any document, says it is ready, then takes one job per
 * message, one after another in the order they came: a document to extract, or a source file to
 * read, hash and, when it changed, extract (with the thread's lexicon unless the job brings its
 * own). It answers with the result or the error, typed; a source file's extraction goes back
 * as JSON text. A thread started before its pool gets the pool's lexicon as its first message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isKgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { ExtractOptions } from "./extractor.ts";
import { toExtractionRows } from "./extraction-rows.ts";
import type { Lexicon } from "../extract/lexicon-schema.ts";
import type {
  FileJobInput,
  FileResult,
  ThreadAnswer,
  ThreadData,
  ThreadJob,
  ThreadLexicon,
} from "./extract-protocol.ts";
import { readSourceSync, sha256 } from "./sources.ts";

/** What an extraction module must export (src/extract/index.ts does); the rest is optional. */
interface ExtractionModule {
  extractDocument(doc: SourceDocument, options?: ExtractOptions): Extraction;
  /** Loads what extraction with these options needs, before the first document. */
  prepareExtraction?(options?: ExtractOptions): void;
  /** The module's own lexicon: one equal to it is replaced by it (its gazetteer is then the one prepared). */
  BUILT_IN_LEXICON?: Lexicon;
}

if (!parentPort) throw new Error("extract-thread.ts runs in a worker thread only");
const port = parentPort;
const data = workerData as ThreadData;

const module = (await import(data.module)) as ExtractionModule;

/**
 * The module's own lexicon when `lexicon` equals it in every field (entries, word lists, tables,
 * frame rows, modality cues: a copy of it came through the message). Every field of either is
 * compared, so a lexicon that differs only in a field added later (as `modality` was in session
 * 40) is never taken for the built-in one.
 */
function ownLexicon(lexicon: Lexicon | null): Lexicon | null {
  const own = module.BUILT_IN_LEXICON;
  if (!lexicon || !own || lexicon.entries.length !== own.entries.length) return lexicon;
  const theirs = lexicon as unknown as Record<string, unknown>;
  const ours = own as unknown as Record<string, unknown>;
  const fields = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  const same = [...fields].every((f) => JSON.stringify(theirs[f]) === JSON.stringify(ours[f]));
  return same ? own : lexicon;
}

/**
 * The lexicon jobs extract with when they bring none. A thread started before its pool gets it
 * in its first message; until then it prepares with the module's own, the usual case.
 */
let lexicon = ownLexicon(data.lexicon);
let lexiconFollows = data.lexiconFollows === true;
module.prepareExtraction?.(lexicon ? { lexicon } : undefined);

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
  return lexicon && !job.options?.lexicon ? { ...job.options, lexicon } : job.options;
}

/** Reads a source file and extracts it unless the store has it unchanged. */
function extractFile(
  file: FileJobInput,
  options: ExtractOptions | undefined,
  warnings: string[],
): FileResult {
  const source = readSourceSync(file.path, { id: file.id, settings: file.settings });
  warnings.push(...source.warnings);
  const meta = JSON.stringify(source.doc.meta);
  if (file.known && file.known.hash === source.hash + file.hashSuffix && file.known.meta === meta)
    return { unchanged: true, warnings };
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
  };
}

/** Runs one job and sends its answer. */
function run(job: ThreadJob): void {
  let answer: ThreadAnswer;
  const warnings: string[] = [];
  try {
    answer =
      "file" in job
        ? { id: job.id, ok: true, file: extractFile(job.file, optionsOf(job), warnings) }
        : { id: job.id, ok: true, extraction: module.extractDocument(job.doc, optionsOf(job)) };
  } catch (err) {
    answer = failure(job.id, err, "file" in job ? warnings : undefined);
  }
  port.postMessage(answer);
}

// The pool may send the next job before this one is answered: each message is one job, run to
// its end (the source file read with blocking calls: asynchronous reads took several turns of
// this thread's event loop, each one behind the extraction running, and left the thread idle
// 10-15% of a build), so jobs run one after another, in the order they came.
port.on("message", (message: ThreadJob | ThreadLexicon) => {
  if (!lexiconFollows) {
    run(message as ThreadJob);
    return;
  }
  lexiconFollows = false;
  lexicon = ownLexicon((message as ThreadLexicon).lexicon);
  // Another lexicon than the one prepared: its gazetteer is compiled now, before the first document.
  if (lexicon) module.prepareExtraction?.({ lexicon });
});
port.postMessage({ ready: true });
