/**
 * Views: pure converters from the domain graph and its source records to what the API sends
 * (graph payload, entity and relation views, evidence with its document and highlights,
 * document list). Entity type leaves as `entityType` in the graph payload, never `type`.
 * Evidence is read through an EvidenceSource, a bounded page at a time: answers that list many
 * edges carry each one's first pieces and its count (`weight`), and the viewer asks
 * GET /api/relations/:key for the rest.
 */
import type { KgGraph } from "../model/graph.ts";
import { slugify } from "../model/ids.ts";
import { ENTITY_COLORS, type EntityType, type RelationType } from "../model/ontology.ts";
import {
  isHeadlineOnly,
  type EvidenceMark,
  type EvidencePage,
  type EvidenceSource,
} from "../model/evidence.ts";
import type { EdgeAttributes, Evidence } from "../model/types.ts";
import type { SourceRecord } from "../graph/types.ts";
import type { EdgeView } from "../query/index.ts";
import { filterGraph, type GraphFilter } from "../graph/filter.ts";
import { createHighlighter, type Highlight, type Highlighter } from "./highlights.ts";

/** Source records by document id (the store's `sources`). */
export type Sources = ReadonlyMap<string, SourceRecord>;

/** What evidence views read of the sources: a document's metadata by id (Sources is one). */
export interface SourceMetas {
  get(doc: string): Pick<SourceRecord, "meta"> | undefined;
}

/** Pieces of evidence each hop and edge of a path, connect or neighbours answer carries. */
export const ANSWER_EVIDENCE = 1;
/** Pieces of evidence each relation of an entity's details carries. */
export const ENTITY_EVIDENCE = 3;
/** Pieces of evidence one page of GET /api/relations/:key carries by default, and at most. */
export const RELATION_PAGE = { default: 50, max: 500 } as const;

/** The smallest view of an entity. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** A node of GET /api/graph. */
export interface GraphNodeView {
  id: string;
  name: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** What every view of an edge says about it. */
export interface EdgeSummary extends Omit<EdgeView, "evidence"> {
  firstSeen: string | null;
  lastSeen: string | null;
}

/** An edge of GET /api/graph. */
export interface GraphEdgeView extends EdgeSummary {
  headlineOnly: boolean;
  /** The event date of each evidence (ISO at its precision), else its publication day: what the timeline counts. */
  events?: string[];
}

/** The summary of an edge from its key, attributes and ends. */
export function toEdgeSummary(key: string, a: EdgeAttributes, source: string, target: string): EdgeSummary {
  return {
    key,
    source,
    target,
    relation: a.relation,
    weight: a.weight,
    docs: a.docs,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  };
}

/** A piece of evidence with its document's metadata and the mentions to mark. */
export interface EvidenceView extends Evidence {
  headline: boolean;
  date: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  highlights: Highlight[];
}

/** One relation of an entity, seen from that entity. */
export interface RelationView {
  key: string;
  relation: RelationType;
  direction: "out" | "in";
  other: EntityRef;
  weight: number;
  docs: number;
  evidence: EvidenceView[];
}

/** A small deterministic hash in [0, 1), for positions of nodes that have none. */
function unitHash(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** The node size shown for a degree (grows slowly). */
export function nodeSize(degree: number): number {
  return Math.round((3 + 2.5 * Math.sqrt(degree)) * 100) / 100;
}

/** The reference view of a node, or null when the graph has no such node. */
export function toEntityRef(graph: KgGraph, id: string): EntityRef | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, type: a.type };
}

/** The event date of each piece of evidence, else its publication day (undated evidence is left out). */
function eventsOf(marks: readonly EvidenceMark[]): string[] {
  const out: string[] = [];
  for (const e of marks) {
    const date = e.eventDate ?? e.date?.slice(0, 10);
    if (date) out.push(date);
  }
  return out;
}

