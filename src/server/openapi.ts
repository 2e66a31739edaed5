/**
 * The OpenAPI 3.1 document: one entry per route (method, path, parameters, body, answers and
 * the error codes it may give), with parameters and bodies generated from the zod schemas the
 * routes parse with, so the document cannot drift from what is validated.
 */
import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "../model/errors.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/ontology.ts";
import { EXPORT_CONTENT_TYPES } from "../io/index.ts";
import { CURATION_KINDS } from "../graph/curation.ts";
import { EXPORT_ROUTES } from "./routes/export.ts";
import * as s from "./schemas.ts";

/** What the document says about one route. */
export interface RouteDoc {
  method: "get" | "post" | "delete";
  /** Express form (`/api/entities/:id`). */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  ok: { status: number; description: string; contentType?: string; schema?: object };
  errors: ErrorCode[];
  auth?: boolean;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const GENERAL: ErrorCode[] = ["INVALID_INPUT", "RATE_LIMITED"];
/** What any route may answer: a Host the server is not known by (DNS-rebinding guard). */
const EVERY_ROUTE: ErrorCode[] = ["HOST_NOT_ALLOWED"];
const EXPORTS: [string, string][] = [
  ["gexf", "GEXF 1.3 for Gephi"],
  ["graphml", "GraphML"],
  ["json", "graphology JSON in the kg-graph-export envelope"],
  ["nodes.csv", "CSV table of nodes"],
  ["edges.csv", "CSV table of edges, evidence flattened"],
];
const exportType = (ext: string): string => EXPORT_CONTENT_TYPES[EXPORT_ROUTES[ext] ?? "json"];

/** One documented route: the answer as [status, description, schema component], then what differs. */
function route(
  method: RouteDoc["method"],
  path: string,
  tag: string,
  summary: string,
  [status, description, schema]: [number, string, string?],
  errors: ErrorCode[],
  extra: Partial<RouteDoc> = {},
): RouteDoc {
  return {
    method,
    path,
    tag,
    summary,
    ok: { status, description, ...(schema ? { schema: ref(schema) } : {}) },
    errors,
    ...extra,
  };
}

const BODY: ErrorCode[] = ["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"];
const WRITE: ErrorCode[] = ["UNAUTHORIZED", "ORIGIN_NOT_ALLOWED"];
const ACTORS: ErrorCode[] = ["UNKNOWN_ENTITY", "AMBIGUOUS_ENTITY"];

/** Every route of the API, as documented (one row per route, kept on one line each as a table). */
// prettier-ignore
export const ROUTE_DOCS: readonly RouteDoc[] = [
  route("get", "/api/health", "meta", "Liveness, revision and counts", [200, "Alive", "Health"], ["RATE_LIMITED"]),
  route("get", "/api/stats", "meta", "Counts by entity type and relation, hedged facts, most connected entities", [200, "Stats", "Stats"], ["RATE_LIMITED"]),
  route("get", "/api/graph", "graph", "The graph as the viewer draws it (entity type as `entityType`)", [200, "Nodes and edges", "GraphPayload"], GENERAL, { query: s.filterQuery }),
  route("get", "/api/graph/columns", "graph", "The same graph in columns: one array per attribute, types, relations and dates sent once (what the viewer loads)", [200, "Nodes and edges in columns", "GraphColumns"], GENERAL, { query: s.filterQuery }),
  route("get", "/api/entities", "entities", "Search entities by name and alias", [200, "Ranked hits", "SearchResults"], GENERAL, { query: s.searchQuery }),
  route("get", "/api/entities/:id", "entities", "An entity and its relations grouped by type, each with its first three pieces of evidence and its count (`weight`)", [200, "The entity", "EntityDetail"], [...GENERAL, "UNKNOWN_ENTITY"], { params: s.entityIdParams }),
  route("get", "/api/relations/:key", "relations", "One relation (key `source|relation|target`, URL-encoded) with a page of its evidence (`offset`, `limit`; `evidencePage.next` is the offset of the next page, null after the last)", [200, "The relation", "RelationDetail"], [...GENERAL, "UNKNOWN_RELATION"], { params: s.relationKeyParams, query: s.relationQuery }),
  route("get", "/api/paths", "queries", "Paths between two actors (all shortest, or k shortest); each hop carries its edge's evidence count (`weight`), and `evidence` lists each crossed edge's first evidence once, by edge key; GET /api/relations/:key pages the rest", [200, "Paths with hops and evidence", "PathResult"], [...GENERAL, ...ACTORS], { query: s.pathsQuery }),
  route("post", "/api/connect", "queries", `Connect 2 to ${s.LIMITS.actors} actors (Steiner tree approximation); each edge and hop carries its evidence count (\`weight\`), and \`evidence\` lists each edge's first evidence once, by edge key`, [200, "Actors, nodes, edges and paths", "ConnectResult"], [...GENERAL, ...ACTORS, ...BODY, "ORIGIN_NOT_ALLOWED"], { body: s.connectBody }),
  route("get", "/api/neighbors/:id", "queries", "Ego network of an actor; each edge carries its first evidence and its count (`weight`)", [200, "Center, nodes, edges", "Neighborhood"], [...GENERAL, ...ACTORS], { params: s.entityIdParams, query: s.neighborsQuery }),
  route("get", "/api/documents", "documents", "The source documents, newest first, a page at a time (`offset`, `limit`; `total` counts them all), or with `q` those whose text matches (full-text search, plain-text snippets with match offsets)", [200, "Documents", "DocumentList"], GENERAL, { query: s.documentsQuery }),
  route("post", "/api/documents", "documents", "Add an article: extracted, merged and persisted before the answer (201). The same text, or the same `Idempotency-Key` header, is stored once: a repeat answers 200 with `duplicate: true`", [201, "Added", "Added"], [...GENERAL, ...BODY, ...WRITE, "SOURCE_UNREADABLE", "TOO_LARGE"], { body: s.documentBody, auth: true }),
  route("delete", "/api/documents/:id", "documents", "Remove a document and the evidence that came only from it", [200, "Removed", "Removed"], [...GENERAL, ...WRITE, "UNKNOWN_DOCUMENT"], { params: s.documentIdParams, auth: true }),
  ...EXPORTS.map(([ext, what]) =>
    route("get", `/api/export.${ext}`, "export", `Download the (filtered) graph as ${what}`, [200, `Attachment kg-graph.${ext}`], GENERAL, { query: s.exportQuery, ok: { status: 200, description: `Attachment kg-graph.${ext}`, contentType: exportType(ext) } })),
  route("get", "/api/events", "meta", "Server-Sent Events: `event: change` with `{revision, change}` after every persisted change; `: ping` every 25 s", [200, "Event stream"], ["TOO_MANY_STREAMS", "STREAMS_FULL"], { ok: { status: 200, description: "Event stream", contentType: "text/event-stream" } }),
  route("get", "/api/curation", "curation", "The curation records, newest first, each with whether it was undone", [200, "Records", "CurationList"], GENERAL, { query: s.curationQuery }),
  route("post", "/api/curation", "curation", "Correct the graph: merge two entities (keep absorbs), split an alias off, rename, retype, reject an edge or one piece of evidence. Stored as a record that applies on every rebuild; the graph is re-merged before the answer", [201, "Recorded", "CurationResult"], [...GENERAL, ...BODY, ...WRITE, "UNKNOWN_ENTITY", "UNKNOWN_RELATION", "UNKNOWN_EVIDENCE", "UNKNOWN_ALIAS", "CURATION_CONFLICT"], { body: s.curationBody, auth: true }),
  route("post", "/api/curation/undo", "curation", "Undo the newest curation record in force", [200, "Undone", "CurationResult"], [...GENERAL, ...WRITE, "UNKNOWN_CURATION"], { auth: true }),
  route("post", "/api/curation/:id/undo", "curation", "Undo one curation record", [200, "Undone", "CurationResult"], [...GENERAL, ...WRITE, "UNKNOWN_CURATION", "CURATION_CONFLICT"], { params: s.curationIdParams, auth: true }),
  route("get", "/api/curation/suggestions", "curation", "Pairs of same-type entities whose names or aliases are close (word order, initials, one edit), best first, dismissed pairs left out", [200, "Suggestions", "SuggestionList"], GENERAL, { query: s.suggestionsQuery }),
  route("post", "/api/curation/suggestions/dismiss", "curation", "Dismiss a suggested pair (an undoable record of kind `dismiss`)", [201, "Recorded", "CurationResult"], [...GENERAL, ...BODY, ...WRITE, "UNKNOWN_ENTITY", "CURATION_CONFLICT"], { body: s.dismissBody, auth: true }),
  route("get", "/api/openapi.json", "meta", "This document", [200, "OpenAPI 3.1"], ["RATE_LIMITED"]),
];

/** Express path → OpenAPI path (`:id` → `{id}`). */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, "{$1}");
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

