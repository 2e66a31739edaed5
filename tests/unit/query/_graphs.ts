/**
 * Small hand-built graphs for the query tests: a list of nodes and a list of edges in, a
 * KgGraph out, with made-up evidence sentences so hops can be checked for them.
 */
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import { edgeKey } from "../../../src/model/ids.ts";
import type { EntityType, RelationType } from "../../../src/model/ontology.ts";
import type { Evidence } from "../../../src/model/types.ts";

/** A node: id, type, and optionally its display name and aliases. */
export type NodeSpec = [id: string, type: EntityType, name?: string, aliases?: string[]];
/** An edge: source, relation, target, and optionally how many sentences and documents back it. */
export type EdgeSpec = [
  source: string,
  relation: RelationType,
  target: string,
  sentences?: number,
  docs?: number,
];

/** The made-up evidence sentence of an edge's i-th piece of evidence. */
export function sentenceOf(source: string, relation: string, target: string, i = 0): string {
  return `${source} ${relation} ${target} (${i + 1}).`;
}

/** Builds a graph; a node's name defaults to its id. */
export function graphOf(nodes: NodeSpec[], edges: EdgeSpec[]): KgGraph {
  const g = createKgGraph();
  for (const [id, type, name, aliases] of nodes) {
    g.addNode(id, { name: name ?? id, type, aliases: aliases ?? [], mentions: 1, docs: ["doc-1.txt"] });
  }
  for (const [source, relation, target, sentences = 1, docs = 1] of edges) {
    const evidence: Evidence[] = Array.from({ length: sentences }, (_, i) => ({
      doc: `doc-${(i % docs) + 1}.txt`,
      sentence: sentenceOf(source, relation, target, i),
      start: 0,
      end: 10,
      trigger: relation,
      rule: "test",
      modality: "asserted",
      date: "2024-11-01",
    }));
    const key = edgeKey(source, relation, target);
    const [s, , t] = key.split("|") as [string, string, string];
    g.addEdgeWithKey(key, s, t, {
      relation,
      evidence,
      weight: sentences,
      docs,
      firstSeen: "2024-11-01",
      lastSeen: "2024-11-01",
    });
  }
  return g;
}

/** A news-like graph around the first article: people, agencies, countries and a missile. */
export function koreaGraph(): KgGraph {
  return graphOf(
    [
      ["kim-jong-un", "Person", "Kim Jong Un", ["Kim", "North Korean leader Kim Jong Un"]],
      ["kim-yo-jong", "Person", "Kim Yo Jong", ["Kim"]],
      ["kim-jong-il", "Person", "Kim Jong Il"],
      ["sergei-shoigu", "Person", "Sergei Shoigu", ["Shoigu"]],
      ["russia", "Country", "Russia", ["Moscow's government"]],
      ["north-korea", "Country", "North Korea", ["the North", "DPRK"]],
      ["south-korea", "Country", "South Korea", ["ROK"]],
      ["united-states", "Country", "United States", ["U.S.", "US"]],
      ["national-intelligence-service", "Organization", "National Intelligence Service", ["NIS"]],
      ["joint-chiefs-of-staff", "Organization", "Joint Chiefs of Staff", ["JCS", "The Joint Chiefs"]],
      ["kn-23", "WeaponSystem", "KN-23"],
      ["kursk", "Location", "Kursk"],
      ["jose-hernandez", "Person", "José Hernández"],
    ],
    [
      ["kim-jong-un", "meets", "sergei-shoigu", 2],
      ["sergei-shoigu", "affiliated_with", "russia", 1],
      ["kim-jong-un", "affiliated_with", "north-korea", 3],
      ["kim-yo-jong", "affiliated_with", "north-korea", 1],
      ["north-korea", "supplies", "russia", 4, 2],
      ["north-korea", "supplies", "kn-23", 1],
      ["national-intelligence-service", "affiliated_with", "south-korea", 1],
      ["national-intelligence-service", "assesses", "north-korea", 2],
      ["national-intelligence-service", "assesses", "kim-jong-un", 1],
      ["joint-chiefs-of-staff", "affiliated_with", "south-korea", 1],
      ["joint-chiefs-of-staff", "assesses", "north-korea", 1],
    ],
  );
}
