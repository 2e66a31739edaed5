/** Routes: GET /api/entities (search by name and alias) and GET /api/entities/:id (an entity and its relations). */
import { Router } from "express";
import type { ServerContext } from "../context.ts";
import { entityIdParams, searchQuery } from "../schemas.ts";
import { parseInput } from "../validate.ts";
import { toEntityDetail } from "../views.ts";

/** The entities router. */
export function entitiesRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get("/api/entities", (req, res) => {
    const { q, type, limit } = parseInput(searchQuery, req.query, "query");
    const results = ctx.engine().search(q, { types: type, limit });
    res.json({
      results: results.map((h) => ({
        id: h.id,
        name: h.name,
        type: h.type,
        aliases: h.aliases,
        score: h.score,
        degree: h.degree,
      })),
    });
  });
  router.get("/api/entities/:id", (req, res) => {
    const { id } = parseInput(entityIdParams, req.params, "path");
    if (!ctx.store.graph.hasNode(id)) throw ctx.unknownEntity(id, `no entity with id '${id}'`);
    res.json(toEntityDetail(ctx.store.graph, ctx.store.sources, ctx.evidence(), id));
  });
  return router;
}
