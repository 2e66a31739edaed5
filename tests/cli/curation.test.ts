// Correcting the graph from the CLI: kg merge, split, rename, retype, reject, undo and curation
// list/suggestions/dismiss write records through the store, actors are named as the query
// commands name them and never guessed, exports carry the curated names, and a running server
// sees a CLI curation within a second.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { openStore, type StoreOptions } from "../../src/graph/store.ts";
import { createFakeExtract } from "../unit/graph/_fake-extract.ts";
import { tempDir } from "../unit/graph/_tmp.ts";
import { startTestServer } from "../server/_harness.ts";
import { kg } from "./_builder-cli.ts";

const extract = createFakeExtract([
  ["Lee Jae-myung", "Person", []],
  ["Jae-myung Lee", "Person", []],
  ["Yoon Suk Yeol", "Person", []],
  ["Kim Jong Un", "Person", []],
  ["Russia", "Country", []],
  ["Ukraine", "Country", []],
  ["Iran", "Country", []],
]);

let dir: string;
let data: string;
const options = (): StoreOptions => ({ dataDir: data, extract, layout: { maxIterations: 20 } });

beforeEach(async () => {
  dir = await tempDir("kg-curation-cli-");
  data = join(dir, "graph-data");
  await mkdir(join(data, "sources"), { recursive: true });
  await writeFile(
    join(data, "sources", "a.txt"),
    "Lee Jae-myung met Yoon Suk Yeol. Russia supplies Ukraine.\n",
  );
  await writeFile(
    join(data, "sources", "b.txt"),
    "Jae-myung Lee met Kim Jong Un. Iran supplies Russia. Iran supplies Russia again.\n",
  );
  const store = await openStore(options());
  await store.build();
  // Two entities named Georgia, a country and a person: a name the CLI must not guess between.
  await store.importExtraction("georgia.json", {
    entities: [
      { id: "georgia", name: "Georgia", type: "Country", aliases: [], mentions: 1 },
      { id: "georgia-person", name: "Georgia", type: "Person", aliases: [], mentions: 1 },
    ],
    relations: [],
    hedged: [],
  });
  await store.close();
});

/** The store's graph as it is now. */
/** An edge's evidence, as the store keeps it. */
async function evidenceOf(edge: string) {
  const store = await openStore(options());
  const evidence = store.evidence.evidenceOf(edge);
  await store.close();
  return evidence;
}

async function graph() {
  const store = await openStore(options());
  await store.close();
  return store.graph;
}

