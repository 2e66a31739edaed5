/**
 * Benchmark of the store's memory: bytes per edge of the graph as the store keeps it in memory
 * (counts and dates, no evidence) with its query index built (search index and typed-array path
 * index), beside stock graphology holding the same nodes and edges with plain attributes (fresh
 * copies of the same values, evidence left out), measured in the same run. Bytes are the V8 heap
 * plus array buffers (typed arrays live outside the heap), after full collections, each side in a
 * process of its own, with bytecode flushing off and every code path run once before the
 * baseline, so that neither compiled code nor flushed code counts as data.
 *
 * Graphs: a seeded news-like graph with many entities, each in few documents (2k nodes / 10k
 * edges, 10k / 50k, 50k / 250k; --quick: 10k / 50k), and the store's synthetic news (few
 * entities, each in many documents) of 1,000 and 10,000 documents (--quick: 1,000).
 * Run: node --import tsx tests/bench/heap.bench.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { SqliteEvidence } from "../../src/graph/db/evidence.ts";
import { loadGraph } from "../../src/graph/db/graph-rows.ts";
import { openDb, type Db } from "../../src/graph/db/open.ts";
import type { KgGraph } from "../../src/model/graph.ts";
import { createQueryEngine } from "../../src/query/index.ts";
import type { QueryEngine } from "../../src/query/types.ts";
import { newsGraph, writeNewsStore } from "./_news-graph.ts";

const QUICK = process.argv.includes("--quick");
const GRAPHS: [number, number][] = QUICK
  ? [[10_000, 50_000]]
  : [
      [2_000, 10_000],
      [10_000, 50_000],
      [50_000, 250_000],
    ];
const STORES = QUICK ? [1000] : [1000, 10_000];

/** Bytes held after full collections: the V8 heap and the array buffers outside it. */
function held(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("heap bench: run the measuring child with --expose-gc");
  for (let i = 0; i < 4; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Stock graphology holding fresh copies of the graph's keys and attributes. */
function stockCopy(source: KgGraph): MultiDirectedGraph {
  const fresh = (key: string): string => Buffer.from(key).toString();
  const stock = new MultiDirectedGraph({ allowSelfLoops: false });
  source.forEachNode((node, attrs) => stock.addNode(fresh(node), structuredClone(attrs)));
  source.forEachEdge((edge, attrs, from, to) =>
    stock.addEdgeWithKey(fresh(edge), from, to, structuredClone(attrs)),
  );
  return stock;
}

/** Builds both query indexes of `graph`: the search index first, then the path index. */
function queried(graph: KgGraph, db: Db, after?: (part: "search" | "paths") => void): QueryEngine {
  const engine = createQueryEngine(graph, {}, { evidence: new SqliteEvidence(db) });
  engine.search("a");
  after?.("search");
  const ids = graph.nodes();
  engine.paths(ids[0]!, ids[ids.length - 1]!);
  after?.("paths");
  return engine;
}

/** In a child: what one side holds, as a JSON line. */
function measure(side: string, dbFile: string): void {
  const db = openDb(dbFile);
  // Every code path runs once before the baseline, on both sides.
  {
    const warm = loadGraph(db);
    stockCopy(warm);
    queried(warm, db).dispose();
  }
  let source: KgGraph | null = loadGraph(db);
  const nodes = source.order;
  const edges = source.size;
  const keep: unknown[] = [];
  const parts: Record<string, number> = {};
  let base: number;
  if (side === "stock") {
    base = held();
    keep.push(stockCopy(source));
  } else {
    source = null;
    base = held();
    const graph = loadGraph(db);
    parts.graph = held() - base;
    let last = base + parts.graph;
    keep.push(
      graph,
      queried(graph, db, (part) => {
        const now = held();
        parts[part] = now - last;
        last = now;
      }),
    );
  }
  const bytes = held() - base;
  console.log(JSON.stringify({ nodes, edges, bytes, parts, kept: keep.length + (source ? 1 : 0) }));
  db.close();
}

interface Side {
  nodes: number;
  edges: number;
  bytes: number;
  parts: { graph?: number; search?: number; paths?: number };
}

if (process.argv[2] === "--measure") {
  measure(process.argv[3] as string, process.argv[4] as string);
} else {
  const dir = await mkdtemp(join(tmpdir(), "kg-heap-bench-"));
  try {
    const node = (args: string[], flags: string[] = []) => {
      const run = spawnSync(process.execPath, [...flags, "--import", "tsx", ...args], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
      return run.stdout.trim().split("\n").pop() as string;
    };
    const side = (name: string, dbFile: string): Side =>
      JSON.parse(
        node([import.meta.filename, "--measure", name, dbFile], ["--expose-gc", "--no-flush-bytecode"]),
      ) as Side;
    const perEdge = (bytes: number, edges: number): string => `${(bytes / edges).toFixed(0)}`;
    console.log(
      "bytes per edge (V8 heap + array buffers), stock graphology with plain copies (baseline) beside\n" +
        "kg's graph without evidence + search index + path index, each side in its own process:",
    );
    console.log(
      `${"graph".padEnd(44)} ${"nodes".padStart(6)} ${"edges".padStart(7)}  stock B/edge  kg B/edge (graph + search + paths)  ratio (target <= 1.00)`,
    );
    const report = (label: string, dbFile: string): void => {
      const stock = side("stock", dbFile);
      const kg = side("kg", dbFile);
      const e = kg.edges;
      const p = kg.parts;
      console.log(
        `${label.padEnd(44)} ${String(kg.nodes).padStart(6)} ${String(e).padStart(7)}  ${perEdge(stock.bytes, e).padStart(12)}  ${perEdge(kg.bytes, e).padStart(9)} (${perEdge(p.graph ?? 0, e)} + ${perEdge(p.search ?? 0, e)} + ${perEdge(p.paths ?? 0, e)})`.padEnd(
          112,
        ) + `  ${(kg.bytes / stock.bytes).toFixed(2)}`,
      );
    };
    for (const [n, e] of GRAPHS) {
      const file = join(dir, `graph-${n}.db`);
      writeNewsStore(file, newsGraph(n, e));
      report(`news-like graph, many entities`, file);
    }
    for (const docs of STORES) {
      const store = join(dir, `store-${docs}`);
      node([join(import.meta.dirname, "_fill-store.ts"), store, String(docs)]);
      report(`store of ${docs} synthetic documents`, join(store, "kg.db"));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
