/**
 * `kg build` and `kg stats` in-process on a temporary graph-data folder, with the small test
 * extractor in place of the NLP pipeline: what is printed, what is written, and exit codes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildThreads, runCli } from "../../src/cli/main.ts";
import type { CliContext } from "../../src/cli/context.ts";
import type * as Extractor from "../../src/graph/extractor.ts";
import { kg, storedSources, tempWorkspace } from "./_builder-cli.ts";

// The store extracts in worker threads, which load the module EXTRACT_MODULE_URL names: the fake one.
vi.mock("../../src/graph/extractor.ts", async (importOriginal) => {
  const original = await importOriginal<typeof Extractor>();
  const { FAKE_EXTRACT_MODULE_URL } = await import("../unit/graph/_fake-extract-module.ts");
  return { ...original, EXTRACT_MODULE_URL: FAKE_EXTRACT_MODULE_URL };
});

async function workspace(): Promise<string> {
  const dir = await tempWorkspace(false);
  const sources = join(dir, "graph-data", "sources");
  await mkdir(sources, { recursive: true });
  await writeFile(
    join(sources, "a.txt"),
    "North Korea sent KN-23 to Russia. Kim Jong Un met Sergei Shoigu.\n",
  );
  await writeFile(join(sources, "b.txt"), "North Korea supplies Russia. Russia may send Iran KN-23.\n");
  return dir;
}

describe("kg build", () => {
  it("builds graph-data/sources into the store graph-data/kg.db and says what it built", async () => {
    const dir = await workspace();
    const r = await kg(dir, "build");
    expect(r.code).toBe(0);
    expect(r.out).toContain("built 2, skipped 0, removed 0, failed 0");
    expect(r.out).toContain(join(dir, "graph-data", "kg.db"));
    expect((await storedSources(join(dir, "graph-data"))).map((s) => s.id)).toEqual(["a.txt", "b.txt"]);
  });

  it("skips unchanged sources the second time", async () => {
    const dir = await workspace();
    await kg(dir, "build");
    expect((await kg(dir, "build")).out).toContain("built 0, skipped 2");
  });

  it("exits 1 when a source is unreadable, and still builds the others", async () => {
    const dir = await workspace();
    await writeFile(join(dir, "graph-data", "sources", "broken.txt"), new Uint8Array([0, 0, 0, 1]));
    const r = await kg(dir, "build", "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.built).toEqual(["a.txt", "b.txt"]);
    expect(report.failed).toEqual([
      expect.objectContaining({ source: "broken.txt", code: "SOURCE_UNREADABLE" }),
    ]);
  });

  it("builds the files it is given into another data folder", async () => {
    const dir = await workspace();
    const r = await kg(dir, "build", "graph-data/sources/a.txt", "--data", "other");
    expect(r.code).toBe(0);
    expect((await storedSources(join(dir, "other")))[0]?.path).toBe("graph-data/sources/a.txt");
  });

  it("prints a progress line every 25 sources when stderr is not a terminal", async () => {
    const dir = await workspace();
    for (let i = 0; i < 28; i++) {
      await writeFile(join(dir, "graph-data", "sources", `n${i}.txt`), `Iran supplies Russia ${i}.\n`);
    }
    const r = await kg(dir, "build");
    expect(r.err).toBe("build: 25/30 sources\nbuild: 30/30 sources\n");
  });

  it("treats a layout budget that is not a number as bad usage", async () => {
    expect((await kg(await workspace(), "build", "--layout-ms", "soon")).code).toBe(2);
  });
});

describe("kg stats", () => {
  it("counts what kg build made", async () => {
    const dir = await workspace();
    await kg(dir, "build");
    const r = await kg(dir, "stats", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      documents: 2,
      byRelation: { supplies: 2, meets: 1 },
      hedged: { total: 1, byModality: { possible: 1 } },
    });
    expect((await kg(dir, "stats")).out).toMatch(/^2 documents, \d+ entities, 3 relations/);
  });

  it("exits 1 and says to run kg build when there is no graph", async () => {
    const r = await kg(await tempWorkspace(false), "stats");
    expect(r.code).toBe(1);
    expect(r.err).toContain("kg build");
  });
});

describe("kg documents", () => {
  it("lists the stored documents with their counts", async () => {
    const dir = await workspace();
    await kg(dir, "build");
    const r = await kg(dir, "documents", "--json");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.total).toBe(2);
    expect(body.documents.map((d: { id: string }) => d.id).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("finds documents by text and marks the matched words in the snippet", async () => {
    const dir = await workspace();
    await kg(dir, "build");
    const r = await kg(dir, "documents", "--search", "shoigu");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^a\.txt/);
    expect(r.out).toContain("[Shoigu]");
    expect(r.out).not.toContain("b.txt");
  });

  it("exits 1 and says to run kg build when there is no store", async () => {
    const r = await kg(await tempWorkspace(false), "documents", "--search", "x");
    expect(r.code).toBe(1);
    expect(r.err).toContain("kg build");
  });
});

describe("the extraction threads kg build starts before it loads its commands", () => {
  it.each([
    ["one per core by default", ["build"], availableParallelism()],
    ["as many as --workers says", ["build", "--workers", "3", "src"], 3],
    ["as many as --workers= says", ["build", "--workers=1"], 1],
    ["none for another command", ["path", "a", "b"], 0],
    ["none for help", ["build", "--help"], 0],
    ["none for a --workers the command will refuse", ["build", "--workers", "zero"], 0],
    ["none for too many workers", ["build", "--workers", "257"], 0],
    // (rev37b: commander takes the last --workers given, and its parser trims the number.)
    ["as many as the last --workers says", ["build", "--workers", "1", "--workers", "3"], 3],
    ["as many as the last --workers= says", ["build", "--workers=3", "--workers=1"], 1],
    ["as many as a --workers with spaces around its number says", ["build", "--workers", " 2 "], 2],
  ])("are %s", (_, argv, count) => {
    expect(buildThreads(argv)).toBe(count);
  });
});

describe("the extraction threads a kg build that stops early started", () => {
  it.each([
    ["a usage error", ["build", "--workers", "2", "--layout-ms", "soon"], 2],
    ["a store that fails to open", ["build", "--workers", "2", "--data", "graph-data/sources/a.txt"], 1],
  ])("are ended after %s (else they held the process)", async (_, argv, code) => {
    const ctx: CliContext = {
      out: { write: () => {} },
      err: { write: () => {} },
      cwd: await workspace(),
      env: {},
    };
    expect(await runCli(argv, ctx)).toBe(code);
    expect(ctx.extractThreads).toBeDefined();
    const left = ctx.extractThreads!.take(2);
    await Promise.all(left.map((t) => t.worker.terminate()));
    expect(left.length).toBe(0);
  });
});
