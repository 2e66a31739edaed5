/** `kg rename ENTITY NEW_NAME`: the entity's name; the old one stays an alias. */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import type { QueryFlags } from "./_query.ts";
import { curate, withCurationOptions } from "./_curation.ts";

/** Registers `kg rename`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("rename")
      .description("rename an entity; its old name stays an alias (kept on rebuilds)")
      .argument("<entity>", "a name, alias or id")
      .argument("<name>", "the new name"),
  ).action((entity: string, name: string, flags: QueryFlags) =>
    curate(ctx, "rename", flags, (resolve) => ({ kind: "rename", entity: resolve(entity), name })),
  );
}
