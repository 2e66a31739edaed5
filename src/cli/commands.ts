/**
 * The list of CLI commands: each module registers one command on the program.
 * Add a command by writing src/cli/commands/<name>.ts and listing it here.
 */
import type { Command } from "commander";
import type { CliContext } from "./context.ts";

/** A command module's registration function. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/** Loads every command module, in the order `kg --help` lists them. */
export async function loadCommands(): Promise<RegisterCommand[]> {
  const modules = await Promise.all([
    // extract, eval, build, stats, documents (builder); search, neighbors, path, connect (query);
    // merge, split, rename, retype, reject, undo, curation (curation); export, import, push (io); serve (server)
    import("./commands/extract.ts"),
    import("./commands/eval.ts"),
    import("./commands/build.ts"),
    import("./commands/stats.ts"),
    import("./commands/documents.ts"),
    import("./commands/search.ts"),
    import("./commands/neighbors.ts"),
    import("./commands/path.ts"),
    import("./commands/connect.ts"),
    import("./commands/merge.ts"),
    import("./commands/split.ts"),
    import("./commands/rename.ts"),
    import("./commands/retype.ts"),
    import("./commands/reject.ts"),
    import("./commands/undo.ts"),
    import("./commands/curation.ts"),
    import("./commands/export.ts"),
    import("./commands/import.ts"),
    import("./commands/push.ts"),
    import("./commands/serve.ts"),
  ] as Promise<{ register: RegisterCommand }>[]);
  return modules.map((m) => m.register);
}
