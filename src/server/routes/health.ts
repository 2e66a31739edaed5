/** Routes: GET /api/health (liveness and counts) and GET /api/stats (counts by type, top entities). */
import { Router, type RequestHandler } from "express";
import { sendJsonText } from "../answer-json.ts";
import type { ServerContext } from "../context.ts";
import { computeStats } from "../../graph/stats.ts";

/** GET /api/health: liveness, the revision and the counts of the store (a hot route, see fast-lane.ts). */
export function healthHandler(ctx: ServerContext): RequestHandler {
  return (_req, res) => {
    const { store } = ctx;
    const health = {
      ok: true,
      revision: store.revision,
      documents: store.sources.size,
      nodes: store.graph.order,
      edges: store.graph.size,
      streams: ctx.hub.size,
    };
    sendJsonText(res, JSON.stringify(health));
  };
}

/** The health and stats router. */
export function healthRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get("/api/health", healthHandler(ctx));
  router.get("/api/stats", (_req, res) => {
    res.json({ revision: ctx.store.revision, ...computeStats(ctx.store.graph, ctx.store.sources.values()) });
  });
  return router;
}
