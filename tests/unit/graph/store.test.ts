/**
 * The graph-data store: builds from a sources folder, skips what did not change, drops what was
 * removed, survives bad sources, persists atomically, and takes many documents at once.
 */
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { openStore, type StoreOptions } from "../../../src/graph/store.ts";
import type { GraphChange } from "../../../src/graph/types.ts";
import { fakeExtract } from "./_fake-extract.ts";
import { tempDir } from "./_tmp.ts";

let dir: string;
let sources: string;
const options = (): StoreOptions => ({ dataDir: dir, extract: fakeExtract, layout: { maxIterations: 20 } });
const write = (name: string, text: string): Promise<void> => writeFile(join(sources, name), text);

beforeEach(async () => {
  dir = await tempDir();
  sources = join(dir, "sources");
  await mkdir(sources);
  await write("a.txt", "North Korea sent KN-23 to Russia. Kim Jong Un met Sergei Shoigu.\n");
  await write("b.md", "---\ndate: 2025-02-01\n---\nNorth Korea supplies Russia.\n");
  await write("c.txt", "Russia says Ukraine.\n");
});

describe("building from the sources folder", () => {
  it("builds every source into the store with no temporary file left", async () => {
    const store = await openStore(options());
    const report = await store.build();
    expect(report.built).toEqual(["a.txt", "b.md", "c.txt"]);
    expect(store.graph.getEdgeAttributes("north-korea|supplies|russia")).toMatchObject({
      weight: 1,
      docs: 1,
    });
    expect((await readdir(dir)).filter((f) => !f.startsWith("kg.db-"))).toEqual(["kg.db", "sources"]);
    expect([...(await openStore(options())).sources.keys()]).toEqual(["a.txt", "b.md", "c.txt"]);
  });

  it("skips unchanged sources and re-extracts changed ones on the next build", async () => {
    await (await openStore(options())).build();
    await write("c.txt", "Iran says Ukraine.\n");
    const store = await openStore(options());
    const report = await store.build();
    expect(report).toMatchObject({ built: ["c.txt"], skipped: ["a.txt", "b.md"], removed: [] });
    expect(report.change.relationsAdded).toEqual(["iran|assesses|ukraine"]);
    expect(report.change.relationsRemoved).toEqual(["russia|assesses|ukraine"]);
  });

  it("does not write a revision when nothing changed", async () => {
    const store = await openStore(options());
    await store.build();
    const before = store.revision;
    expect((await store.build()).skipped).toHaveLength(3);
    expect(store.revision).toBe(before);
  });

  it("drops the evidence of a source removed from the folder", async () => {
    const store = await openStore(options());
    await store.build();
    await rm(join(sources, "b.md"));
    const report = await store.build();
    expect(report.removed).toEqual(["b.md"]);
    expect(store.evidence.evidenceOf("north-korea|supplies|kn-23").map((e) => e.doc)).toEqual(["a.txt"]);
    expect(store.graph.hasEdge("north-korea|supplies|russia")).toBe(false);
    expect(store.sources.has("b.md")).toBe(false);
  });

  it("reports an unreadable source and still builds the others", async () => {
    await writeFile(join(sources, "bad.txt"), new Uint8Array([0, 1, 2, 0, 255]));
    const store = await openStore(options());
    const report = await store.build();
    expect(report.built).toEqual(["a.txt", "b.md", "c.txt"]);
    expect(report.failed).toEqual([
      expect.objectContaining({ source: "bad.txt", code: "SOURCE_UNREADABLE" }),
    ]);
  });

  it("builds explicit files and folders without removing anything else", async () => {
    const store = await openStore(options());
    await store.build();
    const extra = join(dir, "extra.txt");
    await writeFile(extra, "Iran ships KN-23.\n");
    const report = await store.build([extra, join(dir, "missing")]);
    expect(report).toMatchObject({ built: ["extra.txt"], removed: [] });
    expect(report.failed.map((f) => f.code)).toEqual(["SOURCE_UNREADABLE"]);
    expect(store.sources.size).toBe(4);
  });

  it("names a file of the sources folder the same whether it is given or found", async () => {
    await mkdir(join(sources, "2025"));
    await writeFile(join(sources, "2025", "d.txt"), "Iran met Russia.\n");
    const store = await openStore(options());
    expect((await store.build([join(sources, "2025")])).built).toEqual(["2025/d.txt"]);
    expect((await store.build()).skipped).toContain("2025/d.txt");
  });

  it("reports progress for every source", async () => {
    const seen: number[] = [];
    await (await openStore(options())).build(undefined, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([1, 2, 3]);
  });

  it("dates evidence with the source's front-matter date", async () => {
    const store = await openStore(options());
    await store.build();
    expect(store.graph.getEdgeAttributes("north-korea|supplies|russia").firstSeen).toBe("2025-02-01");
  });

  it("keeps node positions when it rebuilds", async () => {
    const store = await openStore(options());
    await store.build();
    const { x, y } = store.graph.getNodeAttributes("russia");
    await write("d.txt", "Ukraine met Iran.\n");
    await store.build();
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(store.graph.getNodeAttributes("russia").x).not.toBeUndefined();
  });
});

describe("when something goes wrong", () => {
  it.each([
    ["a batch size of 0", { maxBatch: 0 }],
    ["a negative layout budget", { layout: { timeBudgetMs: -1 } }],
  ])("refuses %s with INVALID_OPTION", async (_label, bad) => {
    await expect(openStore({ ...options(), ...bad })).rejects.toMatchObject({ code: "INVALID_OPTION" });
  });

  it("an aborted build changes nothing", async () => {
    const store = await openStore(options());
    const controller = new AbortController();
    controller.abort();
    await expect(store.build(undefined, { signal: controller.signal })).rejects.toThrow();
    expect(store.revision).toBe(0);
    expect((await openStore(options())).sources.size).toBe(0);
  });

  it("a first build cut short keeps the documents it wrote ahead of the graph, and the next build rebuilds the graph from them", async () => {
    for (let i = 0; i < 250; i++)
      await write(
        `n${String(i).padStart(3, "0")}.txt`,
        i < 100 ? "Iran supplies Russia.\n" : "Iran supplies Ukraine.\n",
      );
    const store = await openStore(options());
    const controller = new AbortController();
    const cut = store.build(undefined, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 230) controller.abort();
      },
    });
    await expect(cut).rejects.toThrow();
    expect(store.revision).toBe(0);
    const kept = [...(await openStore(options())).sources.keys()];
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept.length).toBeLessThan(253);
    const next = await openStore(options());
    const report = await next.build();
    expect(report.skipped).toEqual(expect.arrayContaining(kept));
    expect(report.built).toHaveLength(253 - kept.length);
    expect(next.graph.getEdgeAttributes("iran|supplies|russia").docs).toBe(100);
    expect(next.graph.getEdgeAttributes("iran|supplies|ukraine").docs).toBe(150);
    // The graph is whole again: the build after finds nothing to do.
    const revision = next.revision;
    expect((await next.build()).skipped).toHaveLength(253);
    expect(next.revision).toBe(revision);
  });

  it("a first build writes its last documents ahead in smaller batches: cut short three documents before its end, it has kept all but a few", async () => {
    for (let i = 0; i < 250; i++)
      await write(`n${String(i).padStart(3, "0")}.txt`, "Iran supplies Russia.\n");
    const store = await openStore(options());
    const controller = new AbortController();
    const cut = store.build(undefined, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 250) controller.abort();
      },
    });
    await expect(cut).rejects.toThrow();
    // Batches of 100 alone would have left 50 of the 250 to the commit that never ran.
    const kept = (await openStore(options())).sources.size;
    expect(kept).toBeGreaterThanOrEqual(247);
    expect(kept).toBeLessThan(253);
    const next = await openStore(options());
    expect((await next.build()).built).toHaveLength(253 - kept);
    expect(next.graph.getEdgeAttributes("iran|supplies|russia").docs).toBe(250);
  });

  it("a save that fails rejects the document, removes its file and leaves no temporary file", async () => {
    const store = await openStore({ ...options(), busyTimeoutMs: 50 });
    const other = new Database(join(dir, "kg.db"));
    other.exec("BEGIN IMMEDIATE");
    try {
      await expect(store.addDocument({ text: "Iran supplies Russia.", title: "Lost" })).rejects.toThrow();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(store.sources.size).toBe(0);
    expect(store.revision).toBe(0);
    expect(store.graph.order).toBe(0);
    expect(await readdir(sources)).toEqual(["a.txt", "b.md", "c.txt"]);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await store.addDocument({ text: "Iran supplies Russia.", title: "Kept" })).id).toBe("kept.txt");
  });
});

