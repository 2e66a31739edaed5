/**
 * An extraction module for the isolation tests: the small test extractor, except that a line
 * `SLOW <ms> <marker file>` writes the marker, keeps the thread busy for <ms>, then writes
 * `<marker file>.done`; a line `MEET <mine> <other> [<ms>]` writes <mine>, waits (busy, at most
 * <ms>, 60 s unless given) for <other>, and writes `<mine>.met` saying whether it came, which only
 * two threads at once can make true; and the word RECURSE recurses until the stack overflows, the
 * way a pathological sentence can.
 */
import { existsSync, writeFileSync } from "node:fs";
import type { Extraction, SourceDocument } from "../../src/model/types.ts";
import { fakeExtract } from "../unit/graph/_fake-extract.ts";

function recurse(depth: number): number {
  return recurse(depth + 1) + 1;
}

/** Extracts like fakeExtract, after the slow or overflowing behaviour the text asks for. */
export function extractDocument(doc: SourceDocument): Extraction {
  const slow = /^SLOW (\d+) (\S+)$/m.exec(doc.text);
  if (slow) {
    writeFileSync(slow[2]!, "started");
    const end = Date.now() + Number(slow[1]);
    while (Date.now() < end) {
      // busy: the thread that runs this does nothing else
    }
    writeFileSync(`${slow[2]!}.done`, "finished");
  }
  const meet = /^MEET (\S+) (\S+)(?: (\d+))?$/m.exec(doc.text);
  if (meet) {
    writeFileSync(meet[1]!, "here");
    const end = Date.now() + Number(meet[3] ?? 60_000);
    while (!existsSync(meet[2]!) && Date.now() < end) {
      // busy until the other document is being extracted too
    }
    writeFileSync(`${meet[1]!}.met`, existsSync(meet[2]!) ? "yes" : "no");
  }
  if (doc.text.includes("RECURSE")) recurse(0);
  return fakeExtract(doc);
}

/** The user-lexicon entry point of an extraction module (no lexicon here). */
export function loadUserLexicon(): [] {
  return [];
}

/** This module's URL. */
export const SLOW_EXTRACT_MODULE_URL = import.meta.url;
