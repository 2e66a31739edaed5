// A full disk: a write that cannot be saved answers 507 STORAGE_FULL, and the graph in memory,
// the store (kg.db) and the sources folder stay exactly as they were; once there is room, writes work.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/graph/atomic-write.ts";
import { openStore } from "../../src/graph/store.ts";
import { fakeExtract } from "../unit/graph/_fake-extract.ts";
import { startTestServer, type TestServer } from "./_harness.ts";

let dataDir: string;
let server: TestServer;
/** When set, every write fails the way a full disk (or quota) fails it. */
let fullWith: "ENOSPC" | "EDQUOT" | null = null;

/** SQLite's own disk-full error, raised inside the store's transaction while `fullWith` is set. */
function dbFull(): void {
  if (fullWith) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
}

/** What a second process opening the store finds in it. */
async function stored() {
  const other = await openStore({ dataDir, extract: fakeExtract });
  try {
    return { revision: other.revision, documents: [...other.sources.keys()], edges: other.graph.edges() };
  } finally {
    await other.close();
  }
}

/** The atomic writer, failing with the disk-full error while `fullWith` is set. */
async function diskWriter(path: string, data: string | Uint8Array): Promise<void> {
  if (fullWith)
    throw Object.assign(new Error(`${fullWith}: no space left on device, write`), { code: fullWith });
  await writeFileAtomic(path, data);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kg-full-"));
  await mkdir(join(dataDir, "sources"));
  await writeFile(join(dataDir, "sources", "a.txt"), "North Korea sent KN-23 to Russia.\n");
  const store = await openStore({
    dataDir,
    extract: fakeExtract,
    writeFile: diskWriter,
    beforeCommit: dbFull,
  });
  await store.build();
  server = await startTestServer({ dataDir, store });
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Everything a failed write must leave alone. */
async function snapshot() {
  const { graph } = server.store;
  return {
    revision: server.store.revision,
    documents: [...server.store.sources.keys()],
    nodes: graph.nodes(),
    edges: graph.edges(),
    stored: await stored(),
    sources: (await readdir(join(dataDir, "sources"))).sort(),
    folder: (await readdir(dataDir)).sort(),
  };
}

describe("a full disk", () => {
  it.each(["ENOSPC", "EDQUOT"] as const)(
    "answers an added article with 507 STORAGE_FULL (%s) and keeps the graph, its file and the sources as they were",
    async (code) => {
      const before = await snapshot();
      fullWith = code;
      try {
        const res = await server.send("POST", "/api/documents", {
          text: "Kim Jong Un met Sergei Shoigu. Iran supplies Russia.",
          title: "Meeting",
        });
        expect(res.status).toBe(507);
        expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
        expect(res.body.code).toBe("STORAGE_FULL");
      } finally {
        fullWith = null;
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it("answers a removal with 507 STORAGE_FULL and keeps the document", async () => {
    const before = await snapshot();
    fullWith = "ENOSPC";
    try {
      const res = await server.send("DELETE", "/api/documents/a.txt");
      expect(res.status).toBe(507);
      expect(res.body.code).toBe("STORAGE_FULL");
    } finally {
      fullWith = null;
    }
    expect(await snapshot()).toEqual(before);
  });

  it("takes writes again once there is room", async () => {
    const res = await server.send("POST", "/api/documents", { text: "Iran supplies Russia." });
    expect(res.status).toBe(201);
    expect(server.store.graph.hasEdge("iran|supplies|russia")).toBe(true);
  });
});
