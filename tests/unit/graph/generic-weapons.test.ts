// Generic weapon words: "drones" supplied by two unrelated countries in two documents must not
// become one node that invents a path between the suppliers (see src/extract/weapon-families.ts).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/graph/store.ts";
import { createQueryEngine } from "../../../src/query/engine.ts";
import { tempDir } from "./_tmp.ts";

async function twoSuppliers(): Promise<string> {
  const dir = await tempDir("kg-generic-");
  await mkdir(join(dir, "sources"));
  await writeFile(join(dir, "sources", "a.txt"), "Turkey sold drones to Ukraine in March.\n");
  await writeFile(
    join(dir, "sources", "b.txt"),
    "Iran supplied drones and missiles to Russia, officials said.\n",
  );
  return dir;
}

describe("generic weapon words", () => {
  it("are left out of a graph built from two documents, so no path runs through them", async () => {
    const dir = await twoSuppliers();
    const store = await openStore({ dataDir: dir, cwd: dir, layout: { timeBudgetMs: 50 } });
    await store.build();
    expect(store.graph.hasEdge("turkey|supplies|ukraine")).toBe(true);
    expect(store.graph.hasEdge("iran|supplies|russia")).toBe(true);
    expect(store.graph.hasNode("drone")).toBe(false);
    expect(createQueryEngine(store.graph).paths("Turkey", "Iran").paths).toEqual([]);
  });

  it("are kept, as one shared node, only when the extraction is asked to keep them", async () => {
    const dir = await twoSuppliers();
    const store = await openStore({
      dataDir: dir,
      cwd: dir,
      layout: { timeBudgetMs: 50 },
      extractOptions: { genericWeapons: true },
    });
    await store.build();
    expect(store.graph.hasEdge("turkey|supplies|drone")).toBe(true);
    expect(store.graph.hasEdge("iran|supplies|drone")).toBe(true);
  });
});
