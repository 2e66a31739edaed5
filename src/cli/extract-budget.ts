/**
 * Extraction with a time budget per document, for the commands that extract without a store
 * (`kg extract`, `kg eval`): their documents go through the extraction pool that `kg build` and
 * the server use (worker threads, src/graph/extract-pool.ts). A document whose extraction loops
 * or stalls fails with EXTRACTION_TIMEOUT once past its budget, one that crashes the extractor
 * with EXTRACTION_FAILED, and the other documents are still extracted; the command reports each
 * failure and exits 1. Extraction in the process itself could not be stopped: one looping
 * sentence hung the command forever.
 */
import { createExtractPool, type StartedThreads } from "../graph/extract-pool.ts";
import type { ExtractOptions } from "../graph/extractor.ts";
import { isKgError, KgError } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { Lexicon } from "../extract/lexicon-schema.ts";
import { secondsToMs } from "./number-options.ts";

/**
 * Default budget of one document in the CLI, in seconds. A long news article takes well under a
 * second; the budget only stops a loop, and is generous so that a machine busy with other work
 * never refuses a real article.
 */
export const CLI_EXTRACT_TIMEOUT_S = 60;

/** The `--timeout` option of the commands that extract: its flags, help and parser (seconds to ms). */
export const TIMEOUT_OPTION = {
  flags: "--timeout <seconds>",
  description: `time budget of one document's extraction in seconds; a document over it fails with EXTRACTION_TIMEOUT and the others go on (default ${CLI_EXTRACT_TIMEOUT_S})`,
  parse: secondsToMs(),
} as const;

/** One document's outcome: its extraction, or the typed error it failed with. */
export type DocumentOutcome =
  | { doc: SourceDocument; extraction: Extraction; error?: undefined }
  | { doc: SourceDocument; extraction?: undefined; error: KgError };

/** How the documents are extracted. */
export interface BudgetOptions {
  /** Time budget of one document, in milliseconds (default CLI_EXTRACT_TIMEOUT_S). */
  timeoutMs?: number;
  /** The lexicon to extract with (sent once to the thread). */
  lexicon: Lexicon;
  /** The other extraction options (headline relations, the learned scorer). */
  options?: Omit<ExtractOptions, "lexicon">;
  /** A thread started ahead (runCli's, CliContext.extractThreads), taken as the pool's thread. */
  started?: StartedThreads | undefined;
}

/** A pool's rejection as a KgError naming the document (the pool only rejects with KgErrors). */
function failureOf(doc: SourceDocument, reason: unknown): KgError {
  if (isKgError(reason)) return reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  return new KgError("EXTRACTION_FAILED", `${doc.id}: extraction failed: ${message}`, { source: doc.id });
}

/**
 * Extracts each document in an extraction thread with a time budget and resolves to one outcome
 * per document, in their order; a failed document never stops the others. The thread is ended
 * before this resolves.
 */
export async function extractEach(
  docs: readonly SourceDocument[],
  budget: BudgetOptions,
): Promise<DocumentOutcome[]> {
  const pool = createExtractPool({
    workers: 1,
    timeoutMs: budget.timeoutMs ?? CLI_EXTRACT_TIMEOUT_S * 1000,
    lexicon: budget.lexicon,
    ...(budget.started && { started: budget.started }),
  });
  const options: ExtractOptions = { ...budget.options, lexicon: budget.lexicon };
  try {
    const settled = await Promise.allSettled(docs.map((doc) => pool.extract(doc, options)));
    return settled.map((s, i): DocumentOutcome => {
      const doc = docs[i]!;
      return s.status === "fulfilled"
        ? { doc, extraction: s.value }
        : { doc, error: failureOf(doc, s.reason) };
    });
  } finally {
    await pool.close();
  }
}
