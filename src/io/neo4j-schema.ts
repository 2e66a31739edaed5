/**
 * The Neo4j shape of a kg graph, shared by the CSV export and `kg push`: entities become
 * `:Entity:<Type>` nodes, edges become relationships typed by their relation (`SUPPLIES`), and
 * every piece of evidence becomes an `:Evidence` node that names its edge (`edge`, `index`), so
 * no sentence, offset, rule or date is lost. Columns carry neo4j-admin types (`mentions:int`).
 */
import type { Evidence } from "../model/types.ts";
import type { ExportView, ViewEdge, ViewNode } from "./view.ts";

/** The property types kg writes (a subset of neo4j-admin's). */
export type Neo4jType = "string" | "int" | "long" | "double" | "boolean" | "string[]";

/** One property column: its name, its type, and how to read it from a record. */
export interface Neo4jColumn<T> {
  name: string;
  type: Neo4jType;
  get(record: T): unknown;
}

/** A piece of evidence with the edge it supports and its place in that edge's list. */
export interface EvidenceRecord {
  edge: string;
  index: number;
  evidence: Evidence;
}

/** The node label every entity carries (and the id space of entity ids). */
export const ENTITY_LABEL = "Entity";
/** The node label of evidence nodes (and the id space of evidence ids). */
export const EVIDENCE_LABEL = "Evidence";

/** Array delimiters tried in turn: the first that no array element contains is used. */
export const ARRAY_DELIMITERS = [";", "|", "\u001f"] as const;

/** An identifier made of letters, digits and underscores (never empty). */
function identifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return cleaned.length > 0 ? cleaned : "Unknown";
}

/** The label of an entity type (`WeaponSystem` stays `WeaponSystem`). */
export function labelOf(entityType: string): string {
  return identifier(entityType);
}

/** The relationship type of a relation (`affiliated_with` → `AFFILIATED_WITH`). */
export function relTypeOf(relation: string): string {
  return identifier(relation).toUpperCase();
}

/** The id of the `index`-th piece of evidence of edge `edge`. */
export function evidenceId(edge: string, index: number): string {
  return `${edge}#${index}`;
}

function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

/** The property columns of entity nodes (after `id:ID(Entity)` and `:LABEL`). */
export const NODE_COLUMNS: readonly Neo4jColumn<ViewNode>[] = [
  { name: "name", type: "string", get: (n) => n.attributes.name },
  { name: "type", type: "string", get: (n) => n.attributes.type },
  { name: "aliases", type: "string[]", get: (n) => n.attributes.aliases ?? [] },
  { name: "mentions", type: "int", get: (n) => finite(n.attributes.mentions) ?? 0 },
  { name: "docs", type: "string[]", get: (n) => n.attributes.docs ?? [] },
  { name: "x", type: "double", get: (n) => finite(n.attributes.x) },
  { name: "y", type: "double", get: (n) => finite(n.attributes.y) },
];

/** The property columns of relationships (after the start, end and type columns). */
export const REL_COLUMNS: readonly Neo4jColumn<ViewEdge>[] = [
  { name: "key", type: "string", get: (e) => e.key },
  { name: "relation", type: "string", get: (e) => e.attributes.relation },
  { name: "weight", type: "int", get: (e) => finite(e.attributes.weight) ?? e.attributes.evidence.length },
  { name: "docs", type: "int", get: (e) => finite(e.attributes.docs) },
  { name: "evidenceCount", type: "int", get: (e) => e.attributes.evidence.length },
  { name: "firstSeen", type: "string", get: (e) => e.attributes.firstSeen ?? null },
  { name: "lastSeen", type: "string", get: (e) => e.attributes.lastSeen ?? null },
  { name: "firstEvent", type: "string", get: (e) => e.attributes.firstEvent ?? null },
  { name: "lastEvent", type: "string", get: (e) => e.attributes.lastEvent ?? null },
];

/** Evidence fields whose type is fixed whatever the data holds. */
const KNOWN_EVIDENCE_TYPES: Readonly<Record<string, Neo4jType>> = {
  doc: "string",
  sentence: "string",
  start: "int",
  end: "int",
  trigger: "string",
  rule: "string",
  modality: "string",
  headline: "boolean",
  date: "string",
};

