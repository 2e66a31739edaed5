/**
 * `kg connect A B C...`: a small tree of shortest paths joining several actors (Steiner
 * approximation), printed path by path with the evidence for every hop.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
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

/** Registers `kg connect`. */
export function register(program: Command, ctx: CliContext): void {
  withCommonOptions(
    withPathOptions(
      program
        .command("connect")
        .description("find how several actors are connected (a small tree of shortest paths)")
        .argument("<actors...>", "two or more names, aliases or ids"),
    ),
  ).action(async (actors: string[], flags: PathFlags) => {
    const { engine, name } = await openEngine(ctx, "connect", flags.data, windowOf(flags));
    const opts = pathOptionsOf(flags);
    const r = engine.connect(actors, opts);
    if (r.unreachable.length) ctx.exitCode = EXIT_NO_PATH;
    if (flags.json) return printJson(ctx, r);
    ctx.out.write(
      `${r.actors.map((a) => a.name).join(", ")}: ${r.nodes.length} node(s), ${r.edges.length} edge(s)\n`,
    );
    if (r.paths.length)
      ctx.out.write(`${r.paths.map((p, i) => formatPath(p, i, opts.weighted ?? false, name)).join("\n")}\n`);
    for (const [a, b] of r.unreachable) ctx.out.write(`no path between ${name(a)} and ${name(b)}\n`);
    if (r.truncated) ctx.out.write(`(stopped early: ${r.reason})\n`);
  });
}
