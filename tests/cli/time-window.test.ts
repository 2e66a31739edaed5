/**
 * The time-window flags of the query and export commands (--from, --to, --as-of) on a graph of
 * two dated articles: only evidence inside the window counts, and a path appears only after the
 * article that supplies its second hop.
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.ts";
import { toGraphFile, writeGraphFile } from "../../src/graph/graph-file.ts";
import { buildGraph } from "../../src/graph/merge.ts";
import { kg as run, tempWorkspace } from "./_builder-cli.ts";

let dir = "";

const DOCS = [
  { id: "drones.txt", text: "Iran supplied drones to Russia in January 2024.", meta: { date: "2024-01-10" } },
  {
    id: "shells.txt",
    text: "Belarus supplied artillery shells to Iran last week.",
    meta: { date: "2024-06-12" },
  },
];

beforeAll(async () => {
  dir = await tempWorkspace(false);
  const graph = buildGraph(
    DOCS.map((d) => ({ doc: d.id, date: d.meta.date, extraction: extractDocument(d) })),
  );
  await mkdir(join(dir, "graph-data"));
  await writeGraphFile(
    join(dir, "graph-data", "graph.kg.json"),
    toGraphFile(graph, [], "2026-01-01T00:00:00Z"),
  );
});

const kg = (...args: string[]) => run(dir, ...args);

describe("kg path --as-of", () => {
  it("finds no path from Russia to Belarus as of March 2024, and one as of July", async () => {
    const before = await kg("path", "Russia", "Belarus", "--as-of", "2024-03-01");
    expect(before.code).toBe(1);
    expect(before.out).toContain("no path from Russia to Belarus");
    const after = await kg("path", "Russia", "Belarus", "--as-of", "2024-07");
    expect(after.code).toBe(0);
    expect(after.out).toContain("Russia ←supplies— Iran ←supplies— Belarus");
  });

  it("takes an event window with --from and --to", async () => {
    expect((await kg("path", "Russia", "Iran", "--from", "2024-02")).code).toBe(1);
    expect((await kg("path", "Russia", "Iran", "--from", "2024", "--to", "2024-01")).code).toBe(0);
  });

  it("rejects a date that is not one as bad usage", async () => {
    const r = await kg("path", "Russia", "Iran", "--as-of", "March");
    expect(r.code).toBe(2);
    expect(r.err).toContain("asOf");
  });
});

describe("kg neighbors and connect with a window", () => {
  it("neighbors shows only the edges inside the window", async () => {
    const r = await kg("neighbors", "Iran", "--json", "--to", "2024-03");
    const body = JSON.parse(r.out) as { edges: { key: string }[] };
    expect(body.edges.map((e) => e.key)).toContain("iran|supplies|russia");
    expect(body.edges.map((e) => e.key)).not.toContain("belarus|supplies|iran");
  });

  it("connect leaves Russia and Belarus apart before the second article", async () => {
    expect((await kg("connect", "Russia", "Belarus", "--as-of", "2024-03-01")).code).toBe(1);
    expect((await kg("connect", "Russia", "Belarus")).code).toBe(0);
  });
});

describe("kg export with a window", () => {
  it("writes only the evidence inside the window", async () => {
    const out = join(dir, "june.json");
    const r = await kg("export", "--format", "json", "--out", out, "--from", "2024-06");
    expect(r.code).toBe(0);
    const text = await readFile(out, "utf8");
    expect(text).toContain("belarus|supplies|iran");
    expect(text).not.toContain("iran|supplies|russia");
  });
});
