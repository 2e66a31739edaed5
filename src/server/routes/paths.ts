/**
 * Routes: GET /api/paths (paths between two actors), POST /api/connect (a tree joining several
 * actors) and GET /api/neighbors/:id (an ego network). Each query is bounded by the schemas and
 * by the time and node budgets of the settings. Each hop and edge carries its first evidence
 * (with its document and highlights) and its count (`weight`); GET /api/relations/:key pages the rest.
 */
import { Router } from "express";
import type { TimeWindow } from "../../graph/time-window.ts";
import type { Evidence } from "../../model/types.ts";
import type { ServerContext } from "../context.ts";
import { connectBody, entityIdParams, neighborsQuery, pathsQuery } from "../schemas.ts";
import { jsonBody } from "../security.ts";
import { parseInput } from "../validate.ts";
import { withEvidenceViews, type EvidenceCache } from "../views.ts";

interface PathLike {
  hops: { key: string; source: string; target: string; evidence: Evidence[] }[];
}

/** The paths, connect and neighbours router. */
export function pathsRouter(ctx: ServerContext): Router {
  const router = Router();
  const budget = () => ({ timeoutMs: ctx.settings.queryTimeoutMs, maxVisited: ctx.settings.queryMaxVisited });
  const withViews = <T extends PathLike>(paths: readonly T[], cache: EvidenceCache = new Map()) =>
    paths.map((p) => ({ ...p, hops: withEvidenceViews(ctx.store.graph, ctx.store.sources, p.hops, cache) }));
  /** The engine of a time window; actors resolve against the whole graph (outside the window they are known, merely unconnected). */
  const windowed = (window: TimeWindow) => ctx.windowed(window);

  router.get("/api/paths", (req, res) => {
    const { from, to, fromDate, toDate, asOf, ...options } = parseInput(pathsQuery, req.query, "query");
    const fromId = ctx.resolveActor(from);
    const toId = ctx.resolveActor(to);
    const { engine } = windowed({ from: fromDate, to: toDate, asOf });
    const result = engine.paths(fromId, toId, { ...options, ...budget() });
    res.json({ ...result, paths: withViews(result.paths) });
  });

  router.post("/api/connect", ...jsonBody(ctx.settings.bodyLimitBytes), (req, res) => {
    const { actors, from, to, asOf, ...options } = parseInput(connectBody, req.body, "body");
    const ids = actors.map((ref) => ctx.resolveActor(ref));
    const { engine } = windowed({ from, to, asOf });
    const result = engine.connect(ids, { ...options, ...budget() });
    const cache: EvidenceCache = new Map();
    res.json({
      ...result,
      edges: withEvidenceViews(ctx.store.graph, ctx.store.sources, result.edges, cache),
      paths: withViews(result.paths, cache),
    });
  });

  router.get("/api/neighbors/:id", (req, res) => {
    const { id } = parseInput(entityIdParams, req.params, "path");
    const { from, to, asOf, ...options } = parseInput(neighborsQuery, req.query, "query");
    const center = ctx.resolveActor(id);
    const { engine } = windowed({ from, to, asOf });
    const result = engine.neighbors(center, options);
    res.json({ ...result, edges: withEvidenceViews(ctx.store.graph, ctx.store.sources, result.edges) });
  });
  return router;
}
