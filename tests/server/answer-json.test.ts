// Query answers written as JSON text: the same value as evidence views made edge by edge, with every hop's evidence listed once per edge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueryEngine, type QueryEngine } from "../../src/query/index.ts";
import { graphEvidence } from "../../src/model/evidence.ts";
import { createAnswerWriter, joinPieces } from "../../src/server/answer-json.ts";
import { createEvidenceTexts } from "../../src/server/evidence-json.ts";
import { ANSWER_EVIDENCE, evidenceViewsOf } from "../../src/server/views.ts";
import type { Evidence } from "../../src/model/types.ts";
import { startTestServer, type Loose, type TestServer } from "./_harness.ts";

describe("joinPieces", () => {
  it.each<[string, (string | Buffer)[], unknown]>([
    ["strings only", ['{"a":', "1}"], { a: 1 }],
    [
      "text already encoded between strings",
      ['{"views":', Buffer.from('[{"k":2}]'), "}"],
      { views: [{ k: 2 }] },
    ],
    [
      "non-ASCII text in both kinds of piece",
      ['{"reading":"Kim —meets→ Putin","evidence":', Buffer.from('["“friends”, he said"]'), "}"],
      { reading: "Kim —meets→ Putin", evidence: ["“friends”, he said"] },
    ],
    ["nothing", [], undefined],
  ])("writes %s as one UTF-8 buffer", (_label, pieces, expected) => {
    const out = joinPieces(pieces);
    expect(out.length).toBe(Buffer.byteLength(pieces.map(String).join("")));
    if (expected !== undefined) expect(JSON.parse(out.toString("utf8"))).toEqual(expected);
  });
});

let server: TestServer;
let engine: QueryEngine;
beforeAll(async () => {
  server = await startTestServer();
  engine = createQueryEngine(
    server.store.graph,
    {},
    { evidenceLimit: ANSWER_EVIDENCE, ...(server.store.evidence && { evidence: server.store.evidence }) },
  );
});
afterAll(async () => {
  engine?.dispose();
  await server?.dispose();
});

type Item = { key: string; source: string; target: string; evidence: Evidence[] };

/** What a neighbourhood's edges carry, made item by item: each one's evidence as views. */
function withViews<T extends Item>(items: T[]) {
  const g = server.store.graph;
  return items.map((i) => ({
    ...i,
    evidence: evidenceViewsOf(g, server.store.sources, i.evidence, i.source, i.target),
  }));
}

/** Items as paths and connect answers send them: without evidence. */
function bare<T extends Item>(items: T[]): Omit<T, "evidence">[] {
  return items.map(({ evidence: _evidence, ...rest }) => rest);
}

/** The `evidence` of a paths or connect answer, made edge by edge: each crossed edge's views, once. */
function viewsByEdge(items: Item[]) {
  const g = server.store.graph;
  const out: Record<string, unknown> = {};
  for (const i of items)
    out[i.key] ??= evidenceViewsOf(g, server.store.sources, i.evidence, i.source, i.target);
  return out;
}

/** Pairs of actors: the busiest node with every other node it reaches within a few hops. */
function pairs(): [string, string][] {
  const g = server.store.graph;
  const ids = g.nodes().sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : 1));
  return ids.slice(1, 25).map((other) => [ids[0]!, other]);
}

describe("GET /api/paths, /api/connect and /api/neighbors answers", () => {
  it("are the engine's answers with each crossed edge's first evidence as views, listed once by edge key", async () => {
    let hops = 0;
    for (const [a, b] of pairs()) {
      const res = await server.get(`/api/paths?from=${a}&to=${b}&mode=k-shortest&k=5`);
      expect(res.status).toBe(200);
      const expected = engine.paths(a, b, { mode: "k-shortest", k: 5 });
      expect(res.body).toEqual({
        ...expected,
        paths: expected.paths.map((p) => ({ ...p, hops: bare(p.hops) })),
        evidence: viewsByEdge(expected.paths.flatMap((p) => p.hops)),
      });
      for (const p of res.body.paths as Loose[])
        for (const hop of p.hops) {
          hops++;
          expect(hop).not.toHaveProperty("evidence");
          expect(res.body.evidence[hop.key][0]).toMatchObject({
            doc: expect.any(String),
            sentence: expect.any(String),
            start: expect.any(Number),
            end: expect.any(Number),
            highlights: expect.any(Array),
          });
        }
    }
    expect(hops).toBeGreaterThan(20);
  });

  it("say the same in connect's edges and paths (evidence once by edge key), and in a neighbourhood's edges", async () => {
    const [[a, b], [, c]] = pairs() as [[string, string], [string, string]];
    const connect = await server.send("POST", "/api/connect", { actors: [a, b, c] });
    const tree = engine.connect([a, b, c]);
    expect(connect.body).toEqual({
      ...tree,
      edges: bare(tree.edges),
      paths: tree.paths.map((p) => ({ ...p, hops: bare(p.hops) })),
      evidence: viewsByEdge([...tree.edges, ...tree.paths.flatMap((p) => p.hops)]),
    });
    const around = await server.get(`/api/neighbors/${a}?depth=2&limit=40`);
    const near = engine.neighbors(a, { depth: 2, limit: 40 });
    expect(around.body).toEqual({ ...near, edges: withViews(near.edges) });
  });

  it("are sent as application/json with their length", async () => {
    const [a, b] = pairs()[0]!;
    const res = await server.get(`/api/paths?from=${a}&to=${b}`);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(res.text));
  });
});

describe("createAnswerWriter", () => {
  it("lists an edge's evidence once when two hops cross it both ways, each hop keeping its direction", () => {
    const g = server.store.graph;
    const key = g.edges()[0]!;
    const [source, target] = [g.source(key), g.target(key)];
    const evidence = server.store.evidence!.evidenceOf(key, { limit: 1 });
    const hop = { key, source, target, relation: g.getEdgeAttribute(key, "relation"), weight: 1, evidence };
    const hops = [
      { ...hop, direction: "forward" },
      { ...hop, direction: "backward" },
    ];
    const texts = createEvidenceTexts(g, server.store.sources, graphEvidence(g, server.store.evidence), {
      limit: ANSWER_EVIDENCE,
      capacity: 0,
    });
    const written = JSON.parse(String(createAnswerWriter(texts).answer({ paths: [{ hops }] })));
    expect(written.paths[0].hops.map((h: Loose) => h.direction)).toEqual(["forward", "backward"]);
    expect(written.evidence).toEqual({
      [key]: evidenceViewsOf(g, server.store.sources, evidence, source, target),
    });
  });

  it("writes an answer without paths with an empty evidence object", () => {
    const texts = createEvidenceTexts(
      server.store.graph,
      server.store.sources,
      graphEvidence(server.store.graph, server.store.evidence),
      { limit: ANSWER_EVIDENCE, capacity: 0 },
    );
    expect(JSON.parse(String(createAnswerWriter(texts).answer({ paths: [] })))).toEqual({
      paths: [],
      evidence: {},
    });
  });
});
