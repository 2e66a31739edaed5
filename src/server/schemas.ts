/**
 * Request schemas (zod v4): every query parameter, path parameter and body the API accepts,
 * with its bounds. Routes parse with them; the OpenAPI document is generated from them.
 */
import { z } from "zod";
import { MAX_CONNECT_ACTORS } from "../model/limits.ts";
import { dateSpan } from "../model/dates.ts";
import { metaFieldSchemas } from "../model/meta.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/ontology.ts";
import { RELATION_PAGE } from "./views.ts";

/** Upper bounds on what one request may ask for. */
export const LIMITS = {
  refLength: 200,
  searchLimit: 100,
  k: 20,
  /** Equally short paths one answer may list (`maxPaths`). */
  maxPaths: 100,
  depth: 4,
  maxHops: 10,
  actors: MAX_CONNECT_ACTORS,
  neighborLimit: 2000,
  minEvidence: 1_000_000,
  listLength: 500,
  textLength: 900_000,
  idLength: 255,
} as const;

/**
 * Equally short paths an answer lists unless asked for more (`maxPaths`): a list the viewer shows
 * in full and a reader can go through. Random pairs on a 10k-node graph have 3 at the median and
 * 18 at the 90th percentile; the 1% with more were answers of up to 250 hops at the previous
 * bound of 50, the slowest answers of the server bench.
 */
export const DEFAULT_MAX_PATHS = 20;

/** A whole number given as a query string, within [min, max]. */
function int(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

/** `true`/`false` (or `1`/`0`) given as a query string. */
const bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .meta({ description: "true or false" });

/** A comma-separated list of members of `values`. */
function csvOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(LIMITS.listLength)
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(values)))
    .meta({ description: `comma-separated, from: ${values.join(", ")}` });
}

/** Entity types as a comma-separated list. */
export const entityTypesParam = csvOf(ENTITY_TYPES);
/** Relation types as a comma-separated list. */
export const relationsParam = csvOf(RELATION_TYPES);

/** An actor reference as users type it: a name, an alias or an id. */
export const actorRef = z.string().trim().min(1).max(LIMITS.refLength);

/** A date at the precision wanted: `2024`, `2024-03` or `2024-03-15`. */
export const dateParam = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date like 2024, 2024-03 or 2024-03-15")
  .refine((v) => dateSpan(v) !== null, "must be a real date");

/** The time window of a query: event dates overlapping [from, to], evidence published by asOf. */
const timeWindow = {
  from: dateParam.optional().meta({ description: "only evidence whose event ends on or after this date" }),
  to: dateParam.optional().meta({ description: "only evidence whose event starts on or before this date" }),
  asOf: dateParam.optional().meta({ description: "only evidence published on or before this date" }),
};

/** The filter query of /api/graph and /api/export.*. */
export const filterQuery = z.object({
  types: entityTypesParam.optional(),
  relations: relationsParam.optional(),
  minEvidence: int(0, LIMITS.minEvidence).optional(),
  hideHeadlineOnly: bool.optional(),
  dropIsolated: bool.optional(),
  ...timeWindow,
});

/** The query of /api/export.*: the filter, and whether GEXF carries time. */
export const exportQuery = filterQuery.extend({
  dynamic: z.enum(["auto", "static", "dynamic"]).optional(),
});

/** GET /api/entities: search by name and alias. */
export const searchQuery = z.object({
  q: z.string().trim().min(1).max(LIMITS.refLength),
  type: entityTypesParam.optional(),
  limit: int(1, LIMITS.searchLimit).default(10),
});

/** `:id` of /api/entities/:id and /api/neighbors/:id. */
export const entityIdParams = z.object({ id: z.string().min(1).max(LIMITS.refLength) });

/** `:key` of /api/relations/:key (`source|relation|target`). */
export const relationKeyParams = z.object({
  key: z
    .string()
    .min(5)
    .max(3 * LIMITS.refLength),
});

/** GET /api/relations/:key: which page of the relation's evidence. */
export const relationQuery = z.object({
  offset: int(0, LIMITS.minEvidence).default(0),
  limit: int(1, RELATION_PAGE.max).default(RELATION_PAGE.default),
});

/** GET /api/documents: the list, or with `q` the documents whose text matches (full-text search). */
export const documentsQuery = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  /** Hits of a search (default 20, at most 100) or rows of a list page (default and most 1,000). */
  limit: int(1, 1000).optional(),
  /** Rows of the list to skip (ignored by a search). */
  offset: int(0, 100_000_000).default(0),
});

/** The `Idempotency-Key` header of POST /api/documents: a retry with the same key adds nothing. */
export const idempotencyKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces");

/** `:id` of /api/documents/:id. */
export const documentIdParams = z.object({ id: z.string().min(1).max(LIMITS.idLength) });

