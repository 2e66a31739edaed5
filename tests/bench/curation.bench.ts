/**
 * Benchmark of curation at 100 and 1,000 stored documents (5,000 without --quick): a rename and
 * its undo (each re-merges the whole graph from the stored extractions, without a new layout),
 * and the merge suggestions of the graph. Each figure is printed beside a baseline from the same
 * run on the same store: one added document (template extraction) for the curation, and one copy
 * of the in-memory graph for the suggestions.
 * Run: node --import tsx tests/bench/curation.bench.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/graph/store.ts";
import { withDoc } from "./_fill-store.ts";
import { syntheticArticle } from "./_synthetic.ts";

const QUICK = process.argv.includes("--quick");
const SIZES = QUICK ? [100, 1000] : [100, 1000, 5000];

const ms = (t: number): string => `${t.toFixed(0)} ms`;

/** Builds a store of `n` synthetic sources in a process of its own. */
function fill(dir: string, n: number): void {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "_fill-store.ts"), dir, String(n)],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`fill ${n} failed: ${run.stderr}`);
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

for (const n of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-curation-"));
  try {
    fill(dir, n);
    const extra = syntheticArticle(2_000_000 + n, 2);
    const store = await openStore({ dataDir: dir, extract: (doc) => withDoc(extra.extraction, doc.id) });
    const [addMs] = await time(() => store.addDocument({ text: extra.doc.text }));
    const node = store.graph
      .nodes()
      .sort((a, b) => store.graph.degree(b) - store.graph.degree(a))[0] as string;
    const [renameMs, made] = await time(() =>
      store.curate({ kind: "rename", entity: node, name: "Renamed Actor" }),
    );
    const [undoMs] = await time(() => store.undoCuration(made.record.id));
    const [copyMs] = await time(() => store.graph.copy());
    const [suggestMs, found] = await time(() => store.curationSuggestions(50));
    console.log(
      `${String(n).padStart(5)} docs, ${store.graph.order} nodes, ${store.graph.size} edges: ` +
        `rename ${ms(renameMs)} (${(renameMs / addMs).toFixed(1)}x one add, ${ms(addMs)}), ` +
        `undo ${ms(undoMs)} (${(undoMs / addMs).toFixed(1)}x); ` +
        `suggestions ${ms(suggestMs)} for ${found.length} pairs (${(suggestMs / copyMs).toFixed(1)}x one graph copy, ${ms(copyMs)})`,
    );
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
