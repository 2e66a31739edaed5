// The server and CLI commands as one system over graph-data/kg.db: what a CLI command commits
// reaches the running server (and its viewers' event stream) within a second and survives the
// server's next write; documents are found by text; a repeated ingest is stored once.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { openStore } from "../../src/graph/store.ts";
import { generateArticles } from "./_articles.ts";
import { startTestServer, type Loose, type TestServer } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.dispose());

/** Runs a kg command in this process against the server's data folder. */
async function kg(...args: string[]): Promise<number> {
  const sink = { write: () => true };
  return runCli([...args, "--data", server.dataDir], { out: sink, err: sink, cwd: server.dataDir, env: {} });
}

const documentIds = async (): Promise<string[]> =>
  ((await server.get("/api/documents")).body as Loose).documents.map((d: Loose) => d.id);

describe("a CLI command while the server is up", () => {
  it("is seen by the server within a second and survives the server's next write", async () => {
    await writeFile(
      join(server.dataDir, "zorb.csv"),
      "source,target,relation\r\nZorbania,Ruritania,supplies\r\n",
    );
    expect(await kg("import", join(server.dataDir, "zorb.csv"))).toBe(0);
    await expect.poll(documentIds, { timeout: 1000, interval: 50 }).toContain("zorb.csv");
    expect((await server.get("/api/entities/zorbania")).status).toBe(200);

    const [article] = generateArticles(1, 7);
    const posted = await server.send("POST", "/api/documents", {
      text: article!.text,
      title: article!.title,
    });
    expect(posted.status).toBe(201);
    const store = await openStore({ dataDir: server.dataDir });
    try {
      expect([...store.sources.keys()]).toEqual(expect.arrayContaining(["zorb.csv", posted.body.id]));
      expect(store.graph.hasNode("zorbania")).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("a CLI build of a new source reaches the server too", async () => {
    const [article] = generateArticles(1, 11);
    const file = join(server.dataDir, "sources", "from-cli.txt");
    await writeFile(file, article!.text);
    expect(await kg("build", file)).toBe(0);
    await expect.poll(documentIds, { timeout: 1000, interval: 50 }).toContain("from-cli.txt");
  });
});

describe("GET /api/documents?q=", () => {
  it("finds articles by their text, with a plain-text snippet and the offsets of the matches", async () => {
    const res = await server.get("/api/documents?q=Shoigu");
    expect(res.status).toBe(200);
    const [hit] = res.body.documents as Loose[];
    expect(hit.id).toBe("nk-russia-troops.txt");
    expect(hit.highlights.length).toBeGreaterThan(0);
    for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end)).toBe("Shoigu");
  });

  it("returns nothing for words no article holds", async () => {
    expect((await server.get("/api/documents?q=zyxwvut")).body.documents).toEqual([]);
  });
});

describe("idempotent POST /api/documents", () => {
  it("stores the same text once: the repeat answers 200 with the first id", async () => {
    const [article] = generateArticles(1, 23);
    const body = { text: article!.text, title: article!.title };
    const first = await server.send("POST", "/api/documents", body);
    const again = await server.send("POST", "/api/documents", body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
  });

  it("stores a request once per Idempotency-Key, even when the retry's body differs", async () => {
    const [a, b] = generateArticles(2, 31);
    const headers = { "idempotency-key": "client-42-attempt" };
    const first = await server.send("POST", "/api/documents", { text: a!.text }, headers);
    const retry = await server.send("POST", "/api/documents", { text: b!.text }, headers);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.status).toBe(200);
  });

  it("refuses a key with spaces or control characters with INVALID_INPUT", async () => {
    const res = await server.send(
      "POST",
      "/api/documents",
      { text: "Iran met Iraq." },
      { "idempotency-key": "a b" },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("INVALID_INPUT");
  });
});
