/**
 * Query benchmark: median time of one path query on synthetic news-like graphs (10k nodes /
 * 50k edges and 100k nodes / 1M edges; seeded; skewed degrees, random relations and evidence)
 * over the same 200 reachable pairs, for kg (unweighted and evidence-weighted), a floor (plain
 * BFS / Dijkstra over a CSR adjacency, no allocation per query, written here), graphology-
 * shortest-path and NetworkX. Every figure is printed beside the floor and NetworkX as ratios.
 * Runs inside a heap that also holds the graph, its search index and ~300 MB of server-like
 * objects, since latency grows in a fuller heap.
 *
 *   node --import tsx tests/bench/query.bench.ts [--quick]
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { UndirectedGraph } from "graphology";
import { dijkstra, unweighted } from "graphology-shortest-path";
import { createRandom } from "../../src/graph/prng.ts";
import { createKgGraph, type KgGraph } from "../../src/model/graph.ts";
import { ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from "../../src/model/ontology.ts";
import type { Evidence } from "../../src/model/types.ts";
import { createQueryEngine, evidenceCost } from "../../src/query/index.ts";

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const HEAP_MB = 8192;
const SEED = 0x6b67;

interface Synthetic {
  n: number;
  /** Per edge: endpoints (node numbers), evidence count, document count, cost. */
  src: Int32Array;
  dst: Int32Array;
  cost: Float64Array;
  graph: KgGraph;
}