describe("loading the store and importing a JSON graph file", () => {
  it("reloads exactly what was saved", async () => {
    const store = await openStore(options());
    await store.build();
    const again = await openStore(options());
    expect(again.graph.export()).toEqual(store.graph.export());
    expect([...again.sources.keys()]).toEqual(["a.txt", "b.md", "c.txt"]);
  });

  it.each([
    ["truncated JSON", '{"format":"kg-graph","vers'],
    [
      "another format",
      JSON.stringify({ format: "gexf", version: 1, sources: [], graph: { nodes: [], edges: [] } }),
    ],
    [
      "a newer version",
      JSON.stringify({ format: "kg-graph", version: 99, sources: [], graph: { nodes: [], edges: [] } }),
    ],
    [
      "a graph without edges",
      JSON.stringify({ format: "kg-graph", version: 1, sources: [], graph: { nodes: [] } }),
    ],
    [
      "an edge to a missing node",
      JSON.stringify({
        format: "kg-graph",
        version: 1,
        sources: [],
        graph: { nodes: [], edges: [{ source: "a", target: "b" }] },
      }),
    ],
  ])("refuses to import %s with GRAPH_FILE_INVALID", async (_label, content) => {
    await writeFile(join(dir, "graph.kg.json"), content);
    await expect(openStore(options())).rejects.toMatchObject({ code: "GRAPH_FILE_INVALID" });
  });
});

