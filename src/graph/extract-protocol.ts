/**
 * The messages between the extraction pool (main thread) and its worker threads: what a thread
 * is started with, one job (a document, or a source file the thread reads itself), and one answer
 * (the extraction, or the error as plain data). A source file's extraction comes back as the JSON
 * text the store writes, so the main thread neither rebuilds nor re-serialises its objects.
 */
import type { Lexicon } from "../extract/lexicon-schema.ts";
import type { ErrorCode } from "../model/errors.ts";
import type { Extraction, SourceDocument, SourceMeta } from "../model/types.ts";
import type { ExtractionRows } from "./extraction-rows.ts";
import type { ExtractOptions } from "./extractor.ts";
import type { SourceSettings } from "./sources.ts";

/**
 * A thread's start data: the extraction module's URL and the lexicon its jobs extract with when
 * they carry none (sent once per thread, not with every document).
 */
export interface ThreadData {
  module: string;
  lexicon: Lexicon | null;
  /**
   * A thread started before its pool (see startExtractThreads): its first message is
   * `{ lexicon }`, the lexicon to use instead of `lexicon`.
   */
  lexiconFollows?: boolean;
}

/** The first message to a thread started before its pool: the pool's lexicon. */
export interface ThreadLexicon {
  lexicon: Lexicon | null;
}

/** A source file to read, hash and (when it changed) extract in a thread. */
export interface FileJobInput {
  /** The document id the file gets. */
  id: string;
  path: string;
  settings: SourceSettings;
  /**
   * What the store recorded for this document: a file whose hash (with `hashSuffix`) and metadata
   * (as JSON) match is unchanged and is not extracted.
   */
  known: { hash: string; meta: string } | null;
  /** Appended to the bytes' hash to compare with `known.hash` (the user lexicon's fingerprint). */
  hashSuffix: string;
}

/** One job: a document to extract, or a source file to read and extract. */
export type ThreadJob =
  | { id: number; doc: SourceDocument; options: ExtractOptions | undefined }
  | { id: number; file: FileJobInput; options: ExtractOptions | undefined };

/** A source file read in a thread: unchanged, or read and extracted. */
export type FileResult =
  | { unchanged: true; warnings: string[] }
  | {
      unchanged: false;
      warnings: string[];
      /** sha256 of the file's bytes (without the suffix). */
      hash: string;
      /** sha256 of the document's text. */
      contentHash: string;
      text: string;
      meta: SourceMeta;
      extraction: ExtractionRows;
      entityCount: number;
      relationCount: number;
    };

/** A failed extraction as plain data: a KgError's code and details, or a stack overflow flag. */
export interface ThreadError {
  code: ErrorCode | null;
  message: string;
  details?: Record<string, unknown> | undefined;
  overflow?: boolean;
  /** A source file's warnings (read before the failure). */
  warnings?: string[];
}

/** What a thread answers: first `{ ready: true }`, then one answer per job. */
export type ThreadAnswer =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: true; file: FileResult }
  | { id: number; ok: false; error: ThreadError };
