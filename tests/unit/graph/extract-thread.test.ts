// The extraction threads: a source file read, hashed and extracted in a thread gives what the
// main thread would (same text, hash and extraction), an unchanged file is not extracted again,
// a read failure keeps its code; a thread holding the next source file while it extracts one gives
// it to a new thread when it runs out of time, and a document posted alone is never held behind a
// slow one; the precompiled thread (npm run build:thread) gives the same extractions as the
// TypeScript sources and is used only while it matches them.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildThread } from "../../../scripts/build-thread.mjs";
import { createLexicon, extractDocument } from "../../../src/extract/index.ts";
import {
  createExtractPool,
  startExtractThreads,
  type ExtractPool,
  type StartedThreads,
} from "../../../src/graph/extract-pool.ts";
import { fromExtractionRows } from "../../../src/graph/extraction-rows.ts";
import { DEFAULT_SOURCE_SETTINGS, readSource, sha256 } from "../../../src/graph/sources.ts";
import { openStore } from "../../../src/graph/store.ts";
import { precompiledThread } from "../../../src/graph/thread-bundle.ts";
import { tempDir } from "./_tmp.ts";

const REPO = new URL("../../../", import.meta.url);
const ARTICLES = fileURLToPath(new URL("tests/fixtures/articles/", REPO));

/** Three committed articles, by path. */
async function articles(): Promise<string[]> {
  const names = (await readdir(ARTICLES)).filter((n) => n.endsWith(".txt")).sort();
  return names.slice(0, 3).map((n) => join(ARTICLES, n));
}

const fileJob = (path: string, known: { hash: string; meta: string } | null = null) => ({
  id: path.split("/").pop()!,
  path,
  settings: DEFAULT_SOURCE_SETTINGS,
  known,
  hashSuffix: "",
});

