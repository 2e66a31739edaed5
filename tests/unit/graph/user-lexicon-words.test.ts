/**
 * Word lists in a data folder's user lexicon (`<dataDir>/lexicon/*.json`, `{"words": {...}}`)
 * replace the built-in lists of their keys in the lexicon value the store extracts with, so a
 * user can change what the stages read without touching code. (Session 34: user files gave
 * entities only.)
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";

const dirs: string[] = [];

/** A lexicon folder holding `files` (name to parsed JSON). */
async function lexiconDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-words-"));
  dirs.push(dir);
  await mkdir(dir, { recursive: true });
  for (const [name, json] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(json));
  return dir;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("word lists in user lexicon files", () => {
  it("replace the built-in list of their key, a later file's winning, and reach extraction", async () => {
    const dir = await lexiconDir({
      "a.json": { words: { deicticAdverbs: ["here"], askingVerbs: [] } },
      "b.json": { entities: [], words: { deicticAdverbs: [] } },
    });
    const { lexicon, entries } = await readUserLexicon(dir);
    expect(entries).toBe(0);
    expect(lexicon.words.deicticAdverbs).toEqual([]);
    expect(lexicon.words.askingVerbs).toEqual([]);
    expect(lexicon.words.subjectPronouns).toBe(BUILT_IN_LEXICON.words.subjectPronouns);
    const text =
      "The Indian envoy called on the Chief of the Army Staff of Nepal, General Ashok Raj Sigdel here on Monday.";
    const relations = (l = BUILT_IN_LEXICON): string[] =>
      extractDocument({ id: "w.txt", text, meta: {} }, { lexicon: l }).relations.map(
        (r) => `${r.source} ${r.relation} ${r.target}`,
      );
    expect(relations()).toEqual(["ashok-raj-sigdel affiliated_with nepal"]);
    expect(relations(lexicon)).toEqual([]);
  });

  it("gives INVALID_INPUT naming the file for an unknown or malformed list", async () => {
    for (const words of [{ adverbs: [] }, { deicticAdverbs: "here" }]) {
      const dir = await lexiconDir({ "bad.json": { words } });
      const err = await readUserLexicon(dir).catch((e: unknown) => e);
      expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
      expect(isKgError(err) && err.details).toMatchObject({ file: "bad.json" });
    }
  });
});