/** GET /api/graph's payload for a filter; the timeline's dates are read from `evidence` in one pass. */
export function toGraphPayload(
  graph: KgGraph,
  filter: GraphFilter,
  revision: number,
  evidence: EvidenceSource,
) {
  const shown = filterGraph(graph, filter, evidence);
  const marks = evidence.marksOf(shown.edges());
  const nodes: GraphNodeView[] = shown.mapNodes((id, a) => {
    const degree = shown.degree(id);
    return {
      id,
      name: a.name,
      entityType: a.type,
      aliases: a.aliases,
      mentions: a.mentions,
      degree,
      x: Number.isFinite(a.x) ? (a.x as number) : unitHash(id, 1) * 1000 - 500,
      y: Number.isFinite(a.y) ? (a.y as number) : unitHash(id, 2) * 1000 - 500,
      size: nodeSize(degree),
      color: ENTITY_COLORS[a.type] ?? "#999999",
    };
  });
  const edges: GraphEdgeView[] = shown.mapEdges((key, a, source, target) => ({
    ...toEdgeSummary(key, a, source, target),
    headlineOnly: isHeadlineOnly(a),
    events: eventsOf(marks.get(key) ?? []),
  }));
  return { revision, nodes, edges };
}

/** The names and aliases of a node (none when the graph has no such node). */
function namesOf(graph: KgGraph, id: string): string[] {
  if (!graph.hasNode(id)) return [];
  const a = graph.getNodeAttributes(id);
  return [a.name, ...a.aliases];
}

/** The highlighter of a relation's two entities (their names and aliases). */
function highlighterOf(graph: KgGraph, source: string, target: string): Highlighter {
  return createHighlighter([
    { id: source, names: namesOf(graph, source) },
    { id: target, names: namesOf(graph, target) },
  ]);
}

/** Evidence with its document's title, outlet and url, and the marks of the relation's entities. */
export function toEvidenceView(
  sources: SourceMetas,
  evidence: Evidence,
  highlight: Highlighter,
): EvidenceView {
  const meta = sources.get(evidence.doc)?.meta ?? {};
  return {
    ...evidence,
    headline: evidence.headline === true,
    date: evidence.date ?? meta.date ?? null,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    highlights: withResolvedMarks(evidence, highlight(evidence.sentence)),
  };
}

/**
 * The highlights of a sentence plus its resolved pronouns and descriptions ("He", "the
 * minister"), each marked as the entity it stands for, where no name is marked already.
 */
