/**
 * Evidence out of memory: the store's graph keeps each edge's counts and dates and reads its
 * evidence from kg.db. Every edge must keep every piece of its evidence, in order, with the same
 * counts and dates as the same articles merged in memory: after a full build, after documents are
 * added and removed one by one, and in a store opened again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/merge.ts";
import { openStore, type KgStore } from "../../../src/graph/store.ts";
import { extractDocument } from "../../../src/extract/index.ts";
import type { KgGraph } from "../../../src/model/graph.ts";
import type { EvidenceSource } from "../../../src/model/evidence.ts";
import type { Evidence, Extraction, SourceDocument } from "../../../src/model/types.ts";
import { OWN_ARTICLES_DIR, SHARED_ARTICLES_DIR } from "../../_fixtures.ts";
import { tempDir } from "./_tmp.ts";

/** The annotated articles as documents, each dated so that evidence carries dates. */
const ARTICLES: SourceDocument[] = [SHARED_ARTICLES_DIR, OWN_ARTICLES_DIR].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f, i) => ({
      id: f,
      text: readFileSync(join(dir, f), "utf8"),
      meta: { date: `2025-0${1 + (i % 9)}-1${i % 10}` },
    })),
);
const EXTRACTIONS = new Map<string, Extraction>(ARTICLES.map((d) => [d.text, extractDocument(d)]));
const extract = (doc: SourceDocument): Extraction => {
  const x = EXTRACTIONS.get(doc.text) as Extraction;
  return {
    ...x,
    relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, doc: doc.id })) })),
  };
};

/** What the same documents give merged in memory. */
function inMemory(docs: readonly SourceDocument[]): KgGraph {
  return buildGraph(docs.map((d) => ({ doc: d.id, date: d.meta.date ?? null, extraction: extract(d) })));
}

const SUMMARY = ["relation", "weight", "docs", "firstSeen", "lastSeen", "firstEvent", "lastEvent"] as const;

/** Evidence in document and offset order (an added document's evidence comes after what was stored). */
const byPlace = (list: readonly Evidence[]): Evidence[] =>
  [...list].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));

/** Each edge's summary and evidence as the store gives them, beside the in-memory graph's (in its order, or by place). */
function differences(expected: KgGraph, graph: KgGraph, evidence: EvidenceSource, ordered = true): string[] {
  const out: string[] = [];
  expected.forEachEdge((edge, attrs) => {
    if (!graph.hasEdge(edge)) return void out.push(`missing ${edge}`);
    const got = graph.getEdgeAttributes(edge);
    for (const k of SUMMARY)
      if ((got[k] ?? null) !== (attrs[k] ?? null)) out.push(`${edge} ${k}: ${got[k]} != ${attrs[k]}`);
    const headlines = attrs.evidence!.filter((e) => e.headline === true).length;
    if (got.headlines !== headlines) out.push(`${edge} headlines: ${got.headlines} != ${headlines}`);
    if (got.evidence !== undefined) out.push(`${edge} holds its evidence in memory`);
    if (ordered) expect(evidence.evidenceOf(edge), edge).toEqual(attrs.evidence);
    else expect(byPlace(evidence.evidenceOf(edge)), edge).toEqual(byPlace(attrs.evidence!));
  });
  if (graph.size !== expected.size) out.push(`${graph.size} edges != ${expected.size}`);
  return out;
}

let dir: string;
let store: KgStore;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, "sources"));
  for (const d of ARTICLES) {
    await writeFile(join(dir, "sources", d.id), `---\ndate: ${d.meta.date}\n---\n${d.text}`);
  }
}, 120_000);

describe("the store's evidence", () => {
  it("is every piece the in-memory merge holds, edge by edge, after a full build", async () => {
    store = await openStore({ dataDir: dir, extract, layout: { maxIterations: 5 } });
    await store.build();
    const expected = inMemory(ARTICLES);
    expect(expected.size).toBeGreaterThan(20);
    expect(differences(expected, store.graph, store.evidence)).toEqual([]);
  });

  it("keeps counts and dates right when documents are removed and added one by one", async () => {
    const [first, second, ...rest] = ARTICLES;
    await store.removeDocument(first!.id);
    await store.removeDocument(second!.id);
    expect(differences(inMemory(rest), store.graph, store.evidence)).toEqual([]);
    const added = await store.addDocument({ text: second!.text, date: second!.meta.date ?? null });
    const back = { ...second!, id: added.id };
    const expected = inMemory([...rest, back]);
    expect(differences(expected, store.graph, store.evidence, false)).toEqual([]);
  });

  it("is the same in a store opened again", async () => {
    const before = new Map(store.graph.mapEdges((edge) => [edge, store.evidence.evidenceOf(edge)] as const));
    await store.close();
    const again = await openStore({ dataDir: dir, extract });
    expect(again.graph.size).toBe(before.size);
    for (const [edge, evidence] of before) expect(again.evidence.evidenceOf(edge), edge).toEqual(evidence);
    again.graph.forEachEdge((_edge, attrs) => expect(attrs.evidence).toBeUndefined());
    await again.close();
  });

  it("reads a page of an edge's evidence", async () => {
    const again = await openStore({ dataDir: dir, extract });
    const busiest = again.graph
      .edges()
      .sort(
        (a, b) => again.graph.getEdgeAttribute(b, "weight") - again.graph.getEdgeAttribute(a, "weight"),
      )[0]!;
    const all = again.evidence.evidenceOf(busiest);
    expect(all.length).toBeGreaterThan(1);
    expect(again.evidence.evidenceOf(busiest, { offset: 1, limit: 1 })).toEqual([all[1]]);
    expect(again.evidence.evidenceOf(busiest, { limit: 1 })).toEqual([all[0]]);
    expect(again.evidence.evidenceOf("no|meets|one")).toEqual([]);
    await again.close();
  });

  it("reads the same page of many edges in one pass, as the JSON text of what evidenceOf reads", async () => {
    const again = await openStore({ dataDir: dir, extract });
    const edges = again.graph.edges();
    for (const page of [{ limit: 1 }, { limit: 1, offset: 1 }, { limit: 2, offset: 1 }, {}]) {
      const pages = again.evidence.pageTextsOf([...edges, "no|meets|one"], page);
      expect(pages.has("no|meets|one")).toBe(false);
      for (const edge of edges)
        expect(
          (pages.get(edge) ?? []).map((text) => JSON.parse(text)),
          edge,
        ).toEqual(again.evidence.evidenceOf(edge, page));
    }
    await again.close();
  });
});
