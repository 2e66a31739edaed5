/**
 * Merging extractions into the knowledge graph: entities become nodes (one per identity across
 * documents), asserted relations become edges keyed `source|relation|target` with all their
 * evidence; removing a document drops its evidence and what it alone held up.
 */
import { type DateRange, widenRange } from "../model/dates.ts";
import { summarizeEvidence } from "../model/evidence.ts";
import { SYMMETRIC_RELATIONS } from "../model/ontology.ts";
import { edgeKey } from "../model/ids.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import type {
  EdgeAttributes,
  Evidence,
  ExtractedEntity,
  Extraction,
  NodeAttributes,
} from "../model/types.ts";
import { resolveIdentities, type Identities } from "./identity.ts";
import { joinKeys, typedKey } from "./names.ts";

/** One document's extraction, as the store keeps it. */
export interface DocumentExtraction {
  /** Document id. */
  doc: string;
  extraction: Extraction;
  /** The document's date, given to evidence that has none. */
  date?: string | null;
}

/** How one extraction is merged. */
export interface MergeOptions {
  /** Document id recorded on the nodes; by default the documents of each entity's evidence. */
  doc?: string;
  /** Date given to evidence without one. */
  date?: string | null;
  /** Precomputed identities (from resolveIdentities); by default entities are matched against the graph. */
  identities?: Identities;
  /** The index of names to match entities against (default: one built from the graph's nodes). */
  index?: NameIndex;
  /** The document is not in the graph yet: skips the search of node document lists (fast rebuilds). */
  newDocument?: boolean;
  /**
   * Where the merged evidence goes instead of the edges' attributes: each touched edge's new
   * evidence, by edge key (the store writes it to its database). Edges then hold only counts,
   * dates and `headlines`. Needs `newDocument`: the edges' earlier evidence is not read.
   */
  evidenceSink?: Map<string, Evidence[]>;
}

/** Nodes by typed name key (see names.ts): how a new document's names find the nodes already stored. */
export interface NameIndex {
  /** The nodes holding a typed name key. */
  nodesOf(key: string): Iterable<string>;
  /** Records that `node` holds `key`. */
  add(key: string, node: string): void;
}

/** An in-memory name index of the graph's nodes. */
export function indexNodes(graph: KgGraph): NameIndex {
  const map = new Map<string, Set<string>>();
  const index: NameIndex = {
    nodesOf: (key) => map.get(key) ?? [],
    add(key, node) {
      const set = map.get(key);
      if (set) set.add(node);
      else map.set(key, new Set([node]));
    },
  };
  graph.forEachNode((node, attrs) => indexNode(index, node, attrs));
  return index;
}

/** The node an entity belongs to when merging against the graph alone: same id, else one unique name match. */
function matchNode(graph: KgGraph, index: NameIndex, e: ExtractedEntity): string {
  if (graph.hasNode(e.id)) return e.id;
  const candidates = new Set<string>();
  for (const key of joinKeys(e.type, e.name, e.aliases))
    for (const node of index.nodesOf(typedKey(e.type, key))) candidates.add(node);
  return candidates.size === 1 ? ([...candidates][0] as string) : e.id;
}

function addAlias(attrs: NodeAttributes, name: string): void {
  if (name !== attrs.name && !attrs.aliases.includes(name)) attrs.aliases.push(name);
}

/** Adds a document to a node's list; with `checkAll` false only the last entry is checked (documents come in order). */
function addDoc(attrs: NodeAttributes, doc: string, checkAll = true): void {
  if (attrs.docs[attrs.docs.length - 1] !== doc && (!checkAll || !attrs.docs.includes(doc)))
    attrs.docs.push(doc);
}

/**
 * Appends evidence to `list` (the edge's, or the sink's) and updates weight, document count and
 * dates. Evidence comes document by document, so a document is new unless it is the last one
 * seen (or, with `checkAll`, any one seen).
 */
function addEvidence(attrs: EdgeAttributes, list: Evidence[], evidence: Evidence, checkAll: boolean): void {
  const last = list[list.length - 1];
  const newDoc = last?.doc !== evidence.doc && (!checkAll || !list.some((e) => e.doc === evidence.doc));
  list.push(evidence);
  attrs.weight++;
  if (attrs.headlines !== undefined && evidence.headline === true) attrs.headlines++;
  if (newDoc) attrs.docs++;
  if (evidence.date) {
    if (attrs.firstSeen === null || evidence.date < attrs.firstSeen) attrs.firstSeen = evidence.date;
    if (attrs.lastSeen === null || evidence.date > attrs.lastSeen) attrs.lastSeen = evidence.date;
  }
  if (evidence.eventDate) {
    const events: DateRange = { first: attrs.firstEvent ?? null, last: attrs.lastEvent ?? null };
    widenRange(events, evidence.eventDate);
    attrs.firstEvent = events.first;
    attrs.lastEvent = events.last;
  }
}

/** True when the edge already holds this sentence. Evidence is appended document by document, so only the tail is searched. */
function hasEvidence(list: readonly Evidence[], ev: Evidence): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const old = list[i] as Evidence;
    if (old.doc !== ev.doc) return false;
    if (old.start === ev.start && old.end === ev.end) return true;
  }
  return false;
}

