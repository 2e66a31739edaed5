/**
 * Listening adapter: opens the store (building graph-data if missing or stale), builds the app,
 * listens, prints nothing itself (the caller gets the URL), and shuts down cleanly on SIGINT or
 * SIGTERM: stops accepting, ends SSE streams, waits for running requests, flushes the logs.
 * It may read the environment and signals; app.ts gets everything injected.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { pino, type Logger } from "pino";
import { KgError } from "../model/errors.ts";
import { resolveDataDir } from "../graph/data-dir.ts";
import { openStore, type KgStore } from "../graph/store.ts";
import type { BuildReport, GraphStore } from "../graph/types.ts";
import { createApp } from "./app.ts";
import { PROBLEM_CONTENT_TYPE, toProblem } from "./problem.ts";
import {
  isLoopbackHost,
  resolveServerSettings,
  type ServerSettings,
  type ServerSettingsInput,
} from "./settings.ts";

/** The built viewer of this package (web/dist). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** How long shutdown waits for running requests before cutting connections. */
export const SHUTDOWN_GRACE_MS = 5000;
/** How often a server checks the store for changes made by other processes (ms). */
export const STORE_WATCH_MS = 250;

/** Options of startServer (explicit values win over the environment). */
export interface StartOptions extends ServerSettingsInput {
  /** graph-data folder (default: env KG_DATA or `graph-data`). */
  dataDir?: string;
  /** Working directory for relative paths. */
  cwd: string;
  env: Record<string, string | undefined>;
  logger?: Logger;
  /** Build sources before serving (default true). */
  build?: boolean;
  /** Handle SIGINT and SIGTERM (default false; the CLI turns it on). */
  handleSignals?: boolean;
  /** A store to serve instead of opening dataDir (tests, benchmarks). */
  store?: GraphStore;
}

/** A listening server. */
export interface RunningServer {
  url: string;
  server: Server;
  store: GraphStore;
  settings: ServerSettings;
  /** The build done at start, when one ran. */
  buildReport: BuildReport | null;
  /** Shuts down (idempotent); resolves when everything is closed. */
  close(): Promise<void>;
  /** Resolves once the server has shut down. */
  closed: Promise<void>;
}

function intFromEnv(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw))
    throw new KgError("INVALID_OPTION", `serve: ${name} must be a whole number`, { field: name });
  return Number(raw);
}

