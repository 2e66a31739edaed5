// Correcting the graph through the API: every curation operation answers 201 with its record and
// the change, shows in the graph and on the event stream, can be undone, and is listed; unknown
// things are 404, no-ops 409, bad bodies 400, and every write needs the token when one is set.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type KgStore } from "../../src/graph/store.ts";
import { createFakeExtract } from "../unit/graph/_fake-extract.ts";
import { tempDir } from "../unit/graph/_tmp.ts";
import { startTestServer, type Loose, type TestServer } from "./_harness.ts";

const TOKEN = "s3cret-curation-token";
const auth = { authorization: `Bearer ${TOKEN}` };
const extract = createFakeExtract([
  ["Lee Jae-myung", "Person", []],
  ["Jae-myung Lee", "Person", []],
  ["Yoon Suk Yeol", "Person", []],
  ["Kim Jong Un", "Person", []],
  ["Zelenskyy", "Person", []],
  ["Zelensky", "Person", []],
  ["Russia", "Country", []],
  ["Ukraine", "Country", []],
  ["Iran", "Country", []],
]);

let server: TestServer;
let store: KgStore;
beforeEach(async () => {
  const dir = await tempDir("kg-curation-api-");
  await mkdir(join(dir, "sources"));
  await writeFile(
    join(dir, "sources", "a.txt"),
    "Lee Jae-myung met Yoon Suk Yeol. Russia supplies Ukraine. Zelenskyy met Kim Jong Un.\n",
  );
  await writeFile(
    join(dir, "sources", "b.txt"),
    "Jae-myung Lee met Kim Jong Un. Iran supplies Russia. Iran supplies Russia again. Zelensky met Yoon Suk Yeol.\n",
  );
  store = await openStore({ dataDir: dir, extract, layout: { maxIterations: 20 } });
  await store.build();
  server = await startTestServer({ dataDir: dir, store, settings: { apiToken: TOKEN } });
});
afterEach(async () => {
  await server.close();
  await store.close();
});

const post = (path: string, body?: unknown, headers: Record<string, string> = auth) =>
  server.send("POST", path, body, headers);

