/** `kg undo [RECORD]`: undoes a curation record (the newest in force without one); the graph is re-merged without it. */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import type { QueryFlags } from "./_query.ts";
import { printResult, withCurationOptions, withStore } from "./_curation.ts";

/** Registers `kg undo`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("undo")
      .description("undo a curation record (default: the newest still in force; see kg curation list)")
      .argument("[record]", "the record's number", wholeNumber(1)),
  ).action(async (record: number | undefined, flags: QueryFlags) => {
    const result = await withStore(ctx, "undo", flags, (store) => store.undoCuration(record));
    printResult(ctx, flags, "undid", result);
  });
}
