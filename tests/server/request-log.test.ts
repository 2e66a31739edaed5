// The request log: one short line per request once its answer ends, its level from the status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { startTestServer, type TestServer } from "./_harness.ts";

const lines: Record<string, unknown>[] = [];
let server: TestServer;

beforeAll(async () => {
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  server = await startTestServer({ logger });
});
afterAll(async () => {
  await server?.dispose();
});

/** The log line of the request that got `id` as its X-Request-Id, once written. */
async function lineOf(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(server.url + path);
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

  it("writes a request whose client leaves before its answer ends as aborted, once", async () => {
    // An event stream never ends by itself: the client closes it.
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, {
      headers: { "x-request-id": "leaves-early" },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    controller.abort();
    const mine = () => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === "leaves-early");
    for (let i = 0; i < 100 && mine().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(mine()).toEqual([
      expect.objectContaining({
        msg: "request aborted",
        req: expect.objectContaining({ url: "/api/events" }),
      }),
    ]);
  });
});