/** Adds a node's names to a name index. */
export function indexNode(index: NameIndex, node: string, attrs: NodeAttributes): void {
  for (const key of joinKeys(attrs.type, attrs.name, attrs.aliases))
    index.add(typedKey(attrs.type, key), node);
}

/** A new edge's attributes: with an evidence list, or (its evidence kept elsewhere) a headline count. */
function newEdge(relation: EdgeAttributes["relation"], elsewhere: boolean): EdgeAttributes {
  const base = {
    relation,
    weight: 0,
    docs: 0,
    firstSeen: null,
    lastSeen: null,
    firstEvent: null,
    lastEvent: null,
  };
  return elsewhere ? { ...base, headlines: 0 } : { ...base, evidence: [] };
}

/**
 * Merges one extraction into the graph in place. Only `relations` (asserted) become edges; a
 * relation whose ends resolve to one node is dropped (no self loops); the same sentence is counted
 * once per edge. Returns the node id each entity id went to.
 */
export function mergeExtraction(
  graph: KgGraph,
  extraction: Extraction,
  options: MergeOptions = {},
): Map<string, string> {
  const { identities, evidenceSink: sink } = options;
  const index = identities ? null : (options.index ?? indexNodes(graph));
  const nodeOf = new Map<string, string>();
  for (const e of extraction.entities) {
    const node = identities ? (identities.nodeOf.get(e.id) ?? e.id) : matchNode(graph, index as NameIndex, e);
    nodeOf.set(e.id, node);
    if (!graph.hasNode(node)) {
      const canonical = identities?.nodes.get(node);
      graph.addNode(node, {
        name: canonical?.name ?? e.name,
        type: canonical?.type ?? e.type,
        aliases: [],
        mentions: 0,
        docs: [],
      });
    }
    const attrs = graph.getNodeAttributes(node);
    addAlias(attrs, e.name);
    for (const alias of e.aliases) addAlias(attrs, alias);
    attrs.mentions += e.mentions;
    if (options.doc !== undefined) addDoc(attrs, options.doc, !options.newDocument);
    if (index) indexNode(index, node, attrs);
  }
  for (const r of extraction.relations) {
    const from = nodeOf.get(r.source);
    const to = nodeOf.get(r.target);
    if (from === undefined || to === undefined || from === to) continue;
    const key = edgeKey(from, r.relation, to);
    const [source, target] = SYMMETRIC_RELATIONS.has(r.relation) && to < from ? [to, from] : [from, to];
    if (!graph.hasEdge(key))
      graph.addEdgeWithKey(key, source, target, newEdge(r.relation, sink !== undefined));
    const attrs = graph.getEdgeAttributes(key);
    let list = attrs.evidence;
    if (sink) {
      list = sink.get(key);
      if (!list) sink.set(key, (list = []));
    }
    for (const ev of r.evidence) {
      const evidence: Evidence = { ...ev, date: ev.date ?? options.date ?? null };
      if (hasEvidence(list!, evidence)) continue;
      addEvidence(attrs, list!, evidence, !options.newDocument && !sink);
      if (options.doc === undefined) {
        addDoc(graph.getNodeAttributes(source), ev.doc);
        addDoc(graph.getNodeAttributes(target), ev.doc);
      }
    }
  }
  return nodeOf;
}

/**
 * Builds the graph of many documents: identities resolved over all of them, then each merged in
 * document-id order. The same inputs always give the same graph, whatever their order.
 */
export function buildGraph(documents: readonly DocumentExtraction[]): KgGraph {
  const sorted = [...documents].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const identities = resolveIdentities(sorted.map((d) => d.extraction));
  const graph = createKgGraph();
  for (const d of sorted)
    mergeExtraction(graph, d.extraction, { doc: d.doc, date: d.date ?? null, identities, newDocument: true });
  return graph;
}

/**
 * Removes a document from the graph in place: its evidence goes, then edges left without evidence,
 * then nodes no document mentions any more; for a graph built in memory, whose edges hold their
 * evidence (the store removes through document-ops.ts). (Mention counts are not decremented: rebuild with
 * buildGraph for exact counts.) Returns whether the document was present.
 */
export function removeDocumentFromGraph(graph: KgGraph, doc: string): boolean {
  let found = false;
  for (const edge of graph.edges()) {
    const attrs = graph.getEdgeAttributes(edge);
    const held = attrs.evidence ?? [];
    const kept = held.filter((e) => e.doc !== doc);
    if (kept.length === held.length) continue;
    found = true;
    if (kept.length === 0) graph.dropEdge(edge);
    else Object.assign(attrs, { evidence: kept }, summarizeEvidence(kept));
  }
  for (const node of graph.nodes()) {
    const attrs = graph.getNodeAttributes(node);
    if (!attrs.docs.includes(doc)) continue;
    found = true;
    attrs.docs = attrs.docs.filter((d) => d !== doc);
    if (attrs.docs.length === 0) graph.dropNode(node);
  }
  return found;
}
