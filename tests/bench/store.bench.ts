/**
 * Benchmark of the SQLite store: the cost of one added document at 100, 1,000 and 10,000 stored
 * documents (50,000 with --large), through the store API and through the CLI (`kg build FILE`
 * in its own process), each printed as a ratio to the 100-document figure of the same run; and
 * the server's start time and RSS on the largest store beside the smallest. The corpora are
 * synthetic news built from varied templates, each document with the extraction its templates
 * imply (so filling a store needs no NLP; the CLI rows run the real pipeline on the added text).
 * Run: node --import tsx tests/bench/store.bench.ts [--quick] [--large]
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openStore } from "../../src/graph/store.ts";
import type { Extraction } from "../../src/model/types.ts";
import { syntheticArticle } from "./_synthetic.ts";

const QUICK = process.argv.includes("--quick");
const LARGE = process.argv.includes("--large");
const SIZES = QUICK ? [100, 1000] : LARGE ? [100, 1000, 10_000, 50_000] : [100, 1000, 10_000];
const ADDS = QUICK ? 3 : 5;
const CLI_ADDS = 3;
const ROOT = resolve(import.meta.dirname, "../..");
const KG = join(ROOT, "bin", "kg.js");

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Fills a data folder with `n` synthetic sources and builds its store; returns the extraction lookup. */
async function fill(dir: string, n: number): Promise<{ buildMs: number }> {
  const sources = join(dir, "sources");
  await mkdir(sources, { recursive: true });
  const byText = new Map<string, Extraction>();
  for (let i = 0; i < n; i++) {
    const { doc, extraction } = syntheticArticle(i, 1);
    byText.set(doc.text, extraction);
    await writeFile(join(sources, doc.id), doc.text);
  }
  const store = await openStore({
    dataDir: dir,
    extract: (doc) => withDoc(byText.get(doc.text) ?? { entities: [], relations: [], hedged: [] }, doc.id),
    layout: { timeBudgetMs: 2000 },
  });
  const t = performance.now();
  await store.build();
  const buildMs = performance.now() - t;
  await store.close();
  return { buildMs };
}

/** An extraction with its evidence pointed at `doc`. */
function withDoc(x: Extraction, doc: string): Extraction {
  return {
    ...x,
    relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, doc })) })),
  };
}

/** One addDocument through the store API (template extraction: the store's cost alone): median wall and CPU ms, and the open time. */
async function apiAdd(dir: string, n: number): Promise<{ openMs: number; addMs: number; cpuMs: number }> {
  const extra = Array.from({ length: ADDS + 1 }, (_, i) => syntheticArticle(1_000_000 + n + i, 2));
  const byText = new Map(extra.map((a) => [a.doc.text, a.extraction]));
  let t = performance.now();
  const store = await openStore({
    dataDir: dir,
    extract: (doc) => withDoc(byText.get(doc.text) ?? { entities: [], relations: [], hedged: [] }, doc.id),
  });
  const openMs = performance.now() - t;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const [i, a] of extra.entries()) {
    t = performance.now();
    const c = process.cpuUsage();
    await store.addDocument({ text: a.doc.text, title: a.doc.meta.title ?? undefined });
    const used = process.cpuUsage(c);
    if (i === 0) continue; // the first add after opening also prepares statements and warms the JIT
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  await store.close();
  return { openMs, addMs: median(wall), cpuMs: median(cpu) };
}

/** Median wall ms of `kg build FILE` (a new source, real extraction) in its own process. */
async function cliAdd(dir: string, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < CLI_ADDS; i++) {
    const { doc } = syntheticArticle(2_000_000 + n + i, 3);
    const file = join(dir, "sources", `cli-${i}.txt`);
    await writeFile(file, doc.text);
    const t = performance.now();
    const run = spawnSync(process.execPath, [KG, "build", file, "--data", dir, "--json"], {
      encoding: "utf8",
    });
    times.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`kg build failed: ${run.stderr}`);
  }
  return median(times);
}

/** Starts `kg serve --no-build` on a store; ms until it listens, and its RSS then. */
async function serverStart(dir: string): Promise<{ ms: number; rss: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [KG, "serve", "--port", "0", "--no-build", "--data", dir], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  await new Promise<void>((done, fail) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("serving") && done());
    child.once("exit", (code) => fail(new Error(`serve exited ${code}`)));
  });
  const ms = performance.now() - t;
  const status = await readFile(`/proc/${child.pid}/status`, "utf8");
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  child.kill("SIGTERM");
  await new Promise((done) => child.once("exit", done));
  return { ms, rss };
}

const root = await mkdtemp(join(tmpdir(), "kg-store-bench-"));
try {
  const rows: {
    n: number;
    buildMs: number;
    openMs: number;
    apiMs: number;
    apiCpuMs: number;
    cliMs: number;
    start: { ms: number; rss: number };
  }[] = [];
  for (const n of SIZES) {
    const dir = join(root, `n${n}`);
    const { buildMs } = await fill(dir, n);
    const { openMs, addMs, cpuMs } = await apiAdd(dir, n);
    const cliMs = await cliAdd(dir, n);
    const start = await serverStart(dir);
    rows.push({ n, buildMs, openMs, apiMs: addMs, apiCpuMs: cpuMs, cliMs, start });
    console.log(
      `${String(n).padStart(6)} docs: build ${(buildMs / 1000).toFixed(1)} s, open ${openMs.toFixed(0)} ms, ` +
        `API add ${addMs.toFixed(1)} ms wall / ${cpuMs.toFixed(1)} ms CPU, CLI add ${cliMs.toFixed(0)} ms, server start ${start.ms.toFixed(0)} ms / ${mb(start.rss)}`,
    );
    await rm(dir, { recursive: true, force: true });
  }
  const base = rows[0]!;
  console.log("\none added document, as a ratio to the 100-document store of this run:");
  console.log(
    "stored docs | API add wall | ratio | API add CPU | ratio | CLI kg build FILE | ratio | store open | server start | RSS",
  );
  for (const r of rows)
    console.log(
      `${String(r.n).padStart(11)} | ${r.apiMs.toFixed(1).padStart(9)} ms | ${(r.apiMs / base.apiMs).toFixed(2).padStart(5)} | ` +
        `${r.apiCpuMs.toFixed(1).padStart(8)} ms | ${(r.apiCpuMs / base.apiCpuMs).toFixed(2).padStart(5)} | ` +
        `${r.cliMs.toFixed(0).padStart(14)} ms | ${(r.cliMs / base.cliMs).toFixed(2).padStart(5)} | ${r.openMs.toFixed(0).padStart(7)} ms | ` +
        `${r.start.ms.toFixed(0).padStart(9)} ms | ${mb(r.start.rss)}`,
    );
  const last = rows[rows.length - 1]!;
  console.log(
    `server start on ${last.n} docs: ${last.start.ms.toFixed(0)} ms (${(last.start.ms / base.start.ms).toFixed(2)}x the 100-doc start), ` +
      `RSS ${mb(last.start.rss)} (${(last.start.rss / base.start.rss).toFixed(2)}x)`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