/** A graph with skewed degrees (endpoints drawn as n·u², shuffled), random relations and evidence. */
function synthesize(n: number, m: number, rand: () => number): Synthetic {
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const pick = (): number => perm[Math.floor(n * rand() ** 2)]!;
  const graph = createKgGraph();
  for (let i = 0; i < n; i++) {
    graph.addNode(`n${i}`, {
      name: `Actor ${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      aliases: [`A${i}`],
      mentions: 1,
      docs: [],
    });
  }
  const shared: Evidence = {
    doc: "synthetic.txt",
    sentence: "A synthetic sentence.",
    start: 0,
    end: 21,
    trigger: "x",
    rule: "bench",
    modality: "asserted",
  };
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const cost = new Float64Array(m);
  let e = 0;
  while (e < m) {
    let s = pick();
    let t = pick();
    if (s === t) continue;
    const relation = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    if (SYMMETRIC_RELATIONS.has(relation) && t < s) [s, t] = [t, s];
    const key = `n${s}|${relation}|n${t}`;
    if (graph.hasEdge(key)) continue;
    const evidence = 1 + Math.floor(-Math.log(1 - rand()) * 1.5);
    const docs = 1 + Math.floor(rand() * evidence);
    graph.addEdgeWithKey(key, `n${s}`, `n${t}`, {
      relation,
      evidence: new Array<Evidence>(evidence).fill(shared),
      weight: evidence,
      docs,
      firstSeen: null,
      lastSeen: null,
    });
    src[e] = s;
    dst[e] = t;
    cost[e] = evidenceCost(evidence, docs);
    e++;
  }
  return { n, src, dst, cost, graph };
}

/** The floor: an undirected CSR adjacency with BFS and Dijkstra that allocate nothing per query. */
function createFloor(g: Synthetic) {
  const { n, src, dst, cost } = g;
  const m = src.length;
  const off = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    off[src[e]! + 1]!++;
    off[dst[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  const fill = off.slice(0, n);
  const adj = new Int32Array(2 * m);
  const w = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    let j = fill[src[e]!]!++;
    adj[j] = dst[e]!;
    w[j] = cost[e]!;
    j = fill[dst[e]!]!++;
    adj[j] = src[e]!;
    w[j] = cost[e]!;
  }
  const seen = new Int32Array(n);
  const seenB = new Int32Array(n);
  const dist = new Int32Array(n);
  const distB = new Int32Array(n);
  const queue = new Int32Array(n);
  const queueB = new Int32Array(n);
  const d = new Float64Array(n);
  const dB = new Float64Array(n);
  const done = new Int32Array(n);
  const doneB = new Int32Array(n);
  const heapF = createFloorHeap(2 * m + n);
  const heapB = createFloorHeap(2 * m + n);
  let stamp = 0;
  return {
    /** Hop distance from s to t (-1 when unreachable): plain BFS from s. */
    bfs(s: number, t: number): number {
      const st = ++stamp;
      seen[s] = st;
      dist[s] = 0;
      queue[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const u = queue[head++]!;
        if (u === t) return dist[u]!;
        for (let j = off[u]!, end = off[u + 1]!; j < end; j++) {
          const v = adj[j]!;
          if (seen[v] === st) continue;
          seen[v] = st;
          dist[v] = dist[u]! + 1;
          queue[tail++] = v;
        }
      }
      return -1;
    },
    /** Hop distance by bidirectional BFS: expand the smaller frontier a layer at a time, stop at the first meeting. */
    bibfs(s: number, t: number): number {
      if (s === t) return 0;
      const st = ++stamp;
      seen[s] = st;
      dist[s] = 0;
      queue[0] = s;
      seenB[t] = st;
      distB[t] = 0;
      queueB[0] = t;
      let [fs, fe, bs, be] = [0, 1, 0, 1];
      while (fs < fe && bs < be) {
        const forward = fe - fs <= be - bs;
        const [q, sn, ds, other, od] = forward
          ? [queue, seen, dist, seenB, distB]
          : [queueB, seenB, distB, seen, dist];
        const [start, stop] = forward ? [fs, fe] : [bs, be];
        let end = stop;
        for (let i = start; i < stop; i++) {
          const u = q[i]!;
          for (let j = off[u]!, e = off[u + 1]!; j < e; j++) {
            const v = adj[j]!;
            if (other[v] === st) return ds[u]! + 1 + od[v]!;
            if (sn[v] === st) continue;
            sn[v] = st;
            ds[v] = ds[u]! + 1;
            q[end++] = v;
          }
        }
        if (forward) [fs, fe] = [stop, end];
        else [bs, be] = [stop, end];
      }
      return -1;
    },
    /** Cheapest cost from s to t (Infinity when unreachable): plain Dijkstra from s. */
    dijkstra(s: number, t: number): number {
      const st = ++stamp;
      heapF.clear();
      seen[s] = st;
      d[s] = 0;
      heapF.push(s, 0);
      while (heapF.size() > 0) {
        const du = heapF.topKey();
        const u = heapF.pop();
        if (done[u] === st || du > d[u]!) continue;
        done[u] = st;
        if (u === t) return du;
        for (let j = off[u]!, end = off[u + 1]!; j < end; j++) {
          const v = adj[j]!;
          if (done[v] === st) continue;
          const nd = du + w[j]!;
          if (seen[v] !== st || nd < d[v]!) {
            seen[v] = st;
            d[v] = nd;
            heapF.push(v, nd);
          }
        }
      }
      return Infinity;
    },
    /** Cheapest cost by bidirectional Dijkstra: settle the side with the smaller top key; stop when the tops sum to the best. */
    bidijkstra(s: number, t: number): number {
      const st = ++stamp;
      heapF.clear();
      heapB.clear();
      seen[s] = st;
      d[s] = 0;
      heapF.push(s, 0);
      seenB[t] = st;
      dB[t] = 0;
      heapB.push(t, 0);
      let best = s === t ? 0 : Infinity;
      while (heapF.size() > 0 && heapB.size() > 0) {
        if (heapF.topKey() + heapB.topKey() >= best) break;
        const forward = heapF.topKey() <= heapB.topKey();
        const [h, sn, ds, dn, other, od] = forward
          ? [heapF, seen, d, done, seenB, dB]
          : [heapB, seenB, dB, doneB, seen, d];
        const du = h.topKey();
        const u = h.pop();
        if (dn[u] === st || du > ds[u]!) continue;
        dn[u] = st;
        for (let j = off[u]!, end = off[u + 1]!; j < end; j++) {
          const v = adj[j]!;
          if (dn[v] === st) continue;
          const nd = du + w[j]!;
          if (sn[v] !== st || nd < ds[v]!) {
            sn[v] = st;
            ds[v] = nd;
            h.push(v, nd);
          }
          if (other[v] === st && nd + od[v]! < best) best = nd + od[v]!;
        }
      }
      return best;
    },
  };
}

/** A binary min-heap of (node, key) in typed arrays, for the floor. */
function createFloorHeap(capacity: number) {
  const hn = new Int32Array(capacity);
  const hk = new Float64Array(capacity);
  let size = 0;
  return {
    clear: (): void => {
      size = 0;
    },
    size: (): number => size,
    topKey: (): number => hk[0]!,
    push(v: number, k: number): void {
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hk[p]! <= k) break;
        hn[i] = hn[p]!;
        hk[i] = hk[p]!;
        i = p;
      }
      hn[i] = v;
      hk[i] = k;
    },
    pop(): number {
      const top = hn[0]!;
      const ln = hn[--size]!;
      const lk = hk[size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && hk[c + 1]! < hk[c]!) c++;
        if (hk[c]! >= lk) break;
        hn[i] = hn[c]!;
        hk[i] = hk[c]!;
        i = c;
      }
      hn[i] = ln;
      hk[i] = lk;
      return top;
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** A timing: the median microseconds per query, over how many of the pairs. */
interface Timing {
  us: number;
  n: number;
}

/** Longest a timing round may take before it stops (with at least MIN_SAMPLES pairs timed). */
const ROUND_MS = QUICK ? 5_000 : 20_000;
const MIN_SAMPLES = 20;

/**
 * Median microseconds of `fn` over the pairs, the best of up to three rounds, after a warm-up:
 * the machine is shared and noisy. A slow method times a prefix of the pairs (at least
 * MIN_SAMPLES) and a single round, so that the whole bench ends in minutes.
 */
function time(pairs: [number, number][], fn: (s: number, t: number) => unknown): Timing {
  const warm = performance.now();
  for (let i = 0; i < pairs.length * 4 && (i < pairs.length || performance.now() - warm < 300); i++) {
    const [s, t] = pairs[i % pairs.length]!;
    fn(s, t);
    if (performance.now() - warm > 3000) break;
  }
  let best: Timing = { us: Infinity, n: 0 };
  for (let round = 0; round < 3; round++) {
    const us: number[] = [];
    const start = performance.now();
    for (const [s, t] of pairs) {
      const t0 = performance.now();
      fn(s, t);
      us.push((performance.now() - t0) * 1000);
      if (us.length >= MIN_SAMPLES && performance.now() - start > ROUND_MS) break;
    }
    const m = median(us);
    if (m < best.us) best = { us: m, n: us.length };
    if (performance.now() - start > ROUND_MS / 4) break;
  }
  return best;
}

const NX_SCRIPT = `
import json, sys, time, statistics
import networkx as nx
edges_path, pairs_path = sys.argv[1], sys.argv[2]
G = nx.Graph()
with open(edges_path) as f:
    for line in f:
        s, t, w = line.split()
        s, t, w = int(s), int(t), float(w)
        if G.has_edge(s, t):
            if G[s][t]["weight"] > w: G[s][t]["weight"] = w
        else:
            G.add_edge(s, t, weight=w)
pairs = json.load(open(pairs_path))
round_s = float(sys.argv[3])
def bench(fn):
    for s, t in pairs[:3]: fn(s, t)
    best = {"us": float("inf"), "n": 0}
    for _ in range(3):
        out = []
        start = time.perf_counter()
        for s, t in pairs:
            t0 = time.perf_counter(); fn(s, t); out.append((time.perf_counter() - t0) * 1e6)
            if len(out) >= 20 and time.perf_counter() - start > round_s: break
        if statistics.median(out) < best["us"]: best = {"us": statistics.median(out), "n": len(out)}
        if time.perf_counter() - start > round_s / 4: break
    return best
print(json.dumps({
  "bfs": bench(lambda s, t: nx.bidirectional_shortest_path(G, s, t)),
  "dijkstra": bench(lambda s, t: nx.dijkstra_path(G, s, t, weight="weight")),
}))
`;

function networkx(g: Synthetic, pairs: [number, number][]): { bfs: Timing; dijkstra: Timing } | null {
  const dir = mkdtempSync(join(tmpdir(), "kg-query-bench-"));
  try {
    const lines: string[] = [];
    for (let e = 0; e < g.src.length; e++) lines.push(`${g.src[e]} ${g.dst[e]} ${g.cost[e]}`);
    writeFileSync(join(dir, "edges.txt"), lines.join("\n"));
    writeFileSync(join(dir, "pairs.json"), JSON.stringify(pairs));
    writeFileSync(join(dir, "nx.py"), NX_SCRIPT);
    const r = spawnSync(
      "/usr/bin/python3",
      [join(dir, "nx.py"), join(dir, "edges.txt"), join(dir, "pairs.json"), String(ROUND_MS / 1000)],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (r.status !== 0) {
      process.stderr.write(`networkx run failed: ${r.stderr || r.error?.message}\n`);
      return null;
    }
    return JSON.parse(r.stdout) as { bfs: Timing; dijkstra: Timing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Server-like objects kept alive during the measurements (documents, evidence, caches). */
function ballast(mb: number, rand: () => number): unknown[] {
  const out: unknown[] = [];
  const perObject = 160;
  for (let i = 0; i < (mb * 1024 * 1024) / perObject; i++) {
    out.push({
      id: `doc-${i}`,
      text: `sentence ${i} ${rand().toString(36)}`,
      offsets: [i, i + 10],
      seen: i % 7 === 0,
    });
  }
  return out;
}

interface Row {
  label: string;
  t: Timing;
  /** The floor and the NetworkX timing this row is compared with. */
  floor: number;
  nx: number | undefined;
}

async function main(): Promise<void> {
  const sizes = QUICK
    ? [[10_000, 50_000]]
    : [
        [10_000, 50_000],
        [100_000, 1_000_000],
      ];
  const pairCount = QUICK ? 100 : 200;
  const rand = createRandom(SEED);
  const keep = ballast(QUICK ? 64 : 300, rand);
  const summary: string[] = [];
  process.stdout.write(
    `kg query bench${QUICK ? " (quick)" : ""}: node ${process.version}, ${pairCount} pairs, median per query, seed ${SEED}\n`,
  );
  for (const [n, m] of sizes as [number, number][]) {
    const t0 = performance.now();
    const g = synthesize(n, m, rand);
    const floor = createFloor(g);
    const pairs: [number, number][] = [];
    while (pairs.length < pairCount) {
      const s = Math.floor(rand() * n);
      const t = Math.floor(rand() * n);
      if (s !== t && floor.bfs(s, t) > 0) pairs.push([s, t]);
    }
    const ug = new UndirectedGraph();
    for (let i = 0; i < n; i++) ug.addNode(i);
    for (let e = 0; e < m; e++) {
      const [s, t] = [g.src[e]!, g.dst[e]!];
      if (ug.hasEdge(s, t))
        ug.setEdgeAttribute(s, t, "cost", Math.min(ug.getEdgeAttribute(s, t, "cost") as number, g.cost[e]!));
      else ug.addEdge(s, t, { cost: g.cost[e]! });
    }
    const built = performance.now() - t0;
    const engine = createQueryEngine(g.graph, { timeoutMs: 60_000, maxVisited: 10_000_000 });
    const t1 = performance.now();
    engine.paths("n0", "n1", { maxHops: 12 }); // builds the path index and the search index
    const indexMs = performance.now() - t1;

    // Sanity: kg agrees with the floors (on the first 50 pairs).
    let wrong = 0;
    for (const [s, t] of pairs.slice(0, 50)) {
      const a = engine.paths(`n${s}`, `n${t}`, { maxHops: 12, maxPaths: 1 }).paths[0];
      const b = engine.paths(`n${s}`, `n${t}`, { maxHops: 12, weighted: true, maxPaths: 1 }).paths[0];
      const hops = floor.bfs(s, t);
      const cost = floor.dijkstra(s, t);
      if (a?.length !== hops || floor.bibfs(s, t) !== hops) wrong++;
      if (!b || Math.abs(b.cost - cost) > 1e-9 || Math.abs(floor.bidijkstra(s, t) - cost) > 1e-9) wrong++;
    }

    const nx = networkx(g, pairs);
    const bfsFloor = time(pairs, (s, t) => floor.bfs(s, t));
    const dijFloor = time(pairs, (s, t) => floor.dijkstra(s, t));
    const unweightedRow = (label: string, t: Timing): Row => ({
      label,
      t,
      floor: bfsFloor.us,
      nx: nx?.bfs.us,
    });
    const weightedRow = (label: string, t: Timing): Row => ({
      label,
      t,
      floor: dijFloor.us,
      nx: nx?.dijkstra.us,
    });
    const rows: Row[] = [
      unweightedRow("floor: BFS over CSR", bfsFloor),
      unweightedRow(
        "(ref) bidirectional BFS over CSR",
        time(pairs, (s, t) => floor.bibfs(s, t)),
      ),
      unweightedRow(
        "kg unweighted, one path",
        time(pairs, (s, t) => engine.paths(`n${s}`, `n${t}`, { maxHops: 12, maxPaths: 1 })),
      ),
      unweightedRow(
        "kg unweighted, all shortest (<=50)",
        time(pairs, (s, t) => engine.paths(`n${s}`, `n${t}`, { maxHops: 12 })),
      ),
      unweightedRow(
        "graphology unweighted.bidirectional",
        time(pairs, (s, t) => unweighted.bidirectional(ug, String(s), String(t))),
      ),
      ...(nx ? [unweightedRow("networkx bidirectional_shortest_path", nx.bfs)] : []),
      weightedRow("floor: Dijkstra over CSR", dijFloor),
      weightedRow(
        "(ref) bidirectional Dijkstra over CSR",
        time(pairs, (s, t) => floor.bidijkstra(s, t)),
      ),
      weightedRow(
        "kg weighted (evidence cost)",
        time(pairs, (s, t) => engine.paths(`n${s}`, `n${t}`, { maxHops: 12, weighted: true })),
      ),
      weightedRow(
        "graphology dijkstra.bidirectional",
        time(pairs, (s, t) => dijkstra.bidirectional(ug, String(s), String(t), "cost")),
      ),
      ...(nx ? [weightedRow("networkx dijkstra_path", nx.dijkstra)] : []),
    ];
    const k3 = time(pairs.slice(0, Math.min(50, pairs.length)), (s, t) =>
      engine.paths(`n${s}`, `n${t}`, { maxHops: 12, mode: "k-shortest", k: 3 }),
    );

    const name = `${n / 1000}k nodes / ${m >= 1e6 ? `${m / 1e6}M` : `${m / 1000}k`} edges`;
    process.stdout.write(
      `\n${name}: graphs built in ${(built / 1000).toFixed(1)} s, kg index in ${indexMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, kg/floor disagreements: ${wrong}\n`,
    );
    process.stdout.write(
      `  ${"".padEnd(38)}${"median µs".padStart(11)}${"× floor".padStart(10)}${"× networkx".padStart(12)}\n`,
    );
    for (const r of rows) {
      const vsNx = r.nx ? (r.t.us / r.nx).toFixed(3) : "n/a";
      const of = r.t.n < pairs.length ? `  (${r.t.n} pairs)` : "";
      process.stdout.write(
        `  ${r.label.padEnd(38)}${r.t.us.toFixed(1).padStart(11)}${(r.t.us / r.floor).toFixed(2).padStart(10)}${vsNx.padStart(12)}${of}\n`,
      );
    }
    process.stdout.write(
      `  ${"kg k-shortest k=3".padEnd(38)}${k3.us.toFixed(1).padStart(11)}  (${k3.n} pairs)\n`,
    );
    const row = (prefix: string): Row => rows.find((r) => r.label.startsWith(prefix))!;
    const [kgU, kgW, grU, grW] = [
      row("kg unweighted, one"),
      row("kg weighted"),
      row("graphology unweighted"),
      row("graphology dijkstra"),
    ];
    const nxPart = (r: Row): string => (r.nx ? `, ${(r.nx / r.t.us).toFixed(1)}x faster than NetworkX` : "");
    const ratio = (r: Row, base: Row): string => (r.t.us / base.t.us).toFixed(2);
    const [biBfs, biDij] = [row("(ref) bidirectional BFS"), row("(ref) bidirectional Dijkstra")];
    const [bfsRow, dijRow] = [row("floor: BFS"), row("floor: Dijkstra")];
    summary.push(
      `${name} (floor = plain BFS / Dijkstra over CSR; ref = bidirectional over CSR):\n` +
        `  kg unweighted ${kgU.t.us.toFixed(1)} µs = ${ratio(kgU, bfsRow)}x floor, ${ratio(kgU, biBfs)}x ref${nxPart(kgU)}; graphology ${ratio(grU, bfsRow)}x floor, ${ratio(grU, biBfs)}x ref\n` +
        `  kg weighted ${kgW.t.us.toFixed(1)} µs = ${ratio(kgW, dijRow)}x floor, ${ratio(kgW, biDij)}x ref${nxPart(kgW)}; graphology ${ratio(grW, dijRow)}x floor, ${ratio(grW, biDij)}x ref`,
    );
  }
  process.stdout.write(`\n== query bench summary${QUICK ? " (quick)" : ""} ==\n${summary.join("\n")}\n`);
  void keep;
}

// A 1M-edge graphology graph (twice: the domain graph and graphology's undirected baseline) needs a big heap.
if (
  !QUICK &&
  getHeapStatistics().heap_size_limit < (HEAP_MB - 512) * 1024 * 1024 &&
  !process.env.KG_BENCH_CHILD
) {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", fileURLToPath(import.meta.url), ...args],
    {
      stdio: "inherit",
      env: { ...process.env, KG_BENCH_CHILD: "1" },
    },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  await main();
}
