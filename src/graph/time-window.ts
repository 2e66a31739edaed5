/**
 * Time windows over the graph: `from`/`to` keep the evidence whose event date (at its
 * precision) overlaps the window, `asOf` keeps the evidence published by that day. An edge
 * left without evidence disappears, and so does a node left without edges (unless the caller
 * keeps every node, as queries do so that actors stay known); the edges kept carry only the
 * evidence inside the window, with their counts and dates recomputed.
 */
import { KgError } from "../model/errors.ts";
import { dateSpan } from "../model/dates.ts";
import { graphEvidence, summarizeEvidence, type EvidenceSource } from "../model/evidence.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import type { EdgeAttributes, Evidence } from "../model/types.ts";

/** A time window: dates in ISO 8601 at any precision (`2024`, `2024-03`, `2024-03-15`). Absent bounds are open. */
export interface TimeWindow {
  /** Keep evidence whose event ends on or after the first day of this date. */
  from?: string;
  /** Keep evidence whose event starts on or before the last day of this date. */
  to?: string;
  /** Keep evidence published on or before the last day of this date (what was known then). */
  asOf?: string;
}

/** A window as days (`YYYY-MM-DD`, inclusive). */
export interface ResolvedTimeWindow {
  from: string | null;
  to: string | null;
  asOf: string | null;
}

function bound(field: keyof TimeWindow, value: string | undefined, side: "start" | "end"): string | null {
  if (value === undefined || value === "") return null;
  const span = dateSpan(value);
  if (!span)
    throw new KgError(
      "INVALID_OPTION",
      `time window: ${field} must be a date like 2024, 2024-03 or 2024-03-15, not '${value}'`,
      { field },
    );
  return span[side];
}

/** Checks a window and turns it into days; INVALID_OPTION names the bad field (or `from` when from > to). */
export function resolveTimeWindow(window: TimeWindow): ResolvedTimeWindow {
  const resolved = {
    from: bound("from", window.from, "start"),
    to: bound("to", window.to, "end"),
    asOf: bound("asOf", window.asOf, "end"),
  };
  if (resolved.from && resolved.to && resolved.from > resolved.to)
    throw new KgError("INVALID_OPTION", `time window: from (${window.from}) is after to (${window.to})`, {
      field: "from",
    });
  return resolved;
}

/** True when the window keeps everything. */
export function isOpenWindow(window: TimeWindow | ResolvedTimeWindow): boolean {
  return !window.from && !window.to && !window.asOf;
}

/** Whether one piece of evidence falls inside a resolved window. Undated evidence falls outside any bound it needs. */
export function inWindow(e: Evidence, w: ResolvedTimeWindow): boolean {
  if (w.asOf) {
    const published = e.date?.slice(0, 10);
    if (!published || published > w.asOf) return false;
  }
  if (w.from || w.to) {
    const span = e.eventDate ? dateSpan(e.eventDate) : e.date ? dateSpan(e.date.slice(0, 10)) : null;
    if (!span) return false;
    if (w.from && span.end < w.from) return false;
    if (w.to && span.start > w.to) return false;
  }
  return true;
}

/**
 * An edge's attributes restricted to a window, or null when none of its evidence is inside.
 * `evidence` is the edge's evidence (by default the one its attributes hold); an edge narrowed
 * to part of it holds that part in its attributes.
 */
export function edgeInWindow(
  attrs: EdgeAttributes,
  w: ResolvedTimeWindow,
  evidence: readonly Evidence[] = attrs.evidence ?? [],
): EdgeAttributes | null {
  const kept = evidence.filter((e) => inWindow(e, w));
  if (kept.length === 0) return null;
  if (kept.length === evidence.length) return attrs;
  return { ...attrs, evidence: kept, ...summarizeEvidence(kept) };
}

/** True when an edge's dates show that none of its evidence can be inside the window (so it need not be read). */
export function edgeOutsideWindow(attrs: EdgeAttributes, w: ResolvedTimeWindow): boolean {
  const seenFirst = attrs.firstSeen?.slice(0, 10) ?? null;
  const seenLast = attrs.lastSeen?.slice(0, 10) ?? null;
  if (w.asOf && (seenFirst === null || seenFirst > w.asOf)) return true;
  if (!w.from && !w.to) return false;
  const eventFirst = attrs.firstEvent ? dateSpan(attrs.firstEvent)?.start : undefined;
  const eventLast = attrs.lastEvent ? dateSpan(attrs.lastEvent)?.end : undefined;
  const starts = [seenFirst, eventFirst].filter((d): d is string => !!d);
  const ends = [seenLast, eventLast].filter((d): d is string => !!d);
  if (starts.length === 0 || ends.length === 0) return true;
  if (w.from && ends.every((d) => d < w.from!)) return true;
  if (w.to && starts.every((d) => d > w.to!)) return true;
  return false;
}

/**
 * A new graph holding what the window keeps (node attributes shared; edges narrowed to their
 * evidence inside). Edges whose attributes hold no evidence are read from `options.evidence`.
 */
export function windowGraph(
  graph: KgGraph,
  window: TimeWindow,
  options: { keepNodes?: boolean; evidence?: EvidenceSource } = {},
): KgGraph {
  const w = resolveTimeWindow(window);
  if (isOpenWindow(w)) return graph;
  const source = graphEvidence(graph, options.evidence);
  const out = createKgGraph();
  if (options.keepNodes) graph.forEachNode((node, attrs) => out.addNode(node, attrs));
  graph.forEachEdge((edge, attrs, source_, target, sourceAttrs, targetAttrs) => {
    if (!attrs.evidence && edgeOutsideWindow(attrs, w)) return;
    const kept = edgeInWindow(attrs, w, attrs.evidence ?? source.evidenceOf(edge));
    if (!kept) return;
    if (!out.hasNode(source_)) out.addNode(source_, sourceAttrs);
    if (!out.hasNode(target)) out.addNode(target, targetAttrs);
    out.addEdgeWithKey(edge, source_, target, kept);
  });
  return out;
}