describe("a source file extracted in a thread", () => {
  it("comes back as the main thread would read and extract it, and is skipped when unchanged", async () => {
    const pool = createExtractPool({ workers: 1 });
    try {
      const [path] = await articles();
      const source = await readSource(path!, { id: path!.split("/").pop()! });
      const read = await pool.extractFile(fileJob(path!));
      expect(read.unchanged).toBe(false);
      if (read.unchanged) return;
      expect(read.text).toBe(source.doc.text);
      expect(read.hash).toBe(source.hash);
      expect(read.contentHash).toBe(sha256(source.doc.text));
      expect(fromExtractionRows(read.extraction)).toEqual(extractDocument(source.doc));
      const again = await pool.extractFile(
        fileJob(path!, { hash: read.hash, meta: JSON.stringify(read.meta) }),
      );
      expect(again.unchanged).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("fails with the reader's error code when the file cannot be read", async () => {
    const pool = createExtractPool({ workers: 1 });
    try {
      const missing = join(await tempDir(), "gone.txt");
      await expect(pool.extractFile(fileJob(missing))).rejects.toMatchObject({ code: "SOURCE_UNREADABLE" });
    } finally {
      await pool.close();
    }
  });
});

describe("a thread that holds the next document while it extracts one", () => {
  const SLOW_MODULE = new URL("tests/server/_slow-extract-module.ts", REPO).href;
  const doc = (id: string, text: string) => ({ id, text, meta: {} });
  /**
   * Both threads of a pool of two up and working: two documents that each wait (at most 30 s) for
   * the other one to start, which only two threads at once make happen; fails if either waited in vain.
   */
  const bothThreadsUp = async (pool: ExtractPool): Promise<void> => {
    const dir = await tempDir();
    const meet = (mine: string, other: string) =>
      pool.extract(doc(mine, `MEET ${join(dir, mine)} ${join(dir, other)} 30000\nIran supplies Russia.\n`));
    await Promise.all([meet("a", "b"), meet("b", "a")]);
    for (const mine of ["a", "b"]) expect(await readFile(join(dir, `${mine}.met`), "utf8")).toBe("yes");
  };

  it("hands it to a new thread when the running one runs out of time, so only the slow one fails", async () => {
    const pool = createExtractPool({ workers: 1, timeoutMs: 1_000, module: SLOW_MODULE });
    try {
      const dir = await tempDir();
      const [slowFile, nextFile, lastFile] = [
        join(dir, "slow.txt"),
        join(dir, "next.txt"),
        join(dir, "last.txt"),
      ];
      await writeFile(slowFile, `SLOW 60000 ${join(dir, "slow.marker")}\nNorth Korea supplies Russia.\n`);
      await writeFile(nextFile, "Iran supplies Russia.\n");
      await writeFile(lastFile, "Iran supplies Russia.\n");
      // Three at once: the thread holds the next one (it takes one more while more are queued than it holds).
      const slow = pool.extractFile(fileJob(slowFile));
      const next = pool.extractFile(fileJob(nextFile));
      const last = pool.extractFile(fileJob(lastFile));
      await expect(slow).rejects.toMatchObject({ code: "EXTRACTION_TIMEOUT" });
      for (const read of await Promise.all([next, last])) {
        expect(read.unchanged).toBe(false);
        if (!read.unchanged) expect(read.relationCount).toBeGreaterThan(0);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("leaves the last source files of a build queued for the first free thread, not held behind a slow one", async () => {
    const pool = createExtractPool({ workers: 2, timeoutMs: 60_000, module: SLOW_MODULE });
    try {
      const dir = await tempDir();
      const marker = join(dir, "slow");
      await bothThreadsUp(pool);
      const files = ["slow", "q1", "q2", "q3", "q4"].map((n) => join(dir, `${n}.txt`));
      await writeFile(files[0]!, `SLOW 20000 ${marker}\nNorth Korea supplies Russia.\n`);
      for (const file of files.slice(1)) await writeFile(file, "France supplies Ukraine.\n");
      // Closing the pool fails the slow one: nobody waits for it.
      void pool.extractFile(fileJob(files[0]!)).catch(() => null);
      // q2 is held behind the slow one (more were queued than it held), q3 by the other thread;
      // q4 stays queued for the first thread free, the other one, where it used to be held too.
      const quick = files.slice(1).map((f) => pool.extractFile(fileJob(f)));
      void quick[1]!.catch(() => null);
      await Promise.all([quick[0], quick[2], quick[3]]);
      expect(existsSync(`${marker}.done`)).toBe(false);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("holds no document posted alone behind a slow one: a free thread takes it", async () => {
    const pool = createExtractPool({ workers: 2, timeoutMs: 60_000, module: SLOW_MODULE });
    try {
      const marker = join(await tempDir(), "slow");
      // Both threads up, then one busy for 20 s and three documents posted: none may wait behind it.
      await bothThreadsUp(pool);
      // Closing the pool fails the slow one: nobody waits for it.
      void Promise.resolve(
        pool.extract(doc("slow", `SLOW 20000 ${marker}\nNorth Korea supplies Russia.\n`)),
      ).catch(() => null);
      const done: string[] = [];
      await Promise.all(
        ["c", "d", "e"].map(async (id) => {
          await pool.extract(doc(id, "France supplies Ukraine."));
          done.push(id);
        }),
      );
      expect(done).toEqual(["c", "d", "e"]);
      expect(existsSync(`${marker}.done`)).toBe(false);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("lets go of its idle threads and leaves a busy one at work; the next document starts a new thread", async () => {
    const pool = createExtractPool({ workers: 2, timeoutMs: 60_000, module: SLOW_MODULE });
    try {
      const marker = join(await tempDir(), "slow");
      await bothThreadsUp(pool);
      const slow = pool.extract(doc("slow", `SLOW 1500 ${marker}\nNorth Korea supplies Russia.\n`));
      await pool.releaseIdle();
      expect((await slow).relations.length).toBeGreaterThan(0);
      expect(existsSync(`${marker}.done`)).toBe(true);
      await pool.releaseIdle();
      expect((await pool.extract(doc("c", "Iran supplies Russia."))).relations.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("answers every document in the order one thread took them", async () => {
    const pool = createExtractPool({ workers: 1 });
    try {
      const texts = ["Iran supplies Russia.", "France supplies Ukraine.", "China meets Brazil."];
      const done: string[] = [];
      await Promise.all(
        texts.map(async (t, i) => {
          await pool.extract(doc(`d${i}`, t));
          done.push(`d${i}`);
        }),
      );
      expect(done).toEqual(["d0", "d1", "d2"]);
    } finally {
      await pool.close();
    }
  });
});

describe("the precompiled extraction thread", () => {
  // Built under node_modules/.cache so that its imports of npm packages resolve, as dist/thread's do.
  let dir: string;
  beforeAll(async () => {
    const cache = fileURLToPath(new URL("node_modules/.cache/", REPO));
    await mkdir(cache, { recursive: true });
    dir = await mkdtemp(join(cache, "kg-thread-test-"));
    await buildThread(dir);
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("is used while it matches the sources, and gives the same extractions as they do", async () => {
    const bundle = pathToFileURL(`${dir}/`);
    expect(precompiledThread(bundle)).not.toBeNull();
    const pool = createExtractPool({ workers: 2, bundle });
    try {
      for (const path of await articles()) {
        const source = await readSource(path, { id: path.split("/").pop()! });
        const read = await pool.extractFile(fileJob(path));
        if (read.unchanged) throw new Error("a file with no record cannot be unchanged");
        expect(fromExtractionRows(read.extraction)).toEqual(extractDocument(source.doc));
        expect(await pool.extract(source.doc)).toEqual(extractDocument(source.doc));
      }
    } finally {
      await pool.close();
    }
  });

  it("is not used once a source it was built from differs, or without a manifest", async () => {
    const root = await tempDir();
    const bundle = join(root, "dist", "thread");
    await mkdir(bundle, { recursive: true });
    const rootUrl = pathToFileURL(`${root}/`);
    const bundleUrl = pathToFileURL(`${bundle}/`);
    expect(precompiledThread(bundleUrl, rootUrl)).toBeNull();
    await writeFile(join(root, "a.ts"), "export const a = 1;\n");
    const hash = createHash("sha256").update("export const a = 1;\n").digest("hex");
    await writeFile(join(bundle, "manifest.json"), JSON.stringify({ inputs: { "a.ts": hash } }));
    expect(precompiledThread(bundleUrl, rootUrl)?.module).toBe(new URL("extract.mjs", bundleUrl).href);
    await writeFile(join(root, "a.ts"), "export const a = 2;\n");
    expect(precompiledThread(bundleUrl, rootUrl)).toBeNull();
  });
});

describe("threads started before their pool (kg build starts them first thing)", () => {
  const zorbania = createLexicon([{ name: "Zorbania", type: "Country", aliases: ["Zorbanian"] }]);
  const doc = {
    id: "z.txt",
    text: "Zorbania supplied Ukraine with artillery shells. The Zorbanian defence minister met Ukraine's envoy in Kyiv.",
    meta: {},
  };

  it("are taken by the pool and extract with the pool's lexicon, as the main thread would", async () => {
    const started = startExtractThreads(2);
    const pool = createExtractPool({ workers: 2, lexicon: zorbania, started });
    try {
      expect(started.take(2)).toEqual([]);
      const [a, b] = await Promise.all([pool.extract(doc), pool.extract({ ...doc, id: "z2.txt" })]);
      expect(a).toEqual(extractDocument(doc, { lexicon: zorbania }));
      expect(a.entities.some((e) => e.name === "Zorbania" && e.type === "Country")).toBe(true);
      expect(b).toEqual(extractDocument({ ...doc, id: "z2.txt" }, { lexicon: zorbania }));
    } finally {
      await pool.close();
    }
  });

  it("extract with the built-in lexicon when the pool has none, and the extra ones are let go", async () => {
    const started = startExtractThreads(3);
    const pool = createExtractPool({ workers: 1, started });
    try {
      expect(started.take(3)).toEqual([]);
      expect(await pool.extract(doc)).toEqual(extractDocument(doc));
    } finally {
      await pool.close();
    }
  });
  /** Started threads that record the workers a store takes, to see them exit. */
  function watched(count: number): { started: StartedThreads; taken: Worker[] } {
    const inner = startExtractThreads(count);
    const taken: Worker[] = [];
    const started: StartedThreads = {
      module: inner.module,
      take(n) {
        const live = inner.take(n);
        taken.push(...live.map((t) => t.worker));
        return live;
      },
    };
    return { started, taken };
  }

  it("are let go when the store they were started for refuses its options", async () => {
    const { started, taken } = watched(2);
    const dataDir = await tempDir("kg-threads-bad-options-");
    await expect(
      openStore({ dataDir, workers: 2, sources: { maxBytes: -1 }, extractThreads: started }),
    ).rejects.toMatchObject({ code: "INVALID_OPTION" });
    expect(started.take(2)).toEqual([]);
    // A worker's threadId becomes -1 once it has exited.
    await vi.waitFor(() => expect(taken.every((w) => w.threadId === -1)).toBe(true), { timeout: 10_000 });
  });

  it("are let go when the store's DB file is not a kg store", async () => {
    const { started, taken } = watched(1);
    const dataDir = await tempDir("kg-threads-foreign-db-");
    await writeFile(
      join(dataDir, "kg.db"),
      "not a database, just text that someone saved here\n".repeat(100),
    );
    await expect(openStore({ dataDir, workers: 1, extractThreads: started })).rejects.toMatchObject({
      code: "GRAPH_FILE_INVALID",
    });
    expect(started.take(1)).toEqual([]);
    await vi.waitFor(() => expect(taken.every((w) => w.threadId === -1)).toBe(true), { timeout: 10_000 });
  });
});
