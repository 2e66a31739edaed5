/**
 * Routes: the analyst's corrections. GET /api/curation (the records, newest first), POST
 * /api/curation (merge, split, rename, retype, reject an edge or one piece of evidence),
 * POST /api/curation/:id/undo and /api/curation/undo (the newest in force), GET
 * /api/curation/suggestions (close names to merge) and POST /api/curation/suggestions/dismiss.
 * Writes need the bearer token when one is set and are rate limited like every write; the store
 * commits each one as a change, so the event stream carries it.
 */
import { Router } from "express";
import { KgError } from "../../model/errors.ts";
import type { CurationRecord } from "../../graph/curation.ts";
import type { CurationResult, GraphStore } from "../../graph/types.ts";
import type { ServerContext } from "../context.ts";
import { curationBody, curationIdParams, curationQuery, dismissBody, suggestionsQuery } from "../schemas.ts";
import { jsonBody, limiter, requireToken } from "../security.ts";
import { parseInput } from "../validate.ts";

/** Largest curation body: a few ids and a name. */
const CURATION_BODY_BYTES = 16_384;

/** A record as the API sends it. */
export function toRecordView(r: CurationRecord) {
  return {
    id: r.id,
    kind: r.kind,
    target: r.target,
    data: r.data,
    createdAt: r.createdAt,
    undone: r.undoneAt !== null,
  };
}

const toResult = ({ record, change }: CurationResult) => ({ record: toRecordView(record), change });

/** The store's curation, or NOT_FOUND on a store without records. */
function curation(
  store: GraphStore,
): Required<Pick<GraphStore, "curate" | "undoCuration" | "curationRecords" | "curationSuggestions">> {
  const { curate, undoCuration, curationRecords, curationSuggestions } = store;
  if (!curate || !undoCuration || !curationRecords || !curationSuggestions)
    throw new KgError("NOT_FOUND", "this store keeps no curation records");
  return {
    curate: curate.bind(store),
    undoCuration: undoCuration.bind(store),
    curationRecords: curationRecords.bind(store),
    curationSuggestions: curationSuggestions.bind(store),
  };
}

/** The curation router. */
export function curationRouter(ctx: ServerContext): Router {
  const router = Router();
  const { rateLimit, apiToken } = ctx.settings;
  const bodyLimitBytes = Math.min(ctx.settings.bodyLimitBytes, CURATION_BODY_BYTES);
  // Rate limit first, so that guessing the token is rate limited too.
  const guard = [limiter(rateLimit.writes, rateLimit.windowMs, "writes"), requireToken(apiToken)];

  router.get("/api/curation", (req, res) => {
    const { limit, before } = parseInput(curationQuery, req.query, "query");
    res.json({ records: curation(ctx.store).curationRecords(limit, before).map(toRecordView) });
  });

  router.get("/api/curation/suggestions", (req, res) => {
    const { limit } = parseInput(suggestionsQuery, req.query, "query");
    res.json({ suggestions: curation(ctx.store).curationSuggestions(limit) });
  });

  router.post("/api/curation", ...guard, ...jsonBody(bodyLimitBytes), async (req, res) => {
    const input = parseInput(curationBody, req.body, "body");
    res.status(201).json(toResult(await curation(ctx.store).curate(input)));
  });

  router.post(
    "/api/curation/suggestions/dismiss",
    ...guard,
    ...jsonBody(bodyLimitBytes),
    async (req, res) => {
      const { a, b } = parseInput(dismissBody, req.body, "body");
      res.status(201).json(toResult(await curation(ctx.store).curate({ kind: "dismiss", a, b })));
    },
  );

  router.post("/api/curation/undo", ...guard, async (_req, res) => {
    res.json(toResult(await curation(ctx.store).undoCuration()));
  });

  router.post("/api/curation/:id/undo", ...guard, async (req, res) => {
    const { id } = parseInput(curationIdParams, req.params, "path");
    res.json(toResult(await curation(ctx.store).undoCuration(id)));
  });
  return router;
}
