/**
 * Benchmark of the graph layer: merging extractions into a graph, ForceAtlas2 layout in timed
 * batches, the store's group commit, the graph file round trip and source reading. Each figure is
 * printed beside a baseline measured in the same run. Seeded data; `--quick` runs smaller sizes.
 * Run: node --import tsx tests/bench/graph.bench.ts [--quick]
 */
import forceAtlas2Module from "graphology-layout-forceatlas2";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGraphFile, toGraphFile, writeGraphFile } from "../../src/graph/graph-file.ts";
import { layoutGraph, placeNewNodes } from "../../src/graph/layout.ts";
import { buildGraph, type DocumentExtraction } from "../../src/graph/merge.ts";
import { createRandom } from "../../src/graph/prng.ts";
import { readSource } from "../../src/graph/sources.ts";
import { openStore } from "../../src/graph/store.ts";
import { createKgGraph } from "../../src/model/graph.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/ontology.ts";
import type { Extraction, SourceDocument } from "../../src/model/types.ts";
import { randomGraph, zipf } from "../unit/graph/_graphs.ts";

const QUICK = process.argv.includes("--quick");
/** The library's synchronous layout (its CommonJS export, typed as the default export). */
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const summary: string[] = [];

/** Milliseconds taken by `fn` (best of `runs`). */
async function time(fn: () => unknown, runs = 1): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function report(label: string, ms: number, baselineLabel: string, baseMs: number): void {
  const line = `${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms   baseline ${baselineLabel}: ${baseMs.toFixed(1)} ms   ratio ${(ms / baseMs).toFixed(2)}`;
  console.log(line);
  summary.push(line);
}

