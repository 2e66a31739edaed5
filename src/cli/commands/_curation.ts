/**
 * What the curation commands (merge, split, rename, retype, reject, undo, curation) share:
 * opening the store, resolving actor names as the query commands do (an exact name or alias,
 * folding case, accents and punctuation; none or several is an error listing candidates, never
 * a guess), and printing a record with the change it made.
 */
import type { Command } from "commander";
import type { CurationRecord } from "../../graph/curation.ts";
import type { CurationInput } from "../../graph/curation-request.ts";
import type { KgStore } from "../../graph/store.ts";
import type { CurationResult, GraphChange } from "../../graph/types.ts";
import { createQueryEngine } from "../../query/index.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf, openBuiltStore } from "../data-dir.ts";
import { printJson, withCommonOptions, type QueryFlags } from "./_query.ts";

/** Adds --data and --json to a curation command. */
export const withCurationOptions = (cmd: Command): Command => withCommonOptions(cmd);

/** Runs `fn` on the store of the command's data folder, then closes the store. */
export async function withStore<T>(
  ctx: CliContext,
  command: string,
  flags: QueryFlags,
  fn: (store: KgStore, resolve: (ref: string) => string) => Promise<T>,
): Promise<T> {
  const store = await openBuiltStore(dataDirOf(ctx, flags.data), command);
  try {
    const engine = createQueryEngine(store.graph);
    try {
      return await fn(store, (ref) => engine.resolve(ref));
    } finally {
      engine.dispose();
    }
  } finally {
    await store.close();
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line saying what a change did ("nothing changed in the graph" when it did nothing). */
export function describeChange(c: GraphChange): string {
  const parts = [
    [c.entitiesAdded.length, "entity", "entities", "added"],
    [c.entitiesRemoved.length, "entity", "entities", "removed"],
    [c.entitiesUpdated?.length ?? 0, "entity", "entities", "renamed or retyped"],
    [c.relationsAdded.length, "relation", "relations", "added"],
    [c.relationsRemoved.length, "relation", "relations", "removed"],
    [c.relationsUpdated.length, "relation", "relations", "with changed evidence"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many, what]) => `${count(n, one, many)} ${what}`);
  return said.length ? said.join(", ") : "nothing changed in the graph";
}

/** A record on one line: id, kind, what it is about, and whether it was undone. */
export function describeRecord(r: CurationRecord): string {
  const d = r.data;
  const what =
    d.kind === "merge"
      ? `'${d.absorb.name}' into '${d.keep.name}'`
      : d.kind === "split"
        ? `'${d.alias}' off '${d.entity.name}'`
        : d.kind === "rename"
          ? `'${d.from}' to '${d.name}'`
          : d.kind === "retype"
            ? `'${d.entity.name}' from ${d.from} to ${d.type}`
            : d.kind === "reject-edge"
              ? d.edge
              : d.kind === "reject-evidence"
                ? `${d.edge} in ${d.doc} at ${d.start}-${d.end}`
                : `'${d.a.name}' and '${d.b.name}'`;
  return `#${r.id}  ${r.createdAt.slice(0, 19).replace("T", " ")}  ${r.kind} ${what}${r.undoneAt ? "  (undone)" : ""}`;
}

/** Prints a curation's or an undo's outcome. */
export function printResult(ctx: CliContext, flags: QueryFlags, verb: string, result: CurationResult): void {
  if (flags.json) return printJson(ctx, result);
  ctx.out.write(`${verb} ${describeRecord(result.record)}\n${describeChange(result.change)}\n`);
}

/** Applies one curation request to the store of the command's data folder and prints it. */
export async function curate(
  ctx: CliContext,
  command: string,
  flags: QueryFlags,
  request: (resolve: (ref: string) => string, store: KgStore) => CurationInput,
): Promise<void> {
  const result = await withStore(ctx, command, flags, (store, resolve) =>
    store.curate(request(resolve, store)),
  );
  printResult(ctx, flags, "recorded", result);
}
