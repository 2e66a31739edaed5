/**
 * The curation records of graph-data/kg.db: adding one, marking one undone, and reading them
 * (all, to compile the plan a merge applies; or the newest first, for lists). The record's data
 * is kept as JSON; `seq` is its id.
 */
import type { CurationData, CurationKind, CurationRecord } from "../curation.ts";
import type { Db } from "./open.ts";

interface Row {
  seq: number;
  kind: string;
  target: string;
  data: string;
  created_at: string;
  undone_at: string | null;
}

const COLUMNS = "seq, kind, target, data, created_at, undone_at";

const toRecord = (r: Row): CurationRecord => ({
  id: r.seq,
  kind: r.kind as CurationKind,
  target: r.target,
  data: JSON.parse(r.data) as CurationData,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
});

/** Every record, oldest first. */
export function allCurationRecords(db: Db): CurationRecord[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM curation ORDER BY seq`).all() as Row[]).map(toRecord);
}

/** The newest records first, at most `limit`, before record id `before` when given. */
export function listCurationRecords(db: Db, limit: number, before?: number): CurationRecord[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM curation WHERE seq < ? ORDER BY seq DESC LIMIT ?`)
    .all(before ?? Number.MAX_SAFE_INTEGER, limit) as Row[];
  return rows.map(toRecord);
}

/** One record, or null. */
export function curationRecord(db: Db, id: number): CurationRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM curation WHERE seq = ?`).get(id) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** The newest record still in force (dismissals included), or null. */
export function latestActiveRecord(db: Db): CurationRecord | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM curation WHERE undone_at IS NULL ORDER BY seq DESC LIMIT 1`)
    .get() as Row | undefined;
  return row ? toRecord(row) : null;
}

/** Stores a record; returns it with its id. */
export function insertCurationRecord(
  db: Db,
  record: { kind: CurationKind; target: string; data: CurationData; createdAt: string },
): CurationRecord {
  const info = db
    .prepare("INSERT INTO curation (kind, target, data, created_at) VALUES (?, ?, ?, ?)")
    .run(record.kind, record.target, JSON.stringify(record.data), record.createdAt);
  return { ...record, id: Number(info.lastInsertRowid), undoneAt: null };
}

/** Where the nodes a record removed stood, by node id (an undo puts them back there). */
export function curationPositions(db: Db, id: number): Map<string, [number, number]> {
  const row = db.prepare("SELECT positions FROM curation WHERE seq = ?").get(id) as
    { positions: string } | undefined;
  return new Map(Object.entries(JSON.parse(row?.positions ?? "{}") as Record<string, [number, number]>));
}

/** Records where the nodes a record removed stood. */
export function setCurationPositions(db: Db, id: number, positions: Map<string, [number, number]>): void {
  db.prepare("UPDATE curation SET positions = ? WHERE seq = ?").run(
    JSON.stringify(Object.fromEntries(positions)),
    id,
  );
}

/** Marks a record undone at `at`. */
export function markCurationUndone(db: Db, id: number, at: string): void {
  db.prepare("UPDATE curation SET undone_at = ? WHERE seq = ?").run(at, id);
}
