/**
 * kg commands killed with SIGKILL as they write their change (kg build of a corpus, kg build FILE
 * adding one article, kg import, and a kg build that removes deleted sources): the store opens
 * cleanly afterwards, holds every document an earlier command reported as stored, and the next
 * kg build completes it. A corrupt or foreign store file is refused with its name and the way to
 * rebuild it from the sources.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, mkdtemp, open, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_NODE_FLAG } from "../../src/cli/build-relaunch.mjs";
import { openStore } from "../../src/graph/store.ts";
import { generateArticles } from "../server/_articles.ts";
import { kg } from "./_builder-cli.ts";

const BIN = join(import.meta.dirname, "..", "..", "bin", "kg.js");
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-cli-crash-"));
  made.push(dir);
  await mkdir(join(dir, "sources"), { recursive: true });
  return dir;
}

/** How a command ended: its exit code or signal, and its output. */
interface Ended {
  ended: number | string;
  out: string;
  err: string;
}

/**
 * Runs bin/kg.js and kills it with SIGKILL as soon as its store's write-ahead log grows, that is
 * as its change starts reaching the DB file (a command that ends first ends normally). A build is
 * started as `node --single-threaded-gc bin/kg.js build`, the process `kg build` runs itself again
 * as (src/cli/build-relaunch.mjs): with the flag given it builds in the process started, so the
 * SIGKILL reaches the process that writes as it writes (build-relaunch.test.ts kills the process
 * that relaunches).
 */
function runKilledOnWrite(dataDir: string, args: string[]): Promise<Ended> {
  const wal = join(dataDir, "kg.db-wal");
  const size = () => (existsSync(wal) ? statSync(wal).size : 0);
  const before = size();
  const node = args[0] === "build" ? [BUILD_NODE_FLAG] : [];
  const child = spawn(process.execPath, [...node, BIN, ...args, "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const poll = setInterval(() => {
    if (size() > before) child.kill("SIGKILL");
  }, 1);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      clearInterval(poll);
      resolve({ ended: code ?? signal ?? "unknown", out, err });
    }),
  );
}

/** Writes generated articles as source files; returns their ids (file names). */
async function writeSources(dataDir: string, from: number, count: number): Promise<string[]> {
  const articles = generateArticles(from + count, 11).slice(from);
  const ids: string[] = [];
  for (const [i, a] of articles.entries()) {
    const id = `article-${String(from + i).padStart(3, "0")}.txt`;
    await writeFile(join(dataDir, "sources", id), `${a.title}\n\n${a.text}\n`);
    ids.push(id);
  }
  return ids;
}

/** The ids of the documents a store holds, read after opening it anew. */
async function storedIds(dataDir: string): Promise<string[]> {
  const store = await openStore({ dataDir });
  try {
    return [...store.sources.keys()];
  } finally {
    await store.close();
  }
}

/** The documents a finished `kg build --json` reported as built. */
function built(run: Ended): string[] {
  return run.ended === 0 ? (JSON.parse(run.out) as { built: string[] }).built : [];
}

describe("kill -9 during CLI writes", () => {
  it("loses no document a build, an add, an import or a removal reported as stored", async () => {
    const dataDir = await tempData();
    const acknowledged = new Set<string>();
    const first = await writeSources(dataDir, 0, 6);
    const initial = await kg(dataDir, "build", "--data", dataDir, "--json");
    expect(initial.code).toBe(0);
    for (const id of JSON.parse(initial.out).built as string[]) acknowledged.add(id);
    expect([...acknowledged].sort()).toEqual(first);

    // A build of a larger corpus, killed as it commits.
    const corpus = await writeSources(dataDir, 6, 24);
    const build = await runKilledOnWrite(dataDir, ["build", "--json"]);
    expect(build.ended).toBe("SIGKILL");
    for (const id of built(build)) acknowledged.add(id);
    expect(await storedIds(dataDir)).toEqual(expect.arrayContaining([...acknowledged]));

    // One article added with kg build FILE, killed as it commits.
    const [added] = await writeSources(dataDir, 30, 1);
    const add = await runKilledOnWrite(dataDir, ["build", join(dataDir, "sources", added!), "--json"]);
    for (const id of built(add)) acknowledged.add(id);
    expect(await storedIds(dataDir)).toEqual(expect.arrayContaining([...acknowledged]));

    // An imported graph, killed as it commits.
    const csv = join(dataDir, "extra.csv");
    await writeFile(csv, "source,target,relation\r\nZorbania,Ruritania,supplies\r\n");
    const imported = await runKilledOnWrite(dataDir, ["import", csv, "--json"]);
    if (imported.ended === 0) acknowledged.add("extra.csv");
    expect(await storedIds(dataDir)).toEqual(expect.arrayContaining([...acknowledged]));

    // Two sources deleted and a build that removes them, killed as it commits.
    const gone = first.slice(0, 2);
    for (const id of gone) {
      await unlink(join(dataDir, "sources", id));
      acknowledged.delete(id);
    }
    await runKilledOnWrite(dataDir, ["build", "--json"]);
    expect(await storedIds(dataDir)).toEqual(expect.arrayContaining([...acknowledged]));

    // The store still works: the next build completes what was cut short.
    const after = await kg(dataDir, "build", "--data", dataDir, "--json");
    expect(after.code).toBe(0);
    const ids = await storedIds(dataDir);
    expect(ids).toEqual(expect.arrayContaining([...acknowledged, ...first.slice(2), ...corpus, added]));
    expect(ids.filter((id) => gone.includes(id))).toEqual([]);
  }, 300_000);
});

describe("a store file kg cannot use", () => {
  const cases: [string, (file: string) => Promise<void>, RegExp][] = [
    [
      "a file that is not SQLite",
      (file) => writeFile(file, "not a database, just text\n".repeat(100)),
      /not a readable SQLite/,
    ],
    [
      "another program's SQLite database",
      async (file) => {
        const db = new Database(file);
        db.exec("CREATE TABLE songs (title TEXT)");
        db.close();
      },
      /not a kg store/,
    ],
  ];
  for (const [label, make, why] of cases)
    it(`names ${label} and says how to rebuild it from the sources`, async () => {
      const dataDir = await tempData();
      const file = join(dataDir, "kg.db");
      await make(file);
      const { code, err } = await kg(dataDir, "stats", "--data", dataDir);
      expect(code).toBe(1);
      expect(err).toContain(file);
      expect(err).toMatch(why);
      expect(err).toContain("run 'kg build' to rebuild the store from the sources");
    });

  it("names a damaged store and says how to rebuild it", async () => {
    const dataDir = await tempData();
    await writeSources(dataDir, 0, 3);
    expect((await kg(dataDir, "build", "--data", dataDir)).code).toBe(0);
    const file = join(dataDir, "kg.db");
    // Overwrite every page after the first (the schema stays readable, the tables do not).
    const size = statSync(file).size;
    const handle = await open(file, "r+");
    await handle.write(Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    await handle.close();
    const { code, err } = await kg(dataDir, "stats", "--data", dataDir);
    expect(code).toBe(1);
    expect(err).toContain(file);
    expect(err).toContain("run 'kg build' to rebuild the store from the sources");
  });
});
