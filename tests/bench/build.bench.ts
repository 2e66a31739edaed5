/**
 * Benchmark of `kg build`'s multi-core extraction: the same corpus of real news articles (the
 * committed test fixtures, repeated under new names) built into a fresh data folder with 1
 * extraction thread, the baseline, then with 2. Thread start-up is included, as a user pays it.
 * Run: node --import tsx tests/bench/build.bench.ts [--quick]
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/graph/store.ts";

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

/** Wall time of a full build of `sources` with `workers` threads, in a fresh data folder. */
async function timeBuild(sources: string, workers: number): Promise<{ ms: number; built: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), "kg-bench-build-data-"));
  try {
    const store = await openStore({ dataDir, workers, layout: { timeBudgetMs: 200 } });
    const t = performance.now();
    const report = await store.build([sources]);
    const ms = performance.now() - t;
    await store.close();
    if (report.failed.length) throw new Error(`build bench: ${report.failed.length} sources failed`);
    return { ms, built: report.built.length };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const count = QUICK ? 24 : 80;
const dir = await mkdtemp(join(tmpdir(), "kg-bench-build-"));
try {
  await corpus(dir, count);
  const sources = join(dir, "sources");
  const one = await timeBuild(sources, 1);
  const two = await timeBuild(sources, 2);
  console.log(`machine: ${availableParallelism()} cores; corpus: ${one.built} articles`);
  const line = `kg build, 2 extraction threads ${two.ms.toFixed(0).padStart(8)} ms   baseline 1 thread: ${one.ms.toFixed(0)} ms   speed-up ${(one.ms / two.ms).toFixed(2)}x`;
  console.log(`\n--- build bench summary${QUICK ? " (quick)" : ""} ---\n${line}\n---`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