function withResolvedMarks(evidence: Evidence, marks: Highlight[]): Highlight[] {
  if (!evidence.resolved?.length) return marks;
  const out = [...marks];
  for (const r of evidence.resolved) {
    const found = createHighlighter([{ id: slugify(r.name), names: [r.text] }])(evidence.sentence);
    for (const h of found) if (!out.some((o) => h.start < o.end && h.end > o.start)) out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Evidence views of one relation between `source` and `target`. */
export function evidenceViewsOf(
  graph: KgGraph,
  sources: Sources,
  evidence: readonly Evidence[],
  source: string,
  target: string,
): EvidenceView[] {
  const highlight = highlighterOf(graph, source, target);
  return evidence.map((e) => toEvidenceView(sources, e, highlight));
}

/** The fields a view adds to a piece of evidence. */
const VIEW_FIELDS = ["headline", "date", "title", "outlet", "url", "highlights"] as const;

/**
 * True when a view's JSON text can be the evidence's own JSON text with the view's fields added
 * at its end: the evidence holds none of them, except a boolean `headline` or a string `date`,
 * which the view keeps as they are.
 */
function spliceable(e: Evidence): boolean {
  for (const field of VIEW_FIELDS) {
    if (!(field in e)) continue;
    if (field === "headline" && typeof e.headline === "boolean") continue;
    if (field === "date" && typeof e.date === "string") continue;
    return false;
  }
  return true;
}

/**
 * The JSON text of a piece of evidence's view (see toEvidenceView), made from the evidence's
 * JSON text: that text as it is stored, with the view's fields spliced in at its end, so the
 * evidence is parsed (for its sentence and dates) but never copied or serialised again. It
 * parses to the same value as the view (fields may come in another order).
 */
export function toEvidenceViewText(sources: SourceMetas, text: string, highlight: Highlighter): string {
  const evidence = JSON.parse(text) as Evidence;
  const end = text.lastIndexOf("}");
  if (!spliceable(evidence) || end < 0 || Object.keys(evidence).length === 0)
    return JSON.stringify(toEvidenceView(sources, evidence, highlight));
  const meta = sources.get(evidence.doc)?.meta ?? {};
  let tail = "";
  if (evidence.headline === undefined) tail += ',"headline":false';
  if (evidence.date === undefined) tail += `,"date":${JSON.stringify(meta.date ?? null)}`;
  tail += `,"title":${JSON.stringify(meta.title ?? null)},"outlet":${JSON.stringify(meta.outlet ?? null)}`;
  tail += `,"url":${JSON.stringify(meta.url ?? null)}`;
  tail += `,"highlights":${JSON.stringify(withResolvedMarks(evidence, highlight(evidence.sentence)))}`;
  return `${text.slice(0, end)}${tail}}`;
}

/** The JSON text of the views (an array) of one relation's evidence, given as JSON texts (see toEvidenceViewText). */
export function evidenceViewsTextOf(
  graph: KgGraph,
  sources: SourceMetas,
  texts: readonly string[],
  source: string,
  target: string,
): string {
  if (texts.length === 0) return "[]";
  const highlight = highlighterOf(graph, source, target);
  let out = "";
  for (const text of texts) out += `${out ? "," : "["}${toEvidenceViewText(sources, text, highlight)}`;
  return `${out}]`;
}

/** A page of an edge's evidence as views. */
function evidenceViews(
  graph: KgGraph,
  sources: Sources,
  evidence: EvidenceSource,
  key: string,
  page: EvidencePage,
): EvidenceView[] {
  return evidenceViewsOf(
    graph,
    sources,
    evidence.evidenceOf(key, page),
    graph.source(key),
    graph.target(key),
  );
}

/** GET /api/entities/:id's payload: the entity and its relations grouped by type, each with its first pieces of evidence. */
export function toEntityDetail(graph: KgGraph, sources: Sources, evidence: EvidenceSource, id: string) {
  const a = graph.getNodeAttributes(id);
  const relations: Partial<Record<RelationType, RelationView[]>> = {};
  graph.forEachEdge(id, (key, e, source, target) => {
    const out = source === id;
    const otherId = out ? target : source;
    const view: RelationView = {
      key,
      relation: e.relation,
      direction: out ? "out" : "in",
      other: toEntityRef(graph, otherId) as EntityRef,
      weight: e.weight,
      docs: e.docs,
      evidence: evidenceViews(graph, sources, evidence, key, { limit: ENTITY_EVIDENCE }),
    };
    (relations[e.relation] ??= []).push(view);
  });
  for (const list of Object.values(relations))
    list.sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key));
  return {
    entity: { id, name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions, docs: a.docs },
    relations,
  };
}

/** GET /api/relations/:key's payload: the relation, a page of its evidence, and where that page lies. */
export function toRelationDetail(
  graph: KgGraph,
  sources: Sources,
  evidence: EvidenceSource,
  key: string,
  page: { offset: number; limit: number } = { offset: 0, limit: RELATION_PAGE.default },
) {
  const a = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const views = evidenceViews(graph, sources, evidence, key, page);
  const next = page.offset + views.length;
  const total = a.evidence?.length ?? a.weight;
  return {
    relation: { ...toEdgeSummary(key, a, source, target), evidence: views },
    sourceEntity: toEntityRef(graph, source) as EntityRef,
    targetEntity: toEntityRef(graph, target) as EntityRef,
    evidencePage: { offset: page.offset, limit: page.limit, total, next: next < total ? next : null },
  };
}

/** One row of GET /api/documents. */
export interface DocumentView {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  entities: number;
  relations: number;
  addedAt: string;
}

/** GET /api/documents's rows, newest first then by id. */
export function toDocumentList(sources: Sources): DocumentView[] {
  return [...sources.values()]
    .map((s) => ({
      id: s.id,
      title: s.meta.title ?? null,
      outlet: s.meta.outlet ?? null,
      date: s.meta.date ?? null,
      url: s.meta.url ?? null,
      entities: s.counts?.entities ?? s.extraction.entities.length,
      relations: s.counts?.relations ?? s.extraction.relations.length,
      addedAt: s.addedAt,
    }))
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id));
}
