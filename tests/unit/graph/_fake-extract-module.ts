/**
 * The small test extractor as an extraction module (the shape src/extract exports), for the
 * store's worker threads: `EXTRACT_MODULE_URL` is pointed here where a test wants no NLP model.
 */
import { fakeExtract } from "./_fake-extract.ts";

/** The fake extractor under the pipeline's name. */
export const extractDocument = fakeExtract;

/** This module's URL, for EXTRACT_MODULE_URL mocks and ExtractPool options. */
export const FAKE_EXTRACT_MODULE_URL = import.meta.url;
