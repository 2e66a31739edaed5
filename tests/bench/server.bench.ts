/**
 * Server benchmark: requests per second and p50/p99 latency of GET /api/paths and
 * GET /api/entities?q= under load (autocannon, 50 connections, 10 s each; `--quick` 2 s) on a
 * seeded synthetic graph of 10k nodes / 50k edges, beside GET /api/health on the same server
 * (the HTTP floor) and beside the same queries called on the engine directly (no HTTP).
 * What is measured is `kg serve` itself: the graph is written into a kg.db (500 documents, 1-3
 * pieces of evidence per edge), and `node bin/kg.js serve` runs on it in its own process, as a
 * user starts it (the precompiled CLI bundle, rebuilt first when the sources changed; the store's
 * build at start, its watch of the DB, its graph without evidence, each hop's evidence read from
 * SQLite when answered), logging one line per request at level info into a file
 * (`kg serve 2>>kg.log`). Only the query rate limit is off (KG_RATE_QUERIES=0), so the load is not
 * refused. Each path request asks for a pair of actors drawn afresh (50,000 seeded random pairs,
 * more than a run sends), so no answer is ever asked twice. The server's CPU time per answer
 * (user + system, from /proc) is printed too: other work on the machine disturbs it less than
 * latency. After the runs the server is stopped with SIGTERM and its log's lines are counted
 * against the requests answered. Loopback traffic only.
 *
 *   node --import tsx tests/bench/server.bench.ts [--quick]
 *   KG_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- server
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createKgGraph, type KgGraph } from "../../src/model/graph.ts";
import { edgeKey } from "../../src/model/ids.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/ontology.ts";
import { createRandom } from "../../src/graph/prng.ts";
import { writeGraph } from "../../src/graph/db/graph-rows.ts";
import { openDb } from "../../src/graph/db/open.ts";
import { Tables } from "../../src/graph/db/tables.ts";
import { openStore } from "../../src/graph/store.ts";
import { createQueryEngine } from "../../src/query/index.ts";
import { createAnswerWriter } from "../../src/server/answer-json.ts";
import { createEvidenceTexts } from "../../src/server/evidence-json.ts";
import { isFreshBundle } from "../../src/graph/fresh-bundle.mjs";
import { buildCli } from "../../scripts/build-thread.mjs";
import { DEFAULT_MAX_PATHS } from "../../src/server/schemas.ts";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/settings.ts";
import { ANSWER_EVIDENCE } from "../../src/server/views.ts";

const QUICK = process.argv.includes("--quick");
const NODES = 10_000;
const EDGES = 50_000;
const SEED = 0x5e7e;
const CONNECTIONS = 50;
const SECONDS = QUICK ? 2 : 10;
/** Seconds of load on each endpoint before measuring (its indexes built, its code compiled). */
const WARM_SECONDS = QUICK ? 1 : 2;
const SAMPLES = 200;
/** Documents the evidence cites. */
const DOCS = 500;
/** Distinct random pairs for GET /api/paths: more than a run sends, so no pair is asked twice. */
const PAIRS = 50_000;

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "sha",
  "tor",
  "vel",
  "zan",
  "qui",
  "dor",
  "mar",
  "es",
  "ul",
  "bri",
  "nov",
  "gat",
];

