/**
 * Curation: the analyst's corrections (merge, split, rename, retype, reject an edge or one piece
 * of evidence) as records, and the pure function that applies the active records to a document's
 * extraction before it is merged.
 *
 * Why extractions and not the graph: a record rewrites the entities and relations of every
 * extraction it concerns (ids, names, types, aliases; rejected relations and evidence left out),
 * so identity resolution, merging, the mention table and document removal all work unchanged on
 * the curated extractions, whether a graph is built in full, changed one document at a time or
 * imported. The stored extractions stay as extracted: undoing a record brings everything back.
 *
 * Records name entities by stable things, never by a node id alone (node ids follow identity
 * resolution and may change): a selector holds the entity ids (slugs of canonical names, the
 * same in every extraction of a name) and the typed keys of the primary names of the entities
 * that made a node when the record was made. An entity matches when its id or its primary
 * name's typed key is listed. Records apply in the order they were made, each to what the earlier
 * ones left, so a selector taken after a merge (which gives the merged entities one id) matches.
 */
import type { EntityType, RelationType } from "../model/ontology.ts";
import { SYMMETRIC_RELATIONS } from "../model/ontology.ts";
import type { ExtractedEntity, ExtractedRelation, Extraction } from "../model/types.ts";
import { cachedNameKey, typedKey } from "./names.ts";

/** The kinds of curation record. `dismiss` hides a merge suggestion and changes no graph. */
export const CURATION_KINDS = [
  "merge",
  "split",
  "rename",
  "retype",
  "reject-edge",
  "reject-evidence",
  "dismiss",
] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];

/** Which extraction entities a record is about (see the header). */
export interface EntitySelector {
  /** The node id when the record was made (for display and for dismissals). */
  node: string;
  /** Its name then. */
  name: string;
  /** Entity ids of the entities that made the node. */
  ids: string[];
  /** Typed keys (names.ts) of those entities' primary names. */
  keys: string[];
}

/** What each kind of record holds. */
export type CurationData =
  | { kind: "merge"; keep: EntitySelector & { type: EntityType }; absorb: EntitySelector }
  | {
      kind: "split";
      entity: EntitySelector;
      alias: string;
      /** Untyped name keys of the node's other names: the split-off entity drops them. */
      otherKeys: string[];
      /** The id the split-off entities get. */
      newId: string;
    }
  | { kind: "rename"; entity: EntitySelector; from: string; name: string }
  | { kind: "retype"; entity: EntitySelector; from: EntityType; type: EntityType }
  | {
      kind: "reject-edge";
      edge: string;
      source: EntitySelector;
      relation: RelationType;
      target: EntitySelector;
    }
  | {
      kind: "reject-evidence";
      edge: string;
      source: EntitySelector;
      relation: RelationType;
      target: EntitySelector;
      doc: string;
      start: number;
      end: number;
    }
  | { kind: "dismiss"; a: EntitySelector; b: EntitySelector };

/** A stored record. */
export interface CurationRecord {
  id: number;
  kind: CurationKind;
  /** What it is about, for lists: a node id, an edge key, or `a+b` for a pair. */
  target: string;
  data: CurationData;
  createdAt: string;
  /** When it was undone, or null while it applies. */
  undoneAt: string | null;
}

/** A selector compiled for fast matching. */
interface Matcher {
  ids: ReadonlySet<string>;
  keys: ReadonlySet<string>;
}

/** The active records, compiled: what curateExtraction applies. */
export interface CurationPlan {
  /** True when no record changes extractions (curateExtraction returns its input). */
  readonly empty: boolean;
  readonly steps: readonly { data: CurationData; m: Matcher[] }[];
}

const matcher = (s: EntitySelector): Matcher => ({ ids: new Set(s.ids), keys: new Set(s.keys) });

/** Compiles the records that apply (not undone, not dismissals), in the order they were made. */
export function createCurationPlan(records: readonly CurationRecord[]): CurationPlan {
  const steps = [...records]
    .filter((r) => r.undoneAt === null && r.data.kind !== "dismiss")
    .sort((a, b) => a.id - b.id)
    .map((r) => {
      const d = r.data;
      const m =
        d.kind === "merge"
          ? [matcher(d.keep), matcher(d.absorb)]
          : d.kind === "reject-edge" || d.kind === "reject-evidence"
            ? [matcher(d.source), matcher(d.target)]
            : d.kind === "dismiss"
              ? []
              : [matcher(d.entity)];
      return { data: d, m };
    });
  return { empty: steps.length === 0, steps };
}

/** The plan with no records. */
export const EMPTY_PLAN: CurationPlan = { empty: true, steps: [] };

const keyOf = cachedNameKey();

function matches(m: Matcher, e: ExtractedEntity): boolean {
  return m.ids.has(e.id) || m.keys.has(typedKey(e.type, keyOf(e.name)));
}

/** Adds a name to an entity's aliases unless it is its name or already there. */
function withAlias(aliases: string[], name: string, own: string): string[] {
  return name === own || aliases.includes(name) ? aliases : [...aliases, name];
}