/** Synthetic per-document extractions over a shared pool of entities. */
function syntheticDocs(docs: number, pool: number, seed: number): DocumentExtraction[] {
  const random = createRandom(seed);
  const names = Array.from({ length: pool }, (_, i) => ({
    id: `e${i}`,
    name: `Entity ${i}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
  }));
  return Array.from({ length: docs }, (_, d) => {
    const doc = `doc-${String(d).padStart(6, "0")}.txt`;
    const ents = new Map<string, (typeof names)[number]>();
    while (ents.size < 15) {
      const e = names[zipf(random, pool)]!;
      ents.set(e.id, e);
    }
    const list = [...ents.values()];
    const extraction: Extraction = {
      entities: list.map((e) => ({
        ...e,
        aliases: [`E${e.id.slice(1)}`],
        mentions: 1 + Math.floor(random() * 4),
      })),
      relations: Array.from({ length: 10 }, (_, r) => {
        const a = list[Math.floor(random() * list.length)]!;
        const b = list[Math.floor(random() * list.length)]!;
        const start = r * 100;
        return {
          source: a.id,
          relation: RELATION_TYPES[r % RELATION_TYPES.length]!,
          target: b.id,
          evidence: [
            {
              doc,
              sentence: "s",
              start,
              end: start + 90,
              trigger: "t",
              rule: "bench",
              modality: "asserted" as const,
            },
          ],
        };
      }),
      hedged: [],
    };
    return { doc, extraction, date: `2025-01-${String(1 + (d % 28)).padStart(2, "0")}` };
  });
}

async function benchMerge(): Promise<void> {
  for (const docs of QUICK ? [500] : [500, 5000]) {
    const data = syntheticDocs(docs, docs * 2, 42);
    const built = buildGraph(data);
    const exported = built.export();
    const ms = await time(() => buildGraph(data), 3);
    const base = await time(() => createKgGraph().import(exported), 3);
    report(
      `merge ${docs} docs -> ${built.order} nodes/${built.size} edges`,
      ms,
      "graph.import of result",
      base,
    );
  }
}

async function benchLayout(): Promise<void> {
  for (const barnesHutOptimize of [false, true]) {
    // Warm-up, so neither side pays for the first compilation of the iteration code.
    const w = randomGraph(500, 3, true);
    placeNewNodes(w, 1);
    layoutGraph(w.copy(), { maxIterations: 10, barnesHutThreshold: barnesHutOptimize ? 0 : 1e9 });
    forceAtlas2.assign(w, {
      iterations: 10,
      settings: { ...forceAtlas2.inferSettings(w), barnesHutOptimize },
    });
  }
  for (const n of QUICK ? [1000, 5000] : [2000, 20000]) {
    const iterations = n > 2000 ? 5 : QUICK ? 20 : 50;
    const start = randomGraph(n, 7, true);
    placeNewNodes(start, 1);
    let ms = Infinity;
    let base = Infinity;
    for (let run = 0; run < 2; run++) {
      // Alternate which side runs first, on fresh copies of the same start positions.
      const [a, b] = [start.copy(), start.copy()];
      const settings = { ...forceAtlas2.inferSettings(b), barnesHutOptimize: n > 2000 };
      const mine = (): Promise<number> =>
        time(() => layoutGraph(a, { maxIterations: iterations, timeBudgetMs: 1e9 }));
      const lib = (): Promise<number> => time(() => forceAtlas2.assign(b, { iterations, settings }));
      if (run % 2 === 0) base = Math.min(base, await lib());
      ms = Math.min(ms, await mine());
      if (run % 2 === 1) base = Math.min(base, await lib());
    }
    report(`layout ${n} nodes x${iterations} iterations`, ms, "forceAtlas2.assign", base);
  }
  const n = QUICK ? 20000 : 100000;
  const g = randomGraph(n, 9, true);
  const budget = 2000;
  const r = layoutGraph(g, { timeBudgetMs: budget, maxIterations: 10_000 });
  report(`layout ${n} nodes, 2 s budget (${r.iterations} it.)`, r.elapsedMs, "budget", budget);
}

async function benchStore(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-"));
  try {
    const existing = QUICK ? 200 : 1000;
    const data = syntheticDocs(existing + 100, existing * 2, 5);
    const byText = new Map(data.map((d, i) => [`bench document ${i}`, d.extraction]));
    const extract = (doc: SourceDocument): Extraction =>
      byText.get(doc.text.trim()) ?? { entities: [], relations: [], hedged: [] };
    const seq = await openStore({ dataDir: join(dir, "seq"), extract, layout: { maxIterations: 0 } });
    const grp = await openStore({ dataDir: join(dir, "grp"), extract, layout: { maxIterations: 0 } });
    for (let i = 0; i < existing; i += 100) {
      const batch = Array.from({ length: 100 }, (_, k) => ({ text: `bench document ${i + k}` }));
      await Promise.all(batch.map((d) => seq.addDocument(d)));
      await Promise.all(batch.map((d) => grp.addDocument(d)));
    }
    const adds = Array.from({ length: 50 }, (_, k) => ({ text: `bench document ${existing + k}` }));
    const base = await time(async () => {
      for (const d of adds) await seq.addDocument(d);
    });
    const ms = await time(() => Promise.all(adds.map((d) => grp.addDocument(d))));
    report(`50 concurrent addDocument on ${existing} docs`, ms, "50 sequential", base);
    // The store keeps its graph in SQLite; a graph.kg.json is now only read once, when a new
    // store imports a legacy file. Time that read of the same documents' merged graph.
    const merged = buildGraph(
      data.slice(0, existing + 50).map((d, i) => ({ doc: `doc${i}`, extraction: d.extraction })),
    );
    const file = join(dir, "legacy.kg.json");
    await writeGraphFile(file, toGraphFile(merged, [], "now"));
    const load = await time(() => readGraphFile(file), 3);
    const loadBase = await time(async () => JSON.parse(await readFile(file, "utf8")), 3);
    report(`load + validate legacy graph file (imported once)`, load, "readFile + JSON.parse", loadBase);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchSources(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-src-"));
  try {
    const mb = QUICK ? 5 : 20;
    const path = join(dir, "big.txt");
    await writeFile(path, "North Korea sent troops to Russia.\r\n".repeat(Math.ceil((mb * 1e6) / 36)));
    const ms = await time(() => readSource(path), 3);
    const base = await time(() => readFile(path, "utf8"), 3);
    report(`read ${mb} MB text source (CRLF)`, ms, "readFile utf8", base);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await benchMerge();
await benchLayout();
await benchStore();
await benchSources();
console.log(`\n--- graph bench summary${QUICK ? " (quick)" : ""} ---\n${summary.join("\n")}\n---`);
