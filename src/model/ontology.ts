/**
 * Ontology: the entity and relation types of kg (see docs/ontology.md).
 * The core five entity types and four relation types are the ones every build must get right.
 */

/** The kinds of actor or thing a node can be. */
export const ENTITY_TYPES = ["Person", "Organization", "Country", "Location", "WeaponSystem"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The directed relations an edge can carry (source → target). */
export const RELATION_TYPES = ["supplies", "meets", "assesses", "affiliated_with"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that have no direction: stored once, with source id <= target id. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(["meets"]);

/**
 * How a sentence commits to a relation. Only `asserted` evidence makes a graph edge;
 * the others are kept on the extraction as hedged facts.
 */
export const MODALITIES = ["asserted", "possible", "planned", "denied", "negated"] as const;
export type Modality = (typeof MODALITIES)[number];

/** Display colours by entity type, shared by the viewer and the exporters. */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  Person: "#e4572e",
  Organization: "#4c78a8",
  Country: "#54a24b",
  Location: "#b279a2",
  WeaponSystem: "#f2a541",
};

/** True when `value` names one of the entity types. */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** True when `value` names one of the relation types. */
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}
