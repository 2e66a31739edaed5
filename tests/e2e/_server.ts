/**
 * Starts the real kg server for browser tests and benchmarks: a temp copy of graph-data's first
 * article (or a given graph-data folder), built by the real store, served on 127.0.0.1 port 0 with
 * the built viewer (web/dist, built once with Vite when missing).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { openStore } from "../../src/graph/store.ts";
import type { GraphStore } from "../../src/graph/types.ts";
import { startServer, type RunningServer } from "../../src/server/main.ts";
import { copyFirstArticle } from "../_fixtures.ts";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The built viewer. */
export const WEB_DIST = join(ROOT, "web", "dist");

/** The newest modification time of the viewer's sources (web/src, index.html, vite config). */
function newestSource(dir = join(ROOT, "web", "src")): number {
  let newest = Math.max(
    statSync(join(ROOT, "web", "index.html")).mtimeMs,
    statSync(join(ROOT, "web", "vite.config.ts")).mtimeMs,
  );
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds web/dist with Vite when it is missing or older than the viewer's sources (or `force`).
 * Test files run in parallel: a lock folder makes one build while the others wait for it.
 */
export function ensureViewerBuilt(force = false): void {
  const index = join(WEB_DIST, "index.html");
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newestSource();
  if (!force && fresh()) return;
  const lock = join(ROOT, "web", ".build-lock");
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (force || !fresh()) {
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", join(ROOT, "web/vite.config.ts")],
        { cwd: ROOT, stdio: "pipe" },
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A running server over a temp data folder, and how to stop it (removing the folder). */
export interface TestServer {
  url: string;
  dataDir: string;
  store: GraphStore;
  /** Stops serving and closes the store it opened, keeping the folder (for the CLI to use it). */
  close(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the server on a temp copy of the first article (or of `fromDataDir`), on `port` (0: any
 * free port), serving the built viewer (or another build, `webDir`), with the environment `env`
 * (e.g. KG_API_TOKEN).
 */
export async function startTestServer(
  options: {
    fromDataDir?: string;
    store?: GraphStore;
    port?: number;
    webDir?: string;
    env?: Record<string, string>;
  } = {},
): Promise<TestServer> {
  ensureViewerBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "kg-e2e-"));
  const sources = join(dataDir, "sources");
  mkdirSync(sources, { recursive: true });
  if (options.fromDataDir) cpSync(options.fromDataDir, dataDir, { recursive: true });
  else {
    copyFirstArticle(sources);
  }
  let store = options.store;
  const ownStore = !store;
  if (!store) {
    store = await openStore({ dataDir });
    await store.build();
  }
  const running: RunningServer = await startServer({
    store,
    cwd: dataDir,
    env: options.env ?? {},
    host: "127.0.0.1",
    port: options.port ?? 0,
    webDir: options.webDir ?? WEB_DIST,
    logger: pino({ level: "silent" }),
    rateLimit: { writes: 100_000, queries: 1_000_000 },
  });
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= running.close().then(async () => {
      if (ownStore) await (store as GraphStore & { close?: () => Promise<void> }).close?.();
    }));
  return {
    url: running.url,
    dataDir,
    store,
    close,
    async stop() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
