/**
 * The extraction the store and the CLI use: the pipeline of src/extract, loaded on first use
 * (opening a store or serving a graph loads no NLP model until something is extracted), and
 * the module URL that the store's extraction threads load (extract-pool.ts).
 */
import type * as ExtractPipeline from "../extract/index.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { Extraction, SourceDocument } from "../model/types.ts";
import { SOURCE_EXTRACT_MODULE_URL } from "./thread-bundle.ts";

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

/**
 * URL of the module the store's extraction threads load (src/extract); it exports
 * `extractDocument(doc, options)`. Tests point it at a small stand-in.
 */
export const EXTRACT_MODULE_URL: string = SOURCE_EXTRACT_MODULE_URL;
