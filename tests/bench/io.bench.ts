/**
 * io benchmark: GEXF export and import time and peak memory on seeded synthetic graphs
 * (10k nodes/50k edges and 100k/1M; `--quick`: 2k/10k and 10k/50k), each beside its baselines
 * measured in the same run: a plain streamed writer (minimal string concatenation of the same
 * nodes and edges), and NetworkX's write_gexf / read_gexf on the same graph and file.
 * Every measurement runs in its own process so that memory peaks do not mix.
 *
 * Run: node --import tsx tests/bench/io.bench.ts [--quick]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importFile, writeExport } from "../../src/io/index.ts";
import type { KgGraph } from "../../src/model/graph.ts";
import { ENTITY_COLORS } from "../../src/model/ontology.ts";
import { syntheticGraph } from "../unit/io/_synthetic.ts";

const SELF = fileURLToPath(import.meta.url);
const PYTHON = "/usr/bin/python3";
const SEED = 20250327;
const MB = 1024 * 1024;

interface Size {
  nodes: number;
  edges: number;
}

interface Measure {
  seconds: number;
  /** CPU seconds (user + system) of the work: steadier than wall time on a loaded machine. */
  cpu?: number;
  /** Peak RSS above the baseline taken just before the timed work (MB). */
  rssMB: number;
  /** Peak V8 heap above the baseline (MB; Node only). */
  heapMB?: number;
  /** Heap held by the in-memory graph (MB; export children only). */
  graphMB?: number;
  bytes?: number;
  error?: string;
}

// ---------------------------------------------------------------- children

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Samples RSS and heap every 50 ms (sampling more often costs CPU that would be counted as work) until stopped. */
function sampler(): { sample: () => void; stop: () => { rss: number; heap: number } } {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > rss) rss = m.rss;
    if (m.heapUsed > heap) heap = m.heapUsed;
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { rss, heap };
    },
  };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function buildGraph(size: Size): { graph: KgGraph; graphMB: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const graph = syntheticGraph({ ...size, seed: SEED, maxEvidence: 2 });
  gc();
  return { graph, graphMB: (process.memoryUsage().heapUsed - before) / MB };
}

/** The floor: the same GEXF nodes and edges by minimal string concatenation, streamed with backpressure. */
async function plainWrite(graph: KgGraph, file: string): Promise<void> {
  const out = createWriteStream(file);
  await once(out, "open");
  let buf =
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n<nodes>\n';
  const flush = async (): Promise<void> => {
    if (!out.write(buf)) await once(out, "drain");
    buf = "";
  };
  const days = new Map<string, Set<string>>();
  for (const { attributes: a, source, target } of graph.edgeEntries()) {
    for (const e of a.evidence!) {
      const d = e.date as string;
      (days.get(source) ?? days.set(source, new Set()).get(source)!).add(d);
      (days.get(target) ?? days.set(target, new Set()).get(target)!).add(d);
    }
  }
  for (const { node, attributes: a } of graph.nodeEntries()) {
    buf += `<node id="${node}" label="${a.name}"><attvalues><attvalue for="type" value="${a.type}"/><attvalue for="aliases" value="${a.aliases.join("; ")}"/><attvalue for="mentions" value="${a.mentions}"/><attvalue for="documents" value="${a.docs.join("; ")}"/></attvalues><spells>`;
    for (const d of days.get(node) ?? []) buf += `<spell start="${d}" end="${d}"/>`;
    buf += `</spells><viz:color hex="${ENTITY_COLORS[a.type]}"/><viz:position x="${a.x}" y="${a.y}"/><viz:size value="${a.mentions}"/></node>\n`;
    if (buf.length > 65536) await flush();
  }
  buf += "</nodes>\n<edges>\n";
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const evidence = a.evidence!;
    const first = evidence[0]!;
    buf += `<edge id="${edge}" source="${source}" target="${target}" label="${a.relation}" kind="${a.relation}" weight="${a.weight}"><attvalues><attvalue for="relation" value="${a.relation}"/><attvalue for="evidence_count" value="${evidence.length}"/><attvalue for="doc_count" value="${a.docs}"/><attvalue for="first_sentence" value="${first.sentence}"/><attvalue for="documents" value="${evidence.map((e) => e.doc).join("; ")}"/><attvalue for="first_seen" value="${a.firstSeen}"/><attvalue for="last_seen" value="${a.lastSeen}"/><attvalue for="evidence" value='${JSON.stringify(evidence)}'/></attvalues><spells>`;
    for (const e of evidence) buf += `<spell start="${e.date}" end="${e.date}"/>`;
    buf += "</spells></edge>\n";
    if (buf.length > 65536) await flush();
  }
  buf += "</edges>\n</graph>\n</gexf>\n";
  await flush();
  out.end();
  await once(out, "finish");
}

