/**
 * The messages between the extraction pool (main thread) and its worker threads: what a thread
 * is started with, one job, and one answer (the extraction, or the error as plain data).
 */
import type { Lexicon } from "../extract/lexicon-schema.ts";
import type { ErrorCode } from "../model/errors.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import type { ExtractOptions } from "./extractor.ts";

/**
 * A thread's start data: the extraction module's URL and the lexicon its jobs extract with when
 * they carry none (sent once per thread, not with every document).
 */
export interface ThreadData {
  module: string;
  lexicon: Lexicon | null;
}

/** One document to extract. */
export interface ThreadJob {
  id: number;
  doc: SourceDocument;
  options: ExtractOptions | undefined;
}

/** A failed extraction as plain data: a KgError's code and details, or a stack overflow flag. */
export interface ThreadError {
  code: ErrorCode | null;
  message: string;
  details?: Record<string, unknown> | undefined;
  overflow?: boolean;
}

/** What a thread answers: first `{ ready: true }`, then one answer per job. */
export type ThreadAnswer =
  { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; error: ThreadError };
