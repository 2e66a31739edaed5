/**
 * The early stages read their word lists from the lexicon value (lexicon-schema.ts LexiconWords,
 * built-in lexicon/stage-words.json): two lexicons with other lists in one process extract by their
 * own lists, and malformed lists are typed errors. (Session 34: tagger.ts, clause.ts, 3-entities.ts
 * and 4b-coreference.ts kept these lists as module-level sets or regexes written in code, and
 * chunks.ts and 4-resolve.ts built some from meet-words.json and places.json, the place words
 * of a capital among them.)
 */
import { describe, expect, it } from "vitest";
import { extractDocument, extractDocumentDetailed, loadUserLexicon } from "../../../src/extract/index.ts";
import { parseLexiconWords } from "../../../src/extract/lexicon-schema.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import { resolveExtractOptions } from "../../../src/extract/options.ts";
import type { ExtractOptions } from "../../../src/extract/options.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { relations, entities } from "./_under-lexicon.ts";

/** The names the mentions of `text` carry after resolution under `lexicon`, in order. */
function mentionNames(text: string, lexicon = BUILT_IN_LEXICON): string[] {
  const { mentions } = extractDocumentDetailed({ id: "words.txt", text, meta: {} }, { lexicon });
  return mentions.flat().map((m) => m.name);
}

/** The built-in lexicon with the word list `key` emptied. */
function withoutList(key: keyof typeof BUILT_IN_LEXICON.words) {
  return createLexicon([], BUILT_IN_LEXICON, { ...BUILT_IN_LEXICON.words, [key]: [] });
}

/** The part of speech the tagger gives `word` in `text` under `lexicon`. */
function tagOf(text: string, word: string, lexicon = BUILT_IN_LEXICON): string | undefined {
  const { sentences } = extractDocumentDetailed({ id: "words.txt", text, meta: {} }, { lexicon });
  return sentences[0]?.tokens.find((t) => t.text === word)?.pos;
}

/** The error code `run` throws, or null. */
function codeOf(run: () => unknown): string | null {
  try {
    run();
  } catch (err) {
    return isKgError(err) ? err.code : "untyped";
  }
  return null;
}

describe("the tagger's subject words, by the lexicon value", () => {
  it("reads a relative pronoun's plural-looking verb by the lexicon's subject pronouns, and not under others", () => {
    const text = "North Korea, which supplies the shells to Russia, was sanctioned.";
    const withoutWhich = createLexicon([], BUILT_IN_LEXICON, {
      ...BUILT_IN_LEXICON.words,
      subjectPronouns: BUILT_IN_LEXICON.words.subjectPronouns.filter((w) => w !== "which"),
    });
    expect(relations(text)).toEqual(["north-korea supplies russia"]);
    expect(relations(text, withoutWhich)).toEqual([]);
    expect(relations(text)).toEqual(["north-korea supplies russia"]);
  });

  it("reads a singular subject's verb by the lexicon's subject determiners", () => {
    const text = "Egypt said its army plans to buy Rafale jets from France.";
    const withoutIts = loadUserLexicon({
      entities: [],
      words: { subjectDeterminers: BUILT_IN_LEXICON.words.subjectDeterminers.filter((w) => w !== "its") },
    });
    expect(tagOf(text, "plans")).toBe("VERB");
    expect(tagOf(text, "plans", withoutIts)).toBe("NOUN");
    expect(withoutIts.words.subjectPronouns).toBe(BUILT_IN_LEXICON.words.subjectPronouns);
  });
});

describe("the chunker's pair prepositions, by the lexicon value", () => {
  it("keeps two actors a preposition of the lexicon's pairPrepositions takes in one list, and not under others", () => {
    const text = "A meeting between Putin and Xi takes place in Moscow on Monday.";
    const withoutPairs = createLexicon([], BUILT_IN_LEXICON, {
      ...BUILT_IN_LEXICON.words,
      pairPrepositions: [],
    });
    expect(relations(text)).toEqual(["vladimir-putin meets xi-jinping"]);
    expect(relations(text, withoutPairs)).toEqual([]);
    expect(relations(text)).toEqual(["vladimir-putin meets xi-jinping"]);
  });
});

