/** Routes: GET /api/health (liveness and counts) and GET /api/stats (counts by type, top entities). */
import { Router } from "express";
import type { ServerContext } from "../context.ts";
import { computeStats } from "../../graph/stats.ts";

/** The health and stats router. */
export function healthRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get("/api/health", (_req, res) => {
    const { store } = ctx;
    res.json({
      ok: true,
      revision: store.revision,
      documents: store.sources.size,
      nodes: store.graph.order,
      edges: store.graph.size,
      streams: ctx.hub.size,
    });
  });
  router.get("/api/stats", (_req, res) => {
    res.json({ revision: ctx.store.revision, ...computeStats(ctx.store.graph, ctx.store.sources.values()) });
  });
  return router;
}
