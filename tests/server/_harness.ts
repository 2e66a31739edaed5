/**
 * Test harness of the server tests: a temp copy of graph-data holding the first article,
 * a server on port 0 over it (built by the real store), and small fetch helpers.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { pino, type Logger } from "pino";
import type { GraphStore } from "../../src/graph/types.ts";
import { startServer, type RunningServer } from "../../src/server/main.ts";
import { copyFirstArticle } from "../_fixtures.ts";
import type { ServerSettingsInput } from "../../src/server/settings.ts";

/** The repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The first article's document id. */
export const FIRST_ARTICLE = "nk-russia-troops.txt";

/** Settings that keep rate limits out of the way of tests that do not test them. */
export const TEST_SETTINGS: ServerSettingsInput = { rateLimit: { writes: 0, queries: 0 } };

/** A temp graph-data folder whose sources/ holds the first article and its sidecar. */
export async function makeDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-server-"));
  copyFirstArticle(join(dir, "sources"));
  return dir;
}

/** A parsed JSON answer, loosely typed on purpose: the tests assert on its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** An answer, with its body parsed when it is JSON. */
export interface Answer<T = Loose> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A running test server and helpers bound to it. */
export interface TestServer {
  url: string;
  dataDir: string;
  store: GraphStore;
  running: RunningServer;
  get<T = Loose>(path: string, headers?: Record<string, string>): Promise<Answer<T>>;
  send<T = Loose>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  close(): Promise<void>;
  /** Closes and deletes the data folder. */
  dispose(): Promise<void>;
}

/** Reads an answer (JSON or problem+json parsed). */
export async function readAnswer(res: Response): Promise<Answer> {
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const body = /json/.test(type) && text ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body, text };
}

/** Starts a server on port 0 over `dataDir` (a fresh copy of the first article by default). */
export async function startTestServer(
  options: { dataDir?: string; settings?: ServerSettingsInput; store?: GraphStore; logger?: Logger } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const store = options.store;
  const running = await startServer({
    cwd: REPO,
    env: {},
    dataDir,
    port: 0,
    host: "127.0.0.1",
    webDir: null,
    logger: options.logger ?? pino({ level: "silent" }),
    ...(store ? { store } : {}),
    ...TEST_SETTINGS,
    ...options.settings,
    rateLimit: { ...TEST_SETTINGS.rateLimit, ...options.settings?.rateLimit },
  });
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    return readAnswer(await fetch(running.url + path, init));
  };
  return {
    url: running.url,
    dataDir,
    store: running.store,
    running,
    get: (path, headers) => send("GET", path, undefined, headers),
    send,
    close: () => running.close(),
    async dispose() {
      await running.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
