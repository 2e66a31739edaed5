/**
 * One reader of a user lexicon file's shape (extract/user-lexicon.ts readUserLexiconFile): the
 * extractor's loadUserLexicon (one parsed file) and the store's readUserLexicon (a folder of files)
 * accept and refuse the same files alike. A field given as `null` is not given. (Session 34: each
 * parsed `{entities, words, frames}` itself, and `{entities: null, words: {...}}` was a lexicon to
 * the store and INVALID_INPUT to the extractor.)
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadUserLexicon } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";
import type { Lexicon } from "../../../src/extract/lexicon-schema.ts";

const dirs: string[] = [];

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** What a reader made of a file: the lexicon's user entries (before the built-in ones), one word list and the frame count, or the error's code. */
type Outcome = { entries: string[]; deicticAdverbs: readonly string[]; frames: number } | { code: string };

function outcomeOf(lexicon: Lexicon): Outcome {
  return {
    entries: lexicon.entries
      .slice(0, lexicon.entries.length - BUILT_IN_LEXICON.entries.length)
      .map((e) => e.name),
    deicticAdverbs: lexicon.words.deicticAdverbs,
    frames: lexicon.frames.length,
  };
}

function codeOutcome(err: unknown): Outcome {
  return { code: isKgError(err) ? err.code : "untyped" };
}

/** The extractor's reading of `json`. */
function extractorReads(json: unknown): Outcome {
  try {
    return outcomeOf(loadUserLexicon(json));
  } catch (err) {
    return codeOutcome(err);
  }
}

/** The store's reading of a folder holding `json` as its one file. */
async function storeReads(json: unknown): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-reader-"));
  dirs.push(dir);
  await writeFile(join(dir, "user.json"), JSON.stringify(json));
  try {
    return outcomeOf((await readUserLexicon(dir)).lexicon);
  } catch (err) {
    return codeOutcome(err);
  }
}

const ENTRY = { name: "Harbour Works Authority", type: "Organization" };
const BUILT = {
  entries: [],
  deicticAdverbs: BUILT_IN_LEXICON.words.deicticAdverbs,
  frames: BUILT_IN_LEXICON.frames.length,
};

describe("a user lexicon file, read alike by the extractor and the store", () => {
  it.each([
    ["an array of entries", [ENTRY], { ...BUILT, entries: [ENTRY.name] }],
    ["entities alone", { entities: [ENTRY] }, { ...BUILT, entries: [ENTRY.name] }],
    ["word lists alone", { words: { deicticAdverbs: [] } }, { ...BUILT, deicticAdverbs: [] }],
    [
      "entities null beside word lists",
      { entities: null, words: { deicticAdverbs: [] } },
      { ...BUILT, deicticAdverbs: [] },
    ],
    [
      "word lists null beside entities",
      { entities: [ENTRY], words: null },
      { ...BUILT, entries: [ENTRY.name] },
    ],
    [
      "frame rows null beside entities",
      { entities: [ENTRY], frames: null },
      { ...BUILT, entries: [ENTRY.name] },
    ],
    ["an empty array", [], BUILT],
    ["an empty object", {}, { code: "INVALID_INPUT" }],
    ["entities null alone", { entities: null }, { code: "INVALID_INPUT" }],
    ["entities that are no array", { entities: { name: "X" } }, { code: "INVALID_INPUT" }],
    ["null", null, { code: "INVALID_INPUT" }],
    ["a string", "Harbour Works Authority", { code: "INVALID_INPUT" }],
    ["an unknown word list", { words: { adverbs: [] } }, { code: "INVALID_INPUT" }],
    ["a malformed entry", { entities: [{ name: "X", type: "Planet" }] }, { code: "INVALID_INPUT" }],
  ] as const)("%s", async (_label, json, expected) => {
    expect(extractorReads(json)).toEqual(expected);
    expect(await storeReads(json)).toEqual(expected);
  });

  it("names the file, once, in the store's error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-reader-"));
    dirs.push(dir);
    await writeFile(join(dir, "bad.json"), JSON.stringify({ words: { adverbs: [] } }));
    const err = await readUserLexicon(dir).catch((e: unknown) => e);
    expect(isKgError(err) && err.details).toMatchObject({ file: "bad.json", key: "adverbs" });
    expect((err as Error).message).toMatch(/^lexicon bad\.json: words has an unknown list/u);
  });
});

describe("a session-34 words file with venueTitleWords (renamed portfolioHolders)", () => {
  const OLD = { words: { venueTitleWords: ["minister", "secretary", "envoy"] } };
  it("must load in the extractor and the store, its list read as portfolioHolders", async () => {
    expect(loadUserLexicon(OLD).words.portfolioHolders).toEqual(["minister", "secretary", "envoy"]);
    const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-reader-"));
    dirs.push(dir);
    await writeFile(join(dir, "old.json"), JSON.stringify(OLD));
    expect((await readUserLexicon(dir)).lexicon.words.portfolioHolders).toEqual([
      "minister",
      "secretary",
      "envoy",
    ]);
  });
  it("must not let the old key override portfolioHolders where the file gives both", () => {
    const both = { words: { venueTitleWords: ["envoy"], portfolioHolders: ["minister"] } };
    expect(loadUserLexicon(both).words.portfolioHolders).toEqual(["minister"]);
  });
});