describe("an office before a name, by the lexicon's deictic adverbs", () => {
  it("closes a titled name with an adverb of the lexicon's deicticAdverbs, and not under others", () => {
    const text =
      "The Indian envoy called on the Chief of the Army Staff of Nepal, General Ashok Raj Sigdel here on Monday.";
    const withoutDeictic = createLexicon([], BUILT_IN_LEXICON, {
      ...BUILT_IN_LEXICON.words,
      deicticAdverbs: [],
    });
    expect(relations(text)).toEqual(["ashok-raj-sigdel affiliated_with nepal"]);
    expect(relations(text, withoutDeictic)).toEqual([]);
    expect(relations(text)).toEqual(["ashok-raj-sigdel affiliated_with nepal"]);
  });
});

describe("a unit at a body, by the lexicon's portfolio holders (session 34's venueTitleWords, the same list)", () => {
  it("reads a body after a title with a word of the lexicon's portfolioHolders as a venue, and as the unit's body under others", () => {
    const text =
      "Venezuela's Minister of Foreign Relations at the United Nations, Samuel Moncada, spoke on Monday.";
    const withoutVenues = createLexicon([], BUILT_IN_LEXICON, {
      ...BUILT_IN_LEXICON.words,
      portfolioHolders: [],
    });
    expect(relations(text)).not.toContain("samuel-moncada affiliated_with united-nations");
    expect(relations(text, withoutVenues)).toContain("samuel-moncada affiliated_with united-nations");
    expect(relations(text)).not.toContain("samuel-moncada affiliated_with united-nations");
  });
});

describe("a pair anaphor, by the lexicon's pair nouns", () => {
  it("reads 'the two men' as the last two people named under lists that name the noun, and not under others", () => {
    const text = "Sergei Lavrov met Wang Yi in Beijing, and the two men held talks with Kim Jong Un.";
    const withoutPairs = createLexicon([], BUILT_IN_LEXICON, { ...BUILT_IN_LEXICON.words, pairNouns: [] });
    expect(relations(text)).toContain("kim-jong-un meets wang-yi");
    expect(relations(text, withoutPairs)).toEqual(["sergei-lavrov meets wang-yi"]);
    expect(relations(text)).toContain("kim-jong-un meets wang-yi");
  });
});

describe("the entity finder's domain words, by the lexicon value", () => {
  it("reads capitalised words after a length of the lexicon's lengthUnits as a craft's model, and not under others", () => {
    const text = "Japan delivered a 25-ft Safe Response Boat to the Philippine Coast Guard.";
    expect(relations(text)).toContain("japan supplies safe-response-boat");
    expect(relations(text, withoutList("lengthUnits"))).not.toContain("japan supplies safe-response-boat");
    expect(relations(text)).toContain("japan supplies safe-response-boat");
  });

  it("reads words after a title of the lexicon's portfolioHolders and 'of' as a portfolio, and as a body under others", () => {
    const text = "The Minister of Strategic Industries said Israel would buy the jets.";
    expect(entities(text)).toEqual(["Israel/Country"]);
    expect(entities(text, withoutList("portfolioHolders"))).toContain("Strategic Industries/Organization");
    expect(entities(text)).toEqual(["Israel/Country"]);
  });

  it("reads three capitals before an amount with a word of the lexicon's amountMagnitudes as a currency, and as an acronym under others", () => {
    const text = "Israel will pay NIS 2 billion for the jets, the ministry said.";
    expect(entities(text)).toEqual(["Israel/Country"]);
    expect(entities(text, withoutList("amountMagnitudes"))).toContain(
      "National Intelligence Service/Organization",
    );
    expect(entities(text)).toEqual(["Israel/Country"]);
  });

  it("types a name before a relative clause and a verb of the lexicon's nameSpeechVerbs as a person, and not under others", () => {
    const text = "Al-Maliki Haddad (who heads the agency) added that Iraq would buy the jets.";
    expect(entities(text)).toContain("Al-Maliki Haddad/Person");
    expect(entities(text, withoutList("nameSpeechVerbs"))).not.toContain("Al-Maliki Haddad/Person");
    expect(entities(text)).toContain("Al-Maliki Haddad/Person");
  });
});

describe("an unnamed voice, by the lexicon's unnamed voice titles", () => {
  it("reads a title of the lexicon's unnamedVoiceTitles after a body as the body's voice, and not under others", () => {
    const text = "An Iranian Foreign Ministry spokesman said he had warned Israel.";
    expect(relations(text)).toContain("iranian-foreign-ministry assesses israel");
    expect(relations(text, withoutList("unnamedVoiceTitles"))).not.toContain(
      "iranian-foreign-ministry assesses israel",
    );
    expect(relations(text)).toContain("iranian-foreign-ministry assesses israel");
  });
});

