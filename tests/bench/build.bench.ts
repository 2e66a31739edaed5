/**
 * Benchmark of `kg build`'s multi-core extraction: the same corpus of real news articles (the
 * committed test fixtures, repeated under new names) built into a fresh data folder with 1
 * extraction thread, the baseline, then with 2. Thread start-up is included, as a user pays it.
 * Beside it, the speed-up the machine gives at that moment to a pure CPU loop split between two
 * threads (on a shared machine it can be well under 2x), and where the build's time goes: the
 * extraction phase, the commit (merge, layout, DB writes on the main thread) and the main
 * thread's busy time.
 * Run: node --import tsx tests/bench/build.bench.ts [--quick]
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/graph/store.ts";
import { spin } from "./_cpu-spin.ts";

const QUICK = process.argv.includes("--quick");
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** Every .txt article under the fixtures' articles and corpus folders. */
async function articles(): Promise<string[]> {
  const found: string[] = [];
  for (const sub of ["articles", "corpus"]) {
    const root = join(FIXTURES, sub);
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries)
      if (e.isFile() && e.name.endsWith(".txt")) found.push(join(e.parentPath ?? root, e.name));
  }
  return found.sort();
}

/** A sources folder of `count` articles (the fixtures, repeated under new names). */
async function corpus(dir: string, count: number): Promise<void> {
  const files = await articles();
  if (files.length === 0) throw new Error("build bench: no fixture articles found");
  await mkdir(join(dir, "sources"), { recursive: true });
  for (let i = 0; i < count; i++)
    await copyFile(files[i % files.length]!, join(dir, "sources", `a${String(i).padStart(4, "0")}.txt`));
}

interface BuildTimes {
  ms: number;
  built: number;
  /** From the start to the last extraction. */
  extractMs: number;
  /** From the last extraction to the end (the commit). */
  commitMs: number;
  /** The main thread's busy time during the build. */
  mainBusyMs: number;
}

/** Wall time of a full build of `sources` with `workers` threads, in a fresh data folder. */
async function timeBuild(sources: string, workers: number): Promise<BuildTimes> {
  const dataDir = await mkdtemp(join(tmpdir(), "kg-bench-build-data-"));
  try {
    const store = await openStore({ dataDir, workers, layout: { timeBudgetMs: 200 } });
    const t = performance.now();
    const elu = performance.eventLoopUtilization();
    let extracted = t;
    const report = await store.build([sources], {
      onProgress: (p) => {
        if (p.done === p.total) extracted = performance.now();
      },
    });
    const ms = performance.now() - t;
    const busy = performance.eventLoopUtilization(elu);
    await store.close();
    if (report.failed.length) throw new Error(`build bench: ${report.failed.length} sources failed`);
    return {
      ms,
      built: report.built.length,
      extractMs: extracted - t,
      commitMs: ms - (extracted - t),
      mainBusyMs: busy.active,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const count = QUICK ? 24 : 80;
const SPIN_ITERATIONS = QUICK ? 2e8 : 6e8;
const dir = await mkdtemp(join(tmpdir(), "kg-bench-build-"));
try {
  await corpus(dir, count);
  const sources = join(dir, "sources");
  const cpuOne = await spin(SPIN_ITERATIONS, 1);
  const one = await timeBuild(sources, 1);
  const two = await timeBuild(sources, 2);
  const cpuTwo = await spin(SPIN_ITERATIONS, 2);
  console.log(`machine: ${availableParallelism()} cores; corpus: ${one.built} articles`);
  for (const [label, b] of [
    ["1 thread ", one],
    ["2 threads", two],
  ] as const)
    console.log(
      `  ${label}: extraction phase ${b.extractMs.toFixed(0)} ms, commit ${b.commitMs.toFixed(0)} ms, main thread busy ${b.mainBusyMs.toFixed(0)} ms`,
    );
  const line = `kg build, 2 extraction threads ${two.ms.toFixed(0).padStart(8)} ms   baseline 1 thread: ${one.ms.toFixed(0)} ms   speed-up ${(one.ms / two.ms).toFixed(2)}x`;
  const machine = `pure CPU loop, 2 threads ${cpuTwo.toFixed(0).padStart(14)} ms   baseline 1 thread: ${cpuOne.toFixed(0)} ms   speed-up ${(cpuOne / cpuTwo).toFixed(2)}x (what the machine gave two threads)`;
  console.log(`\n--- build bench summary${QUICK ? " (quick)" : ""} ---\n${line}\n${machine}\n---`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
