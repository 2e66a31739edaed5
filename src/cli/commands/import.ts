/**
 * `kg import FILE`: reads a GEXF (1.1-1.3, from kg, Gephi or NetworkX), GraphML, kg JSON or
 * CSV graph and merges it into graph-data as a source with no file (the store's importExtraction),
 * kept across rebuilds and removable like any other document.
 */
import type { Command } from "commander";
import { basename, resolve } from "node:path";
import { openStore } from "../../graph/store.ts";
import { importFile } from "../../io/index.ts";
import { KgError } from "../../model/errors.ts";
import { isEntityType, type EntityType } from "../../model/ontology.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf } from "../data-dir.ts";
import { DATA_OPTION } from "../data-option.ts";

interface ImportFlags {
  data?: string;
  json?: boolean;
  defaultType?: string;
}

/** The name an imported file is kept under (its file name, made safe for a path). */
function importName(filePath: string): string {
  return basename(filePath)
    .replace(/\.(nodes|edges)\.csv$/i, ".csv")
    .replace(/[^\w.-]+/g, "-");
}

/** Registers `kg import`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description("merge a GEXF, GraphML, JSON or CSV graph into graph-data")
    .argument("<file>", "the graph file (.gexf, .graphml, .json, .csv or X.nodes.csv/X.edges.csv)")
    .option(DATA_OPTION.flags, DATA_OPTION.description)
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
      const store = await openStore({ dataDir, resident: false });
      let change;
      try {
        change = await store.importExtraction(name, result.extraction, { title: basename(file) });
      } finally {
        await store.close();
      }
      const summary = {
        file: fileArg,
        format: result.format,
        entities: result.extraction.entities.length,
        relations: result.extraction.relations.length,
        hedged: result.extraction.hedged.length,
        change,
        warnings: result.warnings,
      };
      if (flags.json) {
        ctx.out.write(`${JSON.stringify(summary)}\n`);
        return;
      }
      for (const warning of result.warnings) ctx.err.write(`kg: warning: ${warning}\n`);
      ctx.out.write(
        `kg: imported ${fileArg} (${result.format}): ${summary.entities} entities, ${summary.relations} relations, ${summary.hedged} hedged; merged into the graph\n`,
      );
    });
}
