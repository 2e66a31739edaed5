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

describe("an honorary title, by the lexicon value (was titles.json, a module-level set)", () => {
  const text =
    "Indian Army chief General Manoj Pande arrived in Kathmandu on Sunday. Nepal's President Bidya Devi Bhandari conferred the title of honorary General of the Nepali Army to Gen Pande at a special ceremony on Monday.";
  it("ties its holder to no body", () =>
    expect(relations(text)).not.toContain("manoj-pande affiliated_with nepali-army"));
  it("by honoraryTitleMarks", () =>
    expect(relations(text, withoutList("honoraryTitleMarks"))).toContain(
      "manoj-pande affiliated_with nepali-army",
    ));
});

describe("a state's own procurement body, by the lexicon value (was descriptions.json, a module-level set)", () => {
  const text =
    "The Estonian Centre for Defence Investments handed over 12 K9 howitzers to the Estonian Defence Forces on Monday.";
  const handOver = "estonian-centre-for-defence-investments supplies estonian-defence-forces";
  it("hands over to its own forces, no supply", () => expect(relations(text)).not.toContain(handOver));
  it("by stateBodyHeads", () => expect(relations(text, withoutList("stateBodyHeads"))).toContain(handOver));
});

describe("a definite description of a country, by the lexicon value (was coreference.json, a module-level set in two modules)", () => {
  const text =
    "Kenya bought 12 armoured vehicles. The country's defence minister Aden Duale said the vehicles had arrived.";
  it("stands for the country named before", () =>
    expect(relations(text)).toContain("aden-duale affiliated_with kenya"));
  it("by countryNouns", () =>
    expect(relations(text, withoutList("countryNouns"))).not.toContain("aden-duale affiliated_with kenya"));
});

describe("an unnamed quoted speaker's body, by the lexicon value (was grammar.ts, a module-level set)", () => {
  const text =
    "Xinhua quoted an official of the Chinese Foreign Ministry as saying that Japan had violated the agreement.";
  it("speaks through the quoted official", () =>
    expect(relations(text)).toContain("chinese-foreign-ministry assesses japan"));
  it("by quotedBodyPrepositions", () =>
    expect(relations(text, withoutList("quotedBodyPrepositions"))).not.toContain(
      "chinese-foreign-ministry assesses japan",
    ));
});
