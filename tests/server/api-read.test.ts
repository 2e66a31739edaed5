// The read endpoints of the API, on the first article built by the real store: what the viewer relies on.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/graph/store.ts";
import { fromGraphColumns } from "../../src/model/graph-columns.ts";
import { DEFAULT_MAX_PATHS } from "../../src/server/schemas.ts";
import { fakeExtract } from "../unit/graph/_fake-extract.ts";
import { startTestServer, FIRST_ARTICLE, type TestServer, type Loose } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.dispose());

/** The id of the node with the most edges, and one of its edges. */
function busiest(): { id: string; edge: string; other: string } {
  const g = server.store.graph;
  const id = g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0] as string;
  const edge = g.edges(id)[0] as string;
  return { id, edge, other: g.opposite(id, edge) };
}

describe("GET /api/health and /api/stats", () => {
  it("reports ok with the revision and the counts of the store", async () => {
    const { status, body } = await server.get("/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      revision: server.store.revision,
      documents: server.store.sources.size,
      nodes: server.store.graph.order,
      edges: server.store.graph.size,
      streams: 0,
    });
    expect(body.documents).toBeGreaterThanOrEqual(1);
    expect(body.edges).toBeGreaterThan(0);
  });

  it("counts entities by type and relations by type, and lists the most connected entities", async () => {
    const { body } = await server.get("/api/stats");
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(body.byType)).toBe(server.store.graph.order);
    expect(sum(body.byRelation)).toBe(server.store.graph.size);
    expect(body.top[0].degree).toBe(server.store.graph.degree(busiest().id));
  });
});

describe("GET /api/graph", () => {
  it("sends every node with entityType (never type), position, size and colour, and every edge", async () => {
    const { body } = await server.get("/api/graph");
    expect(body.revision).toBe(server.store.revision);
    expect(body.nodes).toHaveLength(server.store.graph.order);
    expect(body.edges).toHaveLength(server.store.graph.size);
    for (const n of body.nodes) {
      expect(n).not.toHaveProperty("type");
      expect(n).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        entityType: expect.any(String),
        x: expect.any(Number),
        y: expect.any(Number),
        size: expect.any(Number),
        color: expect.stringMatching(/^#/),
      });
    }
    for (const e of body.edges)
      expect(e).toMatchObject({
        key: `${e.source}|${e.relation}|${e.target}`,
        headlineOnly: expect.any(Boolean),
      });
  });

  it("sends the graph gzipped to clients that accept it, and answers 304 to a client that has it", async () => {
    const plain = await server.get("/api/graph");
    const res = await fetch(`${server.url}/api/graph`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.json()).toEqual(plain.body);
    const etag = res.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await fetch(`${server.url}/api/graph`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const filtered = await fetch(`${server.url}/api/graph?types=Country`, {
      headers: { "if-none-match": etag },
    });
    expect(filtered.status).toBe(200);
  });

  it("sends the same graph in columns at /api/graph/columns, filtered alike", async () => {
    const rows = (await server.get("/api/graph")).body;
    const columns = (await server.get("/api/graph/columns")).body;
    expect(columns.format).toBe("columns/1");
    const back = fromGraphColumns(columns);
    expect(back.revision).toBe(rows.revision);
    expect(back.nodes).toEqual(rows.nodes.map(({ size: _s, color: _c, ...n }: Loose) => n));
    expect(back.edges).toEqual(rows.edges.map(({ firstSeen: _f, lastSeen: _l, ...e }: Loose) => e));
    const countries = fromGraphColumns((await server.get("/api/graph/columns?types=Country")).body);
    expect(countries.nodes.length).toBeGreaterThan(0);
    expect(countries.nodes.every((n) => n.entityType === "Country")).toBe(true);
  });

  it.each([
    ["types", "types=Country", (b: Loose) => b.nodes.every((n: Loose) => n.entityType === "Country")],
    ["relations", "relations=supplies", (b: Loose) => b.edges.every((e: Loose) => e.relation === "supplies")],
    ["minEvidence", "minEvidence=2", (b: Loose) => b.edges.every((e: Loose) => e.weight >= 2)],
    ["hideHeadlineOnly", "hideHeadlineOnly=true", (b: Loose) => b.edges.every((e: Loose) => !e.headlineOnly)],
  ])("keeps only what the %s filter allows", async (_label, query, holds) => {
    const { status, body } = await server.get(`/api/graph?${query}`);
    expect(status).toBe(200);
    expect(holds(body)).toBe(true);
  });
});