describe("the curation commands", () => {
  it("kg merge A B: A keeps its name, B is absorbed, by names as users type them", async () => {
    const r = await kg(dir, "merge", "lee jae-myung", "Jae-myung Lee");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^recorded #1 .* merge 'Jae-myung Lee' into 'Lee Jae-myung'\n1 entity removed/);
    const g = await graph();
    expect(g.hasNode("jae-myung-lee")).toBe(false);
    expect(g.getNodeAttribute("lee-jae-myung", "aliases")).toEqual(["Jae-myung Lee"]);
  });

  it("kg split ENTITY ALIAS gives the alias back its own entity", async () => {
    await kg(dir, "merge", "Lee Jae-myung", "Jae-myung Lee");
    const r = await kg(dir, "split", "Lee Jae-myung", "Jae-myung Lee");
    expect(r.code).toBe(0);
    expect((await graph()).hasNode("jae-myung-lee")).toBe(true);
  });

  it("kg rename and kg retype change a node's name and type, and --json prints the record and change", async () => {
    expect((await kg(dir, "rename", "Iran", "Islamic Republic of Iran")).code).toBe(0);
    const r = await kg(dir, "retype", "Islamic Republic of Iran", "organization", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      record: { kind: "retype" },
      change: { entitiesUpdated: ["iran"] },
    });
    expect((await graph()).getNodeAttributes("iran")).toMatchObject({
      name: "Islamic Republic of Iran",
      type: "Organization",
    });
    expect((await kg(dir, "retype", "Iran", "Planet")).code).toBe(2);
  });

  it("kg reject takes an edge out by key or by actors and relation, and one piece of evidence by document and offsets", async () => {
    expect((await kg(dir, "reject", "edge", "russia|supplies|ukraine")).code).toBe(0);
    expect((await graph()).hasEdge("russia|supplies|ukraine")).toBe(false);
    const [first] = await evidenceOf("iran|supplies|russia");
    const one = await kg(
      dir,
      "reject",
      "Iran",
      "supplies",
      "Russia",
      "--doc",
      first!.doc,
      "--start",
      String(first!.start),
      "--end",
      String(first!.end),
    );
    expect(one.code).toBe(0);
    expect((await graph()).getEdgeAttribute("iran|supplies|russia", "weight")).toBe(1);
    expect((await kg(dir, "reject", "evidence", "iran|supplies|russia")).code).toBe(2);
    expect((await kg(dir, "reject", "Iran", "meets", "Russia")).code).toBe(1);
  });

  it("kg undo undoes the newest record, or the one named, and kg curation list shows what was undone", async () => {
    await kg(dir, "rename", "Iran", "Persia");
    await kg(dir, "reject", "Russia", "supplies", "Ukraine");
    expect((await kg(dir, "undo")).out).toMatch(
      /^undid #2 .* reject-edge russia\|supplies\|ukraine\s+\(undone\)\n1 relation added/,
    );
    expect((await kg(dir, "undo", "1")).code).toBe(0);
    expect((await graph()).getNodeAttribute("iran", "name")).toBe("Iran");
    const list = await kg(dir, "curation", "list");
    expect(
      list.out
        .trim()
        .split("\n")
        .map((l) => l.replace(/ {2}\S+ \S+ {2}/, " ")),
    ).toEqual(["#2 reject-edge russia|supplies|ukraine  (undone)", "#1 rename 'Iran' to 'Persia'  (undone)"]);
    expect(JSON.parse((await kg(dir, "curation", "list", "--json")).out).records).toHaveLength(2);
    expect((await kg(dir, "undo")).code).toBe(1);
  });

  it("kg curation suggestions lists close names, and kg curation dismiss stops suggesting a pair", async () => {
    const before = await kg(dir, "curation", "suggestions");
    expect(before.out).toBe(
      "Jae-myung Lee (jae-myung-lee)  ~  Lee Jae-myung (lee-jae-myung)  Person, word-order\n",
    );
    expect((await kg(dir, "curation", "dismiss", "Jae-myung Lee", "Lee Jae-myung")).code).toBe(0);
    expect((await kg(dir, "curation", "suggestions")).out).toBe("no suggestions\n");
  });
});

describe("naming actors", () => {
  it.each([
    [
      "a name no entity has",
      ["merge", "Lee Jae-myung", "Jae Lee"],
      /no entity is named 'Jae Lee'; did you mean/,
    ],
    [
      "a name two entities share",
      ["rename", "Georgia", "Sakartvelo"],
      /'Georgia' could be Georgia \(.*\); Georgia \(/,
    ],
  ])("refuses %s with exit 1 and the candidates, changing nothing", async (_label, args, message) => {
    const r = await kg(dir, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect((await kg(dir, "curation", "list")).out).toBe("no curation records\n");
  });

  it("says when a command would change nothing (exit 1)", async () => {
    const r = await kg(dir, "merge", "Iran", "iran");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot be merged with itself/);
  });
});

describe("beyond the store", () => {
  it("an export carries the curated name", async () => {
    await kg(dir, "rename", "Iran", "Persia");
    const r = await kg(dir, "export", "--format", "gexf");
    expect(r.code).toBe(0);
    expect(r.out).toContain('label="Persia"');
    expect(r.out).not.toContain('label="Iran"');
  });

  it("a running server sees a CLI curation within a second", async () => {
    const server = await startTestServer({ dataDir: data });
    try {
      expect((await kg(dir, "rename", "Iran", "Persia")).code).toBe(0);
      await expect
        .poll(async () => (await server.get("/api/entities/iran")).body.entity.name, {
          timeout: 1000,
          interval: 50,
        })
        .toBe("Persia");
      expect((await server.get("/api/curation")).body.records[0]).toMatchObject({
        kind: "rename",
        undone: false,
      });
    } finally {
      await server.close();
    }
  });
});