describe("a capital as a destination, by the lexicon's destination words", () => {
  it("reads a capital after a word of the lexicon's destinationWords as the government it has acted as, and as the place under others", () => {
    const text =
      "The summit was held in Baku. Baku said it wanted peace. Israel's message to Baku was clear.";
    expect(mentionNames(text).at(-1)).toBe("Azerbaijan");
    expect(mentionNames(text, withoutList("destinationWords")).at(-1)).toBe("Baku");
    expect(mentionNames(text).at(-1)).toBe("Azerbaijan");
  });
});

describe("a capital as a place, by the lexicon's place words", () => {
  // A capital the document never tells as a place names its government at every mention.
  it.each([
    ["placeBefore", "Talks were held near Baku on Monday."],
    ["placeAfter", "Flooding hit the Baku area on Monday."],
    ["placeMotion", "The minister's trip to Baku was cancelled."],
    ["placeRelativeOf", "Shelling hit villages north of Baku on Monday."],
  ] as const)(
    "reads Baku as the place by the lexicon's %s, and as the government without it",
    (key, text) => {
      expect(mentionNames(text)).toContain("Baku");
      expect(mentionNames(text, withoutList(key))).toContain("Azerbaijan");
      expect(mentionNames(text, withoutList(key))).not.toContain("Baku");
    },
  );
});

describe("a patronymic name, by the lexicon's patronymic particles", () => {
  it("reads a place's one-word name before a word of patronymicParticles as a given name, and as the place without it", () => {
    const text = "Princess Haifa bint Abdulaziz met the envoy.";
    expect(entities(text)).toContain("Haifa bint Abdulaziz/Person");
    expect(entities(text, withoutList("patronymicParticles"))).toContain("Haifa/Location");
    expect(entities(text, withoutList("patronymicParticles"))).not.toContain("Haifa bint Abdulaziz/Person");
  });
});

describe("a city or a building in a name, by the lexicon's name words", () => {
  it("reads a body named for its building after a word of seatBodyPrepositions as the building, and as the body without it", () => {
    const text = "The two ministers met at the Pentagon on Monday.";
    expect(entities(text)).toContain("Pentagon/Location");
    expect(entities(text, withoutList("seatBodyPrepositions"))).toContain("Pentagon/Organization");
  });

  it.each([
    ["documentNameHeads", "Both countries signed the Ottawa Convention in 1997.", "Canada/Country"],
    ["eventNameOpeners", "Ships from Malaysia joined Exercise Bersama Lima on Monday.", "Peru/Country"],
  ] as const)(
    "drops a city inside a name by the lexicon's %s, and reads its country without it",
    (key, text, country) => {
      expect(entities(text)).not.toContain(country);
      expect(entities(text, withoutList(key))).toContain(country);
    },
  );
});

describe("a body's prefix and a leader's participle, by the lexicon's words (session 35: one set each in four modules)", () => {
  it("keeps a word of bodyPrefixes before a demonym in the body's name, and leaves it out without it", () => {
    const text = "A Kenyan delegation and the Royal Thai Navy held talks with Japan.";
    expect(entities(text)).toContain("Royal Thai Navy/Organization");
    expect(relations(text)).toContain("japan meets royal-thai-navy");
    expect(entities(text, withoutList("bodyPrefixes"))).toContain("Thai Navy/Organization");
    expect(entities(text, withoutList("bodyPrefixes"))).not.toContain("Royal Thai Navy/Organization");
  });

  it.each([
    [
      "A Saudi delegation led by Deputy Crown Prince Mohammad bin Salman met President Joe Biden in Washington.",
      ["mohammad-bin-salman affiliated_with saudi-arabia", "joe-biden meets mohammad-bin-salman"],
    ],
    [
      "The Chinese delegation, led by General Li Wei, held talks with Pakistan's army chief.",
      ["li-wei affiliated_with china"],
    ],
  ] as const)("reads the leader after a word of leadParticiples and 'by': %s", (text, facts) => {
    for (const fact of facts) expect(relations(text)).toContain(fact);
    expect(entities(text, withoutList("leadParticiples"))).toEqual(entities(text));
    for (const fact of facts) expect(relations(text, withoutList("leadParticiples"))).not.toContain(fact);
  });
});