describe("GET /api/entities", () => {
  it("finds an entity by a prefix of its name, with its type, score and degree", async () => {
    const { id } = busiest();
    const name = server.store.graph.getNodeAttribute(id, "name");
    const { status, body } = await server.get(
      `/api/entities?q=${encodeURIComponent(name.slice(0, 5))}&limit=10`,
    );
    expect(status).toBe(200);
    expect(body.results.map((r: Loose) => r.id)).toContain(id);
    expect(body.results[0]).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      type: expect.any(String),
      aliases: expect.any(Array),
      score: expect.any(Number),
      degree: expect.any(Number),
    });
  });

  it("filters the hits by entity type", async () => {
    const { body } = await server.get("/api/entities?q=korea&type=Country");
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r: Loose) => r.type === "Country")).toBe(true);
  });
});

describe("GET /api/entities/:id", () => {
  it("gives the entity and its relations grouped by type, each with evidence, document and highlights", async () => {
    const { id, edge, other } = busiest();
    const { status, body } = await server.get(`/api/entities/${id}`);
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id, docs: expect.any(Array) });
    const relation = server.store.graph.getEdgeAttribute(edge, "relation");
    const view = body.relations[relation].find((r: Loose) => r.key === edge);
    expect(view).toMatchObject({
      direction: server.store.graph.source(edge) === id ? "out" : "in",
      other: { id: other },
    });
    const ev = view.evidence[0];
    expect(ev).toMatchObject({
      doc: expect.any(String),
      sentence: expect.any(String),
      headline: expect.any(Boolean),
    });
    expect(ev).toHaveProperty("title");
    for (const h of ev.highlights) {
      expect([id, other]).toContain(h.entity);
      expect(ev.sentence.slice(h.start, h.end).length).toBe(h.end - h.start);
    }
  });

  it("names the first article's title on its evidence", async () => {
    const { body } = await server.get(`/api/entities/${busiest().id}`);
    const all = Object.values(body.relations)
      .flat()
      .flatMap((r: Loose) => r.evidence);
    const fromArticle = all.find((e: Loose) => e.doc === FIRST_ARTICLE);
    if (fromArticle) expect(fromArticle.title).toMatch(/North Korea/);
  });

  it("answers 404 UNKNOWN_ENTITY with suggestions for an unknown id", async () => {
    const { id } = busiest();
    const { status, body, headers } = await server.get(`/api/entities/${id}x`);
    expect(status).toBe(404);
    expect(headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(body.code).toBe("UNKNOWN_ENTITY");
    expect(body.suggestions.map((s: Loose) => s.id)).toContain(id);
  });
});

describe("GET /api/relations/:key", () => {
  it("gives the relation with its evidence and both entities", async () => {
    const { edge } = busiest();
    const { status, body } = await server.get(`/api/relations/${encodeURIComponent(edge)}`);
    expect(status).toBe(200);
    expect(body.relation.key).toBe(edge);
    const stored = server.store.evidence!.evidenceOf(edge);
    expect(stored.length).toBeGreaterThan(0);
    expect(body.relation.evidence.map((e: Loose) => e.sentence)).toEqual(stored.map((e) => e.sentence));
    expect(body.evidencePage).toEqual({ offset: 0, limit: 50, total: stored.length, next: null });
    expect(body.sourceEntity.id).toBe(server.store.graph.source(edge));
    expect(body.targetEntity.id).toBe(server.store.graph.target(edge));
  });

  it.each([
    ["an unknown key", encodeURIComponent("nobody|supplies|nothing"), 404, "UNKNOWN_RELATION"],
    ["a key without three parts", "just-one-part", 400, "INVALID_INPUT"],
  ])("answers %s with a problem", async (_label, key, status, code) => {
    const res = await server.get(`/api/relations/${key}`);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
  });
});

