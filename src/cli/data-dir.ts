/**
 * Where a command finds graph-data: `--data DIR`, else env KG_DATA, else `graph-data`, relative
 * to the working directory; and the built graph in it.
 */
import { join } from "node:path";
import { resolveDataDir } from "../graph/data-dir.ts";
import { readGraphFile } from "../graph/graph-file.ts";
import type { KgGraph } from "../model/graph.ts";
import { KgError } from "../model/errors.ts";
import type { CliContext } from "./context.ts";

/** The graph-data folder of a command. */
export function dataDirOf(ctx: CliContext, flag: string | undefined): string {
  return resolveDataDir(ctx.cwd, flag, ctx.env);
}

/** Loads the built graph of a data folder; GRAPH_NOT_BUILT (naming the command) when there is none. */
export async function loadBuiltGraph(dataDir: string, command: string): Promise<KgGraph> {
  const loaded = await readGraphFile(join(dataDir, "graph.kg.json"));
  if (!loaded)
    throw new KgError("GRAPH_NOT_BUILT", `${command}: no graph in '${dataDir}'; run kg build first`, {
      dataDir,
    });
  return loaded.graph;
}
