/** Finding labelled triples in an extraction, by entity name or alias (meets in either direction). */
import type { EntityType, RelationType } from "../../../src/model/ontology.ts";
import type { ExtractedRelation, Extraction } from "../../../src/model/types.ts";

/** A triple by entity name: [source, relation, target]. */
export type NamedTriple = [string, RelationType, string];

/** The id of the entity with this name or alias (case-insensitive), or undefined. */
export function idOf(extraction: Extraction, name: string): string | undefined {
  const lower = name.toLowerCase();
  return extraction.entities.find(
    (e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower),
  )?.id;
}

/** True when an entity with this name or alias (case-insensitive) has this type. */
export function ofType(extraction: Extraction, name: string, type: EntityType): boolean {
  const lower = name.toLowerCase();
  return extraction.entities.some(
    (e) =>
      e.type === type && (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)),
  );
}

/** The relation of `list` that the named triple stands for, or undefined. */
export function has(
  extraction: Extraction,
  list: ExtractedRelation[],
  [s, rel, t]: NamedTriple,
): ExtractedRelation | undefined {
  const source = idOf(extraction, s);
  const target = idOf(extraction, t);
  if (!source || !target) return undefined;
  return list.find(
    (r) =>
      r.relation === rel &&
      ((r.source === source && r.target === target) ||
        (rel === "meets" && r.source === target && r.target === source)),
  );
}

/** An extraction's relations, hedged facts (with their modality) and entity names, for a failing check's message. */
export const showExtraction = (x: Extraction): string =>
  JSON.stringify({
    relations: x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`),
    hedged: x.hedged.map((r) => `${r.source} ${r.relation} ${r.target} ${r.evidence[0]?.modality}`),
    entities: x.entities.map((e) => e.name),
  });
