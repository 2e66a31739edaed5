/**
 * The blocs of states and the envoys' titles as word lists of the lexicon value (session 40,
 * helper debt40; issue #9 item 5): bloc-postings.ts and 6-assemble.ts built module-level sets from
 * organizations.json countryBlocs and titles.json blocPostingTitles, so a user lexicon could add
 * neither a bloc nor a title. They are the stage words countryBlocs and blocPostingTitles now; the
 * chunk marks its bloc and envoy-title items when built, so a titled phrase's qualifier ("the
 * Pakistani UN envoy said") reads them too.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { entities, relations, withoutList } from "./_under-lexicon.ts";

const QUAD = { name: "Quadrilateral Security Dialogue", type: "Organization", aliases: ["Quad"] };

describe("a user lexicon's bloc of states", () => {
  const text = "India's Quad envoy John Smith said China had violated the agreement.";

  it("makes the country before it the envoy's: 'India's Quad envoy John Smith'", () => {
    const named = loadUserLexicon({ entities: [QUAD] });
    expect(entities(text, named)).toEqual(
      expect.arrayContaining([
        "India/Country",
        "Quadrilateral Security Dialogue/Organization",
        "John Smith/Person",
      ]),
    );
    expect(relations(text, named)).toContain("john-smith affiliated_with quadrilateral-security-dialogue");
    const bloc = loadUserLexicon({
      entities: [QUAD],
      words: { countryBlocs: [...BUILT_IN_LEXICON.words.countryBlocs, QUAD.name] },
    });
    expect(relations(text, bloc)).toContain("john-smith affiliated_with india");
    expect(relations(text, bloc)).not.toContain("john-smith affiliated_with quadrilateral-security-dialogue");
    // A bloc belongs to no one country (6-assemble.ts).
    expect(relations(text, named)).toContain("quadrilateral-security-dialogue affiliated_with india");
    expect(relations(text, bloc)).not.toContain("quadrilateral-security-dialogue affiliated_with india");
  });
});

describe("the built-in lists are read from the lexicon value", () => {
  it("countryBlocs: 'the United States and its NATO allies' ties NATO to no country", () => {
    const text = "The United States and its NATO allies condemned Russia.";
    expect(relations(text)).not.toContain("north-atlantic-treaty-organization affiliated_with united-states");
    expect(relations(text, withoutList("countryBlocs"))).toContain(
      "north-atlantic-treaty-organization affiliated_with united-states",
    );
  });

  it("blocPostingTitles: 'Russia's UN ambassador Vasily Nebenzia' is Russia's envoy (title rule)", () => {
    const text = "Russia's UN ambassador Vasily Nebenzia said the vote was illegal.";
    expect(relations(text)).toContain("vasily-nebenzia affiliated_with russia");
    expect(relations(text, withoutList("blocPostingTitles"))).toContain(
      "vasily-nebenzia affiliated_with united-nations",
    );
  });

  it("both, through the chunk's marks: 'The Pakistani UN envoy said' speaks for Pakistan", () => {
    const text = "The Pakistani UN envoy said India had violated the ceasefire.";
    expect(relations(text)).toContain("pakistan assesses india");
    expect(relations(text, withoutList("blocPostingTitles"))).toContain("united-nations assesses india");
    expect(relations(text, withoutList("countryBlocs"))).toContain("united-nations assesses india");
  });
});
