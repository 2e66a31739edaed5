/**
 * Each edge's first evidence as JSON text, for query answers: the first pieces of an edge's
 * evidence as views (document, highlights), serialised once and kept for the next answers that
 * cross the edge, up to a bounded number of edges (the least recently used leave first, a
 * sixteenth of them at once when the cache is full). The edges an answer needs that are not
 * kept are read from the evidence source in one pass, as the JSON text the store keeps, and each
 * view's text is that text with the view's fields spliced in (views.ts toEvidenceViewText): no
 * piece of evidence is copied or serialised again. One cache belongs to one graph as it stands:
 * its owner clears it whenever the store changes. It keeps what an edge's evidence says, never
 * an answer.
 *
 * Texts are kept as strings. As UTF-8 buffers they would save each answer a few microseconds of
 * encoding, but small buffers are slices of shared 8 KB pools that one kept text keeps alive: in
 * a simulated churn of 20,000 kept texts of 450 bytes, 129 MB of RSS against 113 MB as strings
 * (151 MB with a buffer of its own per text).
 */
import type { EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import type { SourceRecord } from "../graph/types.ts";
import { evidenceViewsTextOf, type SourceMetas, type Sources } from "./views.ts";

/** The JSON text of edges' evidence views, by edge key. */
export interface EvidenceTexts {
  /** The JSON text (an array of evidence views) of each listed edge of the graph. */
  textsOf(keys: ReadonlySet<string>): Map<string, string>;
  /** Forgets every kept text (the store changed). */
  clear(): void;
  /** How many edges' texts are kept. */
  readonly size: number;
}

/** What an EvidenceTexts reads and how much it keeps. */
export interface EvidenceTextsOptions {
  /** Pieces of evidence written per edge. */
  limit: number;
  /** Most edges whose text is kept (0 keeps none). */
  capacity: number;
}

/** Evidence texts over `graph` (names to highlight), `sources` (document metadata) and `evidence`. */
export function createEvidenceTexts(
  graph: KgGraph,
  sources: Sources,
  evidence: EvidenceSource,
  options: EvidenceTextsOptions,
): EvidenceTexts {
  const { limit, capacity } = options;
  /** Each document's metadata as first looked up while the texts are kept (a store makes a record on each lookup). */
  const metas = new Map<string, { meta: SourceRecord["meta"] } | undefined>();
  const metasOf: SourceMetas = {
    get(doc) {
      if (metas.has(doc)) return metas.get(doc);
      const record = sources.get(doc);
      const found = record && { meta: record.meta };
      metas.set(doc, found);
      return found;
    },
  };
  /** Texts by edge key, least recently used first. */
  const kept = new Map<string, string>();

  // A full cache drops its oldest sixteenth at once: a Map walked from its start passes every
  // slot deleted since it was last compacted, so dropping one edge per miss walked thousands of
  // them (about 16 µs per miss at 20,000 edges, against under 1 µs in batches).
  const keep = (key: string, text: string): void => {
    if (capacity <= 0) return;
    kept.set(key, text);
    if (kept.size <= capacity) return;
    let drop = kept.size - capacity + Math.floor(capacity / 16);
    for (const old of kept.keys()) {
      kept.delete(old);
      if (--drop <= 0) break;
    }
  };

  return {
    textsOf(keys) {
      const out = new Map<string, string>();
      const missing: string[] = [];
      for (const key of keys) {
        const text = kept.get(key);
        if (text === undefined) missing.push(key);
        else {
          kept.delete(key); // used again: it moves to the most recent end
          kept.set(key, text);
          out.set(key, text);
        }
      }
      if (missing.length === 0) return out;
      const pages = evidence.pageTextsOf(missing, { limit });
      for (const key of missing) {
        const text = evidenceViewsTextOf(
          graph,
          metasOf,
          pages.get(key) ?? [],
          graph.source(key),
          graph.target(key),
        );
        out.set(key, text);
        keep(key, text);
      }
      return out;
    },
    clear: () => {
      kept.clear();
      metas.clear();
    },
    get size() {
      return kept.size;
    },
  };
}
