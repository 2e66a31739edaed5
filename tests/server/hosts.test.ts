// DNS rebinding and cross-site writes: the server answers only to the names it is reached by
// on this machine (and those the operator allows), and refuses writes sent from a foreign page.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/server/main.ts";
import { startTestServer, type TestServer } from "./_harness.ts";
import { rawRequest } from "./_raw.ts";

let dataDir: string;
let server: TestServer;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kg-hosts-"));
  server = await startTestServer({ dataDir, settings: { allowedHosts: ["kg.internal"] } });
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const port = () => new URL(server.url).port;
const DOC = { text: "Russia met Ukraine in Geneva." };

describe("the Host header", () => {
  it.each([
    ["localhost", () => `localhost:${port()}`],
    ["127.0.0.1", () => `127.0.0.1:${port()}`],
    ["[::1]", () => `[::1]:${port()}`],
    ["LOCALHOST in capitals, without a port", () => "LOCALHOST"],
    ["a name from the allowed-hosts setting", () => `kg.internal:${port()}`],
  ])("answers a request addressed to %s", async (_label, host) => {
    const res = await rawRequest(server.url, "GET", "/api/health", { host: host() });
    expect(res.status).toBe(200);
  });

  it.each([
    ["an attacker's domain rebound to 127.0.0.1", "evil.example"],
    ["the same domain with this port", "evil.example:PORT"],
    ["a look-alike of localhost", "localhost.evil.example"],
    ["another address of the machine", "192.168.1.20"],
  ])("answers 421 HOST_NOT_ALLOWED to %s, on reads and on writes", async (_label, host) => {
    const h = host.replace("PORT", port());
    const read = await rawRequest(server.url, "GET", "/api/graph", { host: h });
    expect(read.status).toBe(421);
    expect(read.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(read.body.code).toBe("HOST_NOT_ALLOWED");
    const write = await rawRequest(server.url, "POST", "/api/documents", { host: h }, DOC);
    expect(write.status).toBe(421);
    expect(write.body.code).toBe("HOST_NOT_ALLOWED");
    const viewer = await rawRequest(server.url, "GET", "/", { host: h });
    expect(viewer.status).toBe(421);
  });

  it("reads the allowed names from KG_ALLOWED_HOSTS, a comma list", () => {
    expect(settingsFromEnv({ KG_ALLOWED_HOSTS: " kg.lan, Graph.Example:8080 ," }).allowedHosts).toEqual([
      "kg.lan",
      "Graph.Example:8080",
    ]);
  });
});

describe("the Origin of writes", () => {
  it("refuses a write from a foreign page with 403 ORIGIN_NOT_ALLOWED, and stores nothing", async () => {
    const before = server.store.sources.size;
    const res = await rawRequest(
      server.url,
      "POST",
      "/api/documents",
      { host: `127.0.0.1:${port()}`, origin: "http://evil.example" },
      DOC,
    );
    expect(res.status).toBe(403);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe("ORIGIN_NOT_ALLOWED");
    const del = await rawRequest(server.url, "DELETE", "/api/documents/x.txt", {
      host: `127.0.0.1:${port()}`,
      origin: "null",
    });
    expect(del.status).toBe(403);
    expect(del.body.code).toBe("ORIGIN_NOT_ALLOWED");
    expect(server.store.sources.size).toBe(before);
  });

  it("refuses a write from another local port (another local app is another origin)", async () => {
    const res = await rawRequest(
      server.url,
      "POST",
      "/api/documents",
      { host: `127.0.0.1:${port()}`, origin: "http://127.0.0.1:1" },
      DOC,
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("ORIGIN_NOT_ALLOWED");
  });

  it("accepts a write from the viewer's own origin, and one without an Origin (the CLI, curl)", async () => {
    const own = await rawRequest(
      server.url,
      "POST",
      "/api/documents",
      { host: `localhost:${port()}`, origin: `http://localhost:${port()}` },
      DOC,
    );
    expect(own.status).toBe(201);
    const none = await rawRequest(
      server.url,
      "POST",
      "/api/documents",
      { host: `localhost:${port()}` },
      {
        text: "Iran met Russia in Tehran.",
      },
    );
    expect(none.status).toBe(201);
  });

  it("lets a foreign page read (reads are public to loopback clients; CORS decides what a browser may see)", async () => {
    const res = await rawRequest(server.url, "GET", "/api/health", {
      host: `127.0.0.1:${port()}`,
      origin: "http://evil.example",
    });
    expect(res.status).toBe(200);
  });
});
