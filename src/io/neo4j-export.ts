/**
 * `kg export --format neo4j`: writes a folder of neo4j-admin import CSV files, the
 * `import.cypher` script that loads the same files with LOAD CSV and MERGE, and a README.txt
 * giving both commands. Each file is streamed and renamed into place when complete.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { batched } from "./summary.ts";
import { writePieces } from "./export.ts";
import { exportReadme, importScript } from "./neo4j-cypher.ts";
import { planNeo4jCsv } from "./neo4j-csv.ts";
import { resolveExportOptions, type ExportOptions } from "./settings.ts";
import { createExportView } from "./view.ts";
import type { EvidenceSource } from "../model/evidence.ts";

/** The name of the Cypher script in an export folder. */
export const NEO4J_SCRIPT = "import.cypher";
/** The name of the README in an export folder. */
export const NEO4J_README = "README.txt";

/** What a Neo4j export wrote. */
export interface Neo4jExportReport {
  folder: string;
  files: string[];
  nodes: number;
  edges: number;
  evidence: number;
  arrayDelimiter: string;
}

/** Writes the Neo4j export of `graph` into `folder` (created when missing); evidence the graph does not hold is read from `evidence`. */
export async function writeNeo4jExport(
  graph: KgGraph,
  folder: string,
  options: ExportOptions = {},
  source?: EvidenceSource,
): Promise<Neo4jExportReport> {
  const resolved = resolveExportOptions(options);
  const view = createExportView(graph, resolved.filter, source);
  const plan = planNeo4jCsv(view);
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    throw new KgError("WRITE_FAILED", `export: cannot create '${folder}': ${(err as Error).message}`, {
      path: folder,
    });
  }
  const files: string[] = [];
  for (const file of [...plan.nodeFiles, ...plan.relationshipFiles]) {
    const path = join(folder, file.name);
    await writePieces(batched(file.pieces(), resolved.chunkSize), path);
    files.push(path);
  }
  for (const [name, text] of [
    [NEO4J_SCRIPT, importScript(plan)],
    [NEO4J_README, exportReadme(plan, folder)],
  ] as const) {
    const path = join(folder, name);
    await writePieces([text], path);
    files.push(path);
  }
  let evidence = 0;
  for (const edge of view.edges()) evidence += edge.attributes.evidence.length;
  return {
    folder,
    files,
    nodes: view.nodeCount,
    edges: view.edgeCount,
    evidence,
    arrayDelimiter: plan.arrayDelimiter,
  };
}
