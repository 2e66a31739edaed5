/**
 * `kg build [SOURCES...]`: builds the store graph-data/kg.db from the sources folder (or the
 * given files and folders), extracting on every core (`--workers N`), skipping unchanged sources
 * and dropping removed ones; prints what was built, skipped, removed and failed, and exits 1 when
 * a source failed.
 */
import type { Command } from "commander";
import { SingleBar } from "cli-progress";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { DEFAULT_LAYOUT_SETTINGS } from "../../graph/layout.ts";
import { openStore, type KgBuildReport } from "../../graph/store.ts";
import type { BuildProgress } from "../../graph/types.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf } from "../data-dir.ts";
import { wholeNumber } from "../number-options.ts";

interface BuildFlags {
  data?: string;
  workers?: number;
  json?: boolean;
  layoutMs?: number;
}

/**
 * V8 settings of a build. Every extraction thread is its own V8 isolate and compiles its own
 * copy of the extractor with the optimising compiler (on V8's helper threads), so each thread
 * added to a build adds that compilation again:
 * - half V8's default budget (920 bytes of bytecode) for inlining into one optimised function:
 *   with the full budget that compilation took about 2 s of CPU per thread on 2,400 articles; with
 *   half, 0.3-0.6 s less, and extraction once compiled no slower (extract bench 143k against 147k
 *   tokens/s, within noise);
 * - about 6x V8's default interrupt budget (67,584) before a function is optimised: only the
 *   functions that stay hot are compiled, not every one that is warm in the first articles. At 3x
 *   (200,000), on 2,400 articles, extraction alone (no store), V8's helper threads used 3.3 s of
 *   CPU beside two threads instead of 4.9-5.1 s at 1x, the two threads' whole extraction
 *   12.2-12.8 s instead of 15.2-15.9 s, and one thread's 10.1-10.5 s against 9.7-11.4 s (CPU
 *   accounting, load 9-10). From 3x to 6x (400,000), each run beside a 3x run at the same moment
 *   (load 8-11): a fresh thread's CPU on 1,200 articles (its share of a 2-thread build, start-up
 *   and V8's helper threads included) 0.84-0.94x of 3x's in 3 pairs (helpers -1.0 to -1.3 s,
 *   fewer optimising compilations; the thread itself +0.1 to +0.5 s), on 2,400 articles (a 1-thread
 *   build's) 0.89 and 0.99x; the whole kg build command's CPU 0.97-0.98x on one core and on two.
 * V8's flags hold for the whole process: set by this command only, before its threads start, not
 * by the server.
 */
export const BUILD_V8_FLAGS = ["--max-inlined-bytecode-size-cumulative=460", "--interrupt-budget=400000"];

/** Builds with fewer sources than this print no progress. */
const PROGRESS_MIN = 5;
/** Without a terminal, one progress line per this many sources. */
const PROGRESS_EVERY = 25;

/** A progress reporter for the build: a bar on a terminal, a line every few sources otherwise. */
function progressOf(ctx: CliContext): { onProgress: (p: BuildProgress) => void; stop: () => void } {
  let bar: SingleBar | null = null;
  return {
    onProgress(p) {
      if (p.total < PROGRESS_MIN) return;
      if (ctx.err.isTTY) {
        if (!bar) {
          bar = new SingleBar({
            stream: ctx.err as NodeJS.WritableStream,
            format: "build [{bar}] {value}/{total} {current}",
            hideCursor: true,
          });
          bar.start(p.total, 0, { current: "" });
        }
        bar.update(p.done, { current: p.current });
      } else if (p.done % PROGRESS_EVERY === 0 || p.done === p.total) {
        ctx.err.write(`build: ${p.done}/${p.total} sources\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Most ids listed per kind in the readable report (failures are always all listed). */
const LIST_MAX = 20;

/** One line per id, the first LIST_MAX of them, then how many more. */
function listed(label: string, ids: string[]): string[] {
  const lines = ids.slice(0, LIST_MAX).map((id) => `  ${label} ${id}`);
  if (ids.length > LIST_MAX) lines.push(`  ${label} … and ${ids.length - LIST_MAX} more`);
  return lines;
}

/** The readable build report. */
export function formatBuildReport(
  report: KgBuildReport,
  graph: { order: number; size: number },
  file: string,
): string {
  const lines = [
    `built ${report.built.length}, skipped ${report.skipped.length}, removed ${report.removed.length}, failed ${report.failed.length}`,
  ];
  lines.push(...listed("built   ", report.built), ...listed("removed ", report.removed));
  for (const f of report.failed) lines.push(`  failed   ${f.message} (${f.code})`);
  for (const w of report.warnings) lines.push(`  warning  ${w}`);
  for (const i of report.ignored) lines.push(`  skipped  ${i.source} (${i.reason})`);
  const c = report.change;
  lines.push(
    `graph: ${graph.order} entities, ${graph.size} relations (+${c.entitiesAdded.length}/-${c.entitiesRemoved.length} entities, ` +
      `+${c.relationsAdded.length}/-${c.relationsRemoved.length}/~${c.relationsUpdated.length} relations) -> ${file}`,
  );
  return `${lines.join("\n")}\n`;
}

/** Registers `kg build`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("build")
    .description("build the graph from the sources folder (or the given files and folders)")
    .argument("[sources...]", "source files or folders (default: <data>/sources)")
    .option("--data <dir>", "graph-data folder (env KG_DATA; default graph-data)")
    .option(
      "--workers <n>",
      "extraction threads, one document each at a time (default: one per core)",
      wholeNumber(1, 256),
    )
    .option(
      "--layout-ms <ms>",
      `time budget of the layout in milliseconds (default ${DEFAULT_LAYOUT_SETTINGS.timeBudgetMs})`,
      wholeNumber(),
    )
    .option("--json", "print the build report as JSON")
    .action(async (paths: string[], flags: BuildFlags) => {
      const dataDir = dataDirOf(ctx, flags.data);
      let layout: { timeBudgetMs: number } | undefined;
      if (flags.layoutMs !== undefined) {
        layout = { timeBudgetMs: flags.layoutMs };
      }
      const workers = flags.workers ?? availableParallelism();
      for (const flag of BUILD_V8_FLAGS) setFlagsFromString(flag);
      // Not resident: a build that changes a few sources reads only what they touch.
      const store = await openStore({
        dataDir,
        cwd: ctx.cwd,
        workers,
        resident: false,
        ...(layout && { layout }),
        ...(ctx.extractThreads && { extractThreads: ctx.extractThreads }),
      });
      const progress = progressOf(ctx);
      let report: KgBuildReport;
      let counts: { entities: number; relations: number };
      try {
        report = await store.build(paths.length ? paths.map((p) => resolve(ctx.cwd, p)) : undefined, {
          onProgress: progress.onProgress,
          // The threads' exit (about 60 ms of CPU each) then overlaps the serial commit instead of following it.
          releaseThreads: true,
        });
        counts = store.counts();
      } finally {
        progress.stop();
        await store.close();
      }
      if (report.failed.length) ctx.exitCode = 1;
      if (flags.json) {
        ctx.out.write(`${JSON.stringify({ ...report, ...counts, store: store.dbFile }, null, 2)}\n`);
      } else
        ctx.out.write(
          formatBuildReport(report, { order: counts.entities, size: counts.relations }, store.dbFile),
        );
    });
}
