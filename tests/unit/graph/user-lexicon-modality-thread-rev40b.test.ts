/**
 * Modality cues of a data folder's user lexicon reach the extraction threads (review rev40b,
 * session 40): a thread replaced a lexicon equal to the built-in one in entries, word lists, tables
 * and frame rows by the module's own, so a file that gave only `modality` cues was dropped there
 * and a threaded build hedged as the built-in lexicon does.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { createExtractPool } from "../../../src/graph/extract-pool.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A temporary lexicon folder holding `files` (name to parsed JSON). */
async function lexiconDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-rev40b-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(json));
  return dir;
}

const doc = { id: "q.txt", text: "Germany quietly delivered 20 Leopard tanks to Ukraine.", meta: {} };

/** The document's supplies, asserted and hedged, as "source target modality". */
const supplies = (ex: ReturnType<typeof extractDocument>): string[] =>
  [...ex.relations, ...ex.hedged]
    .filter((r) => r.relation === "supplies")
    .map((r) => `${r.source} ${r.target} ${r.evidence[0]?.modality ?? "?"}`);

describe("a user lexicon that gives only modality cues", () => {
  it("hedges in a pool's thread as in the main thread", async () => {
    const dir = await lexiconDir({ "cues.json": { modality: { cues: [["quietly", "possible"]] } } });
    const { lexicon } = await readUserLexicon(dir);
    expect(supplies(extractDocument(doc))).toContain("germany ukraine asserted");
    const main = extractDocument(doc, { lexicon });
    expect(supplies(main)).toContain("germany ukraine possible");
    const pool = createExtractPool({ workers: 1, lexicon });
    try {
      expect(supplies(await pool.extract(doc))).toEqual(supplies(main));
      expect(await pool.extract(doc)).toEqual(main);
    } finally {
      await pool.close();
    }
    // A job that brings the lexicon itself, to a pool that keeps the built-in one.
    const plain = createExtractPool({ workers: 1 });
    try {
      expect(await plain.extract(doc, { lexicon })).toEqual(main);
    } finally {
      await plain.close();
    }
  });
});
