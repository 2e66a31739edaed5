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
  it("a dateline that is no country's capital makes no side", () =>
    expect(relations(text, createLexicon([zembla]))).toContain(ownSide));
});
