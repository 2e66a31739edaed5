/**
 * The CLI entry: builds the commander program from the command modules, runs it on the
 * arguments, and turns errors into messages and exit codes (0 ok, 1 failure, 2 bad usage).
 */
import { Command, CommanderError } from "commander";
import { availableParallelism } from "node:os";
import { startExtractThreads } from "../graph/extract-pool.ts";
import { isKgError } from "../model/errors.ts";
import { buildThreads as threadsOnCores } from "./build-args.mjs";
import { loadCommands } from "./commands.ts";
import type { CliContext } from "./context.ts";
import { setBuildV8Flags } from "./v8-flags.ts";

/** Exit code of a usage error (unknown option, bad argument). */
const EXIT_USAGE = 2;
/** Exit code of a failure. */
const EXIT_FAILURE = 1;

/**
 * Creates the program with the commands a run of `argv` needs registered (the one it names, else
 * every one); output goes to the context's streams.
 */
async function createProgram(ctx: CliContext, argv: readonly string[]): Promise<Command> {
  const program = new Command("kg")
    .description("kg: build a knowledge graph from news articles, query it, serve it and export it")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out.write(s),
      writeErr: (s) => ctx.err.write(s),
    })
    .showHelpAfterError("(run kg --help for usage)");
  for (const register of await loadCommands(argv[0])) register(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/**
 * The extraction threads `kg build` will run on this machine's cores (`--workers N`, else one per
 * core), or 0 when the arguments are not a build's (another command, help, an unreadable --workers:
 * the command then starts its threads itself, or reports the usage error). The same reading as the
 * relaunch's (build-args.mjs buildThreads).
 */
export function buildThreads(argv: readonly string[]): number {
  return threadsOnCores(argv, availableParallelism());
}

/** Commands that extract in one thread of the pool (extract-budget.ts). */
const ONE_THREAD_COMMANDS: ReadonlySet<string> = new Set(["extract", "eval"]);

/**
 * The extraction threads to start before the commands load: `kg build`'s (buildThreads), or the
 * one thread of `kg extract` and `kg eval`, so that loading the extractor overlaps loading the
 * CLI and reading the files; 0 for another command or for help.
 */
export function threadsAhead(argv: readonly string[]): number {
  if (argv[0] === "build") return buildThreads(argv);
  if (argv.some((a) => a === "--help" || a === "-h")) return 0;
  return ONE_THREAD_COMMANDS.has(argv[0] ?? "") ? 1 : 0;
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  try {
    // The extraction threads start loading the extractor now, while the commands load (and a
    // build's store opens). A build's V8 settings are set first, so that its threads run with them
    // from their start.
    const threads = threadsAhead(argv);
    if (threads > 0) {
      if (argv[0] === "build") setBuildV8Flags();
      ctx.extractThreads ??= startExtractThreads(threads);
    }
    const program = await createProgram(ctx, argv);
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
  } finally {
    // Threads no store or command took (a usage error, a store that failed to open, no readable
    // file) are ended: loading the extractor, they kept the process from exiting for seconds.
    ctx.extractThreads?.take(0);
  }
}
