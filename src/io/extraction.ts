/**
 * The Extraction an imported graph amounts to: its entities, its asserted relations and the
 * hedged ones, so the graph store can merge an imported file like any other source.
 */
import type { KgGraph } from "../model/graph.ts";
import type { ExtractedRelation, Extraction } from "../model/types.ts";

/**
 * Converts a graph to an Extraction (evidence split by modality: asserted → relations, others →
 * hedged). Evidence lists are shared with the graph, not copied.
 */
export function toExtraction(graph: KgGraph): Extraction {
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
  graph.forEachEdge((_key, a, source, target) => {
    const base: Omit<ExtractedRelation, "evidence"> = { source, relation: a.relation, target };
    if (a.evidence.every((e) => e.modality === "asserted")) {
      extraction.relations.push({ ...base, evidence: a.evidence });
      return;
    }
    const asserted = a.evidence.filter((e) => e.modality === "asserted");
    const hedged = a.evidence.filter((e) => e.modality !== "asserted");
    if (asserted.length) extraction.relations.push({ ...base, evidence: asserted });
    if (hedged.length) extraction.hedged.push({ ...base, evidence: hedged });
  });
  return extraction;
}
