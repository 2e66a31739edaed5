/** `kg merge A B`: A and B are one entity; A keeps its name and id, B's names become aliases. */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import type { QueryFlags } from "./_query.ts";
import { curate, withCurationOptions } from "./_curation.ts";

/** Registers `kg merge`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("merge")
      .description("merge two entities: the first keeps its name, the second is absorbed (kept on rebuilds)")
      .argument("<keep>", "the entity that stays: a name, alias or id")
      .argument("<absorb>", "the entity merged into it"),
  ).action((keep: string, absorb: string, flags: QueryFlags) =>
    curate(ctx, "merge", flags, (resolve) => ({
      kind: "merge",
      keep: resolve(keep),
      absorb: resolve(absorb),
    })),
  );
}
