// User lexicons: names users add in graph-data/lexicon/*.json reach the graph, and a changed
// lexicon re-extracts sources that did not change themselves.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../../src/graph/store.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";

const dirs: string[] = [];
async function dataDir(lexicon?: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-"));
  dirs.push(dir);
  await mkdir(join(dir, "sources"));
  await writeFile(
    join(dir, "sources", "a.txt"),
    "Zorbania delivered artillery shells to Ukraine, officials said.\n",
  );
  if (lexicon !== undefined) {
    await mkdir(join(dir, "lexicon"));
    await writeFile(join(dir, "lexicon", "extra.json"), JSON.stringify(lexicon));
  }
  return dir;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("user lexicons", () => {
  it("let a build find a country the built-in gazetteer does not know", async () => {
    const dir = await dataDir([{ name: "Zorbania", type: "Country", aliases: ["Zorbanian"] }]);
    const store = await openStore({ dataDir: dir, cwd: dir, layout: { timeBudgetMs: 50 } });
    await store.build();
    expect(store.graph.getNodeAttribute("zorbania", "type")).toBe("Country");
    expect(store.graph.hasEdge("zorbania|supplies|ukraine")).toBe(true);
  });

  it("re-extract an unchanged source when the lexicon changes", async () => {
    const dir = await dataDir([{ name: "Zorbania", type: "Country" }]);
    const first = await openStore({ dataDir: dir, cwd: dir, layout: { timeBudgetMs: 50 } });
    await first.build();
    expect((await first.build()).skipped).toEqual(["a.txt"]);
    await writeFile(
      join(dir, "lexicon", "extra.json"),
      JSON.stringify([{ name: "Zorbania", type: "Organization" }]),
    );
    const second = await openStore({ dataDir: dir, cwd: dir, layout: { timeBudgetMs: 50 } });
    const report = await second.build();
    expect(report.built).toEqual(["a.txt"]);
    expect(second.graph.getNodeAttribute("zorbania", "type")).toBe("Organization");
  });

  it("belong to their store: two stores open in one process keep their own lexicons", async () => {
    const asCountry = await dataDir([{ name: "Zorbania", type: "Country" }]);
    const asCompany = await dataDir([{ name: "Zorbania", type: "Organization" }]);
    const plain = await dataDir();
    const first = await openStore({ dataDir: asCountry, cwd: asCountry, layout: { timeBudgetMs: 50 } });
    const second = await openStore({ dataDir: asCompany, cwd: asCompany, layout: { timeBudgetMs: 50 } });
    const third = await openStore({ dataDir: plain, cwd: plain, layout: { timeBudgetMs: 50 } });
    await first.build();
    await second.build();
    await third.build();
    expect(first.graph.getNodeAttribute("zorbania", "type")).toBe("Country");
    expect(second.graph.getNodeAttribute("zorbania", "type")).toBe("Organization");
    expect(third.graph.hasNode("zorbania") && third.graph.getNodeAttribute("zorbania", "type")).not.toBe(
      "Organization",
    );
  });

  it("reject a malformed lexicon file with INVALID_INPUT", async () => {
    const dir = await dataDir([{ name: "Zorbania", type: "Planet" }]);
    await expect(readUserLexicon(join(dir, "lexicon"))).rejects.toSatisfy((e) =>
      isKgError(e, "INVALID_INPUT"),
    );
    await writeFile(join(dir, "lexicon", "extra.json"), "{not json");
    await expect(readUserLexicon(join(dir, "lexicon"))).rejects.toSatisfy((e) =>
      isKgError(e, "INVALID_INPUT"),
    );
  });

  it("are optional: a data folder without one builds with the built-in lexicon", async () => {
    const info = await readUserLexicon(join(await dataDir(), "lexicon"));
    expect(info).toMatchObject({ entries: 0, fingerprint: "" });
  });
});
