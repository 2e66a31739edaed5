// Bad input, limits, auth and protective headers: every failure is a problem+json with a stable code.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/server/main.ts";
import { REPO, startTestServer, type TestServer } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.dispose());

const JSON_TYPE = { "content-type": "application/json" };

/** [label, method, path, body (string = raw), headers, status, code, field?] */
const BAD_REQUESTS: [string, string, string, unknown, Record<string, string>, number, string, string?][] = [
  ["an unknown route", "GET", "/nope", undefined, {}, 404, "NOT_FOUND"],
  ["an unknown API route", "GET", "/api/nothing-here", undefined, {}, 404, "NOT_FOUND"],
  ["a method a route does not take", "DELETE", "/api/health", undefined, {}, 404, "NOT_FOUND"],
  ["a search without q", "GET", "/api/entities", undefined, {}, 400, "INVALID_INPUT", "q"],
  [
    "a search longer than 200 characters",
    "GET",
    `/api/entities?q=${"a".repeat(201)}`,
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "q",
  ],
  [
    "a search limit over 100",
    "GET",
    "/api/entities?q=kim&limit=101",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "limit",
  ],
  [
    "a search limit that is not a number",
    "GET",
    "/api/entities?q=kim&limit=ten",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "limit",
  ],
  ["a repeated parameter", "GET", "/api/entities?q=a&q=b", undefined, {}, 400, "INVALID_INPUT", "q"],
  [
    "an unknown entity type",
    "GET",
    "/api/graph?types=Dragon",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "types.0",
  ],
  [
    "an unknown relation",
    "GET",
    "/api/graph?relations=loves",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "relations.0",
  ],
  [
    "a negative minEvidence",
    "GET",
    "/api/graph?minEvidence=-1",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "minEvidence",
  ],
  [
    "a boolean that is not one",
    "GET",
    "/api/graph?hideHeadlineOnly=maybe",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "hideHeadlineOnly",
  ],
  ["a path query without to", "GET", "/api/paths?from=Russia", undefined, {}, 400, "INVALID_INPUT", "to"],
  ["k over 20", "GET", "/api/paths?from=a&to=b&k=21", undefined, {}, 400, "INVALID_INPUT", "k"],
  [
    "maxPaths over 100",
    "GET",
    "/api/paths?from=a&to=b&maxPaths=101",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "maxPaths",
  ],
  [
    "maxHops over 10",
    "GET",
    "/api/paths?from=a&to=b&maxHops=11",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "maxHops",
  ],
  [
    "an unknown path mode",
    "GET",
    "/api/paths?from=a&to=b&mode=all",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "mode",
  ],
  ["depth over 4", "GET", "/api/neighbors/russia?depth=5", undefined, {}, 400, "INVALID_INPUT", "depth"],
  [
    "an export filter with an unknown type",
    "GET",
    "/api/export.gexf?types=Planet",
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "types.0",
  ],
  ["bad percent-encoding in the path", "GET", "/api/entities/%E0%A4%A", undefined, {}, 400, "INVALID_INPUT"],
  [
    "a URL over the length bound",
    "GET",
    `/api/graph?x=${"y".repeat(5000)}`,
    undefined,
    {},
    400,
    "INVALID_INPUT",
    "url",
  ],
  [
    "a body that is not JSON",
    "POST",
    "/api/connect",
    "actors=a,b",
    { "content-type": "text/plain" },
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  ],
  ["malformed JSON", "POST", "/api/connect", '{"actors": [', JSON_TYPE, 400, "INVALID_INPUT", "body"],
  ["a missing body", "POST", "/api/connect", undefined, {}, 400, "INVALID_INPUT", "body"],
  ["a JSON array body", "POST", "/api/connect", "[1,2]", JSON_TYPE, 400, "INVALID_INPUT"],
  [
    "one actor to connect",
    "POST",
    "/api/connect",
    { actors: ["russia"] },
    {},
    400,
    "INVALID_INPUT",
    "actors",
  ],
  [
    "eleven actors to connect",
    "POST",
    "/api/connect",
    { actors: Array.from({ length: 11 }, (_, i) => `a${i}`) },
    {},
    400,
    "INVALID_INPUT",
    "actors",
  ],
  [
    "an unknown body field",
    "POST",
    "/api/connect",
    { actors: ["a", "b"], hack: true },
    {},
    400,
    "INVALID_INPUT",
  ],
  [
    "a body over 1 MB",
    "POST",
    "/api/documents",
    { text: "x".repeat(1_100_000) },
    {},
    413,
    "PAYLOAD_TOO_LARGE",
  ],
  ["an empty document text", "POST", "/api/documents", { text: "   " }, {}, 400, "INVALID_INPUT", "text"],
  [
    "a document text that is not a string",
    "POST",
    "/api/documents",
    { text: 5 },
    {},
    400,
    "INVALID_INPUT",
    "text",
  ],
  [
    "a document date that is not a date",
    "POST",
    "/api/documents",
    { text: "Iran supplied Russia with drones.", date: "yesterday" },
    {},
    400,
    "INVALID_INPUT",
    "date",
  ],
  [
    "a javascript: url",
    "POST",
    "/api/documents",
    { text: "Iran supplied Russia with drones.", url: "javascript:alert(1)" },
    {},
    400,
    "INVALID_INPUT",
    "url",
  ],
  ["an unknown document", "DELETE", "/api/documents/never-added.txt", undefined, {}, 404, "UNKNOWN_DOCUMENT"],
];

