/**
 * Full-text search over the documents' titles and texts with SQLite FTS5. The user's words are
 * quoted one by one (so no FTS5 syntax gets through), the last one as a prefix; each hit carries a
 * plain-text snippet and the offsets of the matched words in it, never markup.
 */
import { LETTER_OR_DIGIT_RUNS } from "../../model/letters.ts";
import type { DocumentSearchHit } from "../types.ts";
import type { Db } from "./open.ts";

/** Longest query searched (characters). */
export const MAX_SEARCH_LENGTH = 200;
/** Most hits one search returns. */
export const MAX_SEARCH_HITS = 100;

/** One document found by text: a plain-text snippet and the UTF-16 offsets of its matched words (end exclusive). */
export type DocumentHit = DocumentSearchHit;

const OPEN = "\u0002";
const CLOSE = "\u0003";

/** The FTS5 query of free text: every word quoted, the last one a prefix; null when there is no word. */
export function toFtsQuery(text: string): string | null {
  const words = text.slice(0, MAX_SEARCH_LENGTH).match(LETTER_OR_DIGIT_RUNS);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** Splits a snippet marked with OPEN/CLOSE into plain text and highlight offsets. */
export function toHighlights(marked: string): Pick<DocumentHit, "snippet" | "highlights"> {
  let snippet = "";
  const highlights: { start: number; end: number }[] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === OPEN) start = snippet.length;
    else if (ch === CLOSE) {
      if (start >= 0) highlights.push({ start, end: snippet.length });
      start = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

/** Finds documents by text, best first. */
export function searchDocuments(db: Db, text: string, limit = 20): DocumentHit[] {
  const query = toFtsQuery(text);
  if (query === null) return [];
  const rows = db
    .prepare(
      `SELECT d.id AS id, d.meta AS meta,
              snippet(documents_fts, 1, char(2), char(3), '…', 16) AS body,
              snippet(documents_fts, 0, char(2), char(3), '…', 16) AS head
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?`,
    )
    .all(query, Math.max(1, Math.min(MAX_SEARCH_HITS, Math.floor(limit)))) as {
    id: string;
    meta: string;
    body: string | null;
    head: string | null;
  }[];
  return rows.map((r) => {
    const meta = JSON.parse(r.meta) as {
      title?: string | null;
      outlet?: string | null;
      date?: string | null;
    };
    const marked = r.body && r.body.includes(OPEN) ? r.body : (r.head ?? r.body ?? "");
    return {
      id: r.id,
      title: meta.title ?? null,
      outlet: meta.outlet ?? null,
      date: meta.date ?? null,
      ...toHighlights(marked),
    };
  });
}
