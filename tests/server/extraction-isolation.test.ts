// One article cannot freeze the server: extraction runs in worker threads with a time budget per
// document. /api/health answers while an extraction is still running; a document past its budget,
// or one whose extraction overflows the stack, is refused with a 422 problem, and nothing else is
// affected.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Extractor from "../../src/graph/extractor.ts";
import { openStore, type KgStore } from "../../src/graph/store.ts";
import { startTestServer, type Answer, type TestServer } from "./_harness.ts";

// The store's default extraction loads this module: in its worker threads (EXTRACT_MODULE_URL),
// or, as before the threads, in the server's own thread (defaultExtract, loadExtractModule).
vi.mock("../../src/graph/extractor.ts", async (importOriginal) => {
  const original = await importOriginal<typeof Extractor>();
  const slow = await import("./_slow-extract-module.ts");
  return {
    ...original,
    EXTRACT_MODULE_URL: slow.SLOW_EXTRACT_MODULE_URL,
    defaultExtract: slow.extractDocument,
    loadExtractModule: async () => slow,
  };
});

const made: { dir: string; server: TestServer; store: KgStore }[] = [];
afterEach(async () => {
  for (const { dir, server, store } of made.splice(0)) {
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** A server over an empty data folder whose store uses the default (threaded) extraction. */
async function serve(extractTimeoutMs?: number) {
  const dir = await mkdtemp(join(tmpdir(), "kg-isolation-"));
  const store = await openStore({ dataDir: dir, ...(extractTimeoutMs && { extractTimeoutMs }) });
  const server = await startTestServer({ dataDir: dir, store });
  made.push({ dir, server, store });
  return { dir, server, store };
}

/** Resolves once `path` exists (checked every 10 ms). */
async function until(path: string): Promise<void> {
  while (!existsSync(path)) await new Promise((done) => setTimeout(done, 10));
}

const slowText = (ms: number, marker: string) => `SLOW ${ms} ${marker}\nNorth Korea supplies Russia.\n`;

describe("extraction off the event loop", () => {
  it("answers /api/health while an article's extraction is still running", async () => {
    const { dir, server, store } = await serve(600_000);
    const marker = join(dir, "started");
    let posted: Answer | null = null;
    const post = server
      .send("POST", "/api/documents", { text: slowText(8_000, marker) })
      .then((a) => (posted = a));
    await until(marker); // the extraction has begun
    const health = await server.get("/api/health");
    expect(health.status).toBe(200);
    expect(existsSync(`${marker}.done`)).toBe(false); // the extraction is still running
    expect(posted).toBeNull();
    expect((await post).status).toBe(201); // and then it finishes, within its budget
    expect(store.sources.size).toBe(1);
  });

  it("refuses an article past its time budget with 422 EXTRACTION_TIMEOUT, stores nothing, and extracts the next one", async () => {
    const { dir, server, store } = await serve(300);
    const before = await readdir(dir);
    const res = await server.send("POST", "/api/documents", { text: slowText(600_000, join(dir, "s1")) });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: "EXTRACTION_TIMEOUT", timeoutMs: 300 });
    expect(store.revision).toBe(0);
    expect(await readdir(join(dir, "sources"))).toEqual([]);
    expect((await readdir(dir)).filter((f) => f !== "s1")).toEqual([...before, "sources"].sort());
    const next = await server.send("POST", "/api/documents", { text: "North Korea supplies Russia." });
    expect(next.status).toBe(201);
    expect(store.graph.hasEdge("north-korea|supplies|russia")).toBe(true);
  });

  it("adds the articles posted with a slow one: only the slow one is refused", async () => {
    const { dir, server, store } = await serve(300);
    const [slow, fine] = await Promise.all([
      server.send("POST", "/api/documents", { text: slowText(600_000, join(dir, "s2")) }),
      server.send("POST", "/api/documents", { text: "Kim Jong Un met Sergei Shoigu." }),
    ]);
    expect(slow.status).toBe(422);
    expect(slow.body.code).toBe("EXTRACTION_TIMEOUT");
    expect(fine.status).toBe(201);
    expect([...store.sources.keys()]).toEqual([fine.body.id]);
    const reopened = await openStore({
      dataDir: dir,
      extract: () => ({ entities: [], relations: [], hedged: [] }),
    });
    expect([...reopened.sources.keys()]).toEqual([fine.body.id]);
    await reopened.close();
  });

  it("answers a stack overflow in extraction with 422 EXTRACTION_FAILED for that article, not a 500", async () => {
    const { server, store } = await serve();
    const res = await server.send("POST", "/api/documents", {
      text: "RECURSE: North Korea supplies Russia.",
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: "EXTRACTION_FAILED", reason: "stack-overflow" });
    expect(store.sources.size).toBe(0);
    expect((await server.send("POST", "/api/documents", { text: "Iran supplies Russia." })).status).toBe(201);
  });
});

describe("kg build on every core", () => {
  it("extracts two sources at the same time with 2 workers (each sees the other one running)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-isolation-build-"));
    try {
      await mkdir(join(dir, "sources"));
      const [a, b] = [join(dir, "a.here"), join(dir, "b.here")];
      await writeFile(join(dir, "sources", "a.txt"), `MEET ${a} ${b}\nNorth Korea supplies Russia.\n`);
      await writeFile(join(dir, "sources", "b.txt"), `MEET ${b} ${a}\nIran supplies Russia.\n`);
      const store = await openStore({ dataDir: dir, workers: 2, extractTimeoutMs: 120_000 });
      const progress: number[] = [];
      const report = await store.build(undefined, { onProgress: (p) => progress.push(p.done) });
      await store.close();
      expect(report.built).toEqual(["a.txt", "b.txt"]);
      expect(await readFile(`${a}.met`, "utf8")).toBe("yes");
      expect(await readFile(`${b}.met`, "utf8")).toBe("yes");
      expect(progress).toEqual([1, 2]);
      expect(store.graph.hasEdge("iran|supplies|russia")).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
