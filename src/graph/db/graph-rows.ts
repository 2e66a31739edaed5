/**
 * The merged graph's rows: loading the graph from kg.db (nodes, edges and evidence in the order
 * they were stored, so a reload gives the same graph) or only some of its nodes and edges, and
 * writing a whole graph with the entity-to-node mapping of the documents.
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

/** Reads nodes and edges (all, or those listed), in stored order, with each edge's evidence. */
export function readGraphRows(
  db: Db,
  only?: { nodes: readonly string[]; edges: readonly string[] },
): GraphRows {
  const out: GraphRows = { nodes: new Map(), edges: new Map() };
  const docsOf = new Map<string, string[]>();
  const [mw, mp] = among("node", only?.nodes);
  for (const r of db.prepare(`SELECT node, doc FROM mentions ${mw} ORDER BY seq`).iterate(...mp) as Iterable<{
    node: string;
    doc: string;
  }>) {
    const list = docsOf.get(r.node);
    if (!list) docsOf.set(r.node, [r.doc]);
    else if (list[list.length - 1] !== r.doc) list.push(r.doc);
  }
  const [nw, np] = among("id", only?.nodes);
  const nodes = db.prepare(
    `SELECT id, name, type, aliases, mentions, x, y, extra FROM entities ${nw} ORDER BY seq`,
  );
  for (const r of nodes.iterate(...np) as Iterable<NodeRow>) {
    const attrs: NodeAttributes = {
      ...(JSON.parse(r.extra) as object),
      name: r.name,
      type: r.type,
      aliases: JSON.parse(r.aliases) as string[],
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
    const attrs: EdgeAttributes = {
      ...(JSON.parse(r.extra) as object),
      relation: r.relation,
      evidence: [],
      weight: r.weight,
      docs: r.docs,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
    };
    out.edges.set(r.key, { source: r.source, target: r.target, attrs });
  }
  const [vw, vp] = among("edge", only?.edges);
  for (const r of db
    .prepare(`SELECT edge, data FROM evidence ${vw} ORDER BY seq`)
    .iterate(...vp) as Iterable<{
    edge: string;
    data: string;
  }>) {
    out.edges.get(r.edge)?.attrs.evidence.push(JSON.parse(r.data) as Evidence);
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

/** A name index over the DB's alias table (used inside a write transaction). */
export function dbNameIndex(tables: Tables): NameIndex {
  return { nodesOf: (key) => tables.aliasNodes(key), add: (key, node) => tables.addAlias(key, node) };
}

/** Writes a whole graph (the tables must be empty) and the entity-to-node mapping of the documents, in order. */
export function writeGraph(
  tables: Tables,
  graph: KgGraph,
  mentions: Iterable<MentionRow & { doc: string }>,
): void {
  const index = dbNameIndex(tables);
  graph.forEachNode((node, attrs) => {
    tables.writeNode(node, attrs);
    indexNode(index, node, attrs);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    tables.writeEdge(key, source, target, attrs);
    for (const ev of attrs.evidence) tables.addEvidence(key, ev);
  });
  for (const row of mentions) tables.insertMentions(row.doc, [row]);
}
