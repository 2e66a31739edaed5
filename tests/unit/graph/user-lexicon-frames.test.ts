/**
 * Frame rows in a data folder's user lexicon (`<dataDir>/lexicon/*.json`, `{"frames": [...]}`)
 * add to the built-in rows (or replace the row of their id) in the lexicon value the store
 * extracts with, in the main thread and in the extraction threads alike; a malformed row is
 * INVALID_INPUT naming the file and the row. (Session 34: the relations stage read the built-in
 * table only.)
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { createExtractPool } from "../../../src/graph/extract-pool.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";

const dirs: string[] = [];

/** A lexicon folder holding `files` (name to parsed JSON). */
async function lexiconDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-frames-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(json));
  return dir;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const CONSIGN = {
  id: "user-consign",
  relation: "supplies",
  pos: "verb",
  lemmas: ["consign"],
  roles: { subject: "supplier", object: "item", to: "recipient" },
};

const doc = { id: "c.txt", text: "Germany consigned 20 Leopard tanks to Ukraine last year.", meta: {} };

/** The document's relations as "source relation target". */
const triples = (ex: ReturnType<typeof extractDocument>): string[] =>
  ex.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe("frame rows in user lexicon files", () => {
  it("add a verb of supplying the built-in rows lack, in the main thread and in a pool's thread", async () => {
    const dir = await lexiconDir({ "frames.json": { frames: [CONSIGN] } });
    const { lexicon, entries, fingerprint } = await readUserLexicon(dir);
    expect(entries).toBe(0);
    expect(fingerprint).not.toBe("");
    expect(lexicon.frames.length).toBe(BUILT_IN_LEXICON.frames.length + 1);
    expect(triples(extractDocument(doc))).not.toContain("germany supplies ukraine");
    const main = extractDocument(doc, { lexicon });
    expect(triples(main)).toContain("germany supplies ukraine");
    const pool = createExtractPool({ workers: 1, lexicon });
    try {
      expect(await pool.extract(doc)).toEqual(main);
      expect(await pool.extract(doc, { lexicon: BUILT_IN_LEXICON })).toEqual(extractDocument(doc));
    } finally {
      await pool.close();
    }
  });

  it("gives INVALID_INPUT naming the file and the row for a malformed row", async () => {
    const bad = { ...CONSIGN, id: "user-bad", roles: { subject: "seller" } };
    const dir = await lexiconDir({ "a.json": { frames: [CONSIGN] }, "bad.json": { frames: [bad] } });
    const err = await readUserLexicon(dir).catch((e: unknown) => e);
    expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
    expect(isKgError(err) && err.details).toMatchObject({ file: "bad.json", index: 0, id: "user-bad" });
    expect((err as Error).message).toContain("bad.json");
    expect((err as Error).message).toContain('row 0 ("user-bad")');
  });
});
