/**
 * Where a command finds graph-data: `--data DIR`, else env KG_DATA, else `graph-data`, relative
 * to the working directory; and the store (graph-data/kg.db) in it.
 */
import { resolveDataDir } from "../graph/data-dir.ts";
import { hasStore, openStore, type KgStore } from "../graph/store.ts";
import { detachedEvidence } from "../graph/db/evidence.ts";
import type { EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import { KgError } from "../model/errors.ts";
import type { CliContext } from "./context.ts";

/** The graph-data folder of a command. */
export function dataDirOf(ctx: CliContext, flag: string | undefined): string {
  return resolveDataDir(ctx.cwd, flag, ctx.env);
}

/** Opens the store of a data folder; GRAPH_NOT_BUILT (naming the command) when there is none. */
export async function openBuiltStore(
  dataDir: string,
  command: string,
  options: { resident?: boolean } = {},
): Promise<KgStore> {
  if (!(await hasStore(dataDir)))
    throw new KgError("GRAPH_NOT_BUILT", `${command}: no graph in '${dataDir}'; run kg build first`, {
      dataDir,
    });
  return openStore({ dataDir, ...options });
}

/**
 * The graph of a data folder's store (read, then the store closed) and its evidence (read from
 * the store file when asked); GRAPH_NOT_BUILT (naming the command) when there is none.
 */
export async function loadBuiltGraph(
  dataDir: string,
  command: string,
): Promise<{ graph: KgGraph; evidence: EvidenceSource }> {
  const store = await openBuiltStore(dataDir, command);
  await store.close();
  return { graph: store.graph, evidence: detachedEvidence(store.dbFile) };
}
