/**
 * The import builder every reader feeds: raw nodes and edges in, a KgGraph out. It maps ids,
 * entity types and relations onto the ontology, merges duplicates, rebuilds evidence that a flat
 * file carries only in part, and collects one warning per kind of problem (with counts).
 */
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import { edgeKey } from "../model/ids.ts";
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType } from "../model/ontology.ts";
import type { NodeAttributes } from "../model/types.ts";
import { prepareAdjacency } from "./adjacency.ts";
import { edgeAttributesOf, mergeEvidence, parseEvidence, rebuildEvidence } from "./evidence.ts";
import { TYPE_ATTRIBUTE_NAMES, toEntityId, toEntityType, toRelationType } from "./mapping.ts";
import type { ResolvedImportOptions } from "./settings.ts";
import { splitList } from "./summary.ts";
import type { ImportFormat, RawEdge, RawNode } from "./types.ts";

/** Receives what a reader finds and builds the graph. */
export interface ImportBuilder {
  addNode(raw: RawNode): void;
  addEdge(raw: RawEdge): void;
  /** Adds a warning of the reader's own (counted like the builder's). */
  warn(kind: string): void;
  /** Resolves edges that came before their nodes and returns the graph and the warnings. */
  finish(): { graph: KgGraph; warnings: string[] };
}

function lowerKeys(attributes: Record<string, unknown>): Record<string, unknown> {
  let lower = true;
  for (const k in attributes) if (k !== k.toLowerCase()) lower = false;
  if (lower) return attributes;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attributes)) out[k.toLowerCase()] = v;
  return out;
}

function toNumber(value: unknown): number | undefined {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim() !== ""
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function firstString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === "string" && v.trim() !== "") return v;
  return undefined;
}

/** Creates a builder for one import. */
export function createImportBuilder(format: ImportFormat, options: ResolvedImportOptions): ImportBuilder {
  const graph = createKgGraph();
  const ids = new Map<string, string>();
  const pending: RawEdge[] = [];
  const counts = new Map<string, number>();
  const warn = (kind: string): void => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };

  function entityType(attrs: Record<string, unknown>): EntityType {
    for (const name of TYPE_ATTRIBUTE_NAMES) {
      const type = toEntityType(attrs[name]);
      if (type) return type;
    }
    warn(`nodes without a known entity type were given type ${options.defaultType}`);
    return options.defaultType;
  }

  function addNode(raw: RawNode): void {
    const attrs = lowerKeys(raw.attributes);
    const name = firstString(raw.label, attrs.label, attrs.name) ?? raw.id;
    const id = toEntityId(raw.id, name);
    ids.set(raw.id, id);
    const node: NodeAttributes = {
      name,
      type: entityType(attrs),
      aliases: splitList(attrs.aliases),
      mentions: toNumber(attrs.mentions) ?? 0,
      docs: splitList(attrs.docs ?? attrs.documents),
    };
    const x = raw.x ?? toNumber(attrs.x);
    const y = raw.y ?? toNumber(attrs.y);
    if (x !== undefined && y !== undefined) {
      node.x = x;
      node.y = y;
    }
    if (!graph.hasNode(id)) {
      graph.addNode(id, node);
      prepareAdjacency(graph, id);
      return;
    }
    warn("nodes with the same entity id were merged");
    graph.updateNodeAttributes(id, (old) => ({
      ...old,
      aliases: [...new Set([...old.aliases, ...(name !== old.name ? [name] : []), ...node.aliases])],
      mentions: old.mentions + node.mentions,
      docs: [...new Set([...old.docs, ...node.docs])],
    }));
  }

  function relationOf(raw: RawEdge, attrs: Record<string, unknown>): RelationType | null {
    return (
      toRelationType(raw.kind) ??
      toRelationType(attrs.relation) ??
      toRelationType(raw.label) ??
      toRelationType(attrs.label) ??
      toRelationType(attrs.kind) ??
      toRelationType(attrs.type)
    );
  }

  function placeEdge(raw: RawEdge, source: string, target: string): void {
    const attrs = lowerKeys(raw.attributes);
    const relation = relationOf(raw, attrs);
    if (!relation) return warn("edges without a known relation were skipped");
    if (source === target) return warn("edges from a node to itself were skipped");
    let evidence = parseEvidence(attrs.evidence);
    if (!evidence) {
      if (attrs.evidence !== undefined)
        warn("edges with unreadable evidence were given evidence rebuilt from their attributes");
      const dates = raw.dates?.length
        ? raw.dates
        : splitList(firstString(attrs.first_seen, attrs.firstseen) ?? "");
      evidence = rebuildEvidence({
        documents: attrs.documents ?? attrs.docs,
        firstSentence: firstString(attrs.first_sentence, attrs.sentence),
        dates,
        trigger: firstString(raw.label, raw.kind) ?? relation,
        rule: `import-${format}`,
        fallbackDoc: `import:${options.sourceName}`,
      });
    }
    const key = edgeKey(source, relation, target);
    const swap = SYMMETRIC_RELATIONS.has(relation) && target < source;
    const from = swap ? target : source;
    const to = swap ? source : target;
    // Add first, merge on the (rare) clash: one key lookup per edge instead of two.
    try {
      graph.addEdgeWithKey(key, from, to, edgeAttributesOf(relation, evidence));
    } catch (err) {
      if (!graph.hasEdge(key)) throw err;
      warn("parallel edges of the same relation were merged");
      const merged = mergeEvidence(graph.getEdgeAttribute(key, "evidence") ?? [], evidence);
      graph.replaceEdgeAttributes(key, edgeAttributesOf(relation, merged));
    }
  }

  function addEdge(raw: RawEdge): void {
    const source = ids.get(raw.source);
    const target = ids.get(raw.target);
    if (source === undefined || target === undefined) pending.push(raw);
    else placeEdge(raw, source, target);
  }

  function finish(): { graph: KgGraph; warnings: string[] } {
    for (const raw of pending) {
      const source = ids.get(raw.source);
      const target = ids.get(raw.target);
      if (source === undefined || target === undefined)
        warn("edges whose ends are not nodes of the file were skipped");
      else placeEdge(raw, source, target);
    }
    pending.length = 0;
    const warnings = [...counts].map(([kind, n]) => `${n} ${kind}`);
    return { graph, warnings };
  }

  return { addNode, addEdge, warn, finish };
}
