/**
 * Word lists that stages built as module-level sets from the built-in data (descriptions.json
 * stateBodyWords / forceWords, chunks.ts's body words, coreference.json groupSpeakers' plural nouns)
 * or wrote as TypeScript arrays (grammar.ts PRESENT_TENSE_VERBS, triggers.ts NON_SUPPLY_OBJECTS),
 * read since session 39 (helper debt39) from the lexicon value's stage words, so that a user
 * lexicon's list reaches them: each case gives one text under the built-in lexicon and under one
 * with a user's list for the key.
 */
import { describe, expect, it } from "vitest";
import type { WordListKey } from "../../../src/extract/lexicon-schema.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import { relations, withoutList } from "./_under-lexicon.ts";

/** The built-in lexicon with `words` added to its list `key`. */
function withAdded(key: WordListKey, ...words: string[]): typeof BUILT_IN_LEXICON {
  const base = BUILT_IN_LEXICON.words;
  return createLexicon([], BUILT_IN_LEXICON, { ...base, [key]: [...base[key], ...words] });
}

describe("groupCountryNouns: a group subject's plural noun of countries (relations/group-speakers.ts)", () => {
  it("a user's noun makes 'the two juntas' the two countries met just before", () => {
    const text = "Mali and Niger met in Bamako on Monday. The two juntas condemned France.";
    expect(relations(text)).not.toContain("mali assesses france");
    const given = relations(text, withAdded("groupCountryNouns", "juntas"));
    expect(given).toContain("mali assesses france");
    expect(given).toContain("niger assesses france");
  });
});

describe("forceWords: a supply to a country's force is one to the country (5-relations.ts recipientStates)", () => {
  it("a user's force word makes the Nigerian Gendarmerie's country a recipient", () => {
    const text = "France delivered 20 armoured vehicles to the Nigerian Gendarmerie.";
    expect(relations(text)).not.toContain("france supplies nigeria");
    expect(relations(text, withAdded("forceWords", "gendarmerie"))).toContain("france supplies nigeria");
  });
});

describe("stateBodyWords: a state body's supply to its own country's force is internal (5e-internal-supplies.ts)", () => {
  it("a user's body word makes the Defence Secretariat a state body, not a company", () => {
    const text = "The Nigerian Defence Secretariat delivered 20 armoured vehicles to the Nigerian Army.";
    const internal = "nigerian-defence-secretariat supplies nigerian-army";
    expect(relations(text)).toContain(internal);
    expect(relations(text, withAdded("stateBodyWords", "secretariat"))).not.toContain(internal);
  });
});

describe("bodyPhraseEnds: a body word ending an actor phrase after its country (chunks.ts)", () => {
  it("'the Fiji police' speaks for Fiji only while 'police' is in the list", () => {
    const text = "The Fiji police condemned China.";
    expect(relations(text)).toContain("fiji assesses china");
    expect(relations(text, withoutList("bodyPhraseEnds"))).not.toContain("fiji assesses china");
  });
});

describe("presentTenseVerbs: a present-tense verb the tagger would read as a plural noun (tagger.ts)", () => {
  it("'Japan supplies Vietnam with …' is read as a supply only while 'supplies' is in the list", () => {
    const text = "Japan supplies Vietnam with patrol boats.";
    expect(relations(text)).toContain("japan supplies vietnam");
    expect(relations(text, withoutList("presentTenseVerbs"))).not.toContain("japan supplies vietnam");
  });
});

describe("nonSupplyObjects: an object that makes a supply verb mean something else (relations/supply.ts)", () => {
  it("a user's object word makes 'sent a postcard to' no supply", () => {
    const text = "France sent a postcard to Ukraine.";
    expect(relations(text)).toContain("france supplies ukraine");
    expect(relations(text, withAdded("nonSupplyObjects", "postcard"))).not.toContain(
      "france supplies ukraine",
    );
  });
  it("without the list, 'sent a letter to' is read as a supply", () => {
    const text = "France sent a letter to Ukraine.";
    expect(relations(text)).not.toContain("france supplies ukraine");
    expect(relations(text, withoutList("nonSupplyObjects"))).toContain("france supplies ukraine");
  });
});