/** A news-like graph: pronounceable names, skewed degrees (hubs), 1-3 evidence sentences per edge. */
function synthesize(rand: () => number): { graph: KgGraph; names: string[] } {
  const graph = createKgGraph();
  const names: string[] = [];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(rand() * 2) },
      () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)],
    ).join("");
  for (let i = 0; i < NODES; i++) {
    const name = `${word()} ${word()} ${i}`.replace(/\b\w/g, (c) => c.toUpperCase());
    names.push(name);
    graph.addNode(`n${i}`, {
      name,
      type: ENTITY_TYPES[Math.floor(rand() * ENTITY_TYPES.length)]!,
      aliases: [word()],
      mentions: 1,
      docs: [`doc-${i % DOCS}.txt`],
      x: rand() * 1000,
      y: rand() * 1000,
    });
  }
  const endpoint = () => `n${Math.floor(NODES * rand() ** 2)}`;
  while (graph.size < EDGES) {
    const [s, t] = [endpoint(), endpoint()];
    const relation = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const key = edgeKey(s, relation, t);
    if (s === t || graph.hasEdge(key)) continue;
    const [source, target] = key.split("|").filter((_, i) => i !== 1) as [string, string];
    const evidence = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => {
      const sentence = `${graph.getNodeAttribute(source, "name")} ${relation} ${graph.getNodeAttribute(target, "name")}, officials said.`;
      return {
        doc: `doc-${Math.floor(rand() * DOCS)}.txt`,
        sentence,
        start: i * 100,
        end: i * 100 + sentence.length,
        trigger: relation,
        rule: "bench",
        modality: "asserted" as const,
        date: "2025-01-01",
      };
    });
    graph.addEdgeWithKey(key, source, target, {
      relation,
      evidence,
      weight: evidence.length,
      docs: evidence.length,
      firstSeen: "2025-01-01",
      lastSeen: "2025-01-01",
    });
  }
  return { graph, names };
}

/**
 * Writes `graph` into a new kg.db under `dataDir` as a store keeps it: the documents its evidence
 * cites (imported ones, with no source file, which a build leaves alone), each node's documents,
 * and each edge's summary and evidence.
 */
function writeStore(dataDir: string, graph: KgGraph): void {
  const db = openDb(join(dataDir, "kg.db"));
  const tables = new Tables(db);
  db.transaction(() => {
    for (let i = 0; i < DOCS; i++) {
      const text = `Report ${i} of the bench wire.`;
      tables.insertDocument({
        id: `doc-${i}.txt`,
        path: null,
        hash: `bench-${i}`,
        contentHash: `bench-${i}`,
        meta: { title: `Report ${i}`, outlet: "Bench Wire", date: "2025-01-01" },
        addedAt: "2025-01-01T00:00:00Z",
        entityCount: 0,
        relationCount: 0,
        text,
        extraction: { entities: "[]", relations: "[]", hedged: "[]" },
      });
    }
    const mentions: { doc: string; node: string; entity: string; count: number }[] = [];
    graph.forEachNode((node, a) => {
      for (const doc of a.docs) mentions.push({ doc, node, entity: node, count: 1 });
    });
    writeGraph(tables, graph, mentions);
  })();
  db.close();
}

/** Calls per second of `fn` over `count` samples in turn, for at least `ms` milliseconds. */
function opsPerSecond(fn: (i: number) => unknown, ms: number, count = SAMPLES): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) fn(n++ % count);
  return (n * 1000) / (performance.now() - start);
}

/** The repository's root (bin/kg.js, dist/cli/). */
const ROOT = new URL("../../", import.meta.url);
const KG = fileURLToPath(new URL("bin/kg.js", ROOT));

/** A running `kg serve`: its URL, its process, and where its log goes. */
interface Served {
  url: string;
  child: ChildProcess;
  log: string;
}

/** Starts `kg serve` on `dataDir` as a user does (any free port, its log at info into a file), once it prints its URL. */
async function startKgServe(dataDir: string): Promise<Served> {
  const log = join(dataDir, "kg.log");
  const logFd = openSync(log, "a");
  // Node's flags for the server alone (e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile it).
  const nodeArgs = (process.env.KG_BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, KG, "serve", "--port", "0", "--data", dataDir, "--json"],
    {
      env: {
        ...process.env,
        KG_RATE_QUERIES: "0",
        LOG_LEVEL: "info",
        NODE_OPTIONS: "",
      },
      stdio: ["ignore", "pipe", logFd],
    },
  );
  closeSync(logFd);
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`kg serve exited with ${code}; see ${log}`)));
  });
  return { url, child, log };
}

