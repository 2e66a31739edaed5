/**
 * The merged graph's rows: loading the graph from kg.db (nodes and edges in the order they were
 * stored, so a reload gives the same graph) or only some of its nodes and edges, and writing a
 * whole graph with its evidence and the entity-to-node mapping of the documents. Loaded edges
 * keep counts and dates, not evidence (see evidence.ts); the strings many rows repeat (relations,
 * dates, document ids) are shared, not copied per row.
 */
import { createKgGraph, type KgGraph } from "../../model/graph.ts";
import type { EdgeAttributes, Evidence, NodeAttributes } from "../../model/types.ts";
import { indexNode, type NameIndex } from "../merge.ts";
import type { Db } from "./open.ts";
import type { MentionRow, NodeRow, RelationRow, Tables } from "./tables.ts";

/** Some nodes and edges of the stored graph, by id and key. */
export interface GraphRows {
  nodes: Map<string, NodeAttributes>;
  edges: Map<string, { source: string; target: string; attrs: EdgeAttributes }>;
}

/** `WHERE` clause and parameters restricting a column to a list (all rows without one). */
function among(column: string, list: readonly string[] | undefined): [string, unknown[]] {
  return list ? [`WHERE ${column} IN (SELECT value FROM json_each(?))`, [JSON.stringify(list)]] : ["", []];
}

/** One copy of each string seen (SQLite gives a new string per row). */
function interner(): (s: string | null) => string | null {
  const seen = new Map<string, string>();
  return (s) => {
    if (s === null) return null;
    const old = seen.get(s);
    if (old !== undefined) return old;
    seen.set(s, s);
    return s;
  };
}

/** Which parts of the rows to read: a change that only adds needs no node document lists. */
export interface RowParts {
  /** Each node's documents, from the mentions (default true). */
  docs?: boolean;
}

/** Separator of the lists that SQLite concatenates (never in a document id). */
const SEP = "\u0001";

/**
 * Reads nodes and edges (all, or those listed), in stored order, with each node's documents
 * unless told otherwise, and each edge's counts and dates (never its evidence: see evidence.ts).
 * SQLite groups the documents of each node, so JavaScript sees one row per node.
 */
export function readGraphRows(
  db: Db,
  only?: { nodes: readonly string[]; edges: readonly string[] },
  parts: RowParts = {},
): GraphRows {
  const out: GraphRows = { nodes: new Map(), edges: new Map() };
  const docsOf = new Map<string, string[]>();
  const intern = interner();
  if (parts.docs !== false) {
    const [mw, mp] = among("node", only?.nodes);
    const grouped = db
      .prepare(`SELECT node, group_concat(doc, char(1) ORDER BY seq) FROM mentions ${mw} GROUP BY node`)
      .raw(true);
    for (const [node, joined] of grouped.iterate(...mp) as Iterable<[string, string]>) {
      // Exactly sized: an array grown by push keeps spare room (16 slots or more) for every node.
      const parts = joined.split(SEP);
      const docs = parts.some((d, i) => i > 0 && d === parts[i - 1])
        ? parts.filter((d, i) => i === 0 || d !== parts[i - 1]).slice()
        : parts;
      for (let i = 0; i < docs.length; i++) docs[i] = intern(docs[i]!) as string;
      docsOf.set(node, docs);
    }
  }
  const [nw, np] = among("id", only?.nodes);
  const nodes = db.prepare(
    `SELECT id, name, type, aliases, mentions, x, y, extra FROM entities ${nw} ORDER BY seq`,
  );
  for (const r of nodes.iterate(...np) as Iterable<NodeRow>) {
    const attrs: NodeAttributes = {
      ...(r.extra === "{}" ? {} : (JSON.parse(r.extra) as object)),
      name: r.name,
      type: r.type,
      aliases: r.aliases === "[]" ? [] : (JSON.parse(r.aliases) as string[]),
      mentions: r.mentions,
      docs: docsOf.get(r.id) ?? [],
    };
    if (r.x !== null && r.y !== null) Object.assign(attrs, { x: r.x, y: r.y });
    out.nodes.set(r.id, attrs);
  }
  const [ew, ep] = among("key", only?.edges);
  const relations = db.prepare(
    `SELECT key, source, target, relation, weight, docs, first_seen, last_seen, extra FROM relations ${ew} ORDER BY seq`,
  );
  for (const r of relations.iterate(...ep) as Iterable<RelationRow>) {
    const { firstEvent, lastEvent, headlines, ...extra } = JSON.parse(r.extra) as Partial<EdgeAttributes>;
    // Every edge gets the same fields in the same order (one hidden class, fields kept in the object).
    const attrs: EdgeAttributes = {
      relation: intern(r.relation) as EdgeAttributes["relation"],
      weight: r.weight,
      docs: r.docs,
      firstSeen: intern(r.first_seen),
      lastSeen: intern(r.last_seen),
      firstEvent: intern(firstEvent ?? null),
      lastEvent: intern(lastEvent ?? null),
      headlines: headlines ?? 0,
    };
    if (Object.keys(extra).length > 0) Object.assign(attrs, extra);
    out.edges.set(r.key, { source: r.source, target: r.target, attrs });
  }
  return out;
}

