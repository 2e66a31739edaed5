/**
 * GraphML writer: typed keys (string, int, double) for every node and edge attribute,
 * lists joined with "; ", and the full evidence of each edge as a JSON string.
 */
import type { NodeAttributes } from "../model/types.ts";
import type { ResolvedExportOptions } from "./settings.ts";
import { joinList, summariseEdge } from "./summary.ts";
import type { ExportView } from "./view.ts";
import { escapeXmlAttr, escapeXmlText } from "./xml.ts";

/** The GraphML namespace. */
const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

/** Declared keys: id (= attr.name), the element it is for, attr.type. */
const GRAPHML_KEYS = [
  ["label", "node", "string"],
  ["type", "node", "string"],
  ["aliases", "node", "string"],
  ["mentions", "node", "int"],
  ["documents", "node", "string"],
  ["x", "node", "double"],
  ["y", "node", "double"],
  ["relation", "edge", "string"],
  ["weight", "edge", "double"],
  ["evidence_count", "edge", "int"],
  ["doc_count", "edge", "int"],
  ["first_sentence", "edge", "string"],
  ["edge_documents", "edge", "string"],
  ["first_seen", "edge", "string"],
  ["last_seen", "edge", "string"],
  ["evidence", "edge", "string"],
] as const;

function data(key: string, value: string | number): string {
  return `<data key="${key}">${typeof value === "number" ? value : escapeXmlText(value)}</data>`;
}

function nodeXml(key: string, a: NodeAttributes): string {
  let out = `<node id="${escapeXmlAttr(key)}">`;
  out += data("label", a.name ?? key) + data("type", a.type);
  if (a.aliases?.length) out += data("aliases", joinList(a.aliases));
  out += data("mentions", Number.isFinite(a.mentions) ? a.mentions : 0);
  if (a.docs?.length) out += data("documents", joinList(a.docs));
  if (Number.isFinite(a.x) && Number.isFinite(a.y))
    out += data("x", a.x as number) + data("y", a.y as number);
  return `${out}</node>\n`;
}

/** Yields the GraphML document of the view, piece by piece. */
export function* graphmlPieces(view: ExportView, options: ResolvedExportOptions): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  for (const [id, target, type] of GRAPHML_KEYS) {
    if (id === "evidence" && !options.fullEvidence) continue;
    const name = id === "edge_documents" ? "documents" : id;
    yield `<key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '<graph id="kg" edgedefault="directed">\n';
  for (const { key, attributes } of view.nodes()) yield nodeXml(key, attributes);
  for (const { key, source, target, attributes: a } of view.edges()) {
    const s = summariseEdge(a);
    let out = `<edge id="${escapeXmlAttr(key)}" source="${escapeXmlAttr(source)}" target="${escapeXmlAttr(target)}">`;
    out +=
      data("relation", a.relation) + data("weight", Number.isFinite(a.weight) ? a.weight : s.evidenceCount);
    out += data("evidence_count", s.evidenceCount) + data("doc_count", s.docCount);
    if (s.firstSentence) out += data("first_sentence", s.firstSentence);
    if (s.documents) out += data("edge_documents", s.documents);
    if (s.firstSeen) out += data("first_seen", s.firstSeen);
    if (s.lastSeen) out += data("last_seen", s.lastSeen);
    if (options.fullEvidence) out += data("evidence", JSON.stringify(a.evidence));
    yield `${out}</edge>\n`;
  }
  yield "</graph>\n</graphml>\n";
}