async function child(task: string, size: Size, file: string): Promise<Measure> {
  if (task === "kg-import") {
    gc();
    const base = process.memoryUsage();
    const s = sampler();
    const t = performance.now();
    const c = process.cpuUsage();
    const result = await importFile(file);
    const cpu = cpuSeconds(c);
    const seconds = (performance.now() - t) / 1000;
    const peak = s.stop();
    if (result.graph.size !== size.edges)
      throw new Error(`import gave ${result.graph.size} edges, not ${size.edges}`);
    return { seconds, cpu, rssMB: (peak.rss - base.rss) / MB, heapMB: (peak.heap - base.heapUsed) / MB };
  }
  const { graph, graphMB } = buildGraph(size);
  const base = process.memoryUsage();
  const s = sampler();
  const t = performance.now();
  const c = process.cpuUsage();
  if (task === "kg-export") await writeExport(graph, "gexf", file);
  else await plainWrite(graph, file);
  const cpu = cpuSeconds(c);
  const seconds = (performance.now() - t) / 1000;
  const peak = s.stop();
  return {
    seconds,
    cpu,
    rssMB: (peak.rss - base.rss) / MB,
    heapMB: (peak.heap - base.heapUsed) / MB,
    graphMB,
    bytes: statSync(file).size,
  };
}

// ---------------------------------------------------------------- NetworkX

const NX_SCRIPT = `
import sys, json, time, threading, gc
import networkx as nx
from networkx.readwrite.gexf import GEXFReader
GEXFReader.versions.setdefault("1.3", {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance", "SCHEMALOCATION": "", "VERSION": "1.3"})
def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
peak = [0]
def watch():
    while True:
        peak[0] = max(peak[0], rss())
        time.sleep(0.01)
threading.Thread(target=watch, daemon=True).start()
gc.collect(); base = rss(); peak[0] = base
t = time.time(); c = time.process_time(); g = nx.read_gexf(sys.argv[1], version="1.3"); cpu = time.process_time() - c; secs = time.time() - t
print(json.dumps({"read": {"seconds": secs, "cpu": cpu, "rssMB": (max(peak[0], rss()) - base) / 1048576, "edges": g.number_of_edges()}}), flush=True)
gc.collect(); base = rss(); peak[0] = base
t = time.time(); c = time.process_time(); nx.write_gexf(g, sys.argv[2]); cpu = time.process_time() - c; secs = time.time() - t
print(json.dumps({"write": {"seconds": secs, "cpu": cpu, "rssMB": (max(peak[0], rss()) - base) / 1048576}}), flush=True)
`;

/** NetworkX reads kg's file (timed), then writes it back (timed); a step that does not finish in time is reported as stopped. */
function networkx(file: string, outFile: string, timeoutMs: number): { read: Measure; write: Measure } {
  const run = spawnSync(PYTHON, ["-c", NX_SCRIPT, file, outFile], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: MB,
  });
  const results: Partial<Record<"read" | "write", Measure>> = {};
  for (const line of (run.stdout ?? "").split("\n"))
    if (line.startsWith("{")) Object.assign(results, JSON.parse(line));
  const error = run.error
    ? `stopped after ${timeoutMs / 1000} s`
    : (run.stderr.trim().split("\n").pop() ?? "failed");
  const failed: Measure = { seconds: NaN, rssMB: NaN, error };
  return { read: results.read ?? failed, write: results.write ?? failed };
}

// ---------------------------------------------------------------- parent