/** An entity while records are applied, with the name it was extracted with (a split finds it by that name). */
type Working = ExtractedEntity & { raw: string };

/** One extraction's entities and relations while records are applied. */
interface Work {
  entities: Working[];
  relations: ExtractedRelation[];
}

/** Gives entity ids new values and points the relations at them. */
function reassign(w: Work, ids: Map<string, string>): void {
  if (ids.size === 0) return;
  const to = (id: string) => ids.get(id) ?? id;
  w.relations = w.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) }));
}

/** Entities given one id by a record become one: names kept as aliases, mentions summed. */
function combineSameIds(w: Work): void {
  const byId = new Map<string, Working>();
  for (const e of w.entities) {
    const seen = byId.get(e.id);
    if (!seen) {
      byId.set(e.id, e);
      continue;
    }
    let aliases = withAlias(seen.aliases, e.name, seen.name);
    for (const a of e.aliases) aliases = withAlias(aliases, a, seen.name);
    byId.set(e.id, { ...seen, aliases, mentions: seen.mentions + e.mentions });
  }
  if (byId.size < w.entities.length) w.entities = [...byId.values()];
}

/** True when a relation runs between the two matched ends (either way for a symmetric relation). */
function between(
  r: ExtractedRelation,
  relation: RelationType,
  byId: Map<string, ExtractedEntity>,
  source: Matcher,
  target: Matcher,
): boolean {
  if (r.relation !== relation) return false;
  const s = byId.get(r.source);
  const t = byId.get(r.target);
  if (!s || !t) return false;
  if (matches(source, s) && matches(target, t)) return true;
  return SYMMETRIC_RELATIONS.has(relation) && matches(source, t) && matches(target, s);
}

/** Applies one record to an extraction in progress. */
function applyStep(w: Work, data: CurationData, m: Matcher[]): void {
  const ids = new Map<string, string>();
  switch (data.kind) {
    case "merge": {
      const [keep, absorb] = m as [Matcher, Matcher];
      const { node, name, type } = data.keep;
      w.entities = w.entities.map((e) => {
        if (matches(absorb, e) && !matches(keep, e)) {
          ids.set(e.id, node);
          return { ...e, id: node, name, type, aliases: withAlias(e.aliases, e.name, name) };
        }
        if (matches(keep, e)) {
          ids.set(e.id, node);
          return { ...e, id: node };
        }
        return e;
      });
      break;
    }
    case "split": {
      const [entity] = m as [Matcher];
      const aliasKey = keyOf(data.alias);
      const others = new Set(data.otherKeys);
      w.entities = w.entities.map((e) => {
        if (!matches(entity, e)) return e;
        if (keyOf(e.name) === aliasKey || keyOf(e.raw) === aliasKey) {
          ids.set(e.id, data.newId);
          const name = keyOf(e.name) === aliasKey ? e.name : e.raw;
          const aliases = e.aliases.filter((a) => !others.has(keyOf(a)) && keyOf(a) !== aliasKey);
          return { ...e, id: data.newId, name, aliases };
        }
        ids.set(e.id, data.entity.node);
        return { ...e, id: data.entity.node, aliases: e.aliases.filter((a) => keyOf(a) !== aliasKey) };
      });
      break;
    }
    case "rename": {
      const [entity] = m as [Matcher];
      w.entities = w.entities.map((e) =>
        matches(entity, e) && e.name !== data.name
          ? { ...e, name: data.name, aliases: withAlias(e.aliases, e.name, data.name) }
          : e,
      );
      break;
    }
    case "retype": {
      const [entity] = m as [Matcher];
      w.entities = w.entities.map((e) => (matches(entity, e) ? { ...e, type: data.type } : e));
      break;
    }
    case "reject-edge":
    case "reject-evidence": {
      const [source, target] = m as [Matcher, Matcher];
      const byId = new Map(w.entities.map((e) => [e.id, e]));
      w.relations = w.relations.flatMap((r) => {
        if (!between(r, data.relation, byId, source, target)) return [r];
        if (data.kind === "reject-edge") return [];
        const evidence = r.evidence.filter(
          (ev) => !(ev.doc === data.doc && ev.start === data.start && ev.end === data.end),
        );
        return evidence.length === 0 ? [] : [{ ...r, evidence }];
      });
      break;
    }
    case "dismiss":
      break;
  }
  reassign(w, ids);
  combineSameIds(w);
}

/**
 * A document's extraction as the active records make it. Never changes its input; with an
 * empty plan it returns it as it is. Hedged relations are left alone (they never become edges).
 */
export function curateExtraction(extraction: Extraction, plan: CurationPlan): Extraction {
  if (plan.empty) return extraction;
  const w: Work = {
    entities: extraction.entities.map((e) => ({ ...e, raw: e.name })),
    relations: extraction.relations,
  };
  for (const step of plan.steps) applyStep(w, step.data, step.m);
  const entities = w.entities.map(({ raw: _raw, ...e }) => e);
  return { ...extraction, entities, relations: w.relations };
}
