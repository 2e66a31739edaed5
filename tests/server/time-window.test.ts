// Time windows over HTTP: from/to keep evidence whose event date falls inside, asOf keeps what was published by then; an edge with no evidence left disappears.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type Loose, type TestServer } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  for (const [title, date, text] of [
    ["Drones for Russia", "2024-01-10", "Iran supplied drones to Russia in January 2024."],
    ["Shells for Iran", "2024-06-12", "Belarus supplied artillery shells to Iran last week."],
  ]) {
    const res = await server.send("POST", "/api/documents", { title, date, text });
    expect(res.status).toBe(201);
  }
}, 60_000);
afterAll(async () => server?.dispose());

const edgeIds = (body: Loose): string[] => body.edges.map((e: Loose) => e.key ?? e.id).sort();

describe("time windows on /api/graph", () => {
  it("asOf keeps only what was published by then: later articles and their actors are gone", async () => {
    const { status, body } = await server.get("/api/graph?asOf=2024-03-01");
    expect(status).toBe(200);
    const edges = edgeIds(body);
    expect(edges).toContain("iran|supplies|russia");
    expect(edges).not.toContain("belarus|supplies|iran");
    expect(body.nodes.map((n: Loose) => n.id)).not.toContain("belarus");
    expect(body.nodes.map((n: Loose) => n.id)).not.toContain("kim-jong-un"); // the first article is from 2025
  });

  it("from/to keep the evidence whose event date overlaps the window", async () => {
    const { body } = await server.get("/api/graph?from=2024-06&to=2024-06");
    expect(edgeIds(body)).toEqual(expect.arrayContaining(["belarus|supplies|iran"]));
    expect(edgeIds(body)).not.toContain("iran|supplies|russia");
  });

  it.each([
    ["a date that is not one", "/api/graph?asOf=2024-13"],
    ["a window that ends before it starts", "/api/graph?from=2024-06&to=2024-01"],
  ])("refuses %s with INVALID_INPUT or INVALID_OPTION", async (_label, path) => {
    const { status, body } = await server.get(path);
    expect(status).toBe(400);
    expect(["INVALID_INPUT", "INVALID_OPTION"]).toContain(body.code);
  });
});

describe("time windows on the query endpoints", () => {
  it("finds the path Russia–Iran–Belarus only as of a date after the second article", async () => {
    const before = await server.get("/api/paths?from=Russia&to=Belarus&asOf=2024-03-01");
    expect(before.status).toBe(200);
    expect(before.body.paths).toEqual([]);
    const after = await server.get("/api/paths?from=Russia&to=Belarus&asOf=2024-06-30");
    expect(after.body.paths).toHaveLength(1);
    expect(after.body.paths[0].hops.map((h: Loose) => h.key)).toEqual([
      "iran|supplies|russia",
      "belarus|supplies|iran",
    ]);
  });

  it("paths take the event window as fromDate/toDate (from and to name the actors)", async () => {
    const { body } = await server.get("/api/paths?from=Russia&to=Iran&fromDate=2024-05");
    expect(body.paths).toEqual([]);
    const whole = await server.get("/api/paths?from=Russia&to=Iran");
    expect(whole.body.paths).toHaveLength(1);
  });

  it("neighbors keep only the edges inside the window, with only their evidence inside", async () => {
    const { body } = await server.get("/api/neighbors/iran?asOf=2024-03-01");
    const keys = body.edges.map((e: Loose) => e.key);
    expect(keys).toContain("iran|supplies|russia");
    expect(keys).not.toContain("belarus|supplies|iran");
    const all = await server.get("/api/neighbors/iran");
    expect(all.body.edges.map((e: Loose) => e.key)).toContain("belarus|supplies|iran");
  });

  it("connect leaves actors unreachable when the window holds no joining edge", async () => {
    const early = await server.send("POST", "/api/connect", {
      actors: ["Russia", "Belarus"],
      asOf: "2024-03-01",
    });
    expect(early.status).toBe(200);
    expect(early.body.unreachable).toHaveLength(1);
    const late = await server.send("POST", "/api/connect", {
      actors: ["Russia", "Belarus"],
      asOf: "2024-07",
    });
    expect(late.body.unreachable).toEqual([]);
  });

  it("exports carry only the window", async () => {
    const { status, text } = await server.get("/api/export.gexf?from=2024-06-01");
    expect(status).toBe(200);
    expect(text).toContain('id="belarus|supplies|iran"');
    expect(text).not.toContain('id="iran|supplies|russia"');
  });
});
