// Fifty articles posted at once all land, keep their evidence, and survive a restart on the same data.
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticles } from "./_articles.ts";
import { makeDataDir, startTestServer, type TestServer, type Loose } from "./_harness.ts";

const COUNT = 50;
let dataDir = "";
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** For each document id, whether some edge carries evidence from it, and the listed document ids. */
async function inspect(server: TestServer, ids: string[]) {
  const listed = new Set((await server.get("/api/documents")).body.documents.map((d: Loose) => d.id));
  const withEvidence = new Set<string>();
  server.store.graph.forEachEdge((k) =>
    server.store.evidence!.evidenceOf(k).forEach((e) => withEvidence.add(e.doc)),
  );
  return {
    missing: ids.filter((id) => !listed.has(id)),
    withoutEvidence: ids.filter((id) => !withEvidence.has(id)),
  };
}

describe("50 concurrent POST /api/documents", () => {
  it("all land, listed with their evidence in the graph, in memory and after a restart", async () => {
    dataDir = await makeDataDir();
    const articles = generateArticles(COUNT, 2025);
    const first = await startTestServer({ dataDir });
    let ids: string[];
    try {
      const answers = await Promise.all(
        articles.map((a) =>
          first.send("POST", "/api/documents", { text: a.text, title: a.title, date: a.date }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(articles.map(() => 201));
      ids = answers.map((a) => a.body.id);
      expect(new Set(ids).size).toBe(COUNT);
      expect(await inspect(first, ids)).toEqual({ missing: [], withoutEvidence: [] });
      // Each supply sentence is on the edge between its two countries.
      const edges = (await first.get("/api/graph?relations=supplies")).body.edges;
      const pairs = new Set(edges.map((e: Loose) => `${e.source}>${e.target}`));
      for (const a of articles)
        expect(pairs).toContain(`${a.supplier.toLowerCase()}>${a.recipient.toLowerCase()}`);
    } finally {
      await first.close();
    }
    const again = await startTestServer({ dataDir });
    try {
      expect(await inspect(again, ids)).toEqual({ missing: [], withoutEvidence: [] });
      expect((await again.get("/api/health")).body.documents).toBe(COUNT + 1);
    } finally {
      await again.close();
    }
  });
});
