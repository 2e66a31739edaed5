/**
 * From a curation request (node ids, an edge key, a piece of evidence) to the record that is
 * stored: checks that what it names exists and that it would change something, and takes the
 * stable selectors of the nodes it names (see curation.ts). Unknown things are UNKNOWN_* errors
 * (404), a request that would change nothing or repeats itself is CURATION_CONFLICT (409).
 */
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { slugify } from "../model/ids.ts";
import type { EntityType } from "../model/ontology.ts";
import type { Evidence } from "../model/types.ts";
import type { CurationData, CurationKind, CurationRecord, EntitySelector } from "./curation.ts";
import { cachedNameKey, typedKey } from "./names.ts";

/** A curation request, as the API and the CLI make it (entities by node id). */
export type CurationInput =
  | { kind: "merge"; keep: string; absorb: string }
  | { kind: "split"; entity: string; alias: string }
  | { kind: "rename"; entity: string; name: string }
  | { kind: "retype"; entity: string; type: EntityType }
  | { kind: "reject-edge"; edge: string }
  | { kind: "reject-evidence"; edge: string; doc: string; start: number; end: number }
  | { kind: "dismiss"; a: string; b: string };

/** What a request is checked against. */
export interface CurationLookup {
  graph: KgGraph;
  /** The entity ids (of the documents' extractions) that went to a node. */
  entitiesOf(node: string): string[];
  /** An edge's evidence. */
  evidenceOf(edge: string): readonly Evidence[];
  /** The records made so far (to refuse a repeated dismissal). */
  records(): readonly CurationRecord[];
}

/** A record ready to be stored. */
export interface NewRecord {
  kind: CurationKind;
  target: string;
  data: CurationData;
}

const keyOf = cachedNameKey();

function node(lookup: CurationLookup, id: string): void {
  if (!lookup.graph.hasNode(id))
    throw new KgError("UNKNOWN_ENTITY", `no entity with id '${id}'`, { ref: id });
}

/** The selector of a node: the entity ids that made it and the typed keys of their primary names. */
export function selectorOf(lookup: CurationLookup, id: string): EntitySelector {
  node(lookup, id);
  const a = lookup.graph.getNodeAttributes(id);
  const ids = [...new Set([id, ...lookup.entitiesOf(id)])].sort();
  const idSet = new Set(ids);
  const keys = new Set<string>([typedKey(a.type, keyOf(a.name))]);
  for (const n of a.aliases) if (idSet.has(slugify(n))) keys.add(typedKey(a.type, keyOf(n)));
  return { node: id, name: a.name, ids, keys: [...keys].filter((k) => !k.endsWith("\u0000")).sort() };
}

function conflict(message: string, details?: Record<string, unknown>): KgError {
  return new KgError("CURATION_CONFLICT", message, details);
}

function edge(lookup: CurationLookup, key: string) {
  const g = lookup.graph;
  if (!g.hasEdge(key)) throw new KgError("UNKNOWN_RELATION", `no relation with key '${key}'`, { key });
  return {
    source: selectorOf(lookup, g.source(key)),
    target: selectorOf(lookup, g.target(key)),
    relation: g.getEdgeAttribute(key, "relation"),
  };
}

/** An id for a split-off entity: the alias's slug, made unique among the graph's nodes. */
function freshId(graph: KgGraph, alias: string): string {
  const base = slugify(alias);
  let id = base;
  for (let n = 2; graph.hasNode(id); n++) id = `${base}-${n}`;
  return id;
}

/** Checks a request and turns it into the record to store. */
export function toCurationRecord(lookup: CurationLookup, input: CurationInput): NewRecord {
  const g = lookup.graph;
  switch (input.kind) {
    case "merge": {
      node(lookup, input.keep);
      node(lookup, input.absorb);
      if (input.keep === input.absorb)
        throw conflict(`merge: '${input.keep}' cannot be merged with itself`, { ref: input.keep });
      const keep = { ...selectorOf(lookup, input.keep), type: g.getNodeAttribute(input.keep, "type") };
      const absorb = selectorOf(lookup, input.absorb);
      return { kind: "merge", target: input.keep, data: { kind: "merge", keep, absorb } };
    }
    case "split": {
      const entity = selectorOf(lookup, input.entity);
      const a = g.getNodeAttributes(input.entity);
      const aliasKey = keyOf(input.alias);
      if (aliasKey === keyOf(a.name))
        throw conflict(
          `split: '${input.alias}' is the name of '${input.entity}', not an alias; rename it instead`,
          {
            ref: input.entity,
          },
        );
      const alias = a.aliases.find((n) => keyOf(n) === aliasKey);
      if (!alias)
        throw new KgError("UNKNOWN_ALIAS", `split: '${input.entity}' has no alias '${input.alias}'`, {
          ref: input.entity,
          aliases: a.aliases,
        });
      const otherKeys = [...new Set([a.name, ...a.aliases].map(keyOf))]
        .filter((k) => k && k !== aliasKey)
        .sort();
      const newId = freshId(g, alias);
      return {
        kind: "split",
        target: input.entity,
        data: { kind: "split", entity, alias, otherKeys, newId },
      };
    }
    case "rename": {
      const entity = selectorOf(lookup, input.entity);
      const from = g.getNodeAttribute(input.entity, "name");
      const name = input.name.trim();
      if (!name) throw new KgError("INVALID_INPUT", "rename: the new name is empty", { field: "name" });
      if (name === from)
        throw conflict(`rename: '${input.entity}' is already named '${name}'`, { ref: input.entity });
      return { kind: "rename", target: input.entity, data: { kind: "rename", entity, from, name } };
    }
    case "retype": {
      const entity = selectorOf(lookup, input.entity);
      const from = g.getNodeAttribute(input.entity, "type");
      if (from === input.type)
        throw conflict(`retype: '${input.entity}' is already a ${from}`, { ref: input.entity });
      return {
        kind: "retype",
        target: input.entity,
        data: { kind: "retype", entity, from, type: input.type },
      };
    }
    case "reject-edge": {
      const e = edge(lookup, input.edge);
      return {
        kind: "reject-edge",
        target: input.edge,
        data: { kind: "reject-edge", edge: input.edge, ...e },
      };
    }
    case "reject-evidence": {
      const e = edge(lookup, input.edge);
      const found = lookup
        .evidenceOf(input.edge)
        .some((ev) => ev.doc === input.doc && ev.start === input.start && ev.end === input.end);
      if (!found)
        throw new KgError(
          "UNKNOWN_EVIDENCE",
          `relation '${input.edge}' has no evidence in '${input.doc}' at ${input.start}-${input.end}`,
          { key: input.edge, doc: input.doc, start: input.start, end: input.end },
        );
      const { doc, start, end } = input;
      return {
        kind: "reject-evidence",
        target: input.edge,
        data: { kind: "reject-evidence", edge: input.edge, ...e, doc, start, end },
      };
    }
    case "dismiss": {
      node(lookup, input.a);
      node(lookup, input.b);
      if (input.a === input.b)
        throw conflict(`dismiss: '${input.a}' is paired with itself`, { ref: input.a });
      const [a, b] = [input.a, input.b].sort() as [string, string];
      const target = `${a}+${b}`;
      if (lookup.records().some((r) => r.kind === "dismiss" && r.undoneAt === null && r.target === target))
        throw conflict(`dismiss: the pair '${a}' and '${b}' is already dismissed`, { ref: target });
      return {
        kind: "dismiss",
        target,
        data: { kind: "dismiss", a: selectorOf(lookup, a), b: selectorOf(lookup, b) },
      };
    }
  }
}
