/**
 * The Express app of kg (built here, never listened on here; see main.ts): request ids and
 * logs, security headers, Host and Origin guards, limits, one router per resource, the viewer's static files, and the
 * one 404 and one error middleware mounted last. Store changes are announced over SSE. The
 * listener it returns sends the hot read routes through the fast lane (fast-lane.ts), past the
 * same guards.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Express, type RequestHandler } from "express";
import type { Logger } from "pino";
import type { KgGraph } from "../model/graph.ts";
import type { GraphStore } from "../graph/types.ts";
import type { QueryEngine } from "../query/index.ts";
import { createServerContext, type ServerContext } from "./context.ts";
import { createEventHub } from "./events.ts";
import { allowedHostNames, hostGuard, originGuard } from "./hosts.ts";
import { createFastLane, messageClasses, type MessageClasses, type RequestListener } from "./fast-lane.ts";
import { errorHandler, notFoundHandler } from "./problem.ts";
import { curationRouter } from "./routes/curation.ts";
import { documentsRouter } from "./routes/documents.ts";
import { entitiesRouter } from "./routes/entities.ts";
import { eventsRouter } from "./routes/events.ts";
import { exportRouter } from "./routes/export.ts";
import { graphRouter } from "./routes/graph.ts";
import { healthHandler, healthRouter } from "./routes/health.ts";
import { openapiRouter } from "./routes/openapi.ts";
import { pathsHandler, pathsRouter } from "./routes/paths.ts";
import { relationsRouter } from "./routes/relations.ts";
import { requestLog } from "./request-log.ts";
import { boundUrl, cors, limiter, requestId, securityHeaders } from "./security.ts";
import type { ServerSettings } from "./settings.ts";

/** A file Vite built into assets/ and named by its content's hash (e.g. assets/index-D7MDDNp_.js). */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/;

/** What createApp needs. */
export interface AppDeps {
  store: GraphStore;
  settings: ServerSettings;
  logger: Logger;
  /** Query engine factory (default: src/query's createQueryEngine). */
  createEngine?: (graph: KgGraph) => QueryEngine;
}

/** The app and its shutdown. */
export interface KgApp {
  app: Express;
  /** What to listen with: the hot read routes through the fast lane, the rest through `app`. */
  listener: RequestListener;
  /** The request and response classes to make the listening server with (see fast-lane.ts). */
  messages: MessageClasses;
  context: ServerContext;
  /** Ends the event streams, stops listening to the store and detaches the query engine. */
  close(): void;
}

/** Builds the Express app over a store. */
export function createApp(deps: AppDeps): KgApp {
  const { store, settings, logger } = deps;
  const hub = createEventHub({
    pingMs: settings.ssePingMs,
    maxPerClient: settings.sseMaxPerClient,
    maxTotal: settings.sseMaxTotal,
  });
  const context = createServerContext({ ...deps, hub });
  const unsubscribe = store.onChange((change) =>
    hub.broadcast("change", { revision: store.revision, change }, String(store.revision)),
  );

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // The guards every request passes, in order; the fast lane runs the same ones.
  const guards: RequestHandler[] = [
    requestId(),
    // One short line a request: who asked what, and the answer's status (no headers).
    requestLog(logger),
    securityHeaders(),
    hostGuard(allowedHostNames(settings.host, settings.allowedHosts)),
    cors(settings.corsOrigins),
    originGuard(settings.corsOrigins),
    boundUrl(settings.maxUrlLength),
  ];
  const queryLimit = limiter(settings.rateLimit.queries, settings.rateLimit.windowMs, "requests");
  app.use(...guards);
  // Event streams have their own caps (per client and in all, see events.ts), so they are
  // mounted before the query rate limit: an open viewer is not a stream of requests.
  app.use(eventsRouter(context));
  app.use("/api", queryLimit);

  app.use(healthRouter(context));
  app.use(graphRouter(context));
  app.use(entitiesRouter(context));
  app.use(relationsRouter(context));
  app.use(pathsRouter(context));
  app.use(documentsRouter(context));
  app.use(curationRouter(context));
  app.use(exportRouter(context));
  app.use(openapiRouter());

  if (settings.webDir) {
    if (existsSync(join(settings.webDir, "index.html")))
      app.use(
        express.static(settings.webDir, {
          index: "index.html",
          fallthrough: true,
          // Vite names each built asset by its content's hash: a returning browser reuses it
          // without asking again. index.html (which names them) is still revalidated every time.
          setHeaders: (res, path) => {
            if (HASHED_ASSET.test(path))
              res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
          },
        }),
      );
    else
      logger.warn(
        { webDir: settings.webDir },
        "viewer not built (run npm run build:web): serving the API only",
      );
  }

  const onError = errorHandler(logger);
  app.use(notFoundHandler());
  app.use(onError);

  return {
    app,
    listener: createFastLane({
      app,
      guards: [...guards, queryLimit],
      routes: { "/api/health": healthHandler(context), "/api/paths": pathsHandler(context) },
      onError,
    }),
    messages: messageClasses(app),
    context,
    close() {
      unsubscribe();
      hub.close();
      context.dispose();
    },
  };
}
