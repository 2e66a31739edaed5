/**
 * Route: GET /api/events, a Server-Sent Events stream of `change` events (see ../events.ts),
 * within the hub's caps per client address and in all.
 */
import { Router } from "express";
import type { ServerContext } from "../context.ts";

/** The events router. */
export function eventsRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get("/api/events", (req, res) => {
    if (req.method === "HEAD") {
      res.type("text/event-stream").end(); // no stream to hold open for a HEAD
      return;
    }
    ctx.hub.subscribe(res, req.ip ?? req.socket.remoteAddress ?? "");
  });
  return router;
}
