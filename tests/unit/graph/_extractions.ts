/**
 * Hand-made extractions for graph-layer tests: entities and relations with evidence, built
 * from short descriptions so each test reads as the facts it is about.
 */
import { slugify } from "../../../src/model/ids.ts";
import type { EntityType, Modality, RelationType } from "../../../src/model/ontology.ts";
import type { ExtractedEntity, ExtractedRelation, Extraction } from "../../../src/model/types.ts";

/** An entity: `entity("Kim Jong Un", "Person", ["Kim"])`. */
export function entity(
  name: string,
  type: EntityType,
  aliases: string[] = [],
  mentions = 1,
): ExtractedEntity {
  return { id: slugify(name), name, type, aliases, mentions };
}

/** A relation between entity ids, with one piece of evidence per [start, end] pair. */
export function relation(
  doc: string,
  source: string,
  rel: RelationType,
  target: string,
  spans: [number, number][] = [[0, 10]],
  modality: Modality = "asserted",
  date?: string,
): ExtractedRelation {
  return {
    source,
    relation: rel,
    target,
    evidence: spans.map(([start, end]) => ({
      doc,
      sentence: `s${start}-${end}`,
      start,
      end,
      trigger: rel,
      rule: "test",
      modality,
      ...(date ? { date } : {}),
    })),
  };
}

/** An extraction from parts. */
export function extraction(
  entities: ExtractedEntity[],
  relations: ExtractedRelation[] = [],
  hedged: ExtractedRelation[] = [],
): Extraction {
  return { entities, relations, hedged };
}