/** Evidence fields in the order they are written; fields found later follow, sorted. */
const EVIDENCE_ORDER = Object.keys(KNOWN_EVIDENCE_TYPES);

/** Names kg itself gives evidence nodes (a field with one of these names is renamed `field_<name>`). */
const RESERVED = new Set(["id", "edge", "index"]);

function typeOfValue(value: unknown): Neo4jType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  return "string";
}

function widen(a: Neo4jType | null, b: Neo4jType | null): Neo4jType | null {
  if (a === null) return b;
  if (b === null || a === b) return a;
  if ((a === "long" && b === "double") || (a === "double" && b === "long")) return "double";
  return "string";
}

/** A value as a property of the given type (objects as JSON text, mixed types as text). */
function asType(value: unknown, type: Neo4jType): unknown {
  if (value === null || value === undefined) return null;
  if (type === "string") return typeof value === "object" ? JSON.stringify(value) : String(value);
  return value;
}

/**
 * The property columns of evidence nodes (after `id:ID(Evidence)` and `:LABEL`): `edge`, `index`,
 * then every field any piece of evidence carries (known fields first, new ones sorted), typed from
 * the values found. A field name that is not an identifier is written with `_` for its other characters.
 */
export function evidenceColumns(view: ExportView): Neo4jColumn<EvidenceRecord>[] {
  const seen = new Map<string, Neo4jType | null>();
  for (const { attributes } of view.edges()) {
    for (const evidence of attributes.evidence) {
      for (const [field, value] of Object.entries(evidence)) {
        if (field in KNOWN_EVIDENCE_TYPES) seen.set(field, KNOWN_EVIDENCE_TYPES[field] ?? "string");
        else seen.set(field, widen(seen.get(field) ?? null, typeOfValue(value)));
      }
    }
  }
  const fields = [
    ...EVIDENCE_ORDER.filter((f) => seen.has(f)),
    ...[...seen.keys()].filter((f) => !(f in KNOWN_EVIDENCE_TYPES)).sort(),
  ];
  const columns: Neo4jColumn<EvidenceRecord>[] = [
    { name: "edge", type: "string", get: (r) => r.edge },
    { name: "index", type: "int", get: (r) => r.index },
  ];
  for (const field of fields) {
    const type = seen.get(field) ?? "string";
    columns.push({
      name: RESERVED.has(field) ? `field_${field}` : identifier(field),
      type,
      get: (r) => asType((r.evidence as unknown as Record<string, unknown>)[field], type),
    });
  }
  return columns;
}

/** Every piece of evidence of the view, in edge order. */
export function* evidenceRecords(view: ExportView): Generator<EvidenceRecord> {
  for (const { key, attributes } of view.edges()) {
    for (let index = 0; index < attributes.evidence.length; index++) {
      const evidence = attributes.evidence[index];
      if (evidence !== undefined) yield { edge: key, index, evidence };
    }
  }
}

/**
 * The array delimiter to write with: the first of ARRAY_DELIMITERS that no alias or document id
 * contains (so splitting an array gives back exactly its elements), else null.
 */
export function chooseArrayDelimiter(view: ExportView): string | null {
  const candidates = new Set<string>(ARRAY_DELIMITERS);
  for (const { attributes } of view.nodes()) {
    for (const column of NODE_COLUMNS) {
      if (column.type !== "string[]") continue;
      for (const element of column.get({ key: "", attributes }) as string[]) {
        for (const d of candidates) if (element.includes(d)) candidates.delete(d);
      }
    }
    if (candidates.size === 0) return null;
  }
  return ARRAY_DELIMITERS.find((d) => candidates.has(d)) ?? null;
}

/** The entity types present in the view, in first-seen order. */
export function entityTypesOf(view: ExportView): string[] {
  const types = new Set<string>();
  for (const { attributes } of view.nodes()) types.add(attributes.type);
  return [...types];
}

/** The relations present in the view, in first-seen order. */
export function relationsOf(view: ExportView): string[] {
  const relations = new Set<string>();
  for (const { attributes } of view.edges()) relations.add(attributes.relation);
  return [...relations];
}