function parameters(where: "query" | "path", schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const js = jsonSchema(f);
    return {
      name,
      in: where,
      required: where === "path" || !f.safeParse(undefined).success,
      ...(typeof js.description === "string" ? { description: js.description } : {}),
      schema: js,
    };
  });
}

const str = { type: "string" };
const int = { type: "integer" };
const strOrNull = { type: ["string", "null"] };
const arr = (items: object) => ({ type: "array", items });
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: "object",
  properties,
  required,
});
const entityType = { type: "string", enum: [...ENTITY_TYPES] };
const relationType = { type: "string", enum: [...RELATION_TYPES] };

/** What every view of an edge says (query EdgeView without evidence; views.ts EdgeSummary adds dates). */
const EDGE_BASE = { key: str, source: str, target: str, relation: relationType, weight: int, docs: int };
const EDGE_SUMMARY = { ...EDGE_BASE, firstSeen: strOrNull, lastSeen: strOrNull };

/** Response shapes (components.schemas). */
const COMPONENTS: Record<string, object> = {
  Problem: {
    ...obj({
      type: str,
      title: str,
      status: int,
      code: { type: "string", enum: Object.keys(ERROR_CODES) },
      detail: str,
    }),
    additionalProperties: true,
    description:
      "RFC 9457 problem; extra members: field and issues (invalid input), suggestions (unknown entity), candidates (ambiguous entity)",
  },
  EntityRef: obj({ id: str, name: str, type: entityType }),
  NodeView: obj({ id: str, name: str, type: entityType, aliases: arr(str), mentions: int }),
  Health: obj({ ok: { const: true }, revision: int, documents: int, nodes: int, edges: int, streams: int }),
  Stats: obj({
    revision: int,
    documents: int,
    entities: int,
    relations: int,
    evidence: int,
    byType: { type: "object", additionalProperties: int },
    byRelation: { type: "object", additionalProperties: int },
    hedged: obj({ total: int, byModality: { type: "object" }, byRelation: { type: "object" } }),
    top: arr(obj({ id: str, name: str, type: entityType, degree: int, evidence: int })),
  }),
  GraphPayload: obj({
    revision: int,
    nodes: arr(
      obj({
        id: str,
        name: str,
        entityType,
        aliases: arr(str),
        mentions: int,
        degree: int,
        x: { type: "number" },
        y: { type: "number" },
        size: { type: "number" },
        color: str,
      }),
    ),
    edges: arr(obj({ ...EDGE_SUMMARY, headlineOnly: { type: "boolean" }, events: arr({ type: "string" }) })),
  }),
  GraphColumns: obj({
    format: { type: "string", const: "columns/1" },
    revision: int,
    entityTypes: arr(str),
    relations: arr(str),
    dates: arr(str),
    nodes: obj({
      id: arr(str),
      name: arr(str),
      type: arr(int),
      aliases: arr(arr(str)),
      mentions: arr(int),
      degree: arr(int),
      x: arr({ type: ["number", "null"] }),
      y: arr({ type: ["number", "null"] }),
    }),
    edges: obj({
      source: arr(int),
      target: arr(int),
      relation: arr(int),
      weight: arr(int),
      docs: arr(int),
      headlineOnly: arr(int),
      eventStart: arr(int),
      eventDate: arr(int),
      keys: { type: "object", additionalProperties: str },
    }),
  }),
  SearchResults: obj({
    results: arr(
      obj({
        id: str,
        name: str,
        type: entityType,
        aliases: arr(str),
        score: { type: "number" },
        degree: int,
      }),
    ),
  }),
  EvidenceView: obj({
    doc: str,
    sentence: str,
    start: int,
    end: int,
    trigger: str,
    rule: str,
    modality: str,
    headline: { type: "boolean" },
    date: strOrNull,
    title: strOrNull,
    outlet: strOrNull,
    url: strOrNull,
    highlights: arr(obj({ start: int, end: int, entity: str })),
  }),
  RelationView: obj({
    key: str,
    relation: relationType,
    direction: { enum: ["out", "in"] },
    other: ref("EntityRef"),
    weight: int,
    docs: int,
    evidence: arr(ref("EvidenceView")),
  }),
  EntityDetail: obj({
    entity: obj({ id: str, name: str, type: entityType, aliases: arr(str), mentions: int, docs: arr(str) }),
    relations: { type: "object", additionalProperties: arr(ref("RelationView")) },
  }),
  RelationDetail: obj({
    relation: obj({ ...EDGE_SUMMARY, evidence: arr(ref("EvidenceView")) }),
    sourceEntity: ref("EntityRef"),
    targetEntity: ref("EntityRef"),
    evidencePage: obj({ offset: int, limit: int, total: int, next: { type: ["integer", "null"] } }),
  }),
  /** A step of a path; its edge's evidence is the answer's `evidence[key]`. */
  Hop: obj({
    key: str,
    source: str,
    target: str,
    relation: relationType,
    direction: { enum: ["forward", "backward"] },
    weight: int,
  }),
  Path: obj({ nodes: arr(str), hops: arr(ref("Hop")), length: int, cost: { type: "number" }, reading: str }),
  /** Each crossed edge's first evidence, once per answer, by edge key. */
  EvidenceByEdge: { type: "object", additionalProperties: arr(ref("EvidenceView")) },
  PathResult: obj(
    {
      from: ref("NodeView"),
      to: ref("NodeView"),
      paths: arr(ref("Path")),
      truncated: { type: "boolean" },
      reason: str,
      evidence: ref("EvidenceByEdge"),
    },
    ["from", "to", "paths", "truncated", "evidence"],
  ),
  EdgeView: obj({ ...EDGE_BASE, evidence: arr(ref("EvidenceView")) }),
  ConnectResult: obj({
    actors: arr({}),
    nodes: arr(ref("NodeView")),
    edges: arr(obj(EDGE_BASE)),
    paths: arr(ref("Path")),
    truncated: { type: "boolean" },
    evidence: ref("EvidenceByEdge"),
  }),
  Neighborhood: obj({
    center: {},
    nodes: arr(ref("NodeView")),
    edges: arr(ref("EdgeView")),
    truncated: { type: "boolean" },
    limit: int,
  }),
  DocumentList: obj(
    {
      documents: arr(
        obj(
          {
            id: str,
            title: strOrNull,
            outlet: strOrNull,
            date: strOrNull,
            url: strOrNull,
            entities: int,
            relations: int,
            addedAt: str,
            snippet: str,
            highlights: arr(obj({ start: int, end: int })),
          },
          ["id", "title", "outlet", "date", "url", "entities", "relations", "addedAt"],
        ),
      ),
      total: int,
      offset: int,
    },
    ["documents"],
  ),
  Change: obj(
    {
      documents: arr(str),
      entitiesAdded: arr(str),
      entitiesRemoved: arr(str),
      relationsAdded: arr(str),
      relationsRemoved: arr(str),
      relationsUpdated: arr(str),
      entitiesUpdated: arr(str),
    },
    [
      "documents",
      "entitiesAdded",
      "entitiesRemoved",
      "relationsAdded",
      "relationsRemoved",
      "relationsUpdated",
    ],
  ),
  Added: obj({ id: str, change: ref("Change"), duplicate: { type: "boolean" } }, ["id", "change"]),
  Removed: obj({ change: ref("Change") }),
  CurationRecord: obj({
    id: int,
    kind: { type: "string", enum: [...CURATION_KINDS] },
    target: str,
    data: {
      type: "object",
      description: "what the record holds, by kind (selectors of the entities it is about)",
    },
    createdAt: str,
    undone: { type: "boolean" },
  }),
  CurationList: obj({ records: arr(ref("CurationRecord")) }),
  CurationResult: obj({ record: ref("CurationRecord"), change: ref("Change") }),
  SuggestionList: obj({
    suggestions: arr(
      obj({
        a: str,
        b: str,
        aName: str,
        bName: str,
        type: entityType,
        reason: { type: "string", enum: ["word-order", "initials", "one-edit"] },
        score: { type: "number" },
      }),
    ),
  }),
};