function runChild(task: string, size: Size, file: string, heapMB: number): Measure {
  const args = [
    "--expose-gc",
    `--max-old-space-size=${heapMB}`,
    "--import",
    "tsx",
    SELF,
    "--child",
    task,
    String(size.nodes),
    String(size.edges),
    file,
  ];
  try {
    const out = execFileSync(process.execPath, args, {
      encoding: "utf8",
      maxBuffer: MB,
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Measure;
  } catch (err) {
    return { seconds: NaN, rssMB: NaN, error: `failed: ${(err as Error).message.split("\n")[0]}` };
  }
}

const fmt = (n: number | undefined, digits = 2): string =>
  n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(digits);
const ratio = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : "n/a";

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const sizes: Size[] = quick
    ? [
        { nodes: 2_000, edges: 10_000 },
        { nodes: 10_000, edges: 50_000 },
      ]
    : [
        { nodes: 10_000, edges: 50_000 },
        { nodes: 100_000, edges: 1_000_000 },
      ];
  const dir = mkdtempSync(join(tmpdir(), "kg-io-bench-"));
  const summary: string[] = [];
  console.log(
    `io bench (${quick ? "quick" : "full"}; seed ${SEED}; each figure in its own process; peaks are above the baseline just before the work)`,
  );
  try {
    for (const size of sizes) {
      const label = `${size.nodes / 1000}k nodes / ${size.edges / 1000}k edges`;
      const heap = size.edges >= 500_000 ? 12_000 : 4_000;
      const file = join(dir, `kg-${size.edges}.gexf`);
      const kgExport = runChild("kg-export", size, file, heap);
      const floor = runChild("plain-export", size, join(dir, `plain-${size.edges}.gexf`), heap);
      const kgImport = runChild("kg-import", size, file, heap);
      const nx = networkx(
        file,
        join(dir, `nx-${size.edges}.gexf`),
        size.edges >= 500_000 ? 900_000 : 300_000,
      );
      rmSync(join(dir, `plain-${size.edges}.gexf`), { force: true });
      rmSync(join(dir, `nx-${size.edges}.gexf`), { force: true });
      rmSync(file, { force: true });
      console.log(
        `\n== ${label}: graph ${fmt(kgExport.graphMB, 0)} MB heap in memory, GEXF ${fmt((kgExport.bytes ?? 0) / MB, 0)} MB`,
      );
      const row = (name: string, m: Measure, note = ""): void =>
        console.log(
          `${name.padEnd(30)} ${fmt(m.seconds).padStart(7)} s wall ${fmt(m.cpu).padStart(7)} s cpu   peak +${fmt(m.rssMB, 0)} MB rss${m.heapMB === undefined ? "" : `, +${fmt(m.heapMB, 0)} MB heap`}${m.error ? ` (${m.error})` : ""}${note}`,
        );
      row("export  kg writeExport", kgExport);
      row(
        "        plain streamed floor",
        floor,
        `   kg/floor ${ratio(kgExport.cpu ?? NaN, floor.cpu ?? NaN)} cpu`,
      );
      row(
        "        NetworkX write_gexf",
        nx.write,
        `   NetworkX/kg ${ratio(nx.write.cpu ?? NaN, kgExport.cpu ?? NaN)} cpu`,
      );
      row("import  kg importFile", kgImport);
      row(
        "        NetworkX read_gexf",
        nx.read,
        `   NetworkX/kg ${ratio(nx.read.cpu ?? NaN, kgImport.cpu ?? NaN)} cpu`,
      );
      const exportMemory = ((kgExport.graphMB ?? 0) + (kgExport.heapMB ?? 0)) / (kgExport.graphMB ?? 1);
      summary.push(
        `${label}: export ${fmt(kgExport.cpu, 1)} s cpu = ${ratio(kgExport.cpu ?? NaN, floor.cpu ?? NaN)} the plain writer (target <= 2x); ` +
          `peak heap ${exportMemory.toFixed(2)}x the graph (target < 2x); NetworkX write_gexf ${fmt(nx.write.cpu, 1)} s cpu; ` +
          `import ${fmt(kgImport.cpu, 1)} s cpu vs NetworkX read_gexf ${fmt(nx.read.cpu, 1)} s cpu (NetworkX/kg ${ratio(nx.read.cpu ?? NaN, kgImport.cpu ?? NaN)})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("\n--- io bench summary ---");
  for (const line of summary) console.log(line);
}

const childAt = process.argv.indexOf("--child");
if (childAt !== -1) {
  const [task, nodes, edges, file] = process.argv.slice(childAt + 1);
  const measure = await child(task ?? "", { nodes: Number(nodes), edges: Number(edges) }, file ?? "");
  console.log(JSON.stringify(measure));
} else {
  await main();
}