describe("bad requests", () => {
  it.each(BAD_REQUESTS)(
    "answers %s with a problem",
    async (_label, method, path, body, headers, status, code, field) => {
      const res = await server.send(method, path, body, headers);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status,
        code,
        detail: expect.any(String),
      });
      if (field) expect(res.body.field).toBe(field);
      expect(res.text).not.toMatch(/\n\s+at |node_modules|<html/i);
    },
  );
});

describe("rate limits", () => {
  it("answers 429 RATE_LIMITED once a client passes the query limit", async () => {
    const limited = await startTestServer({ store: server.store, settings: { rateLimit: { queries: 3 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.get("/api/health")).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await limited.get("/api/health");
      expect(res.body.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });

  it("limits writes apart from queries", async () => {
    const limited = await startTestServer({ store: server.store, settings: { rateLimit: { writes: 1 } } });
    try {
      expect((await limited.send("DELETE", "/api/documents/a.txt")).status).toBe(404);
      expect((await limited.send("DELETE", "/api/documents/a.txt")).body.code).toBe("RATE_LIMITED");
      expect((await limited.get("/api/health")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
  it("counts failed token attempts against the write limit", async () => {
    const limited = await startTestServer({
      store: server.store,
      settings: { apiToken: "s3cret-token", rateLimit: { writes: 2 } },
    });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) {
        const res = await limited.send("DELETE", "/api/documents/x.txt", undefined, {
          authorization: "Bearer guess",
        });
        codes.push(res.body.code);
      }
      expect(codes).toEqual(["UNAUTHORIZED", "UNAUTHORIZED", "RATE_LIMITED"]);
    } finally {
      await limited.close();
    }
  });
});

describe("writes with KG_API_TOKEN set", () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer({ store: server.store, settings: { apiToken: "s3cret-token" } });
  });
  afterAll(async () => guarded?.close());

  it.each([
    ["no Authorization header", {}],
    ["a wrong token", { authorization: "Bearer wrong-token" }],
    ["another scheme", { authorization: "Basic s3cret-token" }],
  ])("refuses a write with %s (401 UNAUTHORIZED)", async (_label, headers) => {
    const res = await guarded.send("DELETE", "/api/documents/x.txt", undefined, headers);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe("UNAUTHORIZED");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("refuses to read the body of an unauthenticated POST", async () => {
    const res = await guarded.send("POST", "/api/documents", "{not json");
    expect(res.body.code).toBe("UNAUTHORIZED");
  });

  it("lets a write with the right token through, and reads without any", async () => {
    const res = await guarded.send("DELETE", "/api/documents/x.txt", undefined, {
      authorization: "Bearer s3cret-token",
    });
    expect(res.body.code).toBe("UNKNOWN_DOCUMENT");
    expect((await guarded.get("/api/documents")).status).toBe(200);
  });
});

describe("request ids and headers", () => {
  it("echoes a sane incoming X-Request-Id", async () => {
    const res = await server.get("/api/health", { "x-request-id": "abc-123" });
    expect(res.headers.get("x-request-id")).toBe("abc-123");
  });

  it.each([
    ["none", {}],
    ["an insane one", { "x-request-id": "<script>" + "x".repeat(300) }],
  ])("generates a request id when given %s", async (_label, headers) => {
    const res = await server.get("/api/health", headers);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends a CSP that allows the viewer's scripts, blob: workers and data: images, and nosniff", async () => {
    const res = await server.get("/api/health");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("sends no CORS headers unless origins are configured", async () => {
    const res = await server.get("/api/health", { origin: "http://evil.example" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const open = await startTestServer({
      store: server.store,
      settings: { corsOrigins: ["http://localhost:5173"] },
    });
    try {
      const allowed = await open.get("/api/health", { origin: "http://localhost:5173" });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      const other = await open.get("/api/health", { origin: "http://evil.example" });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe("the viewer and the listening address", () => {
  it("serves the built viewer at /, and a problem when it is not built", async () => {
    const webDir = await mkdtemp(join(tmpdir(), "kg-web-"));
    await writeFile(join(webDir, "index.html"), "<!doctype html><title>kg</title>");
    const withViewer = await startTestServer({ store: server.store, settings: { webDir } });
    try {
      const res = await withViewer.get("/");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
    } finally {
      await withViewer.close();
      await rm(webDir, { recursive: true, force: true });
    }
    const without = await server.get("/");
    expect(without.status).toBe(404);
    expect(without.body.code).toBe("NOT_FOUND");
  });

  it("lets browsers keep the viewer's hashed assets, and revalidate the page that names them", async () => {
    const webDir = await mkdtemp(join(tmpdir(), "kg-web-"));
    await writeFile(join(webDir, "index.html"), "<!doctype html><title>kg</title>");
    await mkdir(join(webDir, "assets"));
    await writeFile(join(webDir, "assets", "index-D7MDDNp_.js"), "export {};");
    const withViewer = await startTestServer({ store: server.store, settings: { webDir } });
    try {
      const asset = await withViewer.get("/assets/index-D7MDDNp_.js");
      expect(asset.status).toBe(200);
      expect(asset.headers.get("cache-control")).toMatch(/immutable/);
      const page = await withViewer.get("/");
      expect(page.headers.get("cache-control") ?? "").not.toMatch(/immutable|max-age=[1-9]/);
    } finally {
      await withViewer.close();
      await rm(webDir, { recursive: true, force: true });
    }
  });

  it("refuses to listen on a non-loopback address without a token", async () => {
    await expect(
      startServer({
        cwd: REPO,
        env: {},
        store: server.store,
        host: "0.0.0.0",
        port: 0,
        webDir: null,
        logger: pino({ level: "silent" }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_OPTION" });
  });
});