describe("government nouns, referring determiners and owner pronouns, by the lexicon's words (session 35: sets in several modules)", () => {
  it("continues a government's sentence with 'It' by governmentNouns, and not without them", () => {
    const text = "The Ghanaian government thanked Nigeria for the support. It criticised Togo for the delay.";
    expect(relations(text)).toContain("ghana assesses togo");
    expect(entities(text, withoutList("governmentNouns"))).toEqual(entities(text));
    expect(relations(text, withoutList("governmentNouns"))).not.toContain("ghana assesses togo");
  });

  it("reads a capital before 's and a word of capitalGovernmentWords as its government, and as the place without them", () => {
    const text =
      "Delegates met in Pyongyang on Monday. Pyongyang's decision to send troops to Russia alarmed Seoul.";
    expect(entities(text)).toContain("North Korea/Country");
    expect(entities(text, withoutList("capitalGovernmentWords"))).not.toContain("North Korea/Country");
  });

  it("gives the sentence before 'X made the remarks' X as its speaker by referringDeterminers, and none without them", () => {
    const text =
      "China urged the Philippines to cease its provocations. Spokesperson Guo Jiakun made the remarks at a regular press briefing.";
    const speaker = (lexicon = BUILT_IN_LEXICON): string | undefined =>
      extractDocumentDetailed({ id: "words.txt", text, meta: {} }, { lexicon }).sentences[0]?.quotedBy
        ?.speaker.name;
    expect(speaker()).toBe("Guo Jiakun");
    expect(speaker(withoutList("referringDeterminers"))).toBeUndefined();
  });

  it.each([
    ["Pakistan displayed its J-10C jets, supplied by China, at the parade.", "china supplies pakistan"],
    ["Germany has continued its military assistance to Ukraine.", "germany supplies ukraine"],
  ] as const)("reads 'its' of ownerPronouns as the one actor before it: %s", (text, fact) => {
    expect(relations(text)).toContain(fact);
    expect(entities(text, withoutList("ownerPronouns"))).toEqual(entities(text));
    expect(relations(text, withoutList("ownerPronouns"))).not.toContain(fact);
  });
});

describe("clause words by the lexicon's lists (session 36: grammar.ts lists written in TypeScript)", () => {
  it("gives a promise's infinitive to the promiser by subjectControlVerbs, and to the object without them", () => {
    const text = "Canada promised Ukraine to transfer 50 LAV armoured vehicles.";
    const hedged = (lexicon = BUILT_IN_LEXICON): string[] =>
      extractDocument({ id: "words.txt", text, meta: {} }, { lexicon }).hedged.map(
        (r) => `${r.source} ${r.relation} ${r.target}`,
      );
    expect(hedged()).toContain("canada supplies armoured-vehicle");
    expect(relations(text)).not.toContain("ukraine supplies armoured-vehicle");
    expect(entities(text, withoutList("subjectControlVerbs"))).toEqual(entities(text));
    expect(relations(text, withoutList("subjectControlVerbs"))).toContain(
      "ukraine supplies armoured-vehicle",
    );
  });

  it("ends a trigger's objects at a main verb with a determined object by mainVerbObjectOpeners, and not without them", () => {
    const text =
      "Turkey's decision to buy Russian-made S-400 systems rendered the F-35 programme impossible.";
    expect(relations(text)).toContain("russia supplies s-400");
    expect(relations(text)).not.toContain("russia supplies f-35");
    expect(entities(text, withoutList("mainVerbObjectOpeners"))).toEqual(entities(text));
    expect(relations(text, withoutList("mainVerbObjectOpeners"))).toContain("russia supplies f-35");
  });
});

describe("word lists are validated", () => {
  it("gives INVALID_INPUT for an unknown list, a list that is not strings, and a missing list without a base", () => {
    const base = BUILT_IN_LEXICON.words;
    expect(codeOf(() => parseLexiconWords({ subjectPronoun: ["he"] }, base))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseLexiconWords({ subjectPronouns: ["he", 3] }, base))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseLexiconWords({ subjectPronouns: "he" }, base))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseLexiconWords(["he"], base))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseLexiconWords({ subjectPronouns: ["he"] }))).toBe("INVALID_INPUT");
    expect(codeOf(() => loadUserLexicon({ entities: [], words: { nouns: [] } }))).toBe("INVALID_INPUT");
    expect(parseLexiconWords({ subjectPronouns: ["he"] }, base).subjectPronouns).toEqual(["he"]);
  });

  it("gives INVALID_OPTION for a lexicon option without word lists", () => {
    const options = { lexicon: { entries: [] } } as unknown as ExtractOptions;
    expect(codeOf(() => resolveExtractOptions(options))).toBe("INVALID_OPTION");
  });
});
