// Event streams have caps of their own: many open viewers are not "too many requests", one
// client cannot hold every stream, and the server holds at most a set number in all.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/server/main.ts";
import type { ServerSettingsInput } from "../../src/server/settings.ts";
import { readAnswer, startTestServer, type Answer, type TestServer } from "./_harness.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kg-sse-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const servers: TestServer[] = [];
const opened: AbortController[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) c.abort();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(settings: ServerSettingsInput): Promise<TestServer> {
  const server = await startTestServer({ dataDir, settings });
  servers.push(server);
  return server;
}

/** Opens an event stream; a 200 stays open (aborted after the test), anything else is read. */
async function openStream(
  server: TestServer,
): Promise<{ status: number; answer: Answer | null; close: () => void }> {
  const controller = new AbortController();
  opened.push(controller);
  const res = await fetch(`${server.url}/api/events`, { signal: controller.signal });
  if (res.status !== 200) return { status: res.status, answer: await readAnswer(res), close: () => {} };
  const reader = res.body!.getReader();
  await reader.read(); // the `: connected` comment: the hub holds the stream now
  return { status: 200, answer: null, close: () => controller.abort() };
}

/** Waits until the server's hub holds `n` streams (a closed stream leaves on the socket's close). */
async function untilStreams(server: TestServer, n: number): Promise<void> {
  while ((await server.get("/api/health")).body.streams !== n)
    await new Promise((done) => setTimeout(done, 10));
}

describe("GET /api/events", () => {
  it("is not counted by the query rate limit: 12 streams open where 3 queries a minute are allowed", async () => {
    const server = await serve({ rateLimit: { queries: 3 }, sseMaxPerClient: 50, sseMaxTotal: 50 });
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await openStream(server)).status);
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it("caps the streams of one client: the next one is 429 TOO_MANY_STREAMS, and a closed one frees a place", async () => {
    const server = await serve({ sseMaxPerClient: 4, sseMaxTotal: 100 });
    const streams = [];
    for (let i = 0; i < 4; i++) streams.push(await openStream(server));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    const fifth = await openStream(server);
    expect(fifth.status).toBe(429);
    expect(fifth.answer!.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(fifth.answer!.body.code).toBe("TOO_MANY_STREAMS");
    expect((await server.get("/api/health")).status).toBe(200);
    streams[0]!.close();
    await untilStreams(server, 3);
    expect((await openStream(server)).status).toBe(200);
  });

  it("caps the streams of the whole server: past the total, 503 STREAMS_FULL", async () => {
    const server = await serve({ sseMaxPerClient: 100, sseMaxTotal: 3 });
    for (let i = 0; i < 3; i++) expect((await openStream(server)).status).toBe(200);
    const over = await openStream(server);
    expect(over.status).toBe(503);
    expect(over.answer!.body.code).toBe("STREAMS_FULL");
  });

  it("reads the caps from KG_SSE_PER_CLIENT and KG_SSE_TOTAL", () => {
    expect(settingsFromEnv({ KG_SSE_PER_CLIENT: "7", KG_SSE_TOTAL: "70" })).toMatchObject({
      sseMaxPerClient: 7,
      sseMaxTotal: 70,
    });
  });
});
