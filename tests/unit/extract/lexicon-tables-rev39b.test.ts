/**
 * A user's table row moves a built-in name by the key the table looks names up by (review 39 B,
 * helper rev39b): homeCountries folds personal names (foldPersonName), so a user's "joe biden"
 * under Ukraine is the built-in "Joe Biden" moved there, not a second row the built-in one
 * outvotes; the tables that look names up as written move only the name as written.
 */
import { describe, expect, it } from "vitest";
import { tableMapsOf } from "../../../src/extract/lexicon-tables.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { entities, relations } from "./_under-lexicon.ts";

describe("homeCountries: a user's row moves the official however the name is written", () => {
  it.each(["Joe Biden", "joe biden", "JOE  BIDEN"])("%s under Ukraine is Ukraine's", (name) => {
    const lexicon = loadUserLexicon({ tables: { homeCountries: { Ukraine: [name] } } });
    expect(tableMapsOf(lexicon.tables).homeCountries.get("joe-biden")).toBe("Ukraine");
    expect(lexicon.tables.homeCountries["United States"]).not.toContain("Joe Biden");
    expect(lexicon.tables.homeCountries["United States"]).toContain("Donald Trump");
  });

  it("the moved official's word on his new country's troops is his own side's (document-sides.ts)", () => {
    const text = "President Joe Biden said Ukrainian troops would fight Russia.";
    expect(entities(text)).toEqual(expect.arrayContaining(["Joe Biden/Person", "Ukraine/Country"]));
    expect(relations(text)).toContain("joe-biden assesses ukraine");
    const moved = loadUserLexicon({ tables: { homeCountries: { Ukraine: ["joe biden"] } } });
    expect(relations(text, moved)).not.toContain("joe-biden assesses ukraine");
  });
});

describe("governmentBodies: names are looked up as written, and moved as written", () => {
  it("a user's 'kremlin' is another name: the built-in 'Kremlin' stays Russia's", () => {
    const lexicon = loadUserLexicon({ tables: { governmentBodies: { Zembla: ["kremlin"] } } });
    const bodies = tableMapsOf(lexicon.tables).governmentBodies;
    expect(bodies.get("Kremlin")).toBe("Russia");
    expect(bodies.get("kremlin")).toBe("Zembla");
    expect(lexicon.tables.governmentBodies.Russia).toEqual(BUILT_IN_LEXICON.tables.governmentBodies.Russia);
  });
});
