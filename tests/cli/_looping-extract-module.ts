/**
 * An extraction module for the CLI's time-budget tests: the small test extractor, except that a
 * document with the line `LOOP` never ends, the way a rule that loops on one sentence never did.
 */
import type { Extraction, SourceDocument } from "../../src/model/types.ts";
import { fakeExtract } from "../unit/graph/_fake-extract.ts";

/** Extracts like fakeExtract; a `LOOP` line loops forever. */
export function extractDocument(doc: SourceDocument): Extraction {
  if (/^LOOP$/m.test(doc.text)) {
    for (;;) {
      // busy forever: only terminating the thread ends it
    }
  }
  return fakeExtract(doc);
}

/** This module's URL. */
export const LOOPING_EXTRACT_MODULE_URL = import.meta.url;
