/**
 * Mapping foreign vocabularies onto the ontology: entity types and relations written by
 * other tools (Gephi columns, NetworkX attributes, "organisation", "GPE"...), and node ids.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../model/ontology.ts";
import { slugify } from "../model/ids.ts";

function norm(value: string): string {
  return value.toLowerCase().replace(/[\s_\-.]+/g, "");
}

const TYPE_SYNONYMS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...ENTITY_TYPES.map((t) => [norm(t), t] as [string, EntityType]),
  ...(["per", "people", "individual", "human"] as const).map((s) => [s, "Person"] as [string, EntityType]),
  ...(["org", "organisation", "company", "agency", "institution", "ministry", "group", "norp"] as const).map(
    (s) => [s, "Organization"] as [string, EntityType],
  ),
  ...(["gpe", "nation", "state", "countries"] as const).map((s) => [s, "Country"] as [string, EntityType]),
  ...(["loc", "place", "city", "region", "fac", "facility"] as const).map(
    (s) => [s, "Location"] as [string, EntityType],
  ),
  ...(["weapon", "weapons", "system", "weaponsystems", "equipment"] as const).map(
    (s) => [s, "WeaponSystem"] as [string, EntityType],
  ),
]);

const RELATION_SYNONYMS: ReadonlyMap<string, RelationType> = new Map<string, RelationType>([
  ...RELATION_TYPES.map((r) => [norm(r), r] as [string, RelationType]),
  ...(["supply", "supplied", "supplier", "provides", "sends", "delivers"] as const).map(
    (s) => [s, "supplies"] as [string, RelationType],
  ),
  ...(["meet", "met", "meeting", "meetswith"] as const).map((s) => [s, "meets"] as [string, RelationType]),
  ...(["assess", "assessed", "assessment", "reports", "estimates"] as const).map(
    (s) => [s, "assesses"] as [string, RelationType],
  ),
  ...(["affiliated", "affiliation", "memberof", "partof", "worksfor", "belongsto"] as const).map(
    (s) => [s, "affiliated_with"] as [string, RelationType],
  ),
]);

const EXACT_TYPES: ReadonlyMap<string, EntityType> = new Map(ENTITY_TYPES.map((t) => [t, t]));
const EXACT_RELATIONS: ReadonlyMap<string, RelationType> = new Map(RELATION_TYPES.map((r) => [r, r]));

/** The node attributes a foreign file may hold its entity type in, most specific first. */
export const TYPE_ATTRIBUTE_NAMES = ["entity_type", "entitytype", "type", "category", "class"] as const;

/** The entity type a foreign value names, or null. */
export function toEntityType(value: unknown): EntityType | null {
  if (typeof value !== "string") return null;
  // Fast path: kg's own files write the canonical name.
  return EXACT_TYPES.get(value) ?? TYPE_SYNONYMS.get(norm(value)) ?? null;
}

/** The relation a foreign value names, or null. */
export function toRelationType(value: unknown): RelationType | null {
  if (typeof value !== "string") return null;
  return EXACT_RELATIONS.get(value) ?? RELATION_SYNONYMS.get(norm(value)) ?? null;
}

/** Ids that tools generate rather than name: `0`, `n42`, `node-7`, `v3`. */
const GENERATED_ID = /^(n|node|v|vertex)?[-_]?\d+$/i;

/**
 * The entity id of an imported node: its own id when that is a slug and not a generated one
 * (kg's ids survive a trip through Gephi or NetworkX), else the slug of its name (NetworkX's
 * `0`, Gephi's `n42`, or an id such as "Kim Jong Un").
 */
export function toEntityId(rawId: string, name: string): string {
  if (rawId.length > 0 && !GENERATED_ID.test(rawId) && slugify(rawId) === rawId) return rawId;
  return slugify(name || rawId);
}
