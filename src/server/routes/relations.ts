/** Route: GET /api/relations/:key, one relation (edge key `source|relation|target`) with a page of its evidence (`offset`, `limit`). */
import { Router } from "express";
import { KgError } from "../../model/errors.ts";
import { parseEdgeKey } from "../../model/ids.ts";
import type { ServerContext } from "../context.ts";
import { relationKeyParams, relationQuery } from "../schemas.ts";
import { parseInput } from "../validate.ts";
import { toRelationDetail } from "../views.ts";

/** The relations router. */
export function relationsRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get("/api/relations/:key", (req, res) => {
    const { key } = parseInput(relationKeyParams, req.params, "path");
    const page = parseInput(relationQuery, req.query, "query");
    if (!parseEdgeKey(key))
      throw new KgError("INVALID_INPUT", "path: key must be 'source|relation|target'", { field: "key" });
    if (!ctx.store.graph.hasEdge(key))
      throw new KgError("UNKNOWN_RELATION", `no relation with key '${key}'`, { key });
    res.json(toRelationDetail(ctx.store.graph, ctx.store.sources, ctx.evidence(), key, page));
  });
  return router;
}
