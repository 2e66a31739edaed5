/** `kg retype ENTITY TYPE`: the entity's type (one of the ontology's entity types). */
import { InvalidArgumentError, type Command } from "commander";
import { ENTITY_TYPES, type EntityType } from "../../model/ontology.ts";
import type { CliContext } from "../context.ts";
import type { QueryFlags } from "./_query.ts";
import { curate, withCurationOptions } from "./_curation.ts";

/** Registers `kg retype`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("retype")
      .description("change an entity's type (kept on rebuilds)")
      .argument("<entity>", "a name, alias or id")
      .argument("<type>", `one of ${ENTITY_TYPES.join(", ")}`, (value: string) => {
        const type = ENTITY_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
        if (!type)
          throw new InvalidArgumentError(`not an entity type; use one of ${ENTITY_TYPES.join(", ")}`);
        return type;
      }),
  ).action((entity: string, type: EntityType, flags: QueryFlags) =>
    curate(ctx, "retype", flags, (resolve) => ({ kind: "retype", entity: resolve(entity), type })),
  );
}