describe("POST /api/curation", () => {
  it("merges two entities: 201 with the record and the change, and the graph shows one node", async () => {
    const res = await post("/api/curation", {
      kind: "merge",
      keep: "lee-jae-myung",
      absorb: "jae-myung-lee",
    });
    expect(res.status).toBe(201);
    expect(res.body.record).toMatchObject({ kind: "merge", target: "lee-jae-myung", undone: false });
    expect(res.body.change.entitiesRemoved).toEqual(["jae-myung-lee"]);
    const entity = (await server.get("/api/entities/lee-jae-myung")).body;
    expect(entity.entity.aliases).toEqual(["Jae-myung Lee"]);
    expect(entity.relations.meets.map((r: Loose) => r.other.id).sort()).toEqual([
      "kim-jong-un",
      "yoon-suk-yeol",
    ]);
    expect((await server.get("/api/entities/jae-myung-lee")).status).toBe(404);
    const found = (await server.get("/api/entities?q=Jae-myung%20Lee")).body.results;
    expect(found.map((r: Loose) => r.id)).toEqual(["lee-jae-myung"]);
    const path = await server.get("/api/paths?from=Jae-myung%20Lee&to=Yoon%20Suk%20Yeol");
    expect(path.body.paths[0].nodes).toEqual(["lee-jae-myung", "yoon-suk-yeol"]);
  });

  it.each([
    [
      "splits an alias off",
      { kind: "split", entity: "lee-jae-myung", alias: "Jae-myung Lee" },
      "jae-myung-lee",
      true,
    ],
    ["renames", { kind: "rename", entity: "iran", name: "Islamic Republic of Iran" }, "iran", true],
    ["retypes", { kind: "retype", entity: "iran", type: "Organization" }, "iran", true],
  ])("%s an entity", async (_label, body: Loose, node, present) => {
    if (body.kind === "split")
      await post("/api/curation", { kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" });
    const res = await post("/api/curation", body);
    expect(res.status).toBe(201);
    expect((await server.get(`/api/entities/${node}`)).status).toBe(present ? 200 : 404);
    const entity = (await server.get(`/api/entities/${node}`)).body.entity;
    if (body.kind === "rename") expect(entity).toMatchObject({ name: body.name, aliases: ["Iran"] });
    if (body.kind === "retype") expect(entity.type).toBe("Organization");
    if (body.kind === "split") expect(res.body.change.entitiesAdded).toEqual(["jae-myung-lee"]);
  });

  it("rejects an edge and one piece of evidence, identified as the API's evidence objects are", async () => {
    const edge = await post("/api/curation", { kind: "reject-edge", edge: "russia|supplies|ukraine" });
    expect(edge.status).toBe(201);
    expect(edge.body.change.relationsRemoved).toEqual(["russia|supplies|ukraine"]);
    const relation = (await server.get(`/api/relations/${encodeURIComponent("iran|supplies|russia")}`)).body
      .relation;
    const [first, second] = relation.evidence;
    const one = await post("/api/curation", {
      kind: "reject-evidence",
      edge: relation.key,
      doc: first.doc,
      start: first.start,
      end: first.end,
    });
    expect(one.status).toBe(201);
    const left = (await server.get(`/api/relations/${encodeURIComponent(relation.key)}`)).body.relation;
    expect(left.evidence.map((e: Loose) => e.start)).toEqual([second.start]);
  });

  it.each([
    ["an unknown entity", { kind: "merge", keep: "iran", absorb: "atlantis" }, 404, "UNKNOWN_ENTITY"],
    ["an unknown edge", { kind: "reject-edge", edge: "iran|meets|russia" }, 404, "UNKNOWN_RELATION"],
    [
      "unknown evidence",
      { kind: "reject-evidence", edge: "iran|supplies|russia", doc: "b.txt", start: 0, end: 1 },
      404,
      "UNKNOWN_EVIDENCE",
    ],
    ["an unknown alias", { kind: "split", entity: "iran", alias: "Persia" }, 404, "UNKNOWN_ALIAS"],
    ["a merge with itself", { kind: "merge", keep: "iran", absorb: "iran" }, 409, "CURATION_CONFLICT"],
    [
      "a retype to the same type",
      { kind: "retype", entity: "iran", type: "Country" },
      409,
      "CURATION_CONFLICT",
    ],
    ["an unknown kind", { kind: "delete", entity: "iran" }, 400, "INVALID_INPUT"],
    ["an unknown type", { kind: "retype", entity: "iran", type: "Planet" }, 400, "INVALID_INPUT"],
    ["an extra field", { kind: "rename", entity: "iran", name: "X", force: true }, 400, "INVALID_INPUT"],
    ["an empty name", { kind: "rename", entity: "iran", name: "  " }, 400, "INVALID_INPUT"],
    ["a name too long", { kind: "rename", entity: "iran", name: "x".repeat(201) }, 400, "INVALID_INPUT"],
    [
      "a negative offset",
      { kind: "reject-evidence", edge: "a|b|c|", doc: "d", start: -1, end: 2 },
      400,
      "INVALID_INPUT",
    ],
  ])("answers %s with %i %s as problem+json", async (_label, body, status, code) => {
    const res = await post("/api/curation", body);
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("is announced on the event stream like any other change", async () => {
    const controller = new AbortController();
    const reader = (await fetch(`${server.url}/api/events`, { signal: controller.signal })).body!.getReader();
    try {
      let text = "";
      const reading = (async () => {
        while (!text.includes("event: change")) text += new TextDecoder().decode((await reader.read()).value);
      })();
      await post("/api/curation", { kind: "rename", entity: "iran", name: "Persia" });
      await reading;
      expect(text).toContain(`id: ${server.store.revision}\nevent: change`);
      expect(text).toContain('"entitiesUpdated":["iran"]');
    } finally {
      controller.abort();
    }
  });
});

describe("undo", () => {
  it("undoes one record by id, or the newest in force, and lists records newest first with what was undone", async () => {
    const graphBefore = (await server.get("/api/graph")).body;
    const merge = (
      await post("/api/curation", { kind: "merge", keep: "lee-jae-myung", absorb: "jae-myung-lee" })
    ).body;
    const rename = (await post("/api/curation", { kind: "rename", entity: "iran", name: "Persia" })).body;
    const undone = await post(`/api/curation/${merge.record.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.record).toMatchObject({ id: merge.record.id, undone: true });
    expect(undone.body.change.entitiesAdded).toEqual(["jae-myung-lee"]);
    expect((await post("/api/curation/undo")).body.record.id).toBe(rename.record.id);
    expect((await server.get("/api/graph")).body).toEqual({
      ...graphBefore,
      revision: server.store.revision,
    });
    const list = (await server.get("/api/curation?limit=10")).body.records;
    expect(list.map((r: Loose) => [r.id, r.kind, r.undone])).toEqual([
      [rename.record.id, "rename", true],
      [merge.record.id, "merge", true],
    ]);
    expect((await server.get("/api/curation?limit=1")).body.records).toHaveLength(1);
  });

  it("answers 404 when nothing is left to undo or the record is unknown, 409 when it is already undone", async () => {
    expect((await post("/api/curation/undo")).body.code).toBe("UNKNOWN_CURATION");
    expect((await post("/api/curation/99/undo")).status).toBe(404);
    const r = (await post("/api/curation", { kind: "rename", entity: "iran", name: "Persia" })).body.record;
    await post(`/api/curation/${r.id}/undo`);
    expect((await post(`/api/curation/${r.id}/undo`)).status).toBe(409);
    expect((await post("/api/curation/abc/undo")).status).toBe(400);
    expect((await server.get("/api/curation?limit=100000")).status).toBe(400);
  });
});

describe("the token", () => {
  it.each([
    ["POST /api/curation", "/api/curation", { kind: "rename", entity: "iran", name: "Persia" }],
    ["POST /api/curation/undo", "/api/curation/undo", undefined],
    ["POST /api/curation/1/undo", "/api/curation/1/undo", undefined],
    [
      "POST /api/curation/suggestions/dismiss",
      "/api/curation/suggestions/dismiss",
      { a: "zelensky", b: "zelenskyy" },
    ],
  ])("guards %s (401 without it), while reads need none", async (_label, path, body) => {
    const res = await post(path, body, {});
    expect([res.status, res.body.code]).toEqual([401, "UNAUTHORIZED"]);
    expect(server.store.curationRecords?.(10)).toEqual([]);
    expect((await server.get("/api/curation")).status).toBe(200);
    expect((await server.get("/api/curation/suggestions")).status).toBe(200);
  });
});

describe("suggestions", () => {
  it("suggests close names of one type, and a dismissed pair disappears until the dismissal is undone", async () => {
    const found = (await server.get("/api/curation/suggestions?limit=10")).body.suggestions;
    expect(found.map((s: Loose) => [s.a, s.b, s.reason])).toEqual([
      ["jae-myung-lee", "lee-jae-myung", "word-order"],
      ["zelensky", "zelenskyy", "one-edit"],
    ]);
    expect(found[0]).toMatchObject({ aName: "Jae-myung Lee", bName: "Lee Jae-myung", type: "Person" });
    const dismissed = await post("/api/curation/suggestions/dismiss", { a: "zelenskyy", b: "zelensky" });
    expect(dismissed.status).toBe(201);
    expect(dismissed.body.record).toMatchObject({ kind: "dismiss", target: "zelensky+zelenskyy" });
    const after = (await server.get("/api/curation/suggestions")).body.suggestions;
    expect(after.map((s: Loose) => s.a)).toEqual(["jae-myung-lee"]);
    expect((await post("/api/curation/suggestions/dismiss", { a: "zelensky", b: "zelenskyy" })).status).toBe(
      409,
    );
    await post(`/api/curation/${dismissed.body.record.id}/undo`);
    expect((await server.get("/api/curation/suggestions")).body.suggestions).toHaveLength(2);
    expect((await server.get("/api/curation/suggestions?limit=1")).body.suggestions).toHaveLength(1);
  });
});