describe("GET /api/paths", () => {
  it("finds a path between two connected actors, typed as users type them, with evidence on every hop", async () => {
    const { id, other } = busiest();
    const g = server.store.graph;
    const { status, body } = await server.get(
      `/api/paths?from=${encodeURIComponent(g.getNodeAttribute(id, "name"))}&to=${other}`,
    );
    expect(status).toBe(200);
    expect(body.from.id).toBe(id);
    expect(body.to.id).toBe(other);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const hop of body.paths[0].hops) {
      expect(body.evidence[hop.key].length).toBeGreaterThan(0);
      expect(body.evidence[hop.key][0]).toHaveProperty("highlights");
    }
    expect(body.paths[0].reading).toEqual(expect.any(String));
  });

  it("gives k shortest paths when asked, at most k", async () => {
    const { id, other } = busiest();
    const { body } = await server.get(`/api/paths?from=${id}&to=${other}&mode=k-shortest&k=2`);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.length).toBeLessThanOrEqual(2);
  });

  it("lists at most maxPaths equally short paths (20 unless asked), and says when more exist", async () => {
    // Its own store, with a deterministic extractor, so that the pair is joined by exactly three
    // equally short paths whatever the real extractor makes of the first article.
    const dataDir = await mkdtemp(join(tmpdir(), "kg-max-paths-"));
    const own = await startTestServer({ dataDir, store: await openStore({ dataDir, extract: fakeExtract }) });
    try {
      const text = [
        "Kim Jong Un met Russia.",
        "Kim Jong Un met Ukraine.",
        "Kim Jong Un met Iran.",
        "Russia supplies South Korea.",
        "Ukraine supplies South Korea.",
        "Iran supplies South Korea.",
      ].join(" ");
      expect((await own.send("POST", "/api/documents", { text })).status).toBe(201);
      const ask = (extra: string) => own.get(`/api/paths?from=kim-jong-un&to=south-korea${extra}`);
      const fewer = await ask("&maxPaths=2");
      expect(fewer.body.paths).toHaveLength(2);
      expect(fewer.body).toMatchObject({ truncated: true, reason: "maxPaths" });
      const enough = await ask("&maxPaths=3");
      expect(enough.body.paths).toHaveLength(3);
      expect(enough.body.truncated).toBe(false);
      const byDefault = await ask("");
      expect(byDefault.body.paths).toHaveLength(Math.min(3, DEFAULT_MAX_PATHS));
      expect(byDefault.body.truncated).toBe(false);
    } finally {
      await own.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("answers 404 UNKNOWN_ENTITY with suggestions for an unknown actor", async () => {
    const { id } = busiest();
    const { status, body } = await server.get(`/api/paths?from=${id}&to=Zzqxj%20Wvkpq`);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: "UNKNOWN_ENTITY", suggestions: expect.any(Array) });
  });

  it("answers 404 UNKNOWN_ENTITY with candidates for a misspelt name, never a guess", async () => {
    const { id, other } = busiest();
    const name: string = server.store.graph.getNodeAttribute(other, "name");
    const typo = `${name.slice(0, -1)}${name.endsWith("x") ? "y" : "x"}`;
    const { status, body, headers } = await server.get(
      `/api/paths?from=${id}&to=${encodeURIComponent(typo)}`,
    );
    expect(status).toBe(404);
    expect(headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(body.code).toBe("UNKNOWN_ENTITY");
    expect(body.candidates.map((c: Loose) => c.id)).toContain(other);
  });

  it("answers 409 AMBIGUOUS_ENTITY with candidates for a name two actors share", async () => {
    const g = server.store.graph;
    const { id, other } = busiest();
    const name: string = g.getNodeAttribute(other, "name");
    g.addNode("a-namesake", { ...g.getNodeAttributes(other), name, aliases: [] });
    try {
      const { status, body } = await server.get(`/api/paths?from=${encodeURIComponent(name)}&to=${id}`);
      expect(status).toBe(409);
      expect(body.code).toBe("AMBIGUOUS_ENTITY");
      expect(body.candidates.map((c: Loose) => c.id).sort()).toEqual(["a-namesake", other].sort());
    } finally {
      g.dropNode("a-namesake");
    }
  });
});

