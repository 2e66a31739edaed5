/**
 * A word list of review rev38b (session 38), read from the lexicon value (lexicon/stage-words.json):
 * the sentence reads as it does with the built-in list, and otherwise under a lexicon whose list
 * lacks the words, so a user lexicon reaches it.
 */
import { describe, expect, it } from "vitest";
import { relations, withoutList } from "./_under-lexicon.ts";

describe("a hyphened pair's war waged on a named country, by the lexicon value", () => {
  const text = "Russia condemned the US-Israel war on Iran.";
  it("is an act of both", () => expect(relations(text)).toContain("russia assesses israel"));
  it("by hyphenPairTargetPrepositions", () =>
    expect(relations(text, withoutList("hyphenPairTargetPrepositions"))).not.toContain(
      "russia assesses israel",
    ));
});
