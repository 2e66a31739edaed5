// The request log: one short line per request once its answer ends, its level from the status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";
import { pino } from "pino";
import { startServer, type RunningServer } from "../../src/server/main.ts";
import { makeDataDir, REPO, TEST_SETTINGS } from "./_harness.ts";

const lines: Record<string, unknown>[] = [];
let running: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await makeDataDir();
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  running = await startServer({
    cwd: REPO,
    env: {},
    dataDir,
    port: 0,
    host: "127.0.0.1",
    webDir: null,
    logger,
    ...TEST_SETTINGS,
  });
});
afterAll(async () => {
  await running?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The log line of the request that got `id` as its X-Request-Id, once written. */
async function lineOf(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(running.url + path);
  await res.text();
  const id = res.headers.get("x-request-id");
  for (let i = 0; i < 50; i++) {
    const found = lines.find((l) => (l.req as { id?: string } | undefined)?.id === id);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for ${path}`);
}

describe("the request log", () => {
  it("writes who asked what and the answer's status and time, at info for a success", async () => {
    const line = await lineOf("/api/health");
    expect(line).toMatchObject({
      level: 30,
      msg: "request completed",
      req: { method: "GET", url: "/api/health" },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  it("writes a refused request at warn, on the fast lane and off it", async () => {
    expect(await lineOf("/api/paths?from=nobody-at-all&to=nobody-either")).toMatchObject({
      level: 40,
      res: { statusCode: 404 },
    });
    expect(await lineOf("/api/no-such-route")).toMatchObject({ level: 40, res: { statusCode: 404 } });
  });
});