describe("POST /api/connect and GET /api/neighbors/:id", () => {
  it("connects actors into a tree of nodes, edges and paths", async () => {
    const { id, other } = busiest();
    const { status, body } = await server.send("POST", "/api/connect", { actors: [id, other] });
    expect(status).toBe(200);
    expect(body.actors.map((a: Loose) => a.id)).toEqual([id, other]);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.evidence[body.edges[0].key][0]).toHaveProperty("highlights");
  });

  it("gives the neighbourhood of an actor within the limit", async () => {
    const { id, other } = busiest();
    const { status, body } = await server.get(`/api/neighbors/${id}?depth=1&limit=50`);
    expect(status).toBe(200);
    expect(body.center.id).toBe(id);
    expect(body.nodes.map((n: Loose) => n.id)).toContain(other);
    expect(body.limit).toBe(50);
  });
});

describe("GET /api/documents", () => {
  it("lists the first article with its title, date and counts", async () => {
    const { body } = await server.get("/api/documents");
    const doc = body.documents.find((d: Loose) => d.id === FIRST_ARTICLE);
    expect(doc).toMatchObject({
      title: expect.stringMatching(/North Korea/),
      date: "2025-03-27",
      entities: expect.any(Number),
      relations: expect.any(Number),
      addedAt: expect.any(String),
    });
  });
});

describe("GET /api/documents, a page at a time", () => {
  it("counts every document in total and sends the page that offset and limit ask for", async () => {
    const all = (await server.get("/api/documents")).body;
    expect(all.total).toBe(all.documents.length);
    expect(all.offset).toBe(0);
    const page = (await server.get(`/api/documents?offset=${all.total}&limit=5`)).body;
    expect(page).toMatchObject({ documents: [], total: all.total, offset: all.total });
    const first = (await server.get("/api/documents?limit=1")).body;
    expect(first.documents).toEqual(all.documents.slice(0, 1));
  });

  it("refuses a page larger than the bound", async () => {
    expect((await server.get("/api/documents?limit=1001")).status).toBe(400);
  });
});

describe("GET /api/export.*", () => {
  it.each([
    ["gexf", /xml/, "<gexf"],
    ["graphml", /xml/, "<graphml"],
    ["json", /json/, "kg-graph-export"],
    ["nodes.csv", /csv/, "id,"],
    ["edges.csv", /csv/, "source"],
  ])("downloads %s as an attachment", async (ext, type, marker) => {
    const res = await server.get(`/api/export.${ext}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(type);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="kg-graph.${ext}"`);
    expect(res.text).toContain(marker);
  });

  it("names a filtered download as filtered", async () => {
    const res = await server.get("/api/export.gexf?minEvidence=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="kg-graph-filtered.gexf"');
  });

  it("applies the filter to the export", async () => {
    const all = await server.get("/api/export.edges.csv");
    const some = await server.get("/api/export.edges.csv?relations=meets");
    expect(some.text.split("\n").length).toBeLessThanOrEqual(all.text.split("\n").length);
    expect(some.text).not.toMatch(/\|supplies\|/);
  });
});
