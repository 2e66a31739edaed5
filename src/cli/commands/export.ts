/**
 * `kg export`: writes the built graph (the store graph-data/kg.db) as GEXF 1.3, GraphML, JSON or
 * CSV, streamed, to a file (atomically) or to stdout, optionally filtered by entity type,
 * relation and evidence count. CSV writes FILE.nodes.csv and FILE.edges.csv, or both tables to
 * stdout after "# nodes" and "# edges" section lines. `neo4j` writes a folder of neo4j-admin
 * import CSV files, an import.cypher script and a README.txt (see src/io/neo4j-export.ts).
 */
import type { Command } from "commander";
import type { EventEmitter } from "node:events";
import { once } from "node:events";
import { resolve } from "node:path";
import { validateFilter, type GraphFilter } from "../../graph/filter.ts";
import { windowGraph } from "../../graph/time-window.ts";
import {
  CSV_EDGES_SECTION,
  CSV_NODES_SECTION,
  createExportView,
  EXPORT_EXTENSIONS,
  exportChunks,
  writeExport,
  type ExportFormat,
  type ExportOptions,
} from "../../io/index.ts";
import { writeNeo4jExport } from "../../io/neo4j-export.ts";
import type { EvidenceSource } from "../../model/evidence.ts";
import { KgError } from "../../model/errors.ts";
import type { EntityType, RelationType } from "../../model/ontology.ts";
import type { CliContext, TextSink } from "../context.ts";
import { dataDirOf, loadBuiltGraph } from "../data-dir.ts";
import { wholeNumber } from "../number-options.ts";
import { windowOf, withWindowOptions, type WindowFlags } from "./_query.ts";
import { DATA_OPTION } from "../data-option.ts";

/** The formats `kg export --format` accepts (csv = both tables). */
const CLI_EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "neo4j"] as const;
type CliExportFormat = (typeof CLI_EXPORT_FORMATS)[number];

/** The filter flags `kg export` and `kg push` share. */
export interface FilterFlags {
  types?: string;
  relations?: string;
  minEvidence?: number;
}

interface ExportFlags extends WindowFlags, FilterFlags {
  format: string;
  out?: string;
  static?: boolean;
  data?: string;
  json?: boolean;
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v.length > 0);
}

/** The GraphFilter of --types, --relations and --min-evidence. */
export function filterOf(flags: FilterFlags): GraphFilter {
  const filter: GraphFilter = {};
  const types = list(flags.types);
  const relations = list(flags.relations);
  if (types) filter.types = types as EntityType[];
  if (relations) filter.relations = relations as RelationType[];
  if (flags.minEvidence !== undefined) filter.minEvidence = flags.minEvidence;
  return validateFilter(filter);
}

/** Writes chunks to a sink, waiting for 'drain' when the sink is a stream that asks for it. */
async function pipeTo(sink: TextSink, chunks: Iterable<string>): Promise<void> {
  const emitter = sink as Partial<EventEmitter>;
  for (const chunk of chunks) {
    if (sink.write(chunk) === false && typeof emitter.once === "function")
      await once(emitter as EventEmitter, "drain");
  }
}

/** The files `--out FILE` names for a format (two for csv). */
function outputFiles(out: string, format: Exclude<CliExportFormat, "neo4j">): [ExportFormat, string][] {
  if (format !== "csv") return [[format, out]];
  const base = out.replace(/\.csv$/i, "");
  return [
    ["csv-nodes", `${base}${EXPORT_EXTENSIONS["csv-nodes"]}`],
    ["csv-edges", `${base}${EXPORT_EXTENSIONS["csv-edges"]}`],
  ];
}

/** Registers `kg export`. */
export function register(program: Command, ctx: CliContext): void {
  withWindowOptions(
    program
      .command("export")
      .description("export the graph as GEXF 1.3, GraphML, JSON, CSV or neo4j-admin CSV + Cypher"),
  )
    .requiredOption("-f, --format <format>", `one of ${CLI_EXPORT_FORMATS.join(", ")}`)
    .option(
      "-o, --out <file>",
      "write to FILE (csv: FILE.nodes.csv and FILE.edges.csv; neo4j: a folder); default stdout",
    )
    .option("--types <list>", "keep these entity types (comma-separated)")
    .option("--relations <list>", "keep these relations (comma-separated)")
    .option("--min-evidence <n>", "keep edges with at least N evidence sentences", wholeNumber())
    .option("--static", "GEXF: no timeline even when evidence is dated")
    .option(DATA_OPTION.flags, DATA_OPTION.description)
    .option("--json", "with --out, print what was written as JSON")
    .action(async (flags: ExportFlags) => {
      if (!(CLI_EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new KgError(
          "INVALID_OPTION",
          `export: --format must be one of ${CLI_EXPORT_FORMATS.join(", ")}, not '${flags.format}'`,
          { field: "format" },
        );
      }
      const format = flags.format as CliExportFormat;
      const options: ExportOptions = { filter: filterOf(flags), dynamic: flags.static ? "static" : "auto" };
      let evidence: EvidenceSource | undefined;
      const load = async () => {
        const built = await loadBuiltGraph(dataDirOf(ctx, flags.data), "export");
        evidence = built.evidence;
        return windowGraph(built.graph, windowOf(flags), { evidence });
      };
      if (format === "neo4j") {
        if (flags.out === undefined)
          throw new KgError(
            "INVALID_OPTION",
            "export: --format neo4j writes a folder: give it with --out DIR",
            {
              field: "out",
            },
          );
        const report = await writeNeo4jExport(await load(), resolve(ctx.cwd, flags.out), options, evidence);
        ctx.out.write(
          flags.json
            ? `${JSON.stringify({ format, ...report })}\n`
            : `kg: wrote ${report.folder} (${report.nodes} nodes, ${report.edges} edges, ${report.evidence} pieces of evidence); see its README.txt\n`,
        );
        return;
      }
      const graph = await load();
      if (flags.out === undefined) {
        if (format === "csv") {
          await pipeTo(ctx.out, [`${CSV_NODES_SECTION}\n`]);
          await pipeTo(ctx.out, exportChunks(graph, "csv-nodes", options, evidence));
          await pipeTo(ctx.out, [`${CSV_EDGES_SECTION}\n`]);
          await pipeTo(ctx.out, exportChunks(graph, "csv-edges", options, evidence));
        } else {
          await pipeTo(ctx.out, exportChunks(graph, format, options, evidence));
        }
        return;
      }
      const files = outputFiles(resolve(ctx.cwd, flags.out), format);
      for (const [fileFormat, path] of files) await writeExport(graph, fileFormat, path, options, evidence);
      const view = createExportView(graph, options.filter ?? {}, evidence);
      const report = {
        format,
        files: files.map(([, path]) => path),
        nodes: view.nodeCount,
        edges: view.edgeCount,
      };
      ctx.out.write(
        flags.json
          ? `${JSON.stringify(report)}\n`
          : `kg: wrote ${report.files.join(" and ")} (${report.nodes} nodes, ${report.edges} edges)\n`,
      );
    });
}
