/**
 * Word lists written in TypeScript in session 37 (lexicon/grammar.ts), read from the lexicon value
 * since review 37 B F3 (lexicon/stage-words.json): each sentence reads as before with the built-in
 * lists, and not under a lexicon whose list lacks the word, so a user lexicon reaches it.
 */
import { describe, expect, it } from "vitest";
import { relations, withoutList } from "./_under-lexicon.ts";

describe("the occasion of a statement between speaker and verb, by the lexicon value (was grammar.ts)", () => {
  const text = "Germany at a press conference in Berlin accused Russia of lying.";
  it("steps over the occasion phrase to the speaker", () =>
    expect(relations(text)).toContain("germany assesses russia"));
  it("by occasionPhrasePrepositions", () =>
    expect(relations(text, withoutList("occasionPhrasePrepositions"))).not.toContain(
      "germany assesses russia",
    ));
  it("by speakingOccasionNouns", () =>
    expect(relations(text, withoutList("speakingOccasionNouns"))).not.toContain("germany assesses russia"));
});

describe("a judged act of a hyphened pair of countries, by the lexicon value (was grammar.ts)", () => {
  const text = "North Korea on Thursday condemned a US-South Korea military drill as war preparedness.";
  it("is about both countries", () => expect(relations(text)).toContain("north-korea assesses south-korea"));
  it("by hyphenPairJoins", () =>
    expect(relations(text, withoutList("hyphenPairJoins"))).not.toContain(
      "north-korea assesses south-korea",
    ));
});
