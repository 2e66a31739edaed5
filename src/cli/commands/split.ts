/** `kg split ENTITY ALIAS`: the alias becomes an entity of its own that never joins ENTITY again. */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import type { QueryFlags } from "./_query.ts";
import { curate, withCurationOptions } from "./_curation.ts";

/** Registers `kg split`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("split")
      .description("split an alias off an entity into an entity of its own (kept on rebuilds)")
      .argument("<entity>", "a name, alias or id")
      .argument("<alias>", "one of the entity's aliases"),
  ).action((entity: string, alias: string, flags: QueryFlags) =>
    curate(ctx, "split", flags, (resolve) => ({ kind: "split", entity: resolve(entity), alias })),
  );
}
