/**
 * The graph file (`graph-data/graph.kg.json`): converting the store's state to the versioned
 * GraphFile and back, with validation that names what is wrong.
 */
import { readFile } from "node:fs/promises";
import { KgError } from "../model/errors.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import { writeFileAtomic, type FileWriter } from "./atomic-write.ts";
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphFile, type SourceRecord } from "./types.ts";

/** What a graph file holds once loaded. */
export interface LoadedGraphFile {
  graph: KgGraph;
  sources: SourceRecord[];
  updatedAt: string;
}

/** The GraphFile of a graph and its source records (sources sorted by id). */
export function toGraphFile(graph: KgGraph, sources: Iterable<SourceRecord>, updatedAt: string): GraphFile {
  const list = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    updatedAt,
    sources: list,
    graph: graph.export(),
  };
}

const invalid = (file: string, why: string): KgError =>
  new KgError("GRAPH_FILE_INVALID", `${file}: ${why}`, { file });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks a parsed graph file and turns it into a graph and records; throws GRAPH_FILE_INVALID. */
function fromGraphFile(data: unknown, file = "graph file"): LoadedGraphFile {
  if (!isObject(data)) throw invalid(file, "not a JSON object");
  if (data.format !== GRAPH_FORMAT)
    throw invalid(file, `format is '${String(data.format)}', expected '${GRAPH_FORMAT}'`);
  if (data.version !== GRAPH_FORMAT_VERSION) {
    throw invalid(
      file,
      `version ${String(data.version)} is not supported (this kg reads version ${GRAPH_FORMAT_VERSION}); rebuild with kg build`,
    );
  }
  if (!Array.isArray(data.sources)) throw invalid(file, "'sources' must be an array");
  for (const [i, s] of data.sources.entries()) {
    if (
      !isObject(s) ||
      typeof s.id !== "string" ||
      typeof s.text !== "string" ||
      typeof s.hash !== "string" ||
      !isObject(s.extraction) ||
      !Array.isArray(s.extraction.entities) ||
      !Array.isArray(s.extraction.relations)
    ) {
      throw invalid(file, `sources[${i}] is not a source record (id, hash, text, extraction)`);
    }
  }
  const g = data.graph;
  if (!isObject(g) || !Array.isArray(g.nodes) || !Array.isArray(g.edges))
    throw invalid(file, "'graph' must hold 'nodes' and 'edges' arrays");
  const graph = createKgGraph();
  try {
    graph.import({ nodes: g.nodes, edges: g.edges } as unknown as GraphFile["graph"]);
  } catch (err) {
    throw invalid(file, `graph does not load: ${(err as Error).message}`);
  }
  return {
    graph,
    sources: data.sources as unknown as SourceRecord[],
    updatedAt: String(data.updatedAt ?? ""),
  };
}

/** Reads a graph file; null when it does not exist. Throws GRAPH_FILE_INVALID when it is not one. */
export async function readGraphFile(path: string): Promise<LoadedGraphFile | null> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw invalid(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw invalid(path, "not valid JSON (truncated or edited?); rebuild with kg build");
  }
  return fromGraphFile(data, path);
}

/** Writes the graph file atomically (with `write`, writeFileAtomic by default). */
export async function writeGraphFile(
  path: string,
  file: GraphFile,
  write: FileWriter = writeFileAtomic,
): Promise<void> {
  await write(path, JSON.stringify(file));
}
