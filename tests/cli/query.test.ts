/**
 * The query commands in-process (search, neighbors, path, connect) on a graph file written to a
 * temporary graph-data folder: readable output, --json, errors and exit codes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGraphFile, writeGraphFile } from "../../src/graph/graph-file.ts";
import { runCli } from "../../src/cli/main.ts";
import { koreaGraph, sentenceOf } from "../unit/query/_graphs.ts";

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-query-cli-"));
  await writeGraphFile(join(dir, "graph.kg.json"), toGraphFile(koreaGraph(), [], "2026-01-01T00:00:00Z"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs kg with the arguments against the temporary graph-data; resolves to code, stdout and stderr. */
async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    cwd: dir,
    env: { KG_DATA: dir },
  });
  return { code, out, err };
}

describe("kg search", () => {
  it("lists the best match first", async () => {
    const r = await kg("search", "kim", "jong-un");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toContain("Kim Jong Un (Person) [kim-jong-un]");
  });

  it("filters by type and prints JSON", async () => {
    const r = await kg("search", "Korea", "--type", "Country", "--limit", "1", "--json");
    const body = JSON.parse(r.out) as { hits: { type: string }[] };
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0]!.type).toBe("Country");
  });

  it("rejects a limit that is not a number as bad usage", async () => {
    expect((await kg("search", "Kim", "--limit", "ten")).code).toBe(2);
  });
});

describe("kg path", () => {
  it("prints each path's reading and each hop's evidence sentence", async () => {
    const r = await kg("path", "Sergei Shoigu", "NIS");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sergei Shoigu —meets→ Kim Jong Un ←assesses— National Intelligence Service");
    expect(r.out).toContain(sentenceOf("kim-jong-un", "meets", "sergei-shoigu"));
    expect(r.out).toContain(sentenceOf("national-intelligence-service", "assesses", "kim-jong-un"));
    expect(r.out).toContain("doc-1.txt, 2024-11-01");
  });

  it("follows --via, --avoid, --k, --directed and --weighted", async () => {
    const via = await kg("path", "Kim Jong Un", "Russia", "--via", "meets,affiliated_with", "--json");
    expect((JSON.parse(via.out) as { paths: { reading: string }[] }).paths.map((p) => p.reading)).toEqual([
      "Kim Jong Un —meets→ Sergei Shoigu —affiliated_with→ Russia",
    ]);
    const avoid = await kg("path", "Kim Jong Un", "Russia", "--avoid", "meets", "--json");
    expect((JSON.parse(avoid.out) as { paths: { nodes: string[] }[] }).paths[0]!.nodes).toEqual([
      "kim-jong-un",
      "north-korea",
      "russia",
    ]);
    const k = await kg("path", "Kim Jong Un", "Russia", "--k", "3", "--json");
    expect((JSON.parse(k.out) as { paths: unknown[] }).paths.length).toBeGreaterThan(2);
    const directed = await kg("path", "Russia", "Kim Jong Un", "--directed", "--avoid", "meets", "--json");
    expect((JSON.parse(directed.out) as { paths: unknown[] }).paths).toEqual([]);
    const weighted = await kg("path", "Kim Jong Un", "Russia", "--weighted");
    expect(weighted.out).toContain("cost");
  });

  it("says so when there is no path, and exits 1 like kg connect", async () => {
    const r = await kg("path", "Kim Jong Un", "José Hernández");
    expect(r.code).toBe(1);
    expect(r.out).toContain("no path");
    const json = await kg("path", "Kim Jong Un", "José Hernández", "--json");
    expect(json.code).toBe(1);
    expect((JSON.parse(json.out) as { paths: unknown[] }).paths).toEqual([]);
  });

  it("fails on an ambiguous actor, listing the candidates", async () => {
    const r = await kg("path", "Kim", "Russia");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("Kim Yo Jong");
    expect(r.err).toContain("Kim Jong Un");
  });

  it.each([
    ["a name no actor has", "Angela Merkel", []],
    ["a typo of a name", "Sergei Shoigo", ["Sergei Shoigu"]],
    ["the start of two names", "Kim Jong", ["Kim Jong Un", "Kim Jong Il"]],
  ])("refuses to guess from %s, exiting 1 with the candidates", async (_label, from, candidates) => {
    const r = await kg("path", from, "Russia");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(`no entity is named '${from}'`);
    for (const name of candidates) expect(r.err).toContain(name);
  });

  it("answers to a name written with other case, accents and punctuation", async () => {
    const r = await kg("path", "KIM JONG-UN", "jose hernandez");
    expect(r.code).toBe(1);
    expect(r.out).toContain("no path from Kim Jong Un to José Hernández");
  });

  it("rejects --k above 20 as bad usage", async () => {
    expect((await kg("path", "Kim Jong Un", "Russia", "--k", "21")).code).toBe(2);
  });
});

describe("kg neighbors and kg connect", () => {
  it("lists neighbours with their relations", async () => {
    const r = await kg(
      "neighbors",
      "Shoigu",
      "--depth",
      "2",
      "--relations",
      "meets,affiliated_with",
      "--min-evidence",
      "1",
    );
    expect(r.out).toContain("Kim Jong Un (Person)");
    expect(r.out).toContain("Sergei Shoigu —affiliated_with→ Russia");
    const json = JSON.parse((await kg("neighbors", "Shoigu", "--types", "Country", "--json")).out) as {
      nodes: { id: string }[];
    };
    expect(json.nodes.map((n) => n.id)).toEqual(["sergei-shoigu", "russia"]);
  });

  it("joins three actors and reports one it cannot reach with exit code 1", async () => {
    const ok = await kg("connect", "Shoigu", "NIS", "KN-23");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("KN-23");
    const part = await kg("connect", "Shoigu", "NIS", "José Hernández", "--json");
    expect(part.code).toBe(1);
    expect((JSON.parse(part.out) as { unreachable: unknown[] }).unreachable).toHaveLength(1);
  });
});

describe("without a built graph", () => {
  it("fails with GRAPH_NOT_BUILT and says to run kg build", async () => {
    const empty = await mkdtemp(join(tmpdir(), "kg-query-empty-"));
    let err = "";
    const code = await runCli(["path", "a", "b", "--data", empty], {
      out: { write: () => true },
      err: { write: (s: string) => (err += s) },
      cwd: empty,
      env: {},
    });
    expect(code).toBe(1);
    expect(err).toContain("kg build");
    await rm(empty, { recursive: true, force: true });
  });
});
