/**
 * `kg curation list|suggestions|dismiss`: the curation records (newest first, with what was
 * undone), the merge suggestions (pairs of same-type entities with close names), and dismissing
 * a suggested pair so that it is no longer suggested (an undoable record).
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import { printJson, type QueryFlags } from "./_query.ts";
import { curate, describeRecord, withCurationOptions, withStore } from "./_curation.ts";

interface ListFlags extends QueryFlags {
  limit?: number;
}

/** Registers `kg curation` and its subcommands. */
export function register(program: Command, ctx: CliContext): void {
  const curation = program
    .command("curation")
    .description("the curation records, merge suggestions, and dismissing a suggestion");
  withCurationOptions(
    curation
      .command("list")
      .description("list the curation records, newest first")
      .option("--limit <n>", "most records to show (default 50)", wholeNumber(1, 10_000)),
  ).action(async (flags: ListFlags) => {
    const records = await withStore(ctx, "curation list", flags, async (store) =>
      store.curationRecords(flags.limit ?? 50),
    );
    if (flags.json) return printJson(ctx, { records });
    if (records.length === 0) ctx.out.write("no curation records\n");
    for (const r of records) ctx.out.write(`${describeRecord(r)}\n`);
  });
  withCurationOptions(
    curation
      .command("suggestions")
      .description("pairs of same-type entities whose names are close (word order, initials, one edit)")
      .option("--limit <n>", "most pairs to show (default 20)", wholeNumber(1, 200)),
  ).action(async (flags: ListFlags) => {
    const suggestions = await withStore(ctx, "curation suggestions", flags, async (store) =>
      store.curationSuggestions(flags.limit ?? 20),
    );
    if (flags.json) return printJson(ctx, { suggestions });
    if (suggestions.length === 0) ctx.out.write("no suggestions\n");
    for (const s of suggestions)
      ctx.out.write(`${s.aName} (${s.a})  ~  ${s.bName} (${s.b})  ${s.type}, ${s.reason}\n`);
  });
  withCurationOptions(
    curation
      .command("dismiss")
      .description("stop suggesting that two entities be merged")
      .argument("<a>", "a name, alias or id")
      .argument("<b>", "a name, alias or id"),
  ).action((a: string, b: string, flags: QueryFlags) =>
    curate(ctx, "curation dismiss", flags, (resolve) => ({ kind: "dismiss", a: resolve(a), b: resolve(b) })),
  );
  for (const cmd of curation.commands) cmd.exitOverride();
}