function operation(route: RouteDoc) {
  const responses: Record<string, object> = {
    [route.ok.status]: {
      description: route.ok.description,
      content: { [route.ok.contentType ?? "application/json"]: { schema: route.ok.schema ?? {} } },
    },
  };
  for (const code of [...route.errors, ...EVERY_ROUTE]) {
    const status = String(ERROR_CODES[code]);
    const existing = responses[status] as { description: string } | undefined;
    responses[status] = {
      description: existing ? `${existing.description}, ${code}` : code,
      content: { "application/problem+json": { schema: ref("Problem") } },
    };
  }
  responses.default = {
    description: "INTERNAL or any other problem",
    content: { "application/problem+json": { schema: ref("Problem") } },
  };
  return {
    tags: [route.tag],
    summary: route.summary,
    operationId: `${route.method}${toOpenApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    parameters: [...parameters("path", route.params), ...parameters("query", route.query)],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(route.body) } },
          },
        }
      : {}),
    ...(route.auth ? { security: [{ bearer: [] }, {}] } : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document of every route in ROUTE_DOCS. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTE_DOCS) (paths[toOpenApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "kg API",
      version: "0.1.0",
      description:
        "Knowledge graph of news actors and relations, with the evidence sentence behind every edge. Errors are application/problem+json with a stable `code`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: COMPONENTS,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "KG_API_TOKEN; required for writes when set" },
      },
    },
  };
}
