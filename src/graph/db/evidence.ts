/**
 * The store's EvidenceSource: each edge's evidence read from kg.db's `evidence` table by edge
 * key, with prepared statements, a page at a time when asked; and the counts and dates of what
 * an edge keeps, computed by SQLite (so removing a document reads no sentence into memory).
 */
import Database, { type Statement } from "better-sqlite3";
import { widenRange, type DateRange } from "../../model/dates.ts";
import type { EvidenceMark, EvidencePage, EvidenceSource } from "../../model/evidence.ts";
import type { Evidence } from "../../model/types.ts";
import type { RemainingSummary } from "../document-ops.ts";
import type { Db } from "./open.ts";

/** Above this many edges, marks are read in one scan of the table rather than edge by edge. */
const SCAN_THRESHOLD = 2000;

interface MarkRow {
  d: string | null;
  e: string | null;
  h: number | null;
}

const MARKS =
  "json_extract(data, '$.date') AS d, json_extract(data, '$.eventDate') AS e, json_extract(data, '$.headline') AS h";

const toMark = (r: MarkRow): EvidenceMark => ({
  date: r.d ?? null,
  eventDate: r.e ?? null,
  headline: r.h === 1,
});

/** The evidence of a store's database (one connection's prepared statements). */
export class SqliteEvidence implements EvidenceSource {
  private readonly page: Statement;
  private readonly pages: Statement;
  private readonly firstOfPages: Statement;
  private readonly marks: Statement;
  private readonly allMarks: Statement;
  private readonly counts: Statement;
  private readonly events: Statement;

  constructor(db: Db) {
    this.page = db.prepare("SELECT data FROM evidence WHERE edge = ? ORDER BY seq LIMIT ? OFFSET ?").pluck();
    // One statement for many edges: each edge's page is its own bounded look-up in evidence_edge.
    this.pages = db
      .prepare(
        `SELECT e.edge, e.data FROM json_each(?) j JOIN evidence e ON e.seq IN
           (SELECT seq FROM evidence WHERE edge = j.value ORDER BY seq LIMIT ? OFFSET ?)
         ORDER BY e.seq`,
      )
      .raw();
    // Pages of one piece (what answers carry): one scalar look-up per edge, no join and no sort
    // (measured at about two thirds of the statement above's CPU time per edge).
    this.firstOfPages = db
      .prepare(
        `SELECT j.value, (SELECT data FROM evidence WHERE edge = j.value ORDER BY seq LIMIT 1 OFFSET @offset)
         FROM json_each(@edges) j`,
      )
      .raw();
    this.marks = db.prepare(`SELECT ${MARKS} FROM evidence WHERE edge = ? ORDER BY seq`);
    this.allMarks = db.prepare(`SELECT edge, ${MARKS} FROM evidence ORDER BY seq`);
    this.counts = db.prepare(
      `SELECT count(*) AS weight, count(DISTINCT doc) AS docs, min(d) AS firstSeen, max(d) AS lastSeen,
              coalesce(sum(h), 0) AS headlines
       FROM (SELECT doc, nullif(json_extract(data, '$.date'), '') AS d, json_extract(data, '$.headline') IS 1 AS h
             FROM evidence WHERE edge = ?)`,
    );
    this.events = db
      .prepare(
        `SELECT e FROM (SELECT json_extract(data, '$.eventDate') AS e, seq FROM evidence WHERE edge = ?)
         WHERE e IS NOT NULL GROUP BY e ORDER BY min(seq)`,
      )
      .pluck();
  }

  evidenceOf(edge: string, page?: EvidencePage): Evidence[] {
    const limit = page?.limit === undefined ? -1 : Math.max(0, Math.floor(page.limit));
    const offset = Math.max(0, Math.floor(page?.offset ?? 0));
    return (this.page.all(edge, limit, offset) as string[]).map((data) => JSON.parse(data) as Evidence);
  }

  pageTextsOf(edges: readonly string[], page: EvidencePage): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (edges.length === 0) return out;
    const limit = page.limit === undefined ? -1 : Math.max(0, Math.floor(page.limit));
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const keys = JSON.stringify([...new Set(edges)]);
    if (limit === 1) {
      for (const [edge, data] of this.firstOfPages.all({ edges: keys, offset }) as [string, string | null][])
        if (data !== null) out.set(edge, [data]);
      return out;
    }
    for (const [edge, data] of this.pages.all(keys, limit, offset) as [string, string][]) {
      const list = out.get(edge);
      if (list) list.push(data);
      else out.set(edge, [data]);
    }
    return out;
  }

  marksOf(edges: Iterable<string>): Map<string, EvidenceMark[]> {
    const wanted = new Set(edges);
    const out = new Map<string, EvidenceMark[]>();
    if (wanted.size > SCAN_THRESHOLD) {
      for (const r of this.allMarks.iterate() as Iterable<MarkRow & { edge: string }>) {
        if (!wanted.has(r.edge)) continue;
        const list = out.get(r.edge);
        if (list) list.push(toMark(r));
        else out.set(r.edge, [toMark(r)]);
      }
      return out;
    }
    for (const edge of wanted) {
      const rows = this.marks.all(edge) as MarkRow[];
      if (rows.length > 0) out.set(edge, rows.map(toMark));
    }
    return out;
  }

  /** The counts and dates of an edge's stored evidence (zero weight when it has none). */
  readonly remaining: RemainingSummary = (edge) => {
    const c = this.counts.get(edge) as {
      weight: number;
      docs: number;
      firstSeen: string | null;
      lastSeen: string | null;
      headlines: number;
    };
    const range: DateRange = { first: null, last: null };
    for (const date of this.events.all(edge) as string[]) widenRange(range, date);
    return {
      weight: c.weight,
      docs: c.docs,
      firstSeen: c.firstSeen,
      lastSeen: c.lastSeen,
      firstEvent: range.first,
      lastEvent: range.last,
      headlines: c.headlines,
    };
  };
}

/**
 * An EvidenceSource over a store file that no store holds open (a CLI command reads the graph,
 * closes the store, then answers): it opens the file read-only at the first read and closes it
 * once the current run of synchronous reads is over (on the next turn of the event loop).
 */
export function detachedEvidence(dbFile: string): EvidenceSource {
  let open: { db: Db; source: SqliteEvidence } | null = null;
  const source = (): SqliteEvidence => {
    if (!open) {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      open = { db, source: new SqliteEvidence(db) };
      setImmediate(() => {
        open?.db.close();
        open = null;
      }).unref?.();
    }
    return open.source;
  };
  return {
    evidenceOf: (edge, page) => source().evidenceOf(edge, page),
    pageTextsOf: (edges, page) => source().pageTextsOf(edges, page),
    marksOf: (edges) => source().marksOf(edges),
  };
}