/** The items of a comma list, trimmed; undefined when the variable is unset or empty. */
function commaList(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Server settings from the environment (PORT, HOST, KG_API_TOKEN, KG_ALLOWED_HOSTS,
 * KG_CORS_ORIGINS, KG_RATE_*, KG_SSE_*, KG_QUERY_TIMEOUT_MS, KG_EVIDENCE_CACHE_EDGES).
 */
export function settingsFromEnv(env: Record<string, string | undefined>): ServerSettingsInput {
  return {
    port: intFromEnv(env, "PORT"),
    host: env.HOST || undefined,
    apiToken: env.KG_API_TOKEN || undefined,
    allowedHosts: commaList(env.KG_ALLOWED_HOSTS),
    corsOrigins: commaList(env.KG_CORS_ORIGINS),
    rateLimit: {
      ...(intFromEnv(env, "KG_RATE_WINDOW_MS") !== undefined
        ? { windowMs: intFromEnv(env, "KG_RATE_WINDOW_MS") }
        : {}),
      ...(intFromEnv(env, "KG_RATE_WRITES") !== undefined
        ? { writes: intFromEnv(env, "KG_RATE_WRITES") }
        : {}),
      ...(intFromEnv(env, "KG_RATE_QUERIES") !== undefined
        ? { queries: intFromEnv(env, "KG_RATE_QUERIES") }
        : {}),
    },
    queryTimeoutMs: intFromEnv(env, "KG_QUERY_TIMEOUT_MS"),
    evidenceCacheEdges: intFromEnv(env, "KG_EVIDENCE_CACHE_EDGES"),
    sseMaxPerClient: intFromEnv(env, "KG_SSE_PER_CLIENT"),
    sseMaxTotal: intFromEnv(env, "KG_SSE_TOTAL"),
  };
}

/**
 * Answers a request Node could not parse as HTTP (before Express sees it) with a problem
 * document too: 431 for oversized headers, 408 for timeouts, 400 otherwise.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || err.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const [status, title] =
    err.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large"]
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout"]
        : [400, "Bad Request"];
  const body = JSON.stringify(
    toProblem(new KgError("INVALID_INPUT", `malformed HTTP request (${err.code ?? "parse error"})`)),
  );
  const problem = body
    .replace(/"status":\d+/, `"status":${status}`)
    .replace(/"title":"[^"]*"/, `"title":"${title}"`);
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(problem)}\r\nConnection: close\r\n\r\n${problem}`,
  );
}

/** Refuses a non-loopback address without a write token. */
export function checkExposure(settings: ServerSettings): void {
  if (!isLoopbackHost(settings.host) && !settings.apiToken) {
    throw new KgError(
      "INVALID_OPTION",
      `serve: refusing to listen on ${settings.host} without a write token: set KG_API_TOKEN (8+ characters) or listen on 127.0.0.1`,
      { field: "host" },
    );
  }
}

/** Opens graph-data, builds what changed, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const {
    dataDir,
    cwd,
    env,
    logger: given,
    build = true,
    handleSignals = false,
    store: givenStore,
    ...explicit
  } = options;
  const fromEnv = settingsFromEnv(env);
  const settings = resolveServerSettings({
    ...fromEnv,
    ...Object.fromEntries(Object.entries(explicit).filter(([, v]) => v !== undefined)),
    rateLimit: { ...fromEnv.rateLimit, ...explicit.rateLimit },
    webDir: explicit.webDir === undefined ? DEFAULT_WEB_DIR : explicit.webDir,
  });
  checkExposure(settings);
  const logger =
    given ?? pino({ level: env.LOG_LEVEL || "info" }, pino.destination({ dest: 2, sync: false }));

  const opened = givenStore
    ? null
    : await openStore({
        dataDir: resolveDataDir(cwd, dataDir, env),
        extractTimeoutMs: intFromEnv(env, "KG_EXTRACT_TIMEOUT_MS"),
      });
  const store: GraphStore = givenStore ?? opened!;
  let buildReport: BuildReport | null = null;
  if (build && !givenStore) {
    // The store this server opened: its report also holds the build's warnings.
    const report = await (opened as KgStore).build();
    for (const f of report.failed) logger.warn({ source: f.source, code: f.code }, `build: ${f.message}`);
    for (const w of report.warnings) logger.warn(`build: ${w}`);
    logger.info(
      { built: report.built.length, skipped: report.skipped.length, removed: report.removed.length },
      "graph ready",
    );
    buildReport = report;
  }

  // A store this server opened watches the DB, so changes made by CLI commands reach it (and its viewers).
  const stopWatching = givenStore ? () => {} : (store as KgStore).watch(STORE_WATCH_MS);

  const kgApp = createApp({ store, settings, logger });
  const server = createServer(kgApp.messages, kgApp.listener);
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  // An IPv6 address may be given as in a URL (`[::1]`); listen() takes it bare.
  const listenHost = settings.host.replace(/^\[(.*)\]$/, "$1");
  await new Promise<void>((done, fail) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      const noIpv6 = listenHost.includes(":") && err.code === "EADDRNOTAVAIL";
      fail(
        new KgError(
          "INVALID_OPTION",
          noIpv6
            ? `serve: cannot listen on ${listenHost}: this machine has no such IPv6 address (EADDRNOTAVAIL); use --host 127.0.0.1`
            : `serve: cannot listen on ${settings.host}:${settings.port}: ${err.code ?? err.message}`,
          { field: noIpv6 ? "host" : "port" },
        ),
      );
    });
    server.listen(settings.port, listenHost, () => done());
  });
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => answerClientError(err, socket));
  const sockets = new Map<Socket, number>(); // open connections → requests in progress
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, 0);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("request", (req, res) => {
    const socket = req.socket;
    sockets.set(socket, (sockets.get(socket) ?? 0) + 1);
    res.once(
      "close",
      () => sockets.has(socket) && sockets.set(socket, Math.max(0, (sockets.get(socket) ?? 1) - 1)),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let closing: Promise<void> | null = null;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((done) => (markClosed = done));
  const onSignal = (signal: string) => {
    logger.info({ signal }, "shutting down");
    void close();
  };
  function close(): Promise<void> {
    closing ??= (async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      kgApp.close(); // ends SSE streams so server.close can finish
      const stopped = new Promise<void>((done) => server.close(() => done()));
      // Connections turn idle as their last response ends (SSE streams just ended): close them as they do,
      // and also those a client opened without sending a request yet (Node does not count those as idle).
      const sweepIdle = () => {
        for (const [socket, active] of sockets) if (active === 0) socket.destroy();
      };
      sweepIdle();
      const sweep = setInterval(sweepIdle, 50);
      const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await stopped;
      clearInterval(sweep);
      clearTimeout(grace);
      stopWatching();
      if (!givenStore) await (store as KgStore).close();
      await new Promise<void>((done) => logger.flush(() => done()));
      markClosed();
    })();
    return closing;
  }
  if (handleSignals) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  logger.info({ url, dataDir: dataDir ?? null, webDir: settings.webDir }, "kg serving");
  return { url, server, store, settings, buildReport, close, closed };
}
