/**
 * The lexicon's tables (lexicon-schema.ts TABLE_KEYS: homeCountries, governmentBodies,
 * ministryAcronyms), read since session 39 (helper debt39) from the lexicon value the extractor is
 * given where stages built module-level maps from the built-in data, so that a user lexicon's rows
 * reach them: each case gives one text under the same entities with and without a user table row.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LexiconEntry } from "../../../src/extract/lexicon-schema.ts";
import { parseLexiconTables } from "../../../src/extract/lexicon-schema.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { entities, relations } from "./_under-lexicon.ts";

const ENTRIES: LexiconEntry[] = [
  { name: "Zembla", type: "Country", demonyms: ["Zemblan"] },
  { name: "Jane Doe", type: "Person" },
  { name: "Zorvo Palace", type: "Organization" },
];

/** The built-in lexicon with ENTRIES, and with `tables` added to its tables. */
function lexicons(tables: unknown): { without: typeof BUILT_IN_LEXICON; with: typeof BUILT_IN_LEXICON } {
  const base = BUILT_IN_LEXICON;
  const added = parseLexiconTables(tables, base.tables);
  return {
    without: createLexicon(ENTRIES),
    with: createLexicon(ENTRIES, base, base.words, base.frames, added),
  };
}

describe("homeCountries: a user's official reaches the stages that read a leader's country", () => {
  const l = lexicons({ homeCountries: { Zembla: ["Jane Doe"] } });
  it("the leader's administration is the country (leader-governments.ts)", () => {
    const text = "Jane Doe visited Kyiv on Monday. The Doe administration sent 20 tanks to Ukraine.";
    expect(relations(text, l.without)).not.toContain("zembla supplies ukraine");
    expect(relations(text, l.with)).toContain("zembla supplies ukraine");
  });
  it("an untied official's word on his own country is his own side's (document-sides.ts knownHome)", () => {
    const text = "President Jane Doe said Zemblan troops would fight Russia.";
    expect(relations(text, l.without)).toContain("jane-doe assesses zembla");
    expect(relations(text, l.with)).not.toContain("jane-doe assesses zembla");
  });
});

describe("governmentBodies: a user's government body is its country's own (own-countries.ts)", () => {
  it("a body's praise of its own country is no assessment", () => {
    const l = lexicons({ governmentBodies: { Zembla: ["Zorvo Palace"] } });
    const text = "The Zorvo Palace praised Zembla for its courage.";
    expect(relations(text, l.without)).toContain("zorvo-palace assesses zembla");
    expect(relations(text, l.with)).not.toContain("zorvo-palace assesses zembla");
  });
});

describe("ministryAcronyms: a user's acronym after a demonym names the country's ministry", () => {
  it("'the Zemblan MOD' is Zembla's Defence Ministry (ministry-acronyms.ts)", () => {
    const l = lexicons({ ministryAcronyms: { "Defence Ministry": ["MOD"] } });
    const text = "The Zemblan MOD said it would send tanks to Ukraine.";
    expect(entities(text, l.without)).not.toContain("Zemblan Defence Ministry/Organization");
    expect(entities(text, l.with)).toContain("Zemblan Defence Ministry/Organization");
    expect(relations(text, l.with)).toContain("zemblan-defence-ministry affiliated_with zembla");
  });
});

describe("tables in a user lexicon file", () => {
  it("add their names to the built-in tables, each in the group it is listed under", () => {
    const lexicon = loadUserLexicon({
      tables: { governmentBodies: { Zembla: ["Zorvo Palace", "Kremlin"] } },
    });
    const bodies = lexicon.tables.governmentBodies;
    expect(bodies.Zembla).toEqual(["Zorvo Palace", "Kremlin"]);
    expect(bodies.Russia).not.toContain("Kremlin");
    expect(bodies["United States"]).toEqual(BUILT_IN_LEXICON.tables.governmentBodies["United States"]);
    expect(lexicon.tables.homeCountries).toBe(BUILT_IN_LEXICON.tables.homeCountries);
  });
  it("of a data folder reach the lexicon value the store extracts with, a later file's over a former's", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-tables-"));
    try {
      await writeFile(join(dir, "a.json"), JSON.stringify({ entities: ENTRIES }));
      await writeFile(
        join(dir, "b.json"),
        JSON.stringify({ tables: { homeCountries: { Zembla: ["Jane Doe"] } } }),
      );
      const { lexicon } = await readUserLexicon(dir);
      expect(lexicon.tables.homeCountries.Zembla).toEqual(["Jane Doe"]);
      const text = "Jane Doe visited Kyiv on Monday. The Doe administration sent 20 tanks to Ukraine.";
      expect(relations(text, lexicon)).toContain("zembla supplies ukraine");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it("give INVALID_INPUT naming the table (and group) for an unknown table or a malformed group", () => {
    const bad = [
      [{ capitals: {} }, { key: "capitals" }],
      [{ homeCountries: ["Jane Doe"] }, { key: "homeCountries" }],
      [{ homeCountries: { Zembla: "Jane Doe" } }, { key: "homeCountries", group: "Zembla" }],
    ] as const;
    for (const [tables, details] of bad) {
      const err = (() => {
        try {
          loadUserLexicon({ tables });
        } catch (e) {
          return e;
        }
      })();
      expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
      expect(isKgError(err) && err.details).toMatchObject(details);
    }
  });
});
