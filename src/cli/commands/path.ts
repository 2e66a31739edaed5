/**
 * `kg path FROM TO`: all equally short paths between two actors (or the k shortest with --k),
 * each printed as a one-line reading followed by every hop with its evidence sentence. No path
 * exits with EXIT_NO_PATH, as `kg connect` does.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { DEFAULT_QUERY_SETTINGS } from "../../query/index.ts";
import { wholeNumber } from "../number-options.ts";
import {
  EXIT_NO_PATH,
  formatPath,
  openEngine,
  pathOptionsOf,
  printJson,
  windowOf,
  withCommonOptions,
  withPathOptions,
  type PathFlags,
} from "./_query.ts";

interface PathCommandFlags extends PathFlags {
  k?: number;
}

/** Registers `kg path`. */
export function register(program: Command, ctx: CliContext): void {
  withCommonOptions(
    withPathOptions(
      program
        .command("path")
        .description("find how two actors are connected, with the evidence for every hop")
        .argument("<from>", "a name, alias or id")
        .argument("<to>", "a name, alias or id")
        .option(
          "--k <n>",
          `the k shortest simple paths (1-${DEFAULT_QUERY_SETTINGS.maxK}) instead of all equally short ones`,
          wholeNumber(),
        ),
    ),
  ).action(async (from: string, to: string, flags: PathCommandFlags) => {
    const { engine, name } = await openEngine(ctx, "path", flags.data, windowOf(flags));
    const opts = pathOptionsOf(flags);
    const k = flags.k;
    if (k !== undefined) {
      opts.mode = "k-shortest";
      opts.k = k;
    }
    const r = engine.paths(from, to, opts);
    if (r.paths.length === 0) ctx.exitCode = EXIT_NO_PATH;
    if (flags.json) return printJson(ctx, r);
    if (r.paths.length === 0) {
      ctx.out.write(
        `no path from ${r.from.name} to ${r.to.name}${r.truncated ? ` within the bounds (${r.reason})` : ""}\n`,
      );
      return;
    }
    ctx.out.write(`${r.paths.length} path(s) from ${r.from.name} to ${r.to.name}:\n`);
    ctx.out.write(`${r.paths.map((p, i) => formatPath(p, i, opts.weighted ?? false, name)).join("\n")}\n`);
    if (r.truncated) ctx.out.write(`(stopped early: ${r.reason})\n`);
  });
}
