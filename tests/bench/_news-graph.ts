/**
 * A seeded news-like graph with many entities, written into a kg.db as the store keeps one: for
 * the memory benchmark. Pronounceable names (some with aliases), skewed degrees (hubs), each
 * entity in a few documents, 1-3 dated pieces of evidence per edge, some event dates.
 */
import type { Evidence, EdgeAttributes } from "../../src/model/types.ts";
import { createKgGraph, type KgGraph } from "../../src/model/graph.ts";
import { edgeKey } from "../../src/model/ids.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/ontology.ts";
import { createRandom } from "../../src/graph/prng.ts";
import { writeGraph } from "../../src/graph/db/graph-rows.ts";
import { openDb } from "../../src/graph/db/open.ts";
import { Tables } from "../../src/graph/db/tables.ts";

const SYLLABLES = "ka,ro,mi,ta,vel,an,dor,shi,lu,ber,no,zan,qui,mar,es,ul,bri,nov,gat,hel".split(",");

/** An ISO day of 2025 (day 0 to 364). */
function day(n: number): string {
  return new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
}

/** Builds the graph in memory, each edge holding its evidence. `docs` documents are cited. */
export function newsGraph(nodes: number, edges: number, seed = 7): KgGraph {
  const rand = createRandom(seed);
  const docs = Math.max(1, Math.floor(edges / 5));
  const doc = () => `article-${String(Math.floor(rand() * docs)).padStart(6, "0")}.txt`;
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(rand() * 2) },
      () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!,
    ).join("");
  const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const graph = createKgGraph();
  for (let i = 0; i < nodes; i++) {
    const name = `${title(word())} ${title(word())}${i >= 400 ? ` ${i}` : ""}`;
    graph.addNode(`${name.toLowerCase().replace(/ /g, "-")}`, {
      name,
      type: ENTITY_TYPES[Math.floor(rand() * ENTITY_TYPES.length)]!,
      aliases: rand() < 0.15 ? [title(word())] : [],
      mentions: 1 + Math.floor(rand() * 6),
      docs: [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, doc))].sort(),
      x: rand() * 1000,
      y: rand() * 1000,
    });
  }
  const ids = graph.nodes();
  const endpoint = () => ids[Math.floor(nodes * rand() ** 2)]!;
  while (graph.size < edges) {
    const [s, t] = [endpoint(), endpoint()];
    const relation = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const key = edgeKey(s, relation, t);
    if (s === t || graph.hasEdge(key)) continue;
    const [source, , target] = key.split("|") as [string, string, string];
    const first = Math.floor(rand() * 300);
    const evidence: Evidence[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => {
      const sentence = `${graph.getNodeAttribute(source, "name")} ${relation} ${graph.getNodeAttribute(target, "name")}, officials said.`;
      return {
        doc: doc(),
        sentence,
        start: i * 100,
        end: i * 100 + sentence.length,
        trigger: relation,
        rule: "bench",
        modality: "asserted",
        date: day(first + i * 20),
      };
    });
    const attrs: EdgeAttributes = {
      relation,
      evidence,
      weight: evidence.length,
      docs: new Set(evidence.map((e) => e.doc)).size,
      firstSeen: evidence[0]!.date!,
      lastSeen: evidence[evidence.length - 1]!.date!,
    };
    if (rand() < 0.3) Object.assign(attrs, { firstEvent: day(first), lastEvent: day(first) });
    graph.addEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}

/** Writes `graph` (with its evidence and each node's documents) into a new store file. */
export function writeNewsStore(file: string, graph: KgGraph): void {
  const db = openDb(file);
  const tables = new Tables(db);
  const mentions: { doc: string; node: string; entity: string; count: number }[] = [];
  graph.forEachNode((node, a) => {
    for (const d of a.docs) mentions.push({ doc: d, node, entity: node, count: 1 });
  });
  db.transaction(() => writeGraph(tables, graph, mentions))();
  db.close();
}
