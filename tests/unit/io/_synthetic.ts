/**
 * A seeded synthetic knowledge graph of any size, for round-trip tests and the io benchmark:
 * typed nodes with aliases and positions, relations with one to three dated pieces of evidence.
 */
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import { edgeKey } from "../../../src/model/ids.ts";
import { ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from "../../../src/model/ontology.ts";
import type { Evidence } from "../../../src/model/types.ts";
import { createRandom } from "../../../src/graph/prng.ts";
import { edgeAttributesOf } from "../../../src/io/evidence.ts";

/** Size and flavour of a synthetic graph. */
export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Most pieces of evidence per edge (default 3; each edge gets 1..max). */
  maxEvidence?: number;
  /** Names with quotes, ampersands, angle brackets, commas, line breaks, emoji and control characters. */
  oddNames?: boolean;
}

const ODD = [
  '"quoted"',
  "A & B",
  "<tag>",
  "comma, inside",
  "line\nbreak",
  "emoji 🚀",
  "ctrl\u0007char",
  " padded ",
  "tab\there",
];

/** Builds the graph (deterministic for a given seed). */
export function syntheticGraph(options: SyntheticOptions): KgGraph {
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const graph = createKgGraph();
  for (let i = 0; i < options.nodes; i++) {
    const odd = options.oddNames && i % 3 === 0 ? ` ${pick(ODD)}` : "";
    graph.addNode(`entity-${i}`, {
      name: `Entity ${i}${odd}`,
      type: pick(ENTITY_TYPES),
      aliases: i % 4 === 0 ? [`E${i}`, `Alias ${i}`] : [],
      mentions: 1 + Math.floor(random() * 20),
      docs: [`doc-${i % 97}.txt`],
      x: Math.round(random() * 2000 - 1000) / 10,
      y: Math.round(random() * 2000 - 1000) / 10,
    });
  }
  let attempts = 0;
  while (graph.size < options.edges && attempts++ < options.edges * 3) {
    const a = Math.floor(random() * options.nodes);
    const b = Math.floor(random() * options.nodes);
    if (a === b) continue;
    const relation = pick(RELATION_TYPES);
    let [source, target] = [`entity-${a}`, `entity-${b}`];
    if (SYMMETRIC_RELATIONS.has(relation) && target < source) [source, target] = [target, source];
    const key = edgeKey(source, relation, target);
    if (graph.hasEdge(key)) continue;
    const count = 1 + Math.floor(random() * (options.maxEvidence ?? 3));
    const evidence: Evidence[] = [];
    for (let k = 0; k < count; k++) {
      const odd = options.oddNames && k === 0 ? ` ${pick(ODD)}` : "";
      const sentence = `Entity ${a} ${relation.replace("_", " ")} Entity ${b} according to report ${k}${odd}.`;
      const day = 1 + Math.floor(random() * 28);
      evidence.push({
        doc: `doc-${Math.floor(random() * 500)}.txt`,
        sentence,
        start: k * 200,
        end: k * 200 + sentence.length,
        trigger: relation,
        rule: "synthetic",
        modality: "asserted",
        date: `2025-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, "0")}`,
      });
    }
    graph.addEdgeWithKey(key, source, target, edgeAttributesOf(relation, evidence));
  }
  return graph;
}
