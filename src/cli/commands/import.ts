/**
 * `kg import FILE`: reads a GEXF (1.1-1.3, from kg, Gephi or NetworkX), GraphML, kg JSON or
 * CSV graph and merges it into graph-data as a source, through the store's import entry point
 * when it has one, else by writing the converted Extraction to graph-data/imports/<name>.json.
 */
import type { Command } from "commander";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { openStore } from "../../graph/store.ts";
import type { GraphChange } from "../../graph/types.ts";
import { importFile, type ImportResult } from "../../io/index.ts";
import { KgError } from "../../model/errors.ts";
import { isEntityType, type EntityType } from "../../model/ontology.ts";
import type { Extraction, SourceMeta } from "../../model/types.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf } from "./export.ts";

/** The entry point `kg import` uses when the store offers it. */
export type ImportExtractionFn = (
  name: string,
  extraction: Extraction,
  meta?: SourceMeta,
) => Promise<GraphChange>;

interface ImportFlags {
  data?: string;
  json?: boolean;
  defaultType?: string;
}

/** The name an imported file is kept under (its file name, made safe for a path). */
export function importName(filePath: string): string {
  return basename(filePath)
    .replace(/\.(nodes|edges)\.csv$/i, ".csv")
    .replace(/[^\w.-]+/g, "-");
}

async function merge(
  dataDir: string,
  name: string,
  result: ImportResult,
  file: string,
): Promise<{ via: "store" | "file"; path?: string; change?: GraphChange }> {
  const store = await openStore({ dataDir });
  const importExtraction = (store as unknown as { importExtraction?: ImportExtractionFn }).importExtraction;
  if (typeof importExtraction === "function") {
    const change = await importExtraction.call(store, name, result.extraction, { title: basename(file) });
    return { via: "store", change };
  }
  const dir = join(dataDir, "imports");
  const path = join(dir, `${name}.json`);
  await mkdir(dir, { recursive: true });
  const body = {
    ...result.extraction,
    import: { file: basename(file), format: result.format, warnings: result.warnings },
  };
  await writeFile(path, `${JSON.stringify(body, null, 1)}\n`);
  return { via: "file", path };
}

/** Registers `kg import`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description("merge a GEXF, GraphML, JSON or CSV graph into graph-data")
    .argument("<file>", "the graph file (.gexf, .graphml, .json, .csv or X.nodes.csv/X.edges.csv)")
    .option("--data <dir>", "graph-data folder (env KG_DATA; default graph-data)")
    .option(
      "--default-type <type>",
      "entity type for nodes whose type is missing or unknown (default Organization)",
    )
    .option("--json", "print the result as JSON")
    .action(async (fileArg: string, flags: ImportFlags) => {
      if (flags.defaultType !== undefined && !isEntityType(flags.defaultType)) {
        throw new KgError(
          "INVALID_OPTION",
          `import: --default-type '${flags.defaultType}' is not an entity type`,
          { field: "defaultType" },
        );
      }
      const file = resolve(ctx.cwd, fileArg);
      const dataDir = dataDirOf(ctx, flags.data);
      const result = await importFile(
        file,
        flags.defaultType ? { defaultType: flags.defaultType as EntityType } : {},
      );
      const name = importName(file);
      const merged = await merge(dataDir, name, result, file);
      const summary = {
        file: fileArg,
        format: result.format,
        entities: result.extraction.entities.length,
        relations: result.extraction.relations.length,
        hedged: result.extraction.hedged.length,
        mergedVia: merged.via,
        ...(merged.path ? { written: relative(ctx.cwd, merged.path) } : {}),
        ...(merged.change ? { change: merged.change } : {}),
        warnings: result.warnings,
      };
      if (flags.json) {
        ctx.out.write(`${JSON.stringify(summary)}\n`);
        return;
      }
      for (const warning of result.warnings) ctx.err.write(`kg: warning: ${warning}\n`);
      const where =
        merged.via === "store"
          ? "merged into the graph"
          : `written to ${summary.written} for the store to merge`;
      ctx.out.write(
        `kg: imported ${fileArg} (${result.format}): ${summary.entities} entities, ${summary.relations} relations, ${summary.hedged} hedged; ${where}\n`,
      );
    });
}
