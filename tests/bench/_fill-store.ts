/**
 * Fills a data folder with `n` synthetic sources and builds its store with the template
 * extraction (the store's own cost: reading, merging, layout and writing, no NLP), in a process of
 * its own so that the build's peak RSS is its own. Prints one JSON line: build wall ms and peak RSS.
 * Run: node --import tsx tests/bench/_fill-store.ts DIR N
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "../../src/graph/store.ts";
import type { Extraction } from "../../src/model/types.ts";
import { syntheticArticle } from "./_synthetic.ts";

/** An extraction with its evidence pointed at `doc`. */
export function withDoc(x: Extraction, doc: string): Extraction {
  return {
    ...x,
    relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, doc })) })),
  };
}

/** Writes the sources and builds; resolves to the build's wall time in ms. */
async function fill(dir: string, n: number): Promise<number> {
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
  const ms = performance.now() - t;
  await store.close();
  return ms;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  const buildMs = await fill(dir as string, Number(n));
  console.log(JSON.stringify({ buildMs, peakRss: process.resourceUsage().maxRSS * 1024 }));
}
