/**
 * Headline verbs (headline-verbs.ts) and headline commas (headline-commas.ts): the tags that a
 * headline line left without a verb takes from its body's verbs and its own grammar, and the
 * comma read as "and" between the two names of a headline's subject; a title-case participle
 * before its agent (title-case.ts).
 */
import { describe, expect, it } from "vitest";
import { extractDocumentDetailed } from "../../../src/extract/index.ts";

/** The tag and lower-case form of each token of the first line of `text`, as "word/TAG". */
function headline(text: string): string[] {
  const first = extractDocumentDetailed({ id: "h.txt", text, meta: {} }).sentences[0];
  return (first?.tokens ?? []).map((t) => `${t.text}/${t.pos}`);
}

describe("verbs of verbless headlines", () => {
  const cases: { label: string; text: string; has: string[] }[] = [
    {
      label: "a third-person form after a name, before an object, in a sentence-case line",
      text: "Moldova summons Russian ambassador after airspace breach\n\nThe ministry said so.",
      has: ["summons/VERB"],
    },
    {
      label: "a base form after two names joined by a comma, before an object",
      text: "Peru, Brazil sign military cooperation agreement\n\nThe ministers met in Lima.",
      has: ["sign/VERB"],
    },
    {
      label: "a third-person form before an amount",
      text: "Finland signs €317m air defence purchase deal with Israel\n\nThe ministry said so.",
      has: ["signs/VERB"],
    },
    {
      label: "a title-case verb after a plural-looking body's name, told by the body",
      text: "Chief of Staff of the Senegalese Armed Forces Pays Courtesy Call on VP Jallow\n\nThe chief paid a courtesy call on the Vice President.",
      has: ["Forces/PROPN", "Pays/VERB"],
    },
    {
      label: "a title-case verb read as a noun, told by the body, beside a hyphened participle",
      text: "Pakistan Navy Commissions Chinese-Built Frigate\n\nThe navy commissioned its fourth frigate on Monday.",
      has: ["Navy/PROPN", "Commissions/VERB"],
    },
    {
      label: "a third-person form before a common noun, with no such verb in the body, stays a noun",
      text: "Sudan cuts ties with UAE\n\nThe ministry said so.",
      has: ["cuts/NOUN"],
    },
    {
      label: "a line's last word heads its noun phrase",
      text: "Female Liberian rebels\n\nThe rebels fought on; some rebels fled.",
      has: ["rebels/NOUN"],
    },
    {
      label: "a capitalised word in a sentence-case line is a name's",
      text: "Egypt Hand over military equipment to Somali government\n\nThe ambassador handed over the equipment.",
      has: ["Hand/PROPN"],
    },
    {
      label: "a title-case past form read as an adjective before 'By' is a participle",
      text: "Type 053 Frigate Gifted By China Arrives In Colombo\n\nThe ship arrived on Monday.",
      has: ["Gifted/VERB"],
    },
  ];
  for (const c of cases)
    it(c.label, () => {
      expect(headline(c.text)).toEqual(expect.arrayContaining(c.has));
    });
});

describe("a headline's comma between two names", () => {
  it("is read as 'and' before a base-form verb", () => {
    const first = extractDocumentDetailed({ id: "h.txt", text: "Xi, Putin meet in Moscow\n\nx.", meta: {} })
      .sentences[0];
    const comma = first?.tokens[1];
    expect(comma?.text).toBe(",");
    expect(comma?.lower).toBe("and");
    expect(comma?.pos).toBe("PUNCT");
  });

  it("stays a comma in a dateline in capitals and before a past form", () => {
    for (const text of ["MOSCOW, Russia says it sent tanks to Syria", "Xi, Putin met in Moscow"]) {
      const first = extractDocumentDetailed({ id: "h.txt", text, meta: {} }).sentences[0];
      expect(first?.tokens[1]?.lower).toBe(",");
    }
  });
});
