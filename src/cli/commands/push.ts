/**
 * `kg push neo4j://host:7687`: sends the built graph to a running Neo4j or Memgraph in batched,
 * idempotent MERGE transactions, printing progress on stderr. The password is read from an
 * environment variable (--password-env, default NEO4J_PASSWORD), never from the command line.
 */
import type { Command } from "commander";
import type { PushProgress } from "../../io/neo4j-push.ts";
import { KgError } from "../../model/errors.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf, loadBuiltGraph } from "../data-dir.ts";
import { wholeNumber as wholeNumberOption } from "../number-options.ts";
import { filterOf, type FilterFlags } from "./export.ts";
import { DATA_OPTION } from "../data-option.ts";

interface PushFlags extends FilterFlags {
  user?: string;
  passwordEnv: string;
  database?: string;
  batch?: string;
  timeout?: string;
  data?: string;
  json?: boolean;
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new KgError("INVALID_OPTION", `push: --${name} must be a whole number, not '${value}'`, {
      field: name,
    });
  return Number(value);
}

/** Registers `kg push`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("push")
    .description("send the graph to a Neo4j or Memgraph server (Bolt), idempotently")
    .argument("<uri>", "neo4j://host:7687, bolt://host:7687 or neo4j+s://host")
    .option("-u, --user <user>", "user name (env NEO4J_USER; default neo4j)")
    .option("--password-env <var>", "environment variable holding the password", "NEO4J_PASSWORD")
    .option("--database <name>", "database to write to (default: the server's default)")
    .option("--batch <n>", "rows per transaction (default 1000)")
    .option("--timeout <ms>", "connection timeout in ms (default 10000)")
    .option("--types <list>", "push these entity types only (comma-separated)")
    .option("--relations <list>", "push these relations only (comma-separated)")
    .option("--min-evidence <n>", "push edges with at least N evidence sentences", wholeNumberOption())
    .option(DATA_OPTION.flags, DATA_OPTION.description)
    .option("--json", "print what was pushed as JSON")
    .action(async (uri: string, flags: PushFlags) => {
      const batch = wholeNumber("batch", flags.batch);
      const timeout = wholeNumber("timeout", flags.timeout);
      const filter = filterOf(flags);
      const { graph, evidence } = await loadBuiltGraph(dataDirOf(ctx, flags.data), "push");
      const password = ctx.env[flags.passwordEnv];
      const user = flags.user ?? ctx.env.NEO4J_USER ?? (password !== undefined ? "neo4j" : undefined);
      let last = "";
      const onProgress = (p: PushProgress): void => {
        const line = `kg push: ${p.phase} ${p.done}/${p.total}`;
        if (line === last) return;
        last = line;
        ctx.err.write(ctx.err.isTTY ? `\r${line}` : `${line}\n`);
      };
      // neo4j-driver is loaded on use: other commands (kg build) never pay for loading it.
      const { pushGraph } = await import("../../io/neo4j-push.ts");
      const report = await pushGraph(
        graph,
        {
          uri,
          ...(user !== undefined ? { user } : {}),
          ...(password !== undefined ? { password } : {}),
          ...(flags.database !== undefined ? { database: flags.database } : {}),
          ...(batch !== undefined ? { batch } : {}),
          ...(timeout !== undefined ? { connectionTimeoutMs: timeout } : {}),
          filter,
          onProgress,
        },
        evidence,
      );
      if (ctx.err.isTTY) ctx.err.write("\n");
      ctx.out.write(
        flags.json
          ? `${JSON.stringify(report)}\n`
          : `kg: pushed ${report.nodes} nodes, ${report.relationships} relationships and ${report.evidence} pieces of evidence in ${report.batches} transactions\n`,
      );
    });
}
