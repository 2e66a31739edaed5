/**
 * The country names that name parsing reads come from the lexicon value (session 40, helper
 * debt40; issue #9 item 5): 3-entities.ts built COUNTRY_NAMES (every country's name, aliases and
 * demonyms, and their last words) at module load from the built-in country entries, so a country a
 * user lexicon adds did not close a title's portfolio nor open a company's description. They are
 * the gazetteer's countryNames now, compiled per lexicon value.
 */
import { describe, expect, it } from "vitest";
import { gazetteerOf } from "../../../src/extract/gazetteer.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { entities } from "./_under-lexicon.ts";

const ZEMBLA = loadUserLexicon({ entities: [{ name: "Zembla", type: "Country", demonyms: ["Zemblan"] }] });

describe("a user lexicon's country in name parsing", () => {
  it("closes a title's portfolio: 'Defence Minister of Zembla Joao Ernesto dos Santos' is one name", () => {
    const text = "Defence Minister of Zembla Joao Ernesto dos Santos met Lloyd Austin.";
    expect(entities(text, ZEMBLA)).toEqual(
      expect.arrayContaining(["Zembla/Country", "Joao Ernesto dos Santos/Person", "Lloyd Austin/Person"]),
    );
    expect(entities(text, ZEMBLA)).not.toContain("Ernesto dos Santos/Person");
    // As a built-in country does.
    expect(entities(text.replace("Zembla", "Angola"))).toContain("Joao Ernesto dos Santos/Person");
  });

  it("opens a company's description: 'Zembla Aircraft Maker Zorvex' names the company", () => {
    const text = "Zembla Aircraft Maker Zorvex delivered jets to Peru.";
    expect(entities(text, ZEMBLA)).toEqual(expect.arrayContaining(["Zembla/Country", "Zorvex/Organization"]));
    expect(entities(text)).not.toContain("Zorvex/Organization");
  });

  it("is in the user value's country names, and not in the built-in value's", () => {
    expect(gazetteerOf(ZEMBLA).countryNames.has("Zemblan")).toBe(true);
    expect(gazetteerOf(BUILT_IN_LEXICON).countryNames.has("Zembla")).toBe(false);
    expect(gazetteerOf(BUILT_IN_LEXICON).countryNames.has("Korea")).toBe(true);
  });
});
