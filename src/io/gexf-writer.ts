/**
 * GEXF 1.3 writer (the format Gephi opens): declared node and edge attributes, colour,
 * position and size as viz elements, and, when evidence is dated, a dynamic graph whose
 * edge spells (the event dates of their evidence, each over the days its precision covers,
 * else the publication day) and node spells (those of their edges) play on Gephi's timeline.
 * Yields small pieces; exportChunks batches them.
 */
import { ENTITY_COLORS } from "../model/ontology.ts";
import type { DateSpan } from "../model/dates.ts";
import type { NodeAttributes } from "../model/types.ts";
import type { ResolvedExportOptions } from "./settings.ts";
import { edgeSpans, evidenceSpan, joinList, mergeSpans, summariseEdge } from "./summary.ts";
import type { ExportView } from "./view.ts";
import { escapeJsonAttr, escapeXmlAttr } from "./xml.ts";

/** The GEXF 1.3 namespace. */
const GEXF_NS = "http://gexf.net/1.3";
/** The GEXF 1.3 viz namespace. */
const GEXF_VIZ_NS = "http://gexf.net/1.3/viz";

/** Declared node attributes: id (= title), GEXF type. */
const GEXF_NODE_ATTRIBUTES = [
  ["type", "string"],
  ["aliases", "string"],
  ["mentions", "integer"],
  ["documents", "string"],
] as const;

/** Declared edge attributes: id (= title), GEXF type. `evidence` holds every piece as JSON. */
const GEXF_EDGE_ATTRIBUTES = [
  ["relation", "string"],
  ["evidence_count", "integer"],
  ["doc_count", "integer"],
  ["first_sentence", "string"],
  ["documents", "string"],
  ["first_seen", "string"],
  ["last_seen", "string"],
  ["first_event", "string"],
  ["last_event", "string"],
  ["evidence", "string"],
] as const;

const FALLBACK_COLOR = "#999999";

