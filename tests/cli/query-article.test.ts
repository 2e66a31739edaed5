/**
 * The query commands on the graph of the first article (its fixture, built into a temporary
 * graph-data folder with `kg build`): how Kim Jong Un reaches the National Intelligence Service.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import type { PathResult } from "../../src/query/index.ts";
import { copyFirstArticle } from "../_fixtures.ts";

let dir = "";

/** Runs kg against the temporary graph-data; resolves to code and stdout. */
async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli([...args, "--data", dir], {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    cwd: dir,
    env: {},
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-query-article-"));
  copyFirstArticle(join(dir, "sources"));
  const built = await kg("build", "--layout-ms", "100");
  expect(built.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kg path on the first article", () => {
  it("finds how Kim Jong Un reaches the NIS, with the evidence sentence of every hop", async () => {
    const json = await kg("path", "Kim Jong Un", "National Intelligence Service", "--json");
    const r = JSON.parse(json.out) as PathResult;
    expect(r.paths.length).toBeGreaterThan(0);
    for (const p of r.paths) for (const h of p.hops) expect(h.evidence.length).toBeGreaterThan(0);

    const text = await kg("path", "Kim Jong Un", "National Intelligence Service");
    expect(text.code).toBe(0);
    expect(text.out).toContain(r.paths[0]!.reading);
    for (const h of r.paths[0]!.hops)
      expect(text.out).toContain(h.evidence[0]!.sentence.replace(/\s+/g, " ").trim());
  });

  it("with --via supplies, walks supplies only (here: no path)", async () => {
    const all = JSON.parse(
      (await kg("path", "Kim Jong Un", "National Intelligence Service", "--json")).out,
    ) as PathResult;
    const via = JSON.parse(
      (await kg("path", "Kim Jong Un", "National Intelligence Service", "--via", "supplies", "--json")).out,
    ) as PathResult;
    expect(all.paths.some((p) => p.hops.some((h) => h.relation !== "supplies"))).toBe(true);
    for (const p of via.paths) expect(p.hops.every((h) => h.relation === "supplies")).toBe(true);
    expect(via.paths.map((p) => p.reading)).not.toEqual(all.paths.map((p) => p.reading));
  });

  it("resolves the NIS by its acronym", async () => {
    const r = await kg("search", "NIS", "--json");
    expect((JSON.parse(r.out) as { hits: { id: string }[] }).hits[0]?.id).toBe(
      "national-intelligence-service",
    );
  });
});
