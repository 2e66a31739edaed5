/**
 * Route: GET /api/events, a Server-Sent Events stream of `change` events (see ../events.ts),
 * within the hub's caps per client address and in all. A client that comes back with a
 * Last-Event-ID header (or `?lastEventId=`, for a client that had to open a new EventSource) other
 * than the current revision missed changes, or the server restarted: it gets a `change` event
 * with the current revision at once.
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
    const header = req.get("Last-Event-ID");
    const query = typeof req.query.lastEventId === "string" ? req.query.lastEventId : undefined;
    const last = (header ?? query)?.slice(0, 32);
    const revision = String(ctx.store.revision);
    ctx.hub.subscribe(
      res,
      req.ip ?? req.socket.remoteAddress ?? "",
      last !== undefined && last !== revision
        ? { event: "change", data: { revision: ctx.store.revision, change: null }, id: revision }
        : undefined,
    );
  });
  return router;
}
