/**
 * Word lists of session 38 (helper debt38), read from the lexicon value (lexicon/stage-words.json):
 * each sentence reads as it does with the built-in lists, and otherwise under a lexicon whose list
 * lacks the word, so a user lexicon reaches it.
 */
import { describe, expect, it } from "vitest";
import { relations, withoutList } from "./_under-lexicon.ts";

describe("a hyphened pair before a noun of conflict, by the lexicon value", () => {
  const text = "China criticised the India-Pakistan border clashes.";
  it("names no act of the pair", () => expect(relations(text)).not.toContain("china assesses pakistan"));
  it("by hyphenPairConflictNouns", () =>
    expect(relations(text, withoutList("hyphenPairConflictNouns"))).toContain("china assesses pakistan"));
});
