/**
 * Export entry points: `exportChunks` yields a format's text in ~64 KB pieces (never the
 * whole file), and `writeExport` writes those pieces to a file one at a time, atomically.
 */
import { writeFileAtomic } from "../graph/atomic-write.ts";
import { KgError } from "../model/errors.ts";
import type { EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import { csvEdgePieces, csvNodePieces } from "./csv-writer.ts";
import { gexfPieces } from "./gexf-writer.ts";
import { graphmlPieces } from "./graphml-writer.ts";
import { jsonPieces } from "./json-writer.ts";
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from "./settings.ts";
import { batched } from "./summary.ts";
import { EXPORT_FORMATS, type ExportFormat } from "./types.ts";
import { createExportView, type ExportView } from "./view.ts";

/** The HTTP content type of each format. */
export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  gexf: "application/gexf+xml; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  "csv-nodes": "text/csv; charset=utf-8; header=present",
  "csv-edges": "text/csv; charset=utf-8; header=present",
};

/** The usual file extension of each format (for download names). */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  gexf: ".gexf",
  graphml: ".graphml",
  json: ".json",
  "csv-nodes": ".nodes.csv",
  "csv-edges": ".edges.csv",
};

type PieceWriter = (view: ExportView, options: ResolvedExportOptions) => Iterable<string>;

const WRITERS: Readonly<Record<ExportFormat, PieceWriter>> = {
  gexf: gexfPieces,
  graphml: graphmlPieces,
  json: jsonPieces,
  "csv-nodes": csvNodePieces,
  "csv-edges": csvEdgePieces,
};

/** True when `value` names an export format. */
function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The export of `graph` in `format`, as pieces of about `chunkSize` characters; evidence the
 * graph does not hold is read from `evidence` edge by edge. Options are checked before the first
 * piece (INVALID_OPTION, UNSUPPORTED_FORMAT).
 */
export function exportChunks(
  graph: KgGraph,
  format: ExportFormat,
  options: ExportOptions = {},
  evidence?: EvidenceSource,
): Iterable<string> {
  if (!isExportFormat(format)) {
    throw new KgError(
      "UNSUPPORTED_FORMAT",
      `export: unknown format '${String(format)}' (use ${EXPORT_FORMATS.join(", ")})`,
      { field: "format" },
    );
  }
  const resolved = resolveExportOptions(options);
  const view = createExportView(graph, resolved.filter, evidence);
  return batched(WRITERS[format](view, resolved), resolved.chunkSize);
}

/** Streams the export to `filePath`, atomically (see writeFileAtomic); the folder must exist. */
export async function writeExport(
  graph: KgGraph,
  format: ExportFormat,
  filePath: string,
  options: ExportOptions = {},
  evidence?: EvidenceSource,
): Promise<void> {
  await writePieces(exportChunks(graph, format, options, evidence), filePath);
}

/** Writes `chunks` to `filePath` atomically (WRITE_FAILED naming the file when it cannot). */
export async function writePieces(chunks: Iterable<string>, filePath: string): Promise<void> {
  try {
    await writeFileAtomic(filePath, chunks, { createDir: false });
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError("WRITE_FAILED", `export: cannot write '${filePath}': ${(err as Error).message}`, {
      path: filePath,
    });
  }
}
