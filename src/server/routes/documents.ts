/**
 * Routes: GET /api/documents (the sources, newest first, a page at a time with `offset` and
 * `limit`, and their `total`; or a full-text search with `q`), POST /api/documents
 * (add an article; idempotent by text and by the `Idempotency-Key` header) and
 * DELETE /api/documents/:id. Writes need the bearer token when one is set, are rate limited,
 * and are serialised by the store (which commits before answering).
 */
import { Router } from "express";
import type { ServerContext } from "../context.ts";
import { documentBody, documentIdParams, documentsQuery, idempotencyKey } from "../schemas.ts";
import { jsonBody, limiter, requireToken } from "../security.ts";
import { parseInput } from "../validate.ts";
import { toDocumentList } from "../views.ts";

/** Rows of GET /api/documents when no `limit` is given, and the most a page may hold. */
const LIST_PAGE = 1000;
/** Hits of a search when no `limit` is given, and the most a search may return. */
const SEARCH_HITS = 20;
const MAX_SEARCH_HITS = 100;

/** The documents router. */
export function documentsRouter(ctx: ServerContext): Router {
  const router = Router();
  const { rateLimit, apiToken, bodyLimitBytes } = ctx.settings;
  // Rate limit first, so that guessing the token is rate limited too.
  const guard = [limiter(rateLimit.writes, rateLimit.windowMs, "writes"), requireToken(apiToken)];

  router.get("/api/documents", (req, res) => {
    const { q, limit, offset } = parseInput(documentsQuery, req.query, "query");
    const list = toDocumentList(ctx.store.sources);
    if (q === undefined || !ctx.store.searchDocuments) {
      const page = limit ?? LIST_PAGE;
      res.json({ documents: list.slice(offset, offset + page), total: list.length, offset });
      return;
    }
    const byId = new Map(list.map((d) => [d.id, d]));
    const hits = Math.min(limit ?? SEARCH_HITS, MAX_SEARCH_HITS);
    const documents = ctx.store.searchDocuments(q, hits).flatMap((hit) => {
      const view = byId.get(hit.id);
      return view ? [{ ...view, snippet: hit.snippet, highlights: hit.highlights }] : [];
    });
    res.json({ documents });
  });

  router.post("/api/documents", ...guard, ...jsonBody(bodyLimitBytes), async (req, res) => {
    const input = parseInput(documentBody, req.body, "body");
    const header = req.get("idempotency-key");
    const key = header === undefined ? undefined : parseInput(idempotencyKey, header, "header");
    const { id, change, duplicate } = await ctx.store.addDocument(input, key ? { idempotencyKey: key } : {});
    if (duplicate) res.status(200).json({ id, change, duplicate: true });
    else res.status(201).json({ id, change });
  });

  router.delete("/api/documents/:id", ...guard, async (req, res) => {
    const { id } = parseInput(documentIdParams, req.params, "path");
    const change = await ctx.store.removeDocument(id);
    res.json({ change });
  });
  return router;
}