/** CPU time (user + system) a process has used so far, in µs, from /proc (clock ticks of 10 ms). */
function cpuMicrosOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of the line (utime, stime), counted from the state (field 3).
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** Loads the server with rotating paths; returns rps, latency percentiles and the server's CPU time per answer. */
async function load(served: Served, paths: string[], seconds = SECONDS) {
  let i = 0;
  const before = cpuMicrosOf(served.child.pid!);
  const result = await autocannon({
    url: served.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  const cpuMicros = cpuMicrosOf(served.child.pid!) - before;
  const bad = `${result.non2xx}/${result.errors}/${result.timeouts}`;
  return {
    /** The server's CPU time per answer, in µs. */
    cpu: result.requests.total > 0 ? cpuMicros / result.requests.total : 0,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    /** Every request sent, answered or not (each should have its log line). */
    sent: result.requests.sent,
    /** Average response size in KB, headers included. */
    kb: result.requests.total > 0 ? result.throughput.total / result.requests.total / 1024 : 0,
    non2xx: result.non2xx,
    bad,
  };
}

async function main(): Promise<void> {
  // kg serve runs the precompiled CLI while it matches the sources: rebuild it when they changed.
  const stale = !isFreshBundle(new URL("dist/cli/", ROOT), ROOT);
  if (stale) await buildCli();

  const rand = createRandom(SEED);
  const { graph, names } = synthesize(rand);
  const pairs = Array.from(
    { length: PAIRS },
    () => [`n${Math.floor(rand() * NODES)}`, `n${Math.floor(rand() * NODES)}`] as const,
  );
  const prefixes = Array.from({ length: SAMPLES }, () => {
    const name = names[Math.floor(rand() * NODES)]!;
    return name.slice(0, 3 + Math.floor(rand() * 6));
  });
  const dataDir = mkdtempSync(join(tmpdir(), "kg-server-bench-"));
  writeStore(dataDir, graph);

  // The engine and evidence texts as the server makes them (context.ts), on the same store opened
  // here: the engine walks the store's graph, and each answer's writer reads its hops' first
  // evidence from the DB in one pass.
  const store = await openStore({ dataDir });
  if (store.graph.order !== NODES || store.graph.size !== EDGES)
    throw new Error(`bench store holds ${store.graph.order} nodes / ${store.graph.size} edges`);
  const engine = createQueryEngine(store.graph, {}, { evidenceLimit: 0 });
  const texts = createEvidenceTexts(store.graph, store.sources, store.evidence, {
    limit: ANSWER_EVIDENCE,
    capacity: DEFAULT_SERVER_SETTINGS.evidenceCacheEdges,
  });
  // Both indexes (search, paths) are built at the first query: build them before measuring.
  engine.search("warm", { limit: 10 });
  engine.paths(pairs[0]![0], pairs[0]![1], { maxHops: 6, maxPaths: DEFAULT_MAX_PATHS });
  const ms = QUICK ? 500 : 2000;
  const direct = {
    paths: opsPerSecond(
      (i) => engine.paths(pairs[i]![0], pairs[i]![1], { maxHops: 6, maxPaths: DEFAULT_MAX_PATHS }),
      ms,
      PAIRS,
    ),
    answers: opsPerSecond(
      (i) =>
        createAnswerWriter(texts).answer(
          engine.paths(pairs[i]![0], pairs[i]![1], { maxHops: 6, maxPaths: DEFAULT_MAX_PATHS }),
        ),
      ms,
      PAIRS,
    ),
    search: opsPerSecond((i) => engine.search(prefixes[i]!, { limit: 10 }), ms),
  };
  engine.dispose();
  await store.close();

  const served = await startKgServe(dataDir);
  const pathUrls = pairs.map(([a, b]) => `/api/paths?from=${a}&to=${b}&maxHops=6`);
  const searchUrls = prefixes.map((q) => `/api/entities?q=${encodeURIComponent(q)}&limit=10`);
  console.log(
    `server bench: ${NODES} nodes / ${EDGES} edges (seed ${SEED}), ${CONNECTIONS} connections, ${SECONDS} s per run${QUICK ? " (quick)" : ""}; kg serve runs the precompiled CLI (dist/cli${stale ? ", rebuilt: it was older than the sources" : ""})`,
  );
  // The server's engine builds its indexes at its first query, and its code warms up: a short
  // load of each endpoint (the last pairs, which the measured run does not reach) before measuring.
  let sent = 0;
  for (const list of [["/api/health"], searchUrls, pathUrls.slice(-5000)])
    sent += (await load(served, list, WARM_SECONDS)).sent;
  const health = await load(served, ["/api/health"]);
  const search = await load(served, searchUrls);
  const paths = await load(served, pathUrls);
  sent += health.sent + search.sent + paths.sent;
  // A normal exit: SIGTERM, then every request's line should be in the log.
  const exited = new Promise<number | null>((resolve) => served.child.once("exit", (code) => resolve(code)));
  served.child.kill("SIGTERM");
  const exitCode = await exited;
  const logged = readFileSync(served.log, "utf8")
    .split("\n")
    .filter((line) => line.includes('"req":')).length;
  rmSync(dataDir, { recursive: true, force: true });

  const rows: [string, typeof health, number | null][] = [
    ["GET /api/health (floor)", health, null],
    ["GET /api/entities?q=", search, direct.search],
    ["GET /api/paths", paths, direct.paths],
  ];
  console.log(
    "\nendpoint                      req/s    p50 ms  p99 ms  vs health  server CPU µs/answer (vs health)  engine direct (calls/s, no HTTP)  non-2xx/errors/timeouts",
  );
  for (const [label, r, d] of rows) {
    const ratio = (r.rps / health.rps).toFixed(2);
    const cpu = `${r.cpu.toFixed(0).padStart(8)} (${(r.cpu / health.cpu).toFixed(2)}x)`;
    console.log(
      `${label.padEnd(28)}${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)}  ${ratio.padStart(8)}x  ${cpu.padEnd(33)} ${d === null ? "".padStart(10) : d.toFixed(0).padStart(10)}${"".padStart(24)}${r.bad}`,
    );
  }
  console.log("\n--- summary (server.bench) ---");
  console.log(
    `graph ${NODES} nodes / ${EDGES} edges in a kg.db served by kg serve (precompiled CLI, evidence read from SQLite, request log at info into a file), ${CONNECTIONS} connections x ${SECONDS} s, loopback, 2-core machine`,
  );
  console.log(
    `health  ${health.rps.toFixed(0)} req/s  p50 ${health.p50} ms  p99 ${health.p99} ms  server CPU ${health.cpu.toFixed(0)} µs/answer`,
  );
  console.log(
    `search  ${search.rps.toFixed(0)} req/s  p50 ${search.p50} ms  p99 ${search.p99} ms  = ${(search.rps / health.rps).toFixed(2)}x health; engine alone ${direct.search.toFixed(0)}/s`,
  );
  console.log(
    `paths   ${paths.rps.toFixed(0)} req/s  p50 ${paths.p50} ms  p99 ${paths.p99} ms (target < 50 ms)  = ${(paths.rps / health.rps).toFixed(2)}x health; server CPU ${paths.cpu.toFixed(0)} µs/answer = ${(paths.cpu / health.cpu).toFixed(2)}x health's; engine alone ${direct.paths.toFixed(0)}/s, with the answer's JSON text (each crossed edge's first evidence from the store's DB, or kept as text for up to ${DEFAULT_SERVER_SETTINGS.evidenceCacheEdges} edges) ${direct.answers.toFixed(0)}/s; answers average ${paths.kb.toFixed(1)} KB (each crossed edge's first evidence once, each hop's evidence count); ${paths.requests} requests over ${PAIRS} distinct random pairs, no answer cache`,
  );
  console.log(
    `non-2xx/errors/timeouts (autocannon timeout 10 s): health ${health.bad}, search ${search.bad}, paths ${paths.bad}`,
  );
  console.log(`request log after SIGTERM (exit code ${exitCode}): ${logged} lines for ${sent} requests sent`);
  if (health.non2xx + search.non2xx + paths.non2xx > 0 || exitCode !== 0) process.exitCode = 1;
}

await main();
