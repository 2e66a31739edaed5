/**
 * CSV writers: a nodes table and an edges table (RFC 4180), evidence flattened into
 * counts, the first sentence, the documents joined with "; ", and the full evidence as JSON.
 * Text cells a spreadsheet would run as formulas are neutralised (see csv-formula.ts).
 */
import type { ResolvedExportOptions } from "./settings.ts";
import { csvRow } from "./csv.ts";
import { neutraliseFormula } from "./csv-formula.ts";
import { joinList, summariseEdge } from "./summary.ts";
import type { ExportView } from "./view.ts";

/** Columns of the nodes table. */
const CSV_NODE_COLUMNS = ["id", "name", "type", "aliases", "mentions", "documents", "x", "y"] as const;

/** Columns of the edges table. */
const CSV_EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "relation",
  "weight",
  "evidence_count",
  "doc_count",
  "documents",
  "first_seen",
  "last_seen",
  "first_sentence",
  "evidence",
] as const;

/** One row with every text cell neutralised. */
function safeRow(fields: readonly (string | number | null)[]): string {
  return csvRow(fields.map((f) => (typeof f === "string" ? neutraliseFormula(f) : f)));
}

function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

/** Yields the nodes table, row by row. */
export function* csvNodePieces(view: ExportView, _options: ResolvedExportOptions): Generator<string> {
  yield csvRow(CSV_NODE_COLUMNS);
  for (const { key, attributes: a } of view.nodes()) {
    yield safeRow([
      key,
      a.name,
      a.type,
      joinList(a.aliases),
      finite(a.mentions) ?? 0,
      joinList(a.docs),
      finite(a.x),
      finite(a.y),
    ]);
  }
}

/** Yields the edges table, row by row. */
export function* csvEdgePieces(view: ExportView, options: ResolvedExportOptions): Generator<string> {
  yield csvRow(options.fullEvidence ? CSV_EDGE_COLUMNS : CSV_EDGE_COLUMNS.slice(0, -1));
  for (const { key, source, target, attributes: a } of view.edges()) {
    const s = summariseEdge(a);
    const row: (string | number | null)[] = [
      key,
      source,
      target,
      a.relation,
      finite(a.weight) ?? s.evidenceCount,
    ];
    row.push(s.evidenceCount, s.docCount, s.documents, s.firstSeen, s.lastSeen, s.firstSentence);
    if (options.fullEvidence) row.push(JSON.stringify(a.evidence));
    yield safeRow(row);
  }
}
