// The fast lane: GET /api/health and /api/paths skip Express's router, yet answer as the app
// does and pass the same guards (Host, request id, security headers, rate limit, problems).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import express from "express";
import helmet from "helmet";
import { createApp } from "../../src/server/app.ts";
import { HELMET_OPTIONS } from "../../src/server/security.ts";
import { resolveServerSettings } from "../../src/server/settings.ts";
import { startTestServer, type TestServer } from "./_harness.ts";
import { rawRequest } from "./_raw.ts";

let server: TestServer;
let pair: string;
beforeAll(async () => {
  server = await startTestServer();
  const g = server.store.graph;
  const edge = g.edges()[0]!;
  pair = `from=${encodeURIComponent(g.source(edge))}&to=${encodeURIComponent(g.target(edge))}`;
});
afterAll(async () => server?.dispose());

describe("the hot routes", () => {
  it("answer /api/paths the same through the fast lane as through the router", async () => {
    // A trailing slash is not a hot path: the router answers it.
    const a = await server.get(`/api/paths?${pair}`);
    const b = await server.get(`/api/paths/?${pair}`);
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    expect(a.body.paths.length).toBeGreaterThan(0);
  });

  it("answer the same from a plain node:http server, made without the app's request and response classes", async () => {
    const kgApp = createApp({
      store: server.store,
      settings: resolveServerSettings({ webDir: null }),
      logger: pino({ level: "silent" }),
    });
    const plain = createServer(kgApp.listener);
    await new Promise<void>((done) => plain.listen(0, "127.0.0.1", done));
    try {
      const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
      const res = await fetch(`${url}/api/paths?${pair}`, { headers: { "x-request-id": "plain-1" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toBe("plain-1");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await res.json()).toEqual((await server.get(`/api/paths?${pair}`)).body);
    } finally {
      await new Promise((done) => plain.close(done));
      kgApp.close();
    }
  });

  it.each(["/api/health", "/api/paths", "/api/stats"])(
    "send %s with every header helmet itself sets, and its values",
    async (path) => {
      const reference = express();
      reference.use(helmet(HELMET_OPTIONS), (_req, res) => void res.end());
      const plain = createServer(reference);
      await new Promise<void>((done) => plain.listen(0, "127.0.0.1", done));
      try {
        const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
        const expected = new Headers((await fetch(url)).headers);
        for (const name of ["date", "connection", "keep-alive", "content-length", "transfer-encoding"])
          expected.delete(name);
        expect([...expected.keys()].length).toBeGreaterThan(8);
        const res = await fetch(`${server.url}${path}?${pair}`);
        for (const [name, value] of expected) expect([name, res.headers.get(name)]).toEqual([name, value]);
        expect(res.headers.get("x-powered-by")).toBeNull();
      } finally {
        await new Promise((done) => plain.close(done));
      }
    },
  );

  it.each(["/api/health", "/api/paths"])(
    "refuse %s for a foreign Host, as every route does",
    async (path) => {
      const res = await rawRequest(server.url, "GET", `${path}?${pair}`, { host: "evil.example" });
      expect(res.status).toBe(421);
      expect(res.body.code).toBe("HOST_NOT_ALLOWED");
    },
  );

  it("send /api/paths with the security headers and the request id", async () => {
    const res = await server.get(`/api/paths?${pair}`, { "x-request-id": "fast-1" });
    expect(res.headers.get("x-request-id")).toBe("fast-1");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("answer an unknown actor and a bad parameter with problems", async () => {
    const unknown = await server.get(`/api/paths?from=Zzqxj%20Wvkpq&${pair.split("&")[1]}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(unknown.body.code).toBe("UNKNOWN_ENTITY");
    const bad = await server.get(`/api/paths?${pair}&maxHops=99`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("INVALID_INPUT");
  });

  it("answer HEAD with the headers and no body", async () => {
    const res = await fetch(`${server.url}/api/paths?${pair}`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.text()).toBe("");
  });

  it("count toward the query rate limit with the routed requests", async () => {
    const limited = await startTestServer({ store: server.store, settings: { rateLimit: { queries: 3 } } });
    try {
      const statuses = [];
      for (const path of [`/api/paths?${pair}`, "/api/stats", "/api/health", `/api/paths?${pair}`])
        statuses.push((await limited.get(path)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("leave other methods to the router", async () => {
    const res = await server.send("DELETE", `/api/paths?${pair}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("NOT_FOUND");
  });
});
