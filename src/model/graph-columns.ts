/**
 * The graph payload in columns (GET /api/graph/columns): the same nodes and edges as
 * GET /api/graph, one array per attribute instead of one object per item, with entity types,
 * relations and event dates sent once each and referred to by index. A 10k-node / 50k-edge graph
 * is about a tenth of the JSON size and parses several times faster, so the viewer's first frame
 * does not wait on it. toGraphColumns and fromGraphColumns are inverses (keys, positions and
 * event dates included).
 */

/** A node as GET /api/graph sends it (the fields the columns carry). */
export interface RowNode {
  id: string;
  name: string;
  entityType: string;
  aliases?: string[];
  mentions: number;
  degree: number;
  x?: number | null;
  y?: number | null;
}

/** An edge as GET /api/graph sends it (the fields the columns carry). */
export interface RowEdge {
  key: string;
  source: string;
  target: string;
  relation: string;
  weight: number;
  docs: number;
  headlineOnly: boolean;
  events?: string[];
}

/** GET /api/graph/columns. Indices of nodes, types, relations and dates are positions in their arrays. */
export interface GraphColumns {
  format: "columns/1";
  revision: number;
  /** Dictionaries: each entity type, relation and event date once. */
  entityTypes: string[];
  relations: string[];
  dates: string[];
  nodes: {
    id: string[];
    name: string[];
    type: number[];
    /** Each node's aliases (most lists are empty). */
    aliases: string[][];
    mentions: number[];
    degree: number[];
    /** Null where the node has no stored position. */
    x: (number | null)[];
    y: (number | null)[];
  };
  edges: {
    source: number[];
    target: number[];
    relation: number[];
    weight: number[];
    docs: number[];
    /** 1 when every evidence is a headline, else 0. */
    headlineOnly: number[];
    /** Edge i's event dates are `dates[eventDate[j]]` for j from eventStart[i] to eventStart[i + 1]. */
    eventStart: number[];
    eventDate: number[];
    /** The keys that are not `source|relation|target` (e.g. imported graphs), by edge index. */
    keys: Record<number, string>;
  };
}

/** The key an edge has unless `keys` says otherwise. */
export function columnEdgeKey(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

/** Interns strings into a dictionary, giving each its index. */
function interner(): { list: string[]; index(value: string): number } {
  const list: string[] = [];
  const of = new Map<string, number>();
  return {
    list,
    index(value) {
      let i = of.get(value);
      if (i === undefined) {
        i = list.length;
        of.set(value, i);
        list.push(value);
      }
      return i;
    },
  };
}

/**
 * The columns of a graph payload: each node and edge key once (the first kept), self-loops and
 * edges whose ends are not among the nodes left out.
 */
export function toGraphColumns(payload: {
  revision: number;
  nodes: readonly RowNode[];
  edges: readonly RowEdge[];
}): GraphColumns {
  const types = interner();
  const relations = interner();
  const dates = interner();
  const position = new Map<string, number>();
  const nodes: GraphColumns["nodes"] = {
    id: [],
    name: [],
    type: [],
    aliases: [],
    mentions: [],
    degree: [],
    x: [],
    y: [],
  };
  for (const n of payload.nodes) {
    if (position.has(n.id)) continue;
    position.set(n.id, nodes.id.length);
    nodes.id.push(n.id);
    nodes.name.push(n.name);
    nodes.type.push(types.index(n.entityType));
    nodes.aliases.push(n.aliases ?? []);
    nodes.mentions.push(n.mentions);
    nodes.degree.push(n.degree);
    nodes.x.push(typeof n.x === "number" && Number.isFinite(n.x) ? n.x : null);
    nodes.y.push(typeof n.y === "number" && Number.isFinite(n.y) ? n.y : null);
  }
  const edges: GraphColumns["edges"] = {
    source: [],
    target: [],
    relation: [],
    weight: [],
    docs: [],
    headlineOnly: [],
    eventStart: [0],
    eventDate: [],
    keys: {},
  };
  const seen = new Set<string>();
  for (const e of payload.edges) {
    const s = position.get(e.source);
    const t = position.get(e.target);
    if (s === undefined || t === undefined || e.source === e.target || seen.has(e.key)) continue;
    seen.add(e.key);
    if (e.key !== columnEdgeKey(e.source, e.relation, e.target)) edges.keys[edges.source.length] = e.key;
    edges.source.push(s);
    edges.target.push(t);
    edges.relation.push(relations.index(e.relation));
    edges.weight.push(e.weight);
    edges.docs.push(e.docs);
    edges.headlineOnly.push(e.headlineOnly ? 1 : 0);
    for (const d of e.events ?? []) edges.eventDate.push(dates.index(d));
    edges.eventStart.push(edges.eventDate.length);
  }
  return {
    format: "columns/1",
    revision: payload.revision,
    entityTypes: types.list,
    relations: relations.list,
    dates: dates.list,
    nodes,
    edges,
  };
}

/** True when `value` is a columns payload (rather than GET /api/graph's rows). */
export function isGraphColumns(value: unknown): value is GraphColumns {
  return typeof value === "object" && value !== null && (value as GraphColumns).format === "columns/1";
}

/** The rows of a columns payload, as GET /api/graph sends them (for tests and other clients). */
export function fromGraphColumns(columns: GraphColumns): {
  revision: number;
  nodes: RowNode[];
  edges: RowEdge[];
} {
  const { nodes: n, edges: e } = columns;
  const nodes: RowNode[] = n.id.map((id, i) => ({
    id,
    name: n.name[i]!,
    entityType: columns.entityTypes[n.type[i]!]!,
    aliases: n.aliases[i] ?? [],
    mentions: n.mentions[i]!,
    degree: n.degree[i]!,
    x: n.x[i] ?? null,
    y: n.y[i] ?? null,
  }));
  const edges: RowEdge[] = e.source.map((s, i) => {
    const source = n.id[s]!;
    const target = n.id[e.target[i]!]!;
    const relation = columns.relations[e.relation[i]!]!;
    return {
      key: e.keys[i] ?? columnEdgeKey(source, relation, target),
      source,
      target,
      relation,
      weight: e.weight[i]!,
      docs: e.docs[i]!,
      headlineOnly: e.headlineOnly[i] === 1,
      events: e.eventDate.slice(e.eventStart[i]!, e.eventStart[i + 1]!).map((d) => columns.dates[d]!),
    };
  });
  return { revision: columns.revision, nodes, edges };
}