/** Node size on Gephi's canvas: grows with the logarithm of the mention count. */
function gexfNodeSize(mentions: number): number {
  return Math.round((6 + 4 * Math.log2(1 + Math.max(0, mentions || 0))) * 100) / 100;
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

const COLOR_ATTRS: Record<string, string> = Object.fromEntries(
  Object.entries(ENTITY_COLORS).map(([type, hex]) => [type, rgb(hex)]),
);

function spells(spans: Iterable<DateSpan>): string {
  let out = "<spells>";
  for (const { start, end } of spans) out += `<spell start="${start}" end="${end}"/>`;
  return `${out}</spells>`;
}

function attvalue(id: string, value: string | number): string {
  return `<attvalue for="${id}" value="${typeof value === "number" ? value : escapeXmlAttr(value)}"/>`;
}

function declarations(cls: "node" | "edge", attrs: readonly (readonly [string, string])[]): string {
  const lines = attrs.map(([id, type]) => `<attribute id="${id}" title="${id}" type="${type}"/>`);
  return `<attributes class="${cls}" mode="static">${lines.join("")}</attributes>\n`;
}

function nodeXml(key: string, a: NodeAttributes, spans: DateSpan[] | undefined, dynamic: boolean): string {
  let out = `<node id="${escapeXmlAttr(key)}" label="${escapeXmlAttr(a.name ?? key)}"><attvalues>`;
  out += attvalue("type", a.type);
  if (a.aliases?.length) out += attvalue("aliases", joinList(a.aliases));
  out += attvalue("mentions", Number.isFinite(a.mentions) ? a.mentions : 0);
  if (a.docs?.length) out += attvalue("documents", joinList(a.docs));
  out += "</attvalues>";
  if (dynamic && spans?.length) out += spells(mergeSpans(spans));
  out += `<viz:color ${COLOR_ATTRS[a.type] ?? rgb(FALLBACK_COLOR)}/>`;
  if (Number.isFinite(a.x) && Number.isFinite(a.y)) out += `<viz:position x="${a.x}" y="${a.y}" z="0"/>`;
  out += `<viz:size value="${gexfNodeSize(a.mentions)}"/></node>\n`;
  return out;
}

/** Whether any kept edge has dated evidence (what `dynamic: "auto"` looks for). */
function hasDates(view: ExportView): boolean {
  for (const edge of view.edges()) if (edgeSpans(edge.attributes).length > 0) return true;
  return false;
}

/** The event spans of every node, from those of its kept edges, and the overall first and last day. */
function nodeSpans(view: ExportView): {
  byNode: Map<string, DateSpan[]>;
  first: string | null;
  last: string | null;
} {
  const byNode = new Map<string, DateSpan[]>();
  let first: string | null = null;
  let last: string | null = null;
  const add = (node: string, span: DateSpan): void => {
    let list = byNode.get(node);
    if (!list) byNode.set(node, (list = []));
    list.push(span);
  };
  for (const edge of view.edges()) {
    for (const evidence of edge.attributes.evidence) {
      const span = evidenceSpan(evidence);
      if (!span) continue;
      add(edge.source, span);
      add(edge.target, span);
      if (first === null || span.start < first) first = span.start;
      if (last === null || span.end > last) last = span.end;
    }
  }
  return { byNode, first, last };
}

/** Yields the GEXF 1.3 document of the view, piece by piece. */
export function* gexfPieces(view: ExportView, options: ResolvedExportOptions): Generator<string> {
  const dynamic = options.dynamic === "dynamic" || (options.dynamic === "auto" && hasDates(view));
  const days = dynamic ? nodeSpans(view) : null;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" version="1.3">\n`;
  yield "<meta><creator>kg</creator><description>Knowledge graph of actors and relations, with the evidence behind every edge</description></meta>\n";
  let graphAttrs = 'defaultedgetype="directed" idtype="string"';
  if (dynamic) {
    graphAttrs += ' mode="dynamic" timeformat="date" timerepresentation="interval"';
    if (days?.first && days.last) graphAttrs += ` start="${days.first}" end="${days.last}"`;
  } else {
    graphAttrs += ' mode="static"';
  }
  yield `<graph ${graphAttrs}>\n`;
  yield declarations("node", GEXF_NODE_ATTRIBUTES);
  yield declarations(
    "edge",
    options.fullEvidence ? GEXF_EDGE_ATTRIBUTES : GEXF_EDGE_ATTRIBUTES.filter(([id]) => id !== "evidence"),
  );
  yield `<nodes count="${view.nodeCount}">\n`;
  for (const { key, attributes } of view.nodes())
    yield nodeXml(key, attributes, days?.byNode.get(key), dynamic);
  yield `</nodes>\n<edges count="${view.edgeCount}">\n`;
  for (const { key, source, target, attributes: a } of view.edges()) {
    const s = summariseEdge(a);
    const relation = escapeXmlAttr(a.relation);
    let out = `<edge id="${escapeXmlAttr(key)}" source="${escapeXmlAttr(source)}" target="${escapeXmlAttr(target)}" label="${relation}" kind="${relation}" weight="${Number.isFinite(a.weight) ? a.weight : s.evidenceCount}"><attvalues>`;
    out += attvalue("relation", a.relation);
    out += attvalue("evidence_count", s.evidenceCount);
    out += attvalue("doc_count", s.docCount);
    if (s.firstSentence) out += attvalue("first_sentence", s.firstSentence);
    if (s.documents) out += attvalue("documents", s.documents);
    if (s.firstSeen) out += attvalue("first_seen", s.firstSeen);
    if (s.lastSeen) out += attvalue("last_seen", s.lastSeen);
    if (a.firstEvent) out += attvalue("first_event", a.firstEvent);
    if (a.lastEvent) out += attvalue("last_event", a.lastEvent);
    if (options.fullEvidence)
      out += `<attvalue for="evidence" value='${escapeJsonAttr(JSON.stringify(a.evidence))}'/>`;
    out += "</attvalues>";
    if (dynamic) {
      const edgeSpells = edgeSpans(a);
      if (edgeSpells.length) out += spells(edgeSpells);
    }
    yield `${out}</edge>\n`;
  }
  yield "</edges>\n</graph>\n</gexf>\n";
}
