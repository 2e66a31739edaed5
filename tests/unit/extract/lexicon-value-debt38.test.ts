/**
 * Sets that stages built at module level from the built-in lexicon, read since session 38 (helper
 * debt38) from the lexicon value the extractor is given, so that a user lexicon's rows reach them:
 * the dateline's capital (dateline-sides.ts, through the gazetteer's placeCountries).
 */
import { describe, expect, it } from "vitest";
import { createLexicon } from "../../../src/extract/lexicons.ts";
import { relations } from "./_under-lexicon.ts";

describe("the country of a dateline, by the lexicon value's countries (was a module-level map of the built-in ones)", () => {
  const text =
    "ONHAVA (Reuters) - Zembla accused Thailand of shelling its border posts on Monday.\nDeputy Defense Minister General Neang Phat said more Zemblan troops were heading to the area.";
  const zembla = { name: "Zembla", type: "Country" as const, demonyms: ["Zemblan"] };
  const ownSide = "neang-phat assesses zembla";
  it("a user country's capital as the dateline makes an untied official of that country", () => {
    const given = relations(text, createLexicon([{ ...zembla, capitals: ["Onhava"] }]));
    expect(given).toContain("zembla assesses thailand");
    expect(given).not.toContain(ownSide);
  });
  it("it is the capital that places him: without it, the same text does not drop his statement as his own side's", () => {
    // Only the capital differs between the two lexicons, so the difference is the dateline's doing
    // (the fact kept here is itself a false one: the guard that would also read "Zemblan troops" is
    // not built; the test pins the difference, not that fact).
    const withCapital = relations(text, createLexicon([{ ...zembla, capitals: ["Onhava"] }]));
    const without = relations(text, createLexicon([zembla]));
    expect(without.filter((r) => !withCapital.includes(r))).toEqual([ownSide]);
  });
});
