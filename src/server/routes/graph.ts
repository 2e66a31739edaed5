/** Route: GET /api/graph, the whole graph (filtered) as the viewer draws it, cached per revision and gzipped. */
import { Router } from "express";
import type { ServerContext } from "../context.ts";
import { createGraphBodyCache } from "../graph-cache.ts";
import { filterQuery } from "../schemas.ts";
import { parseInput } from "../validate.ts";
import { toGraphPayload } from "../views.ts";

/** The graph router. */
export function graphRouter(ctx: ServerContext): Router {
  const router = Router();
  const cache = createGraphBodyCache();
  router.get("/api/graph", (req, res) => {
    const filter = parseInput(filterQuery, req.query, "query");
    const revision = ctx.store.revision;
    const body = cache.get(revision, JSON.stringify(filter), () =>
      toGraphPayload(ctx.store.graph, filter, revision, ctx.evidence()),
    );
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", body.etag);
    res.setHeader("Cache-Control", "no-cache");
    if (req.headers["if-none-match"] === body.etag) {
      res.status(304).end();
      return;
    }
    res.type("application/json");
    if (req.acceptsEncodings("gzip") === "gzip") {
      res.setHeader("Content-Encoding", "gzip");
      res.send(body.gzip);
    } else res.send(body.json);
  });
  return router;
}
