/**
 * Unit tests of the pipeline stages: segmentation (headlines, furniture, abbreviations),
 * entity typing by the fallback, and resolution (acronyms, surnames, "the North", capitals).
 */
import { describe, expect, it } from "vitest";
import { createTextView } from "../../../src/extract/0-normalise.ts";
import { segmentText } from "../../../src/extract/1-segment.ts";
import { originalSpan } from "../../../src/extract/text-view.ts";
import { extractDocument, extractDocumentDetailed, loadUserLexicon } from "../../../src/extract/index.ts";
import { isKgError } from "../../../src/model/errors.ts";
import type { Extraction } from "../../../src/model/types.ts";

const run = (text: string): Extraction => extractDocument({ id: "t.txt", text, meta: {} });
const entity = (x: Extraction, name: string) => x.entities.find((e) => e.name === name);
/** The sentences of a text as the pipeline cuts them (through the normalised view), as written. */
const sentences = (text: string) => {
  const view = createTextView(text);
  return segmentText(view.text).map((s) => ({
    text: originalSpan(view, s.start, s.end).text,
    headline: s.headline,
  }));
};

describe("segmentation", () => {
  const table: [string, string, { text: string; headline: boolean }[]][] = [
    [
      "a line without final punctuation is a headline",
      "Kim Unveils New Military Drones\nKim met Putin.",
      [
        { text: "Kim Unveils New Military Drones", headline: true },
        { text: "Kim met Putin.", headline: false },
      ],
    ],
    [
      "the text's last line, cut off mid-sentence as an excerpt ends, is prose, not a headline",
      "Officials met on Monday.\n\nThe agency said Moldova remained determined to c",
      [
        { text: "Officials met on Monday.", headline: false },
        { text: "The agency said Moldova remained determined to c", headline: false },
      ],
    ],
    [
      "a title-case last line, or a line that is the whole text, stays a headline",
      "Officials met on Monday.\nPeru Hands Over Two Boats\n",
      [
        { text: "Officials met on Monday.", headline: false },
        { text: "Peru Hands Over Two Boats", headline: true },
      ],
    ],
    [
      "a one-line text without final punctuation is a headline",
      "Peru hands over two boats to Chile",
      [{ text: "Peru hands over two boats to Chile", headline: true }],
    ],
    [
      "a long lede without its period is prose, not a headline",
      `${"word ".repeat(25)}end`,
      [{ text: `${"word ".repeat(25)}end`, headline: false }],
    ],
    [
      "U.S. inside a sentence does not end it",
      "The U.S. Navy sent ships. They arrived.",
      [
        { text: "The U.S. Navy sent ships.", headline: false },
        { text: "They arrived.", headline: false },
      ],
    ],
    [
      "a stop glued to the next sentence's capitalised word ends a sentence, not a site's domain or an abbreviation",
      "It ends this year.Korean officials said so, News.Az reported, citing Gen.Park.",
      [
        { text: "It ends this year.", headline: false },
        { text: "Korean officials said so, News.Az reported, citing Gen.Park.", headline: false },
      ],
    ],
    [
      "Mr. and Gen. do not end sentences",
      "Mr. Lee met Gen. Park on Monday.",
      [{ text: "Mr. Lee met Gen. Park on Monday.", headline: false }],
    ],
    [
      "a month abbreviation does not end a sentence",
      "The drills began on Jan. 5 near the border.",
      [{ text: "The drills began on Jan. 5 near the border.", headline: false }],
    ],
    [
      "a month's abbreviation before a capitalised word is a name's end that ends the sentence",
      "Austin met Defence Minister Dong Jun. Chinese media said the talks were candid.",
      [
        { text: "Austin met Defence Minister Dong Jun.", headline: false },
        { text: "Chinese media said the talks were candid.", headline: false },
      ],
    ],
    [
      "a quote's closing mark stays with its sentence",
      "“We are ready.” Rudenko said so.",
      [
        { text: "“We are ready.”", headline: false },
        { text: "Rudenko said so.", headline: false },
      ],
    ],
    [
      "page furniture is not content",
      "Back to top\nAdvertisement\nIran sent drones.\ncomments powered by HyperComments",
      [{ text: "Iran sent drones.", headline: false }],
    ],
    [
      "a dateline is stripped from the sentence",
      "SEOUL, March 27 (Reuters) - North Korea fired a missile.",
      [{ text: "North Korea fired a missile.", headline: false }],
    ],
    [
      "a dateline with its agencies and year in brackets and no dash is stripped",
      "SOCHI (UrduPoint News / Sputnik - 25th October, 2019) The army needs more weapons.",
      [{ text: "The army needs more weapons.", headline: false }],
    ],
    [
      "an acronym spelled out in brackets is no dateline",
      "NATO (North Atlantic Treaty Organization) leaders met in Vilnius.",
      [{ text: "NATO (North Atlantic Treaty Organization) leaders met in Vilnius.", headline: false }],
    ],
    [
      "a related-story link, a banner label and a blog's search box are furniture, not headlines",
      "Chile Hands Over Two Frigates to Peru\nBreaking News\nAlso Read: Norway condemns Iran's drone sales to Russia\nSearch This Blog\nChile sent frigates.",
      [
        { text: "Chile Hands Over Two Frigates to Peru", headline: true },
        { text: "Chile sent frigates.", headline: false },
      ],
    ],
    [
      "a short line calling on the reader is furniture; a sentence naming a newsletter is prose",
      "Get The Lagos Herald's Morning Brief by email and never miss our top stories Free Sign Up\nKenya bought jets, the trade newsletter Air Notes reported.",
      [{ text: "Kenya bought jets, the trade newsletter Air Notes reported.", headline: false }],
    ],
    [
      "reporting credits are not content",
      "Iran sent drones.\n(Reporting by Jane Doe; Editing by John Smith)",
      [{ text: "Iran sent drones.", headline: false }],
    ],
    [
      "a hard-wrapped paragraph runs on across its line breaks: a next line in lower case, or a line of prose ending in a function word or a title's abbreviation",
      "For the third time, the Dutch navy has\nreleased a report that Omani boats were\ntransferred to Kenya. Officials donated trucks to the\nUganda Army.Acting Minister Lt\nGen\nJames Okello thanked them.",
      [
        {
          text: "For the third time, the Dutch navy has\nreleased a report that Omani boats were\ntransferred to Kenya.",
          headline: false,
        },
        { text: "Officials donated trucks to the\nUganda Army.", headline: false },
        { text: "Acting Minister Lt\nGen\nJames Okello thanked them.", headline: false },
      ],
    ],
    [
      "a headline in sentence case stays apart from the lede that follows it, a byline from the text, and a list's items from each other",
      "Peru, Chile meet on border security issues\nPeruvian President Ana Ruiz met Chilean leaders.\nBy AFP,\nLima: Peru bought boats.\n- Ten hurt in a storm on\n- Chile Sells Boats",
      [
        { text: "Peru, Chile meet on border security issues", headline: true },
        { text: "Peruvian President Ana Ruiz met Chilean leaders.", headline: false },
        { text: "By AFP,", headline: true },
        { text: "Lima: Peru bought boats.", headline: false },
        { text: "- Ten hurt in a storm on", headline: true },
        { text: "- Chile Sells Boats", headline: true },
      ],
    ],
    [
      "wire copy hard-wrapped without blank lines: a full line runs on before a capitalised word, a name or a dash; an abbreviation at a line's end lets the splitter decide; a stop ends the sentence",
      "Norway buys tanks from Germany\nOSLO, May 3 (Reuters) - The Norwegian Defence Ministry has\nsigned a contract for 54 Leopard 2A8 tanks worth an estimated $2.1\nbillion, officials said on Tuesday. The deal was approved by the\nStorting, which notified the U.S.\nCongress. Other suppliers named by the ministry include Rheinmetall AG,\nKongsberg Gruppen ASA and Nammo AS, a unit of the Defence Minister\n– the agency said.\nThe tanks will arrive in 2026.",
      [
        { text: "Norway buys tanks from Germany", headline: true },
        {
          text: "The Norwegian Defence Ministry has\nsigned a contract for 54 Leopard 2A8 tanks worth an estimated $2.1\nbillion, officials said on Tuesday.",
          headline: false,
        },
        {
          text: "The deal was approved by the\nStorting, which notified the U.S.\nCongress.",
          headline: false,
        },
        {
          text: "Other suppliers named by the ministry include Rheinmetall AG,\nKongsberg Gruppen ASA and Nammo AS, a unit of the Defence Minister\n– the agency said.",
          headline: false,
        },
        { text: "The tanks will arrive in 2026.", headline: false },
      ],
    ],
    [
      "in hard-wrapped text, a line before a list's item, a word that opens sentences or a blank line stays apart; a word's hyphen at a line's end joins with no space",
      "Officials of the Kenyan Ministry of Defence said the anti-\nship missiles and the other equipment were handed over on Monday\n• Two patrol boats delivered to the Kenya Navy in Mombasa port\nThe handover ceremony was attended by the Chief of Defence Forces\nand by the Italian ambassador, who said the boats would be a\nsymbol of the friendship between Italy and Kenya and its navy\n\nMore boats will follow next year, the ministry said.",
      [
        {
          text: "Officials of the Kenyan Ministry of Defence said the anti-\nship missiles and the other equipment were handed over on Monday",
          headline: true,
        },
        { text: "• Two patrol boats delivered to the Kenya Navy in Mombasa port", headline: true },
        {
          text: "The handover ceremony was attended by the Chief of Defence Forces\nand by the Italian ambassador, who said the boats would be a\nsymbol of the friendship between Italy and Kenya and its navy",
          headline: false,
        },
        { text: "More boats will follow next year, the ministry said.", headline: false },
      ],
    ],
    [
      "a hard-wrapped text's first line without an article or auxiliary is its headline; with one, it is prose that runs on",
      "Peru and Chile sign patrol boat deal during Lima state visit\nPeruvian Defence Minister Walter Ruiz met his Chilean counterpart\nAna Soto in Lima on Monday, where the two signed a deal on eight\nboats built by the state shipyard SIMA, the ministry said.\nThe Chilean Navy will receive the first boat in May next year.",
      [
        { text: "Peru and Chile sign patrol boat deal during Lima state visit", headline: true },
        {
          text: "Peruvian Defence Minister Walter Ruiz met his Chilean counterpart\nAna Soto in Lima on Monday, where the two signed a deal on eight\nboats built by the state shipyard SIMA, the ministry said.",
          headline: false,
        },
        { text: "The Chilean Navy will receive the first boat in May next year.", headline: false },
      ],
    ],
  ];
  for (const [label, text, expected] of table) {
    it(label, () => {
      expect(sentences(text)).toEqual(expected);
    });
  }

  it("keeps offsets exact after a stripped dateline", () => {
    const text = "MOSCOW (AP) — Russia denied the report.";
    const [s] = segmentText(text);
    expect(s && text.slice(s.start, s.end)).toBe("Russia denied the report.");
  });
});

