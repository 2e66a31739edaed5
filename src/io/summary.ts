/**
 * Flat summaries of domain attributes shared by every writer: the first sentence, the
 * documents joined, the evidence dates, lists joined with "; ", and the batching of pieces.
 */
import { type DateSpan, dateSpan } from "../model/dates.ts";
import type { Evidence } from "../model/types.ts";
import type { ExportEdgeAttributes } from "./view.ts";

/** Separator of list values in flat formats (aliases, documents). */
const LIST_SEPARATOR = "; ";

/** Joins a list for a flat attribute. */
export function joinList(values: readonly string[] | undefined): string {
  return values?.length ? values.join(LIST_SEPARATOR) : "";
}

/** Splits a flat list attribute back (accepts "; ", ";", "|" separators and a `[a, b]` list). */
export function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter((v) => v.length > 0);
  if (typeof value !== "string") return [];
  let text = value.trim();
  if (text.startsWith("[") && text.endsWith("]")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String).filter((v) => v.length > 0);
    } catch {
      text = text.slice(1, -1);
      return text
        .split(",")
        .map((v) => v.trim().replace(/^['"]|['"]$/g, ""))
        .filter((v) => v.length > 0);
    }
  }
  return text
    .split(/;|\|/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The day of an evidence date (`YYYY-MM-DD`), or null when it has none or it is not a date. */
export function evidenceDay(evidence: Evidence): string | null {
  const date = evidence.date;
  if (!date || date.length < 10) return null;
  const day = date.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** The days an evidence's event covers (its event date at its precision), else its publication day. */
export function evidenceSpan(evidence: Evidence): DateSpan | null {
  if (evidence.eventDate) {
    const span = dateSpan(evidence.eventDate);
    if (span) return span;
  }
  const day = evidenceDay(evidence);
  return day ? { start: day, end: day } : null;
}

/** Spans sorted by start, overlapping ones joined. */
export function mergeSpans(spans: Iterable<DateSpan>): DateSpan[] {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: DateSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else out.push({ ...span });
  }
  return out;
}

/** The event spans of an edge's evidence, sorted and joined where they overlap. */
export function edgeSpans(attrs: ExportEdgeAttributes): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const e of attrs.evidence) {
    const span = evidenceSpan(e);
    if (span) spans.push(span);
  }
  return mergeSpans(spans);
}

/** The distinct documents of an edge's evidence, in order of first appearance. */
function edgeDocuments(attrs: ExportEdgeAttributes): string[] {
  const evidence = attrs.evidence;
  if (evidence.length === 1) return [evidence[0]!.doc];
  return [...new Set(evidence.map((e) => e.doc))];
}

/** The flat facts every format writes about an edge. */
export interface EdgeSummary {
  evidenceCount: number;
  docCount: number;
  documents: string;
  firstSentence: string;
  firstSeen: string;
  lastSeen: string;
}

/** Summarises an edge's evidence into flat values. */
export function summariseEdge(attrs: ExportEdgeAttributes): EdgeSummary {
  const documents = edgeDocuments(attrs);
  return {
    evidenceCount: attrs.evidence.length,
    docCount: documents.length,
    documents: joinList(documents),
    firstSentence: attrs.evidence[0]?.sentence ?? "",
    firstSeen: attrs.firstSeen ?? "",
    lastSeen: attrs.lastSeen ?? "",
  };
}

/** Joins small pieces into strings of about `size` characters (the last one may be shorter). */
export function* batched(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}
