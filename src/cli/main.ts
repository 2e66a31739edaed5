/**
 * The CLI entry: builds the commander program from the command modules, runs it on the
 * arguments, and turns errors into messages and exit codes (0 ok, 1 failure, 2 bad usage).
 */
import { Command, CommanderError } from "commander";
import { isKgError } from "../model/errors.ts";
import { loadCommands } from "./commands.ts";
import type { CliContext } from "./context.ts";

/** Exit code of a usage error (unknown option, bad argument). */
const EXIT_USAGE = 2;
/** Exit code of a failure. */
const EXIT_FAILURE = 1;

/** Creates the program with every command registered; output goes to the context's streams. */
async function createProgram(ctx: CliContext): Promise<Command> {
  const program = new Command("kg")
    .description("kg: build a knowledge graph from news articles, query it, serve it and export it")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out.write(s),
      writeErr: (s) => ctx.err.write(s),
    })
    .showHelpAfterError("(run kg --help for usage)");
  for (const register of await loadCommands()) register(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  try {
    const program = await createProgram(ctx);
    await program.parseAsync(argv, { from: "user" });
    if (ctx.keepAlive) await ctx.keepAlive;
    return ctx.exitCode ?? 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; help shown because no command was given exits 1.
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      )
        return err.exitCode;
      return EXIT_USAGE;
    }
    if (isKgError(err)) {
      ctx.err.write(`kg: ${err.message}\n`);
      return err.code === "INVALID_OPTION" || err.code === "INVALID_INPUT" ? EXIT_USAGE : EXIT_FAILURE;
    }
    ctx.err.write(
      `kg: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT_FAILURE;
  }
}
