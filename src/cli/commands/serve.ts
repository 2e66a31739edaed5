/**
 * `kg serve`: builds graph-data if missing or stale, then serves the API and the viewer
 * (default http://127.0.0.1:3000; PORT/HOST env or --port/--host; --data DIR). Prints the
 * bound URL on the first line of stdout and runs until SIGINT or SIGTERM.
 */
import type { Command } from "commander";
import { DEFAULT_SERVER_SETTINGS } from "../../server/settings.ts";
import type { RunningServer } from "../../server/main.ts";
import { createBatchedSink } from "../batched-sink.ts";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import { DATA_OPTION } from "../data-option.ts";

/** Registers `kg serve`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("serve the API and the viewer (builds graph-data first if it changed)")
    .option(
      "--port <n>",
      `port (env PORT; default ${DEFAULT_SERVER_SETTINGS.port}; 0 = any free port)`,
      wholeNumber(0, 65535),
    )
    .option("--host <address>", `address to listen on (env HOST; default ${DEFAULT_SERVER_SETTINGS.host})`)
    .option(DATA_OPTION.flags, DATA_OPTION.description)
    .option("--no-build", "serve the graph file as it is, without building sources first")
    .option("--json", "print the bound address as JSON")
    .action(async (opts: { port?: number; host?: string; data?: string; build: boolean; json?: boolean }) => {
      // One write of the log per turn of the event loop, not one per request (batched-sink.ts).
      // pino and Express are loaded on use, so other commands (kg build) never load them.
      const { pino } = await import("pino");
      const sink = createBatchedSink(ctx.err, ctx.atExit);
      const logger = pino({ level: ctx.env.LOG_LEVEL || "info" }, sink);
      let running: RunningServer;
      try {
        const { startServer } = await import("../../server/main.ts");
        running = await startServer({
          cwd: ctx.cwd,
          env: ctx.env,
          dataDir: opts.data,
          port: opts.port,
          host: opts.host,
          build: opts.build,
          handleSignals: true,
          logger,
        });
      } catch (err) {
        sink.close();
        throw err;
      }
      ctx.out.write(opts.json ? `${JSON.stringify({ url: running.url })}\n` : `kg: serving ${running.url}\n`);
      ctx.keepAlive = running.closed.finally(() => sink.close());
    });
}