/** GET /api/neighbors/:id. */
export const neighborsQuery = z.object({
  depth: int(1, LIMITS.depth).default(1),
  relations: relationsParam.optional(),
  types: entityTypesParam.optional(),
  minEvidence: int(0, LIMITS.minEvidence).optional(),
  limit: int(1, LIMITS.neighborLimit).default(200),
  ...timeWindow,
});

/** GET /api/paths. */
export const pathsQuery = z.object({
  from: actorRef,
  to: actorRef,
  mode: z.enum(["shortest", "k-shortest"]).default("shortest"),
  k: int(1, LIMITS.k).optional(),
  via: relationsParam.optional(),
  avoid: relationsParam.optional(),
  throughTypes: entityTypesParam.optional(),
  avoidTypes: entityTypesParam.optional(),
  maxHops: int(1, LIMITS.maxHops).default(6),
  maxPaths: int(1, LIMITS.maxPaths).default(DEFAULT_MAX_PATHS).meta({
    description: `most equally short paths listed (mode shortest); past it the answer is truncated, with reason maxPaths`,
  }),
  directed: bool.optional(),
  weighted: bool.optional(),
  /** The time window (`from` and `to` name the actors here). */
  fromDate: timeWindow.from,
  toDate: timeWindow.to,
  asOf: timeWindow.asOf,
});

const relationList = z.array(z.enum(RELATION_TYPES)).max(RELATION_TYPES.length);
const entityTypeList = z.array(z.enum(ENTITY_TYPES)).max(ENTITY_TYPES.length);

/** POST /api/connect. */
export const connectBody = z.strictObject({
  actors: z.array(actorRef).min(2).max(LIMITS.actors),
  via: relationList.optional(),
  avoid: relationList.optional(),
  throughTypes: entityTypeList.optional(),
  avoidTypes: entityTypeList.optional(),
  maxHops: z.number().int().min(1).max(LIMITS.maxHops).optional(),
  directed: z.boolean().optional(),
  weighted: z.boolean().optional(),
  ...timeWindow,
});

/** The metadata fields' schemas, by the shared rules of model/meta.ts. */
const META_FIELDS = metaFieldSchemas(z);

/** POST /api/documents (metadata by the shared rules of model/meta.ts). */
export const documentBody = z.strictObject({
  text: z
    .string()
    .max(LIMITS.textLength)
    .refine((s) => s.trim().length > 0, "must not be empty"),
  title: META_FIELDS.title.optional(),
  date: META_FIELDS.date.optional(),
  url: META_FIELDS.url.optional(),
  outlet: META_FIELDS.outlet.optional(),
});

/** A node id in a curation body. */
const nodeId = z.string().min(1).max(LIMITS.refLength);
/** An edge key in a curation body (`source|relation|target`). */
const edgeKeyField = z
  .string()
  .min(5)
  .max(3 * LIMITS.refLength);
/** A name an entity takes (rename) or an alias split off. */
const entityName = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.refLength)
  .refine((s) => ![...s].some((c) => c < " " || c === "\u007f"), "must not hold control characters");
/** A sentence offset of a piece of evidence. */
const offset = z.number().int().min(0).max(LIMITS.textLength);

/** POST /api/curation: one curation record (entities by node id; evidence by document and sentence offsets). */
export const curationBody = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("merge"), keep: nodeId, absorb: nodeId }),
  z.strictObject({ kind: z.literal("split"), entity: nodeId, alias: entityName }),
  z.strictObject({ kind: z.literal("rename"), entity: nodeId, name: entityName }),
  z.strictObject({ kind: z.literal("retype"), entity: nodeId, type: z.enum(ENTITY_TYPES) }),
  z.strictObject({ kind: z.literal("reject-edge"), edge: edgeKeyField }),
  z.strictObject({
    kind: z.literal("reject-evidence"),
    edge: edgeKeyField,
    doc: z.string().min(1).max(LIMITS.idLength),
    start: offset,
    end: offset,
  }),
]);

/** POST /api/curation/suggestions/dismiss: a suggested pair the analyst does not want merged. */
export const dismissBody = z.strictObject({ a: nodeId, b: nodeId });

/** GET /api/curation: the newest records first. */
export const curationQuery = z.object({
  limit: int(1, 500).default(100),
  before: int(1, Number.MAX_SAFE_INTEGER).optional().meta({ description: "only records older than this id" }),
});

/** GET /api/curation/suggestions. */
export const suggestionsQuery = z.object({ limit: int(1, 200).default(50) });

/** `:id` of /api/curation/:id/undo. */
export const curationIdParams = z.object({ id: int(1, Number.MAX_SAFE_INTEGER) });
