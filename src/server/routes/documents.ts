/**
 * Routes: GET /api/documents (the sources), POST /api/documents (add an article) and
 * DELETE /api/documents/:id. Writes need the bearer token when one is set, are rate limited,
 * and are serialised by the store (which persists atomically before answering).
 */
import { Router } from "express";
import type { ServerContext } from "../context.ts";
import { documentBody, documentIdParams } from "../schemas.ts";
import { jsonBody, limiter, requireToken } from "../security.ts";
import { parseInput } from "../validate.ts";
import { toDocumentList } from "../views.ts";

/** The documents router. */
export function documentsRouter(ctx: ServerContext): Router {
  const router = Router();
  const { rateLimit, apiToken, bodyLimitBytes } = ctx.settings;
  // Rate limit first, so that guessing the token is rate limited too.
  const guard = [limiter(rateLimit.writes, rateLimit.windowMs, "writes"), requireToken(apiToken)];

  router.get("/api/documents", (_req, res) => {
    res.json({ documents: toDocumentList(ctx.store.sources) });
  });

  router.post("/api/documents", ...guard, ...jsonBody(bodyLimitBytes), async (req, res) => {
    const input = parseInput(documentBody, req.body, "body");
    const { id, change } = await ctx.store.addDocument(input);
    res.status(201).json({ id, change });
  });

  router.delete("/api/documents/:id", ...guard, async (req, res) => {
    const { id } = parseInput(documentIdParams, req.params, "path");
    const change = await ctx.store.removeDocument(id);
    res.json({ change });
  });
  return router;
}