describe("adding and removing documents", () => {
  it("writes the text and a metadata sidecar, extracts and persists before resolving", async () => {
    const store = await openStore(options());
    const { id, change } = await store.addDocument({
      text: "Iran supplies Russia.",
      title: "Iran and Russia",
      date: "2025-05-01",
    });
    expect(id).toBe("iran-and-russia.txt");
    expect(change.relationsAdded).toEqual(["iran|supplies|russia"]);
    expect(await readFile(join(sources, id), "utf8")).toBe("Iran supplies Russia.");
    expect(JSON.parse(await readFile(join(sources, "iran-and-russia.meta.json"), "utf8"))).toEqual({
      title: "Iran and Russia",
      date: "2025-05-01",
    });
    expect((await openStore(options())).sources.get(id)?.meta.date).toBe("2025-05-01");
  });

  it("lands all of 50 concurrent documents, with fewer saves than documents, and they survive a reload", async () => {
    const store = await openStore(options());
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.addDocument({ text: `Iran supplies Russia (${i}).`, title: "Same title" }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(50);
    expect(store.revision).toBeLessThan(50);
    const reloaded = await openStore(options());
    expect(reloaded.sources.size).toBe(50);
    expect(reloaded.graph.getEdgeAttribute("iran|supplies|russia", "weight")).toBe(50);
    expect((await readdir(sources)).filter((f) => f.startsWith("same-title"))).toHaveLength(100);
  });

  it("gives the same graph as building the same files from scratch", async () => {
    const store = await openStore(options());
    await store.build();
    await store.addDocument({ text: "Kim met Shoigu. North Korea supplies Russia." });
    const fresh = await openStore({ ...options(), dataDir: await tempDir(), sourcesDir: sources });
    await fresh.build();
    const strip = (s: typeof store) => s.graph.export().edges.map((e) => [e.key, e.attributes?.weight]);
    expect(strip(fresh)).toEqual(strip(store));
  });

  it("refuses an empty text with INVALID_INPUT", async () => {
    const store = await openStore(options());
    await expect(store.addDocument({ text: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("removes a document's file, sidecar and evidence", async () => {
    const store = await openStore(options());
    const { id } = await store.addDocument({ text: "Iran supplies Ukraine.", title: "To remove" });
    const change = await store.removeDocument(id);
    expect(change.relationsRemoved).toEqual(["iran|supplies|ukraine"]);
    expect(await readdir(sources)).toEqual(["a.txt", "b.md", "c.txt"]);
    expect((await openStore(options())).sources.has(id)).toBe(false);
  });

  it("refuses to remove a document it does not have with UNKNOWN_DOCUMENT", async () => {
    await expect((await openStore(options())).removeDocument("nope.txt")).rejects.toMatchObject({
      code: "UNKNOWN_DOCUMENT",
    });
  });

  it("tells listeners about each change and counts revisions", async () => {
    const store = await openStore(options());
    const changes: GraphChange[] = [];
    const stop = store.onChange((c) => changes.push(c));
    await store.build();
    await store.addDocument({ text: "Iran supplies Ukraine." });
    stop();
    await store.addDocument({ text: "Iran met Ukraine." });
    expect(changes.map((c) => c.documents.length)).toEqual([3, 1]);
    expect(store.revision).toBe(3);
  });
});