/** Loads the whole stored graph into `into` (a new graph by default). */
export function loadGraph(db: Db, into: KgGraph = createKgGraph()): KgGraph {
  const rows = readGraphRows(db);
  for (const [id, attrs] of rows.nodes) into.addNode(id, attrs);
  for (const [key, e] of rows.edges) into.addEdgeWithKey(key, e.source, e.target, e.attrs);
  return into;
}

/** How many pieces of evidence are headlines. */
function headlinesIn(evidence: readonly Evidence[]): number {
  let n = 0;
  for (const e of evidence) if (e.headline === true) n++;
  return n;
}

/** A name index over the DB's alias table (used inside a write transaction). */
export function dbNameIndex(tables: Tables): NameIndex {
  return { nodesOf: (key) => tables.aliasNodes(key), add: (key, node) => tables.addAlias(key, node) };
}

/**
 * Writes a whole graph (the tables must be empty), each edge's evidence (by default the one its
 * attributes hold) and the entity-to-node mapping of the documents, in order.
 */
export function writeGraph(
  tables: Tables,
  graph: KgGraph,
  mentions: Iterable<MentionRow & { doc: string }>,
  evidenceOf: (edge: string, attrs: EdgeAttributes) => readonly Evidence[] = (_, a) => a.evidence ?? [],
): void {
  const index = dbNameIndex(tables);
  graph.forEachNode((node, attrs) => {
    tables.writeNode(node, attrs);
    indexNode(index, node, attrs);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const evidence = evidenceOf(key, attrs);
    tables.writeEdge(key, source, target, { ...attrs, headlines: attrs.headlines ?? headlinesIn(evidence) });
    for (const ev of evidence) tables.addEvidence(key, ev);
  });
  for (const row of mentions) tables.insertMentions(row.doc, [row]);
}

/** An attribute record as text with its keys sorted, so that two equal records compare equal. */
function canonical(value: object): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Writes the difference between the stored graph (`before`, as in memory) and `after`: nodes and
 * edges that were added, dropped or changed (an edge with its evidence), and every document's
 * entity-to-node mapping again. Returns the node ids and edge keys it wrote or deleted, for other
 * processes to re-read. Used when most of the graph stays as it was (a curation).
 */
export function writeGraphChanges(
  tables: Tables,
  before: KgGraph,
  after: KgGraph,
  mentions: Iterable<MentionRow & { doc: string }>,
  evidence: {
    /** An edge's evidence after the change. */
    of: (edge: string, attrs: EdgeAttributes) => readonly Evidence[];
    /** Whether an edge's evidence is what is stored (its attributes alone cannot tell when they hold none). */
    same: (edge: string) => boolean;
  } = { of: (_, a) => a.evidence ?? [], same: () => true },
): { nodes: string[]; edges: string[] } {
  const index = dbNameIndex(tables);
  const nodes: string[] = [];
  const edges: string[] = [];
  before.forEachEdge((key) => {
    if (!after.hasEdge(key)) {
      tables.deleteEdge(key);
      edges.push(key);
    }
  });
  before.forEachNode((node) => {
    if (!after.hasNode(node)) {
      tables.deleteNode(node);
      nodes.push(node);
    }
  });
  after.forEachNode((node, attrs) => {
    if (before.hasNode(node) && canonical(before.getNodeAttributes(node)) === canonical(attrs)) return;
    tables.deleteNode(node);
    tables.writeNode(node, attrs);
    indexNode(index, node, attrs);
    nodes.push(node);
  });
  after.forEachEdge((key, attrs, source, target) => {
    if (
      before.hasEdge(key) &&
      before.source(key) === source &&
      before.target(key) === target &&
      canonical(before.getEdgeAttributes(key)) === canonical(attrs) &&
      evidence.same(key)
    )
      return;
    const list = evidence.of(key, attrs);
    tables.deleteEdge(key);
    tables.writeEdge(key, source, target, { ...attrs, headlines: attrs.headlines ?? headlinesIn(list) });
    for (const ev of list) tables.addEvidence(key, ev);
    edges.push(key);
  });
  tables.clearMentions();
  for (const row of mentions) tables.insertMentions(row.doc, [row]);
  return { nodes, edges };
}
