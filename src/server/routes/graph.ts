/**
 * Routes: GET /api/graph, the whole graph (filtered) as the viewer draws it, and
 * GET /api/graph/columns, the same in columns (what the viewer loads: a tenth of the size);
 * both cached per revision and filter, and gzipped.
 */
import { Router, type Request, type Response } from "express";
import { toGraphColumns } from "../../model/graph-columns.ts";
import type { ServerContext } from "../context.ts";
import { createGraphBodyCache } from "../graph-cache.ts";
import { filterQuery } from "../schemas.ts";
import { parseInput } from "../validate.ts";
import { toGraphPayload } from "../views.ts";

/** The graph router. */
export function graphRouter(ctx: ServerContext): Router {
  const router = Router();
  const cache = createGraphBodyCache();
  const send = (req: Request, res: Response, columns: boolean) => {
    const filter = parseInput(filterQuery, req.query, "query");
    const revision = ctx.store.revision;
    const body = cache.get(revision, `${columns ? "columns" : "rows"} ${JSON.stringify(filter)}`, () => {
      const payload = toGraphPayload(ctx.store.graph, filter, revision, ctx.evidence());
      return columns ? toGraphColumns(payload) : payload;
    });
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
  };
  router.get("/api/graph", (req, res) => send(req, res, false));
  router.get("/api/graph/columns", (req, res) => send(req, res, true));
  return router;
}
