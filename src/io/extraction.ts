/**
 * The Extraction an imported graph amounts to: its entities, its asserted relations and the
 * hedged ones, so the graph store can merge an imported file like any other source.
 */
import { graphEvidence, type EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import type { ExtractedRelation, Extraction } from "../model/types.ts";

/**
 * Converts a graph to an Extraction (evidence split by modality: asserted → relations, others →
 * hedged). Evidence lists held by the graph are shared, not copied; edges that hold none are read from `evidence`.
 */
export function toExtraction(graph: KgGraph, evidence?: EvidenceSource): Extraction {
  const source = graphEvidence(graph, evidence);
  const extraction: Extraction = { entities: [], relations: [], hedged: [] };
  graph.forEachNode((id, a) => {
    extraction.entities.push({
      id,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases],
      mentions: a.mentions,
    });
  });
  graph.forEachEdge((key, a, from, target) => {
    const base: Omit<ExtractedRelation, "evidence"> = { source: from, relation: a.relation, target };
    const list = a.evidence ?? source.evidenceOf(key);
    if (list.every((e) => e.modality === "asserted")) {
      extraction.relations.push({ ...base, evidence: list });
      return;
    }
    const asserted = list.filter((e) => e.modality === "asserted");
    const hedged = list.filter((e) => e.modality !== "asserted");
    if (asserted.length) extraction.relations.push({ ...base, evidence: asserted });
    if (hedged.length) extraction.hedged.push({ ...base, evidence: hedged });
  });
  return extraction;
}
