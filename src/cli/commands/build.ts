/**
 * `kg build [SOURCES...]`: builds the store graph-data/kg.db from the sources folder (or the
 * given files and folders), extracting on every core (`--workers N`), skipping unchanged sources
 * and dropping removed ones; prints what was built, skipped, removed and failed, and exits 1 when
 * a source failed (unreadable, or its extraction past its time budget, `--timeout`, or crashed).
 */
import type { Command } from "commander";
import { SingleBar } from "cli-progress";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { MAX_EXTRACT_WORKERS } from "../../graph/extract-workers.mjs";
import { DEFAULT_LAYOUT_SETTINGS } from "../../graph/layout.ts";
import { openStore, type KgBuildReport } from "../../graph/store.ts";
import type { BuildProgress } from "../../graph/types.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf } from "../data-dir.ts";
import { CLI_EXTRACT_TIMEOUT_S, TIMEOUT_OPTION } from "../extract-budget.ts";
import { wholeNumber } from "../number-options.ts";
import { setBuildV8Flags } from "../v8-flags.ts";
import { DATA_OPTION } from "../data-option.ts";

interface BuildFlags {
  data?: string;
  workers?: number;
  json?: boolean;
  layoutMs?: number;
  timeout?: number;
}

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
    .option(DATA_OPTION.flags, DATA_OPTION.description)
    .option(
      "--workers <n>",
      "extraction threads, one document each at a time (default: one per core)",
      wholeNumber(1, MAX_EXTRACT_WORKERS),
    )
    .option(
      "--layout-ms <ms>",
      `time budget of the layout in milliseconds (default ${DEFAULT_LAYOUT_SETTINGS.timeBudgetMs})`,
      wholeNumber(),
    )
    .option(TIMEOUT_OPTION.flags, TIMEOUT_OPTION.description, TIMEOUT_OPTION.parse)
    .option("--json", "print the build report as JSON")
    .action(async (paths: string[], flags: BuildFlags) => {
      const dataDir = dataDirOf(ctx, flags.data);
      let layout: { timeBudgetMs: number } | undefined;
      if (flags.layoutMs !== undefined) {
        layout = { timeBudgetMs: flags.layoutMs };
      }
      // (One per core up to the pool's most, as build-args.mjs buildThreads reads it.)
      const workers = flags.workers ?? Math.min(availableParallelism(), MAX_EXTRACT_WORKERS);
      setBuildV8Flags();
      // Not resident: a build that changes a few sources reads only what they touch.
      const store = await openStore({
        dataDir,
        cwd: ctx.cwd,
        workers,
        extractTimeoutMs: flags.timeout ?? CLI_EXTRACT_TIMEOUT_S * 1000,
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
