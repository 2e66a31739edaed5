/**
 * The extraction function the store and the CLI use: injected in tests, otherwise the
 * pipeline of src/extract, loaded on first use (opening a store or serving a graph loads no
 * NLP model until something is extracted).
 */
import type * as ExtractPipeline from "../extract/index.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";

export type { ExtractOptions };

/** Extracts one document (sync or async). */
export type ExtractFn = (doc: SourceDocument, options?: ExtractOptions) => Extraction | Promise<Extraction>;

/** The pipeline's entry points (src/extract/index.ts). */
export type ExtractModule = typeof ExtractPipeline;

let loaded: Promise<ExtractModule> | null = null;

/** Loads src/extract once. */
export function loadExtractModule(): Promise<ExtractModule> {
  loaded ??= import("../extract/index.ts");
  return loaded;
}

/** The default extraction function: src/extract's extractDocument. */
export const defaultExtract: ExtractFn = async (doc, options) =>
  (await loadExtractModule()).extractDocument(doc, options);