describe("entity typing by the fallback", () => {
  const table: [string, string, string, string][] = [
    [
      "a name after a title is a Person",
      "Defence Minister Pal Jonson said the plan was ready.",
      "Pal Jonson",
      "Person",
    ],
    [
      "a Ministry of ... name is an Organization",
      "The Ministry of Emergency Situations issued a note.",
      "Ministry of Emergency Situations",
      "Organization",
    ],
    [
      "a name ending in Command is an Organization",
      "The Northern Fleet Command moved ships.",
      "Northern Fleet Command",
      "Organization",
    ],
    [
      "a name after a place preposition is a Location",
      "Fighting intensified near Chasiv Yar on Monday.",
      "Chasiv Yar",
      "Location",
    ],
    [
      "a known given name makes a Person",
      "Analysts quoted by Maria Kowalski disagreed.",
      "Maria Kowalski",
      "Person",
    ],
    [
      "a hyphenated Korean given name stays one Person",
      "Spokesperson Lee Sung-joon said nothing.",
      "Lee Sung-joon",
      "Person",
    ],
    [
      "a designator with its name is one WeaponSystem",
      "Photos showed the RQ-4B Global Hawk.",
      "RQ-4B Global Hawk",
      "WeaponSystem",
    ],
    [
      "a maker before a designator stays in the name",
      "It resembled a Boeing E-7 Wedgetail.",
      "Boeing E-7 Wedgetail",
      "WeaponSystem",
    ],
    [
      "calibre and class make a WeaponSystem, singular",
      "They sent 240mm multiple rocket launchers.",
      "240mm multiple rocket launcher",
      "WeaponSystem",
    ],
  ];
  for (const [label, text, name, type] of table) {
    it(label, () => {
      expect(entity(run(text), name)?.type, JSON.stringify(run(text).entities)).toBe(type);
    });
  }

  it("does not make entities of sentence openers, months or events", () => {
    const x = run("Additionally, Experts met in January. The Korean War ended. Photos showed nothing.");
    expect(x.entities.map((e) => e.name)).toEqual([]);
  });

  it("folds plural and singular weapon names into one entity", () => {
    const x = run("Iran sent attack drones. One attack drone crashed.");
    expect(x.entities.filter((e) => e.type === "WeaponSystem").map((e) => e.name)).toEqual(["attack drone"]);
  });

  it("splits coordinated weapon classes", () => {
    const names = run("Kim observed reconnaissance and attack drones.").entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["reconnaissance drone", "attack drone"]));
  });
});

