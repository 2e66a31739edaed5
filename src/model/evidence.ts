/**
 * Where an edge's evidence is read from. A graph built in memory (buildGraph, imports) holds
 * each edge's evidence in its attributes; the store's graph keeps only counts and dates and
 * reads the evidence from its database when asked. Both answer through an EvidenceSource, so
 * views, queries and exporters never need to know which graph they walk. And the counts and
 * dates an edge keeps of its evidence.
 */
import { type DateRange, widenRange } from "./dates.ts";
import type { KgGraph } from "./graph.ts";
import type { EdgeAttributes, Evidence } from "./types.ts";

/** A slice of an edge's evidence list: `offset` pieces skipped, at most `limit` returned. */
export interface EvidencePage {
  offset?: number;
  limit?: number;
}

/** What timelines and filters need of one piece of evidence, without its sentence. */
export interface EvidenceMark {
  date: string | null;
  eventDate: string | null;
  headline: boolean;
}

/** Reads edges' evidence, in the order it was stored. */
export interface EvidenceSource {
  /** An edge's evidence (a page of it when `page` is given); empty for an unknown edge. */
  evidenceOf(edge: string, page?: EvidencePage): Evidence[];
  /**
   * The same page of each listed edge's evidence, read in one pass, each piece as its JSON text
   * (what a store keeps, so writers can splice it into answers unparsed); unknown edges are left out.
   */
  pageTextsOf(edges: readonly string[], page: EvidencePage): Map<string, string[]>;
  /** The dates and headline flags of each listed edge's evidence, in one pass. */
  marksOf(edges: Iterable<string>): Map<string, EvidenceMark[]>;
}

/** The counts and dates an edge keeps of its evidence. */
export type EvidenceSummary = Pick<
  EdgeAttributes,
  "weight" | "docs" | "firstSeen" | "lastSeen" | "firstEvent" | "lastEvent"
>;

/**
 * An edge's weight, distinct documents and first/last dates (of its reports and of its events)
 * from its evidence: what the graph keeps of the evidence beside it, and what an import rebuilds.
 */
export function summarizeEvidence(evidence: readonly Evidence[]): EvidenceSummary {
  const docs = new Set<string>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  const events: DateRange = { first: null, last: null };
  for (const e of evidence) {
    docs.add(e.doc);
    if (e.date) {
      if (firstSeen === null || e.date < firstSeen) firstSeen = e.date;
      if (lastSeen === null || e.date > lastSeen) lastSeen = e.date;
    }
    widenRange(events, e.eventDate);
  }
  return {
    weight: evidence.length,
    docs: docs.size,
    firstSeen,
    lastSeen,
    firstEvent: events.first,
    lastEvent: events.last,
  };
}

/** The page of a list (whole list without a page). */
export function pageOf<T>(list: readonly T[], page?: EvidencePage): T[] {
  const offset = Math.max(0, page?.offset ?? 0);
  const end = page?.limit === undefined ? list.length : offset + Math.max(0, page.limit);
  return list.slice(offset, end);
}

/** The mark of a piece of evidence. */
export function toMark(e: Evidence): EvidenceMark {
  return { date: e.date ?? null, eventDate: e.eventDate ?? null, headline: e.headline === true };
}

/**
 * The evidence held in a graph's edge attributes; an edge that holds none (the store's graph
 * keeps it in its database) is read from `fallback`.
 */
export function graphEvidence(graph: KgGraph, fallback?: EvidenceSource): EvidenceSource {
  const held = (edge: string): Evidence[] | undefined =>
    graph.hasEdge(edge) ? graph.getEdgeAttribute(edge, "evidence") : undefined;
  return {
    evidenceOf(edge, page) {
      const list = held(edge);
      if (list) return pageOf(list, page);
      if (fallback) return fallback.evidenceOf(edge, page);
      if (!graph.hasEdge(edge)) return [];
      // Answering "no evidence" here would lose it silently: the caller forgot the store's source.
      throw new Error(`evidence: edge '${edge}' holds no evidence and no EvidenceSource was given`);
    },
    pageTextsOf(edges, page) {
      const out = new Map<string, string[]>();
      const rest: string[] = [];
      for (const edge of edges) {
        const list = held(edge);
        if (list)
          out.set(
            edge,
            pageOf(list, page).map((e) => JSON.stringify(e)),
          );
        else if (graph.hasEdge(edge)) rest.push(edge);
      }
      if (rest.length > 0 && !fallback)
        throw new Error(`evidence: edge '${rest[0]}' holds no evidence and no EvidenceSource was given`);
      if (fallback && rest.length > 0) for (const [k, v] of fallback.pageTextsOf(rest, page)) out.set(k, v);
      return out;
    },
    marksOf(edges) {
      const out = new Map<string, EvidenceMark[]>();
      const rest: string[] = [];
      for (const edge of edges) {
        const list = held(edge);
        if (list) out.set(edge, list.map(toMark));
        else if (graph.hasEdge(edge)) rest.push(edge);
      }
      if (rest.length > 0 && !fallback)
        throw new Error(`evidence: edge '${rest[0]}' holds no evidence and no EvidenceSource was given`);
      if (fallback && rest.length > 0) for (const [k, v] of fallback.marksOf(rest)) out.set(k, v);
      return out;
    },
  };
}

/**
 * A copy of a graph whose edges hold all of their evidence (read from `source` where they hold
 * none) and no headline count: the graph as it would have been built in memory.
 */
export function graphWithEvidence(graph: KgGraph, source?: EvidenceSource): KgGraph {
  const from = graphEvidence(graph, source);
  const copy = graph.emptyCopy();
  graph.forEachEdge((edge, attrs, s, t) => {
    const { headlines: _h, evidence: _e, ...rest } = attrs;
    copy.addEdgeWithKey(edge, s, t, { ...rest, evidence: from.evidenceOf(edge) });
  });
  return copy;
}

/** True when every piece of an edge's evidence is a headline (read from its evidence when held, else its count). */
export function isHeadlineOnly(attrs: EdgeAttributes): boolean {
  if (attrs.evidence) return attrs.evidence.length > 0 && attrs.evidence.every((e) => e.headline === true);
  return attrs.weight > 0 && attrs.headlines === attrs.weight;
}
