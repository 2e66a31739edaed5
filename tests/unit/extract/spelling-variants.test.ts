/**
 * The rows "british|american" of lexicon/text.json spellingVariants are read in one place
 * (spelling-variants.ts): the gazetteer takes both directions (spellingPairsOf), the body keys of
 * stage 4 the American spelling of each British one (secondSpellingsOf). (Session 34: 4-resolve.ts
 * split the rows itself, keeping a row without its American spelling.)
 */
import { describe, expect, it } from "vitest";
import { secondSpellingsOf, otherSpelling, spellingPairsOf } from "../../../src/extract/spelling-variants.ts";

const ROWS = ["defence|defense", "organisation|organization", "programme", "|center", ""];

describe("spelling variant rows", () => {
  it("give both directions to the gazetteer, and leave out a row without both spellings", () => {
    expect([...spellingPairsOf(ROWS)]).toEqual([
      ["defence", "defense"],
      ["defense", "defence"],
      ["organisation", "organization"],
      ["organization", "organisation"],
    ]);
  });

  it("give the American spelling of each British one to stage 4, from the same rows", () => {
    expect([...secondSpellingsOf(ROWS)]).toEqual([
      ["defence", "defense"],
      ["organisation", "organization"],
    ]);
  });

  it("write a name's other spelling with its case kept", () => {
    const pairs = spellingPairsOf(ROWS);
    expect(otherSpelling("Diehl Defence", pairs)).toBe("Diehl Defense");
    expect(otherSpelling("DEFENSE ORGANIZATION", pairs)).toBe("DEFENCE ORGANISATION");
    expect(otherSpelling("Diehl", pairs)).toBeNull();
  });
});
