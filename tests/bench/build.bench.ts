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
  /** From the first finished extraction to the last: the extraction once the threads have started. */
  steadyMs: number;
  /** From the last extraction to the end (the commit). */
  commitMs: number;
  /** CPU time of the whole process (every thread) during the build. */
  cpuMs: number;
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
    const cpu = process.cpuUsage();
    let extracted = t;
    let first = t;
    const report = await store.build([sources], {
      onProgress: (p) => {
        if (p.done === 1) first = performance.now();
        if (p.done === p.total) extracted = performance.now();
      },
    });
    const ms = performance.now() - t;
    const busy = performance.eventLoopUtilization(elu);
    const used = process.cpuUsage(cpu);
    await store.close();
    if (report.failed.length) throw new Error(`build bench: ${report.failed.length} sources failed`);
    return {
      ms,
      built: report.built.length,
      extractMs: extracted - t,
      steadyMs: extracted - first,
      commitMs: ms - (extracted - t),
      mainBusyMs: busy.active,
      cpuMs: (used.user + used.system) / 1000,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Enough articles that extraction, not the threads' start-up (about 1.5 s of CPU each: the
// TypeScript loader and the language model), makes most of the build: since the extraction speed
// work, 240 articles extract in about 1 s on one thread, less than a second thread costs to start.
const count = QUICK ? 240 : 2400;
const SPIN_ITERATIONS = QUICK ? 2e8 : 5e8;
/** Each measure is taken this many times, 1 and 2 threads alternating, and the medians compared (the machine is shared). */
const ROUNDS = QUICK ? 1 : 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const dir = await mkdtemp(join(tmpdir(), "kg-bench-build-"));
try {
  await corpus(dir, count);
  const sources = join(dir, "sources");
  const runs: { one: BuildTimes; two: BuildTimes; cpuOne: number; cpuTwo: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const cpuOne = await spin(SPIN_ITERATIONS, 1);
    const one = await timeBuild(sources, 1);
    const two = await timeBuild(sources, 2);
    const cpuTwo = await spin(SPIN_ITERATIONS, 2);
    runs.push({ one, two, cpuOne, cpuTwo });
    console.log(
      `round ${r + 1}: build 1 thread ${one.ms.toFixed(0)} ms, 2 threads ${two.ms.toFixed(0)} ms (${(one.ms / two.ms).toFixed(2)}x); ` +
        `CPU loop 1 thread ${cpuOne.toFixed(0)} ms, 2 threads ${cpuTwo.toFixed(0)} ms (${(cpuOne / cpuTwo).toFixed(2)}x)`,
    );
    for (const [label, b] of [
      ["1 thread ", one],
      ["2 threads", two],
    ] as const)
      console.log(
        `  ${label}: extraction phase ${b.extractMs.toFixed(0)} ms (after the first article ${b.steadyMs.toFixed(0)} ms), commit ${b.commitMs.toFixed(0)} ms, main thread busy ${b.mainBusyMs.toFixed(0)} ms, CPU of all threads ${b.cpuMs.toFixed(0)} ms`,
      );
  }
  const m = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
  const [one, two, cpuOne, cpuTwo] = [
    m((r) => r.one.ms),
    m((r) => r.two.ms),
    m((r) => r.cpuOne),
    m((r) => r.cpuTwo),
  ];
  const [extractOne, extractTwo] = [m((r) => r.one.extractMs), m((r) => r.two.extractMs)];
  const [cpuBuildOne, cpuBuildTwo] = [m((r) => r.one.cpuMs), m((r) => r.two.cpuMs)];
  const [steadyOne, steadyTwo] = [m((r) => r.one.steadyMs), m((r) => r.two.steadyMs)];
  console.log(
    `machine: ${availableParallelism()} cores; corpus: ${runs[0]!.one.built} articles; medians of ${ROUNDS} round(s)`,
  );
  const line = `kg build, 2 extraction threads ${two.toFixed(0).padStart(8)} ms   baseline 1 thread: ${one.toFixed(0)} ms   speed-up ${(one / two).toFixed(2)}x`;
  const phase = `  its extraction phase, 2 threads ${extractTwo.toFixed(0).padStart(6)} ms   baseline 1 thread: ${extractOne.toFixed(0)} ms   speed-up ${(extractOne / extractTwo).toFixed(2)}x`;
  const steady = `  its extraction after the first article (threads started), 2 threads ${steadyTwo.toFixed(0)} ms   baseline 1 thread: ${steadyOne.toFixed(0)} ms   speed-up ${(steadyOne / steadyTwo).toFixed(2)}x`;
  const work = `  CPU time of all its threads, 2 threads ${cpuBuildTwo.toFixed(0).padStart(8)} ms   baseline 1 thread: ${cpuBuildOne.toFixed(0)} ms   ratio ${(cpuBuildTwo / cpuBuildOne).toFixed(2)}x (the work done, whatever the machine's load)`;
  const machine = `pure CPU loop, 2 threads ${cpuTwo.toFixed(0).padStart(14)} ms   baseline 1 thread: ${cpuOne.toFixed(0)} ms   speed-up ${(cpuOne / cpuTwo).toFixed(2)}x (what the machine gave two threads)`;
  console.log(
    `\n--- build bench summary${QUICK ? " (quick)" : ""} ---\n${line}\n${phase}\n${steady}\n${work}\n${machine}\n---`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