describe("resolution", () => {
  it("links an acronym defined in parentheses to the full name", () => {
    const x = run("The Defence Intelligence Directorate (DID) said so. Later, the DID added details.");
    expect(entity(x, "Defence Intelligence Directorate")?.aliases).toContain("DID");
    expect(x.entities).toHaveLength(1);
  });

  it("resolves a surname to the full name seen earlier", () => {
    const x = run("Russian envoy Dmitri Kozak arrived. Kozak said little.");
    expect(entity(x, "Dmitri Kozak")?.mentions).toBe(2);
    expect(entity(x, "Kozak")).toBeUndefined();
  });

  it("resolves a known leader's surname without a full name", () => {
    expect(entity(run("Putin said the war would continue."), "Vladimir Putin")?.type).toBe("Person");
  });

  it("resolves 'the North' to North Korea when a Korea is present", () => {
    const x = run("South Korea said the North fired a missile.");
    expect(entity(x, "North Korea")?.aliases).toContain("the North");
  });

  it("drops 'the North' when no Korea is present", () => {
    expect(entity(run("Troops moved to the North of the country."), "North Korea")).toBeUndefined();
  });

  it("makes a capital that speaks its country", () => {
    const x = run("Pyongyang said the drills were a provocation.");
    expect(entity(x, "North Korea")?.type).toBe("Country");
    expect(entity(x, "Pyongyang")).toBeUndefined();
  });

  it("keeps a capital that is only a place a Location", () => {
    const x = run("Kim met Putin in Pyongyang.");
    expect(entity(x, "Pyongyang")?.type).toBe("Location");
  });

  it("resolves 'the Russian president' to the president named earlier", () => {
    const x = run(
      "Russian President Vladimir Putin arrived. The Russian president said that China was a partner.",
    );
    expect(entity(x, "Vladimir Putin")?.mentions).toBe(1);
    expect(x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain(
      "vladimir-putin assesses china",
    );
  });

  it("names a generic ministry after its country and reuses that name later", () => {
    const x = run(
      "The Russian Foreign Ministry protested. Later the Foreign Ministry said that Ukraine had lied.",
    );
    expect(x.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual([
      "Russian Foreign Ministry",
    ]);
  });

  it("does not take a parenthesised agency for an acronym of the place before it", () => {
    expect(entity(run("Officials in Poland (AP) said so."), "Poland")?.aliases ?? []).not.toContain("AP");
  });

  it("resolves he to the last person named", () => {
    const x = run("Lloyd Austin visited Seoul. He said that China was a threat.");
    expect(x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain(
      "lloyd-austin assesses china",
    );
  });

  it("records the rule and trigger of every fact", () => {
    const { extraction } = extractDocumentDetailed({
      id: "t.txt",
      text: "Iran sent drones to Russia.",
      meta: { date: "2025-01-02" },
    });
    const [evidence] =
      extraction.relations.find((r) => r.source === "iran" && r.target === "russia")?.evidence ?? [];
    expect(evidence).toMatchObject({
      trigger: "sent",
      rule: "supply-send",
      modality: "asserted",
      headline: false,
      date: "2025-01-02",
    });
  });
});

describe("options and user lexicon", () => {
  it("rejects a non-boolean headlineRelations with INVALID_OPTION", () => {
    let caught: unknown;
    try {
      extractDocument({ id: "t", text: "x", meta: {} }, { headlineRelations: "yes" as unknown as boolean });
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, "INVALID_OPTION")).toBe(true);
  });

  it("extracts with the lexicon it is given, and only for that call", () => {
    const text = { id: "t", text: "Azov fighters held the line.", meta: {} };
    const lexicon = loadUserLexicon([{ name: "Azov Brigade", type: "Organization", aliases: ["Azov"] }]);
    expect(entity(extractDocument(text, { lexicon }), "Azov Brigade")?.type).toBe("Organization");
    expect(entity(extractDocument(text), "Azov Brigade")).toBeUndefined();
  });

  it("rejects a lexicon entry with an unknown type with INVALID_INPUT", () => {
    let caught: unknown;
    try {
      loadUserLexicon([{ name: "X", type: "Planet" }]);
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, "INVALID_INPUT")).toBe(true);
  });
});

describe("several documents", () => {
  it("merge one entity per real-world thing across documents", async () => {
    const { extractDocuments } = await import("../../../src/extract/index.ts");
    const x = extractDocuments([
      { id: "a.txt", text: "North Korean leader Kim Jong Un met Sergei Shoigu.", meta: {} },
      { id: "b.txt", text: "Pyongyang said Kim would visit Moscow. Shoigu arrived.", meta: {} },
    ]);
    expect(x.entities.filter((e) => e.name === "North Korea")).toHaveLength(1);
    expect(entity(x, "Sergei Shoigu")?.mentions).toBe(2);
    expect(entity(x, "Kim")).toBeUndefined();
  });
});
