/**
 * Graph statistics: counts by entity type and relation, hedged facts from the extractions,
 * documents, and the most connected entities.
 */
import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type RelationType,
} from "../model/ontology.ts";
import type { KgGraph } from "../model/graph.ts";
import type { SourceRecord } from "./types.ts";

/** One of the most connected entities. */
export interface TopEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Number of edges (in and out). */
  degree: number;
  /** Pieces of evidence over those edges. */
  evidence: number;
}

/** Counts that describe a graph and its sources. */
export interface GraphStats {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  byType: Record<EntityType, number>;
  byRelation: Record<RelationType, number>;
  /** Hedged (non-asserted) facts kept on the extractions, by modality and relation. */
  hedged: { total: number; byModality: Record<Modality, number>; byRelation: Record<RelationType, number> };
  top: TopEntity[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** How many most connected entities the statistics list by default. */
export const DEFAULT_TOP_ENTITIES = 10;

/** Computes the statistics of a graph and its source records; `top` lists up to `topN` entities. */
export function computeStats(
  graph: KgGraph,
  sources: Iterable<SourceRecord> = [],
  topN = DEFAULT_TOP_ENTITIES,
): GraphStats {
  const byType = zeros(ENTITY_TYPES);
  const byRelation = zeros(RELATION_TYPES);
  const hedged = { total: 0, byModality: zeros(MODALITIES), byRelation: zeros(RELATION_TYPES) };
  let evidence = 0;
  let documents = 0;
  graph.forEachNode((_, a) => {
    byType[a.type] = (byType[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_, a) => {
    byRelation[a.relation] = (byRelation[a.relation] ?? 0) + 1;
    evidence += a.evidence?.length ?? a.weight;
  });
  for (const source of sources) {
    documents++;
    for (const r of source.extraction.hedged ?? []) {
      hedged.total++;
      hedged.byRelation[r.relation] = (hedged.byRelation[r.relation] ?? 0) + 1;
      const modality = r.evidence[0]?.modality ?? "possible";
      hedged.byModality[modality] = (hedged.byModality[modality] ?? 0) + 1;
    }
  }
  const top = graph
    .mapNodes((id, a): TopEntity => {
      let ev = 0;
      graph.forEachEdge(id, (_, e) => {
        ev += e.evidence?.length ?? e.weight;
      });
      return { id, name: a.name, type: a.type, degree: graph.degree(id), evidence: ev };
    })
    .sort((a, b) => b.degree - a.degree || b.evidence - a.evidence || (a.id < b.id ? -1 : 1))
    .slice(0, topN);
  return {
    documents,
    entities: graph.order,
    relations: graph.size,
    evidence,
    byType,
    byRelation,
    hedged,
    top,
  };
}
