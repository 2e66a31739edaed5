/**
 * Benchmark of the store's memory: heap bytes per edge of the graph as the store keeps it in
 * memory (counts and dates, no evidence) with its query index built (the typed-array path index
 * and the search index), beside stock graphology holding the same nodes and edges with plain
 * attributes (fresh copies of the same values, evidence left out), measured in the same run. Each
 * side is measured in a process of its own, after full collections. The store is filled with
 * synthetic news of 10,000 documents (1,000 with --quick).
 * Run: node --import tsx tests/bench/heap.bench.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { MultiDirectedGraph } from "graphology";
import { SqliteEvidence } from "../../src/graph/db/evidence.ts";
import { loadGraph } from "../../src/graph/db/graph-rows.ts";
import { openDb } from "../../src/graph/db/open.ts";
import { createQueryEngine } from "../../src/query/index.ts";

const QUICK = process.argv.includes("--quick");
const DOCS = QUICK ? 1000 : 10_000;

/** Heap used after full collections. */
function heap(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** In a child: the heap one side holds, as a JSON line. */
function measure(side: string, dbFile: string): void {
  const db = openDb(dbFile);
  // Both sides load the graph once first, so code and caches are warm before the baseline.
  let source: ReturnType<typeof loadGraph> | null = loadGraph(db);
  const nodes = source.order;
  const edges = source.size;
  let held: unknown;
  let base: number;
  if (side === "stock") {
    const fresh = (key: string): string => Buffer.from(key).toString();
    base = heap();
    const stock = new MultiDirectedGraph({ allowSelfLoops: false });
    source.forEachNode((node, attrs) => stock.addNode(fresh(node), structuredClone(attrs)));
    source.forEachEdge((edge, attrs, from, to) =>
      stock.addEdgeWithKey(fresh(edge), from, to, structuredClone(attrs)),
    );
    held = stock;
  } else {
    source = null;
    base = heap();
    const graph = loadGraph(db);
    const engine = createQueryEngine(graph, {}, { evidence: new SqliteEvidence(db) });
    const ids = graph.nodes();
    engine.paths(ids[0]!, ids[ids.length - 1]!);
    engine.search("a");
    held = [graph, engine];
  }
  const bytes = heap() - base;
  console.log(JSON.stringify({ nodes, edges, bytes, held: held !== undefined && source !== undefined }));
  db.close();
}

if (process.argv[2] === "--measure") {
  measure(process.argv[3] as string, process.argv[4] as string);
} else {
  const dir = await mkdtemp(join(tmpdir(), "kg-heap-bench-"));
  try {
    const node = (args: string[]) => {
      const run = spawnSync(process.execPath, ["--import", "tsx", ...args], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
      return run.stdout.trim().split("\n").pop() as string;
    };
    node([join(import.meta.dirname, "_fill-store.ts"), dir, String(DOCS)]);
    const dbFile = join(dir, "kg.db");
    const side = (name: string) =>
      JSON.parse(node([import.meta.filename, "--measure", name, dbFile])) as {
        nodes: number;
        edges: number;
        bytes: number;
      };
    const stock = side("stock");
    const kg = side("kg");
    const perEdge = (bytes: number): string => `${(bytes / kg.edges).toFixed(0)} B/edge`;
    console.log(`store of ${DOCS} synthetic documents: ${kg.nodes} nodes, ${kg.edges} edges`);
    console.log(`stock graphology, plain attributes (baseline)        ${perEdge(stock.bytes).padStart(12)}`);
    console.log(
      `kg graph without evidence + query index (path, search) ${perEdge(kg.bytes).padStart(12)}   ratio ${(kg.bytes / stock.bytes).toFixed(2)} (target <= 1.00)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
