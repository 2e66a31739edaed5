/**
 * The SQLite store (graph-data/kg.db): per-document changes that a reload reproduces exactly,
 * a JSON graph file imported once, bad DB files refused with advice, two processes' stores on one
 * folder seeing each other's changes, idempotent ingest and full-text search; a full build's
 * layout run in a thread of its own stores what the caller's thread would, and a thread that fails
 * or cannot start is told in the build's warnings.
 */
import { cp, mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { toGraphFile } from "../../../src/graph/graph-file.ts";
import type * as Layout from "../../../src/graph/layout.ts";
import { openStore, type KgStore, type StoreOptions } from "../../../src/graph/store.ts";
import { fakeExtract } from "./_fake-extract.ts";
import { tempDir } from "./_tmp.ts";

let dir: string;
let sources: string;
const options = (): StoreOptions => ({ dataDir: dir, extract: fakeExtract, layout: { maxIterations: 20 } });

beforeEach(async () => {
  dir = await tempDir();
  sources = join(dir, "sources");
  await mkdir(sources);
  await writeFile(
    join(sources, "a.txt"),
    "North Korea sent KN-23 to Russia. Kim Jong Un met Sergei Shoigu.\n",
  );
  await writeFile(join(sources, "b.md"), "---\ndate: 2025-02-01\n---\nNorth Korea supplies Russia.\n");
});

/** The graph as sorted nodes and edges with their attributes (insertion order aside). */
function snapshot(store: KgStore) {
  const g = store.graph.export();
  const byKey = (a: { key?: string }, b: { key?: string }) => ((a.key ?? "") < (b.key ?? "") ? -1 : 1);
  return { nodes: [...g.nodes].sort(byKey), edges: [...g.edges].sort(byKey) };
}

/** Where each layout the store handed a thread ran its iterations (true: in the thread). */
const threadLayouts = vi.hoisted((): boolean[] => []);
/** The layout thread the store starts: the real one, one that fails as it starts, or none. */
const threadKind = vi.hoisted(() => ({ kind: "real" as "real" | "failing" | "none" }));
vi.mock("../../../src/graph/layout.ts", async (importOriginal) => {
  const real = await importOriginal<typeof Layout>();
  return {
    ...real,
    startLayoutThread: () =>
      threadKind.kind === "none"
        ? null
        : threadKind.kind === "failing"
          ? real.startLayoutThread(new URL("./_failing-layout-thread.mjs", import.meta.url))
          : real.startLayoutThread(),
    startLayout: (...args: Parameters<typeof real.startLayout>) => {
      const pending = real.startLayout(...args);
      return {
        finish: () => {
          const report = pending.finish();
          threadLayouts.push(report.inThread);
          return report;
        },
      };
    },
  };
});

describe("a full build's layout in a thread of its own", () => {
  it("stores the graph, positions included, that the layout in the caller's thread stores", async () => {
    const built = async (layoutThread: boolean) => {
      const dataDir = join(dir, `thread-${layoutThread}`);
      const settings = { dataDir, sourcesDir: sources, extract: fakeExtract, workers: 2, layoutThread };
      const store = await openStore({ ...settings, layout: { maxIterations: 20, timeBudgetMs: 60_000 } });
      await store.build();
      await store.close();
      return snapshot(await openStore(settings));
    };
    threadLayouts.length = 0;
    const inThread = await built(true);
    expect(threadLayouts).toEqual([true]);
    expect(inThread.nodes.every((n) => Number.isFinite(n.attributes?.x))).toBe(true);
    expect(inThread).toEqual(await built(false));
  });

  it("warns in the build's report when the thread fails or cannot start, and lays out in the caller's thread", async () => {
    const warned = async (kind: "failing" | "none") => {
      threadKind.kind = kind;
      threadLayouts.length = 0;
      try {
        const dataDir = join(dir, `thread-${kind}`);
        const store = await openStore({ dataDir, sourcesDir: sources, extract: fakeExtract, workers: 2 });
        const report = await store.build();
        expect(store.graph.mapNodes((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).not.toContain(
          false,
        );
        await store.close();
        return report.warnings;
      } finally {
        threadKind.kind = "real";
      }
    };
    expect(await warned("failing")).toEqual([
      "layout: the layout thread failed: the layout thread failed to start; the layout ran in the main thread",
    ]);
    expect(threadLayouts).toEqual([false]);
    expect(await warned("none")).toEqual([
      "layout: the layout thread could not be started; the layout ran in the main thread",
    ]);
  });
});

describe("changes one document at a time", () => {
  it("keeps the positions of the nodes a new document does not touch, and places its new ones", async () => {
    const store = await openStore(options());
    await store.build();
    const before = store.graph.getNodeAttributes("kim-jong-un");
    const { change } = await store.addDocument({ text: "Iran supplies Russia." });
    expect(change.entitiesAdded).toEqual(["iran"]);
    expect(store.graph.getNodeAttributes("kim-jong-un")).toMatchObject({ x: before.x, y: before.y });
    expect(Number.isFinite(store.graph.getNodeAttribute("iran", "x"))).toBe(true);
  });

  it("gives, after adds and removals, the graph that reopening the store loads", async () => {
    const store = await openStore(options());
    await store.build();
    const first = await store.addDocument({ text: "Iran supplies Russia. Kim met Shoigu." });
    await store.addDocument({ text: "Iran met Ukraine. North Korea supplies Russia." });
    await store.removeDocument(first.id);
    await store.removeDocument("b.md");
    expect(store.graph.getEdgeAttribute("north-korea|supplies|russia", "weight")).toBe(1);
    expect(snapshot(await openStore(options()))).toEqual(snapshot(store));
  });

  it("matches a new document's names against the stored aliases", async () => {
    const store = await openStore(options());
    await store.importExtraction("x.json", {
      entities: [{ id: "dprk", name: "DPRK", type: "Country", aliases: ["North Korea"], mentions: 1 }],
      relations: [],
      hedged: [],
    });
    await store.addDocument({ text: "North Korea supplies Russia." });
    expect(store.graph.hasEdge("dprk|supplies|russia")).toBe(true);
    expect(store.graph.hasNode("north-korea")).toBe(false);
  });
});

describe("a store that keeps nothing in memory (one-shot CLI writes)", () => {
  it("makes the same changes and writes the same graph as a store that keeps everything", async () => {
    const built = await openStore(options());
    await built.build();
    await built.close();
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    const run = async (dataDir: string, resident: boolean) => {
      const store = await openStore({ ...options(), dataDir, resident });
      const changes = [];
      const first = await store.addDocument({ text: "Iran supplies Ukraine. Kim met Shoigu." });
      changes.push(first.change);
      changes.push(
        await store.importExtraction("x.json", {
          entities: [{ id: "dprk", name: "DPRK", type: "Country", aliases: ["North Korea"], mentions: 2 }],
          relations: [],
          hedged: [],
        }),
      );
      changes.push(
        (await store.addDocument({ text: "South Korea supplies Iran. North Korea sent KN-23." })).change,
      );
      changes.push(await store.removeDocument(first.id));
      await writeFile(join(dataDir, "sources", "a.txt"), "North Korea met Ukraine. Shoigu met Kim.\n");
      changes.push((await store.build()).change);
      changes.push(await store.removeDocument("b.md"));
      const counts = store.counts();
      await store.close();
      const reopened = await openStore({ ...options(), dataDir });
      expect(counts).toEqual({ entities: reopened.graph.order, relations: reopened.graph.size });
      return { changes, graph: snapshot(reopened), sources: [...reopened.sources.keys()].sort() };
    };
    const kept = await run(dir, true);
    const read = await run(copy, false);
    expect(read).toEqual(kept);
    // The removal dropped a node only the removed document mentioned, with its edge.
    expect(kept.changes[3]).toMatchObject({
      entitiesRemoved: expect.arrayContaining(["ukraine"]),
      relationsRemoved: expect.arrayContaining(["iran|supplies|ukraine"]),
    });
  });
});

describe("opening", () => {
  it("imports an existing JSON graph file once, with its positions, and sets it aside", async () => {
    const store = await openStore(options());
    await store.build();
    const file = toGraphFile(store.graph, store.sources.values(), "2026-01-01T00:00:00.000Z");
    const other = await tempDir();
    await writeFile(join(other, "graph.kg.json"), JSON.stringify(file));
    const imported = await openStore({ ...options(), dataDir: other });
    expect(snapshot(imported)).toEqual(snapshot(store));
    expect(imported.sources.get("a.txt")?.text).toContain("Kim Jong Un");
    expect((await readdir(other)).filter((f) => f.startsWith("graph"))).toEqual(["graph.kg.json.imported"]);
    await imported.removeDocument("b.md");
    expect((await openStore({ ...options(), dataDir: other })).sources.has("b.md")).toBe(false);
  });

  it.each([
    [
      "a file that is not SQLite",
      async (f: string) => writeFile(f, "this is not a database, only text ".repeat(200)),
    ],
    [
      "another program's SQLite database",
      async (f: string) => {
        const db = new Database(f);
        db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        db.close();
      },
    ],
  ])("refuses %s, naming it and saying how to rebuild", async (_label, make) => {
    const file = join(dir, "kg.db");
    await make(file);
    const opening = openStore(options());
    await expect(opening).rejects.toMatchObject({ code: "GRAPH_FILE_INVALID" });
    await expect(opening).rejects.toThrow(file);
    await expect(opening).rejects.toThrow(/kg build/);
  });
});

describe("two processes on one folder", () => {
  it("each sees what the other committed, and neither overwrites the other", async () => {
    const server = await openStore(options());
    await server.build();
    const cli = await openStore(options());
    const added = await cli.addDocument({ text: "Iran supplies Russia." });
    expect(server.refresh()).toBe(true);
    expect(server.sources.has(added.id)).toBe(true);
    expect(server.graph.hasEdge("iran|supplies|russia")).toBe(true);
    expect(server.revision).toBe(cli.revision);
    await server.addDocument({ text: "Ukraine met Iran." });
    await cli.addDocument({ text: "South Korea says Iran." });
    expect(cli.graph.hasEdge("ukraine|meets|iran") || cli.graph.hasEdge("iran|meets|ukraine")).toBe(true);
    const reopened = await openStore(options());
    expect(reopened.sources.size).toBe(5);
    server.refresh();
    expect(snapshot(server)).toEqual(snapshot(reopened));
  });

  it("tells the listeners of one store about the other's changes", async () => {
    const server = await openStore(options());
    const seen: string[][] = [];
    server.onChange((c) => seen.push(c.documents));
    const cli = await openStore(options());
    await cli.build();
    server.refresh();
    expect(seen).toEqual([["a.txt", "b.md"]]);
    expect(server.graph.order).toBe(cli.graph.order);
  });
});

describe("idempotent ingest", () => {
  it("stores the same text once", async () => {
    const store = await openStore(options());
    const first = await store.addDocument({ text: "Iran supplies Russia.", title: "One" });
    const again = await store.addDocument({ text: "Iran supplies Russia.", title: "Two" });
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    expect(store.sources.size).toBe(1);
    expect(store.graph.getEdgeAttribute("iran|supplies|russia", "weight")).toBe(1);
  });

  it("stores a request once per idempotency key, even when concurrent", async () => {
    const store = await openStore(options());
    const [a, b] = await Promise.all([
      store.addDocument({ text: "Iran met Ukraine." }, { idempotencyKey: "req-1" }),
      store.addDocument({ text: "Iran met Ukraine (retried)." }, { idempotencyKey: "req-1" }),
    ]);
    expect(b.id).toBe(a.id);
    expect(store.sources.size).toBe(1);
    expect((await openStore(options())).sources.size).toBe(1);
  });
});

describe("full-text search", () => {
  it("finds documents by words and gives plain-text snippets with the matches' offsets", async () => {
    const store = await openStore(options());
    await store.build();
    await store.addDocument({ text: "<b>Iran</b> supplies Russia with drones.", title: "Drones" });
    const hits = store.searchDocuments("drone");
    expect(hits.map((h) => h.id)).toEqual(["drones.txt"]);
    const [hit] = hits;
    expect(hit?.snippet).toContain("<b>Iran</b>");
    expect(hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(["drones"]);
  });

  it.each([['"unbalanced'], ["NEAR(a b)"], ["*"], ["title:x OR"]])(
    "treats %s as plain words, never as query syntax",
    async (q) => {
      const store = await openStore(options());
      await store.build();
      expect(() => store.searchDocuments(q)).not.toThrow();
    },
  );
});
