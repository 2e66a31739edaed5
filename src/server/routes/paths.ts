/**
 * Routes: GET /api/paths (paths between two actors), POST /api/connect (a tree joining several
 * actors) and GET /api/neighbors/:id (an ego network). Each query is bounded by the schemas and
 * by the time and node budgets of the settings. Each edge's first evidence (with its document and
 * highlights) comes once per answer: in the answer's `evidence` object by edge key for paths and
 * connect (whose hops and edges carry their count, `weight`), in each edge for neighbourhoods;
 * GET /api/relations/:key pages the rest. Answers are written as JSON text, each edge's evidence
 * read in one pass and serialised once (see answer-json.ts and evidence-json.ts).
 */
import { Router, type RequestHandler } from "express";
import type { TimeWindow } from "../../graph/time-window.ts";
import { createAnswerWriter, sendJsonText } from "../answer-json.ts";
import type { ServerContext } from "../context.ts";
import { connectBody, entityIdParams, neighborsQuery, pathsQuery } from "../schemas.ts";
import { jsonBody } from "../security.ts";
import { parseInput } from "../validate.ts";

/** The bounds of one query: the settings' time and node budgets. */
const budgetOf = (ctx: ServerContext) => ({
  timeoutMs: ctx.settings.queryTimeoutMs,
  maxVisited: ctx.settings.queryMaxVisited,
});

/** GET /api/paths (a hot route, see fast-lane.ts). */
export function pathsHandler(ctx: ServerContext): RequestHandler {
  return (req, res) => {
    const { from, to, fromDate, toDate, asOf, ...options } = parseInput(pathsQuery, req.query, "query");
    const fromId = ctx.resolveActor(from);
    const toId = ctx.resolveActor(to);
    // Actors resolve against the whole graph (outside a time window they are known, merely unconnected).
    const { engine, texts } = ctx.windowed({ from: fromDate, to: toDate, asOf });
    const answer = engine.paths(fromId, toId, { ...options, ...budgetOf(ctx) });
    sendJsonText(res, createAnswerWriter(texts).answer(answer));
  };
}

/** The paths, connect and neighbours router. */
export function pathsRouter(ctx: ServerContext): Router {
  const router = Router();
  const budget = () => budgetOf(ctx);
  /** The engine of a time window; actors resolve against the whole graph (outside the window they are known, merely unconnected). */
  const windowed = (window: TimeWindow) => ctx.windowed(window);

  router.get("/api/paths", pathsHandler(ctx));

  router.post("/api/connect", ...jsonBody(ctx.settings.bodyLimitBytes), (req, res) => {
    const { actors, from, to, asOf, ...options } = parseInput(connectBody, req.body, "body");
    const ids = actors.map((ref) => ctx.resolveActor(ref));
    const { engine, texts } = windowed({ from, to, asOf });
    const answer = engine.connect(ids, { ...options, ...budget() });
    sendJsonText(res, createAnswerWriter(texts).answer(answer));
  });

  router.get("/api/neighbors/:id", (req, res) => {
    const { id } = parseInput(entityIdParams, req.params, "path");
    const { from, to, asOf, ...options } = parseInput(neighborsQuery, req.query, "query");
    const center = ctx.resolveActor(id);
    const { engine, texts } = windowed({ from, to, asOf });
    sendJsonText(res, createAnswerWriter(texts).edges(engine.neighbors(center, options)));
  });
  return router;
}
