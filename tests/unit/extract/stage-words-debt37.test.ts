/**
 * Word lists that session 36 wrote in code, read from the lexicon value since session 37
 * (lexicon/stage-words.json, through lexicon-schema.ts LexiconWords): each sentence reads as before
 * with the built-in lists, and not under a lexicon whose list lacks the word, so a user lexicon
 * reaches it (review 36 A S1-S2, B S1-S2).
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import { relations, entities, withoutList } from "./_under-lexicon.ts";

describe("a judged object past a manner phrase, by the lexicon value (was triggers.ts)", () => {
  it("reads the object after the manner noun by mannerPhraseNouns", () => {
    const text = "India condemned in the strongest terms the provocative statements by Pakistan.";
    expect(relations(text)).toContain("india assesses pakistan");
    expect(relations(text, withoutList("mannerPhraseNouns"))).not.toContain("india assesses pakistan");
  });

  it("reads a manner phrase opened by 'no' by mannerPhraseOpeners", () => {
    const text = "India condemned in no uncertain terms the statements by Pakistan.";
    expect(relations(text)).toContain("india assesses pakistan");
    expect(relations(text, withoutList("mannerPhraseOpeners"))).not.toContain("india assesses pakistan");
  });
});

describe("a judged report's author, by the lexicon value (was triggers.ts)", () => {
  it("gives a titled author's state after 'by' by reportAuthorPrepositions", () => {
    const text = "Greece condemned the statements by Turkey's President Recep Tayyip Erdogan.";
    expect(relations(text)).toContain("greece assesses turkey");
    expect(relations(text, withoutList("reportAuthorPrepositions"))).toEqual([
      "recep-tayyip-erdogan affiliated_with turkey",
      "greece assesses recep-tayyip-erdogan",
    ]);
  });

  it("reads the agent phrase of a report read back as its author by reportAuthorPrepositions", () => {
    const text = "Russia dismissed the allegations made by Saudi Foreign Minister Adel al-Jubeir.";
    expect(relations(text)).toContain("russia assesses adel-al-jubeir");
    expect(relations(text, withoutList("reportAuthorPrepositions"))).not.toContain(
      "russia assesses adel-al-jubeir",
    );
  });
});

describe("a saying verb's base form after plural speakers, by the lexicon value (was grammar.ts)", () => {
  it("reads a trailing '…, officials charge.' as the speakers' verb by sayingBaseForms", () => {
    const text = "Iran is arming the Houthis with drones, Israeli intelligence officials charge.";
    const withoutCharge = createLexicon([], BUILT_IN_LEXICON, {
      ...BUILT_IN_LEXICON.words,
      sayingBaseForms: BUILT_IN_LEXICON.words.sayingBaseForms.filter((w) => w !== "charge"),
    });
    expect(relations(text)).toEqual(["israel assesses iran"]);
    expect(relations(text, withoutCharge)).toEqual([]);
  });
});

describe("a compound given name's second half, by the lexicon value (was text.json, a module-level set)", () => {
  it("keeps a title's word after 'Abdel' in the name by servantNamePrefixes", () => {
    const text = "Iraqi army chief of staff General Abdel Emir Rashid Yarallah visited Baghdad.";
    expect(entities(text)).toContain("Abdel Emir Rashid Yarallah/Person");
    expect(entities(text, withoutList("servantNamePrefixes"))).toContain("Rashid Yarallah/Person");
  });
});

describe("an attacker 'under fire from' in a claim, by the lexicon value (was descriptions.json)", () => {
  it("reads the attacker after a noun of attack by attackNouns", () => {
    const text = "Azerbaijan says its positions came under fire from Armenia.";
    expect(relations(text)).toEqual(["azerbaijan assesses armenia"]);
    expect(relations(text, withoutList("attackNouns"))).toEqual([]);
  });
});

describe("a latent deal taken up in the next sentence, by the lexicon value (was latent-deals.ts)", () => {
  const deal = "The United States announced a new $400 million package for Ukraine on Monday.";
  const supplies = ["united-states supplies ukraine", "united-states supplies himars"];
  it("by a pronoun that stands for the deal (dealPronouns)", () => {
    const text = `${deal} It includes HIMARS launchers.`;
    expect(relations(text)).toEqual(supplies);
    expect(relations(text, withoutList("dealPronouns"))).toEqual([]);
  });

  it("by the deal's noun after a determiner referring back (referringDeterminers)", () => {
    const text = `${deal} The package includes HIMARS launchers.`;
    expect(relations(text)).toEqual(supplies);
    expect(relations(text, withoutList("referringDeterminers"))).toEqual([]);
  });

  it("by the deal's noun after an owner's pronoun (ownerPronouns)", () => {
    const text = `${deal} Its package includes HIMARS launchers.`;
    expect(relations(text)).toEqual(supplies);
    expect(relations(text, withoutList("ownerPronouns"))).toEqual([]);
  });
});
