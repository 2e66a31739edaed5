/**
 * CSV reader: the nodes and edges tables kg writes (FILE.nodes.csv + FILE.edges.csv, or one
 * file with "# nodes" / "# edges" section lines), or a lone edges table whose ends become nodes.
 */
import { KgError } from "../model/errors.ts";
import type { ImportBuilder } from "./builder.ts";
import { parseCsv } from "./csv.ts";
import { restoreFormula } from "./csv-formula.ts";
import { fileSource, type TextSource } from "./source.ts";

/** The section line that starts the nodes table in a one-file CSV export. */
export const CSV_NODES_SECTION = "# nodes";
/** The section line that starts the edges table in a one-file CSV export. */
export const CSV_EDGES_SECTION = "# edges";

/** The two file names of a CSV pair, from either of them (`X.nodes.csv` / `X.edges.csv`), or null. */
export function csvPairPaths(filePath: string): { nodes: string; edges: string } | null {
  const match = /^(.*)\.(nodes|edges)\.csv$/i.exec(filePath);
  if (!match) return null;
  return { nodes: `${match[1]}.nodes.csv`, edges: `${match[1]}.edges.csv` };
}

function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const names = header.map((h) => h.trim().toLowerCase());
  return body.map((row) => Object.fromEntries(names.map((n, i) => [n, restoreFormula(row[i] ?? "")])));
}

/** Splits a one-file export into its two tables by the section lines. */
function splitCsvSections(text: string): { nodes: string | null; edges: string | null } {
  const lines = text.split(/\r?\n/);
  const nodesAt = lines.findIndex((l) => l.trim() === CSV_NODES_SECTION);
  const edgesAt = lines.findIndex((l) => l.trim() === CSV_EDGES_SECTION);
  if (edgesAt === -1)
    return {
      nodes: nodesAt === -1 ? null : lines.slice(nodesAt + 1).join("\n"),
      edges: nodesAt === -1 ? text : null,
    };
  return {
    nodes:
      nodesAt === -1 ? null : lines.slice(nodesAt + 1, edgesAt > nodesAt ? edgesAt : undefined).join("\n"),
    edges: lines.slice(edgesAt + 1, nodesAt > edgesAt ? nodesAt : undefined).join("\n"),
  };
}

/** Feeds the two tables (either may be null) into the builder. */
function readCsvTables(nodesText: string | null, edgesText: string | null, builder: ImportBuilder): void {
  const seen = new Set<string>();
  for (const { id, key, name, label, ...rest } of nodesText ? records(parseCsv(nodesText)) : []) {
    const nodeId = id || key || name || label || "";
    if (!nodeId) continue;
    seen.add(nodeId);
    builder.addNode({ id: nodeId, label: name || label || undefined, attributes: rest });
  }
  const edges = edgesText ? records(parseCsv(edgesText)) : [];
  for (const { source, target, label, kind, ...rest } of edges) {
    for (const end of [source, target]) {
      if (end && !seen.has(end)) {
        if (nodesText) builder.warn("edge ends missing from the nodes table were added as nodes");
        seen.add(end);
        builder.addNode({ id: end, attributes: {} });
      }
    }
    builder.addEdge({ source: source ?? "", target: target ?? "", label, kind, attributes: rest });
  }
}

/** Reads a CSV export (a pair of tables next to each other, or one text with sections) into the builder. */
export async function readCsv(source: TextSource, builder: ImportBuilder): Promise<void> {
  const pair = source.path ? csvPairPaths(source.path) : null;
  if (pair) {
    const read = (path: string): Promise<string | null> =>
      fileSource(path)
        .text()
        .catch(() => null);
    const [nodes, edges] = await Promise.all([read(pair.nodes), read(pair.edges)]);
    if (nodes === null && edges === null)
      throw new KgError("FILE_NOT_FOUND", `import: cannot read '${source.path}'`, { path: source.path });
    if (nodes === null) builder.warn("nodes tables were missing; nodes were made from the edges");
    readCsvTables(nodes, edges, builder);
    return;
  }
  const sections = splitCsvSections(await source.text());
  readCsvTables(sections.nodes, sections.edges, builder);
}
