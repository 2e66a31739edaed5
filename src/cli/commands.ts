/**
 * The list of CLI commands: each module registers one command on the program.
 * Add a command by writing src/cli/commands/<name>.ts and listing it here.
 */
import type { Command } from "commander";
import type { CliContext } from "./context.ts";

/** A command module's registration function. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/** A command module, loaded when first needed. */
type CommandModule = () => Promise<{ register: RegisterCommand }>;

/**
 * Every command module by the name of the command it registers, in the order `kg --help` lists
 * them: extract, eval, build, stats, documents (builder); search, neighbors, path, connect (query);
 * merge, split, rename, retype, reject, undo, curation (curation); export, import, push (io); serve
 * (server).
 */
const COMMAND_MODULES: ReadonlyMap<string, CommandModule> = new Map<string, CommandModule>([
  ["extract", () => import("./commands/extract.ts")],
  ["eval", () => import("./commands/eval.ts")],
  ["build", () => import("./commands/build.ts")],
  ["stats", () => import("./commands/stats.ts")],
  ["documents", () => import("./commands/documents.ts")],
  ["search", () => import("./commands/search.ts")],
  ["neighbors", () => import("./commands/neighbors.ts")],
  ["path", () => import("./commands/path.ts")],
  ["connect", () => import("./commands/connect.ts")],
  ["merge", () => import("./commands/merge.ts")],
  ["split", () => import("./commands/split.ts")],
  ["rename", () => import("./commands/rename.ts")],
  ["retype", () => import("./commands/retype.ts")],
  ["reject", () => import("./commands/reject.ts")],
  ["undo", () => import("./commands/undo.ts")],
  ["curation", () => import("./commands/curation.ts")],
  ["export", () => import("./commands/export.ts")],
  ["import", () => import("./commands/import.ts")],
  ["push", () => import("./commands/push.ts")],
  ["serve", () => import("./commands/serve.ts")],
]);

/**
 * Loads the command modules a run needs: only the named command's when `name` is one (a run of
 * one command does not load the others: `kg build` never compiled the extractor, which only its
 * threads run, about 0.3 s of the main thread's CPU before it could hand out a document), else
 * every one, in the order `kg --help` lists them (help, a misspelt command, no command).
 */
export async function loadCommands(name?: string): Promise<RegisterCommand[]> {
  const one = name === undefined ? undefined : COMMAND_MODULES.get(name);
  const modules = await Promise.all(one ? [one()] : [...COMMAND_MODULES.values()].map((load) => load()));
  return modules.map((m) => m.register);
}
