/**
 * The word lists headline-forces.ts reads from the lexicon value's stage words (forceNameWords,
 * forceNameHeads): a country's forces named in a title-case headline are read only while their
 * words are listed (each case gives one text under the built-in lexicon and under one with the
 * key's list emptied).
 */
import { describe, expect, it } from "vitest";
import { entities, withoutList } from "./_under-lexicon.ts";

const HEADLINE =
  "Moldovan Army Buys 12 Romanian Trucks\nMoldova signed a deal on Monday to buy twelve trucks.";
const TWO_WORDS = "U.S. Donates Body Armor to Ghana Armed Forces\nThe United States donated armor to Ghana.";

describe("forceNameHeads: the head words that end a forces' name in a title-case headline", () => {
  it("'Army' after 'Moldovan' names the forces only while it is listed", () => {
    expect(entities(HEADLINE)).toContain("Moldovan Army/Organization");
    expect(entities(HEADLINE, withoutList("forceNameHeads"))).not.toContain("Moldovan Army/Organization");
  });
});

describe("forceNameWords: the other words of a forces' name in a title-case headline", () => {
  it("'Armed' before 'Forces' joins the name only while it is listed", () => {
    expect(entities(TWO_WORDS)).toContain("Ghana Armed Forces/Organization");
    expect(entities(TWO_WORDS, withoutList("forceNameWords"))).not.toContain(
      "Ghana Armed Forces/Organization",
    );
  });
});
