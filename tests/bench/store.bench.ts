/**
 * Benchmark of the SQLite store at 100, 1,000 and 10,000 stored documents (50,000 with --large),
 * each figure printed as a ratio to the 100-document store of the same run:
 * - the build of the store from synthetic sources (template extraction, in a process of its own:
 *   wall time and peak RSS);
 * - one added document through the store API (template extraction: the store's cost alone) and
 *   through the CLI (`kg build FILE` in its own process, real extraction);
 * - the server's start (`kg serve --no-build`) until it listens, and its RSS then;
 * - the longest wait of `GET /api/health`, polled every 10 ms, while articles are posted to that
 *   server, beside the longest wait of the same polling on the idle server.
 * The corpora are synthetic news built from varied templates (see _synthetic.ts); each is built
 * once and reused by every measure of its size.
 * Run: node --import tsx tests/bench/store.bench.ts [--quick] [--large]
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openStore } from "../../src/graph/store.ts";
import { withDoc } from "./_fill-store.ts";
import { syntheticArticle } from "./_synthetic.ts";

const QUICK = process.argv.includes("--quick");
const LARGE = process.argv.includes("--large");
const SIZES = QUICK ? [100, 1000] : LARGE ? [100, 1000, 10_000, 50_000] : [100, 1000, 10_000];
const ADDS = QUICK ? 3 : 5;
const CLI_ADDS = 3;
const POSTS = 3;
const ROOT = resolve(import.meta.dirname, "../..");
const KG = join(ROOT, "bin", "kg.js");

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Builds a store of `n` synthetic sources in a process of its own: wall ms and peak RSS. */
function fill(dir: string, n: number): { buildMs: number; peakRss: number } {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "_fill-store.ts"), dir, String(n)],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`fill ${n} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as { buildMs: number; peakRss: number };
}

/** One addDocument through the store API (template extraction): median wall and CPU ms, and the open time. */
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
function cliAdd(dir: string, n: number): Promise<number> {
  return (async () => {
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
  })();
}

/** Longest wait of GET /api/health polled every 10 ms while `during` runs. */
async function healthWaits(url: string, during: () => Promise<void>): Promise<{ max: number }> {
  const waits: number[] = [];
  let done = false;
  const poller = (async () => {
    while (!done) {
      const t = performance.now();
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      waits.push(performance.now() - t);
      await sleep(10);
    }
  })();
  await during();
  done = true;
  await poller;
  return { max: Math.max(0, ...waits) };
}

interface ServerFigures {
  startMs: number;
  rss: number;
  idle: { max: number };
  ingest: { max: number };
}

/** Starts `kg serve --no-build` on a store: ms until it listens, RSS then, and /api/health waits idle and during posts. */
async function serverFigures(dir: string, n: number): Promise<ServerFigures> {
  const t = performance.now();
  const child = spawn(process.execPath, [KG, "serve", "--port", "0", "--no-build", "--data", dir], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, LOG_LEVEL: "warn", KG_RATE_WRITES: "0", KG_RATE_QUERIES: "0" },
  });
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /serving (http:\/\/\S+)/.exec(out);
        if (m?.[1]) done(m[1]);
      });
      child.once("exit", (code) => fail(new Error(`serve exited ${code}`)));
    });
    const startMs = performance.now() - t;
    const status = await readFile(`/proc/${child.pid}/status`, "utf8");
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    // The first post loads the extraction model in a worker: let it happen before timing.
    const post = async (i: number) => {
      const { doc } = syntheticArticle(3_000_000 + n + i, 4);
      const res = await fetch(`${url}/api/documents`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: doc.text, title: doc.meta.title }),
      });
      if (res.status !== 201)
        throw new Error(`POST /api/documents answered ${res.status}: ${await res.text()}`);
    };
    await post(0);
    const idle = await healthWaits(url, () => sleep(2000));
    const ingest = await healthWaits(url, async () => {
      for (let i = 1; i <= POSTS; i++) await post(i);
    });
    return { startMs, rss, idle, ingest };
  } finally {
    child.kill("SIGTERM");
    await new Promise((done) => child.once("exit", done));
  }
}

const root = await mkdtemp(join(tmpdir(), "kg-store-bench-"));
try {
  const rows: {
    n: number;
    build: { buildMs: number; peakRss: number };
    openMs: number;
    apiMs: number;
    apiCpuMs: number;
    cliMs: number;
    server: ServerFigures;
  }[] = [];
  for (const n of SIZES) {
    const dir = join(root, `n${n}`);
    const build = fill(dir, n);
    const { openMs, addMs, cpuMs } = await apiAdd(dir, n);
    const cliMs = await cliAdd(dir, n);
    const server = await serverFigures(dir, n);
    rows.push({ n, build, openMs, apiMs: addMs, apiCpuMs: cpuMs, cliMs, server });
    console.log(
      `${String(n).padStart(6)} docs: build ${(build.buildMs / 1000).toFixed(1)} s (peak RSS ${mb(build.peakRss)}), ` +
        `open ${openMs.toFixed(0)} ms, API add ${addMs.toFixed(1)} ms wall / ${cpuMs.toFixed(1)} ms CPU, ` +
        `CLI add ${cliMs.toFixed(0)} ms, server start ${server.startMs.toFixed(0)} ms / ${mb(server.rss)}, ` +
        `/api/health longest wait ${server.ingest.max.toFixed(0)} ms during posts, ${server.idle.max.toFixed(0)} ms idle`,
    );
    await rm(dir, { recursive: true, force: true });
  }
  const base = rows[0]!;
  const ratio = (a: number, b: number) => `(${(a / b).toFixed(2)})`;
  console.log("\nas a ratio to the 100-document store of this run:");
  console.log(
    "stored docs | build, peak RSS | API add CPU | CLI kg build FILE | server start, RSS | /api/health longest wait: during posts | idle",
  );
  for (const r of rows)
    console.log(
      `${String(r.n).padStart(11)} | ${(r.build.buildMs / 1000).toFixed(1)} s ${ratio(r.build.buildMs, base.build.buildMs)}, ${mb(r.build.peakRss)} | ` +
        `${r.apiCpuMs.toFixed(1)} ms ${ratio(r.apiCpuMs, base.apiCpuMs)} | ` +
        `${r.cliMs.toFixed(0)} ms ${ratio(r.cliMs, base.cliMs)} | ` +
        `${r.server.startMs.toFixed(0)} ms ${ratio(r.server.startMs, base.server.startMs)}, ${mb(r.server.rss)} | ` +
        `${r.server.ingest.max.toFixed(0)} ms | ${r.server.idle.max.toFixed(0)} ms`,
    );
} finally {
  await rm(root, { recursive: true, force: true });
}
