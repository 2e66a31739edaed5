/**
 * The metamorphic measure's variants (scripts/metamorphic-variants.ts) are pure rewrites: given a
 * text and a hand-made analysis (sentences, tagged tokens, name mentions), each inserts its words
 * only where the sentence's meaning is kept, and leaves headlines and quoted words alone.
 */
import { describe, expect, it } from "vitest";
import {
  adverbVariant,
  type Analysis,
  insideQuote,
  openerVariant,
  parenVariant,
  wrapVariant,
} from "../../../scripts/metamorphic-variants.ts";

/** A one-line analysis: tokens split on spaces (a final "." its own token), tags given in order. */
function analysis(text: string, tags: string[], names: [string, string][], headline = false): Analysis {
  const tokens = [];
  const re = /[^\s.]+|\./gu;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text)))
    tokens.push({ text: m[0], pos: tags[i++] ?? "X", start: m.index, end: m.index + m[0].length });
  const mentions = names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type };
  });
  return { sentences: [{ start: 0, end: text.length, headline, tokens }], mentions };
}

const SUPPLY = "Norway supplied Estonia with rockets.";
const SUPPLY_TAGS = ["PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"];
const SUPPLY_NAMES: [string, string][] = [
  ["Norway", "Country"],
  ["Estonia", "Country"],
];

describe("metamorphic variants", () => {
  it("opener keeps a name's capital and lower-cases a plain common word", () => {
    expect(openerVariant(SUPPLY, analysis(SUPPLY, SUPPLY_TAGS, SUPPLY_NAMES))).toBe(`Meanwhile, ${SUPPLY}`);
    const text = "Officials said the talks ended.";
    const a = analysis(text, ["NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"], []);
    expect(openerVariant(text, a)).toBe("Meanwhile, officials said the talks ended.");
  });

  it("opener leaves headlines and sentences inside a quotation alone", () => {
    expect(
      openerVariant(
        "Norway supplies Estonia",
        analysis("Norway supplies Estonia", SUPPLY_TAGS, SUPPLY_NAMES, true),
      ),
    ).toBe("Norway supplies Estonia");
    expect(insideQuote('"We agree. Talks went well," he said.', 11)).toBe(true);
    expect(insideQuote("\u201cWe agree.\u201d Talks went well.", 13)).toBe(false);
  });

  it("paren follows a sentence-opening name that a verb follows, with who for a person", () => {
    expect(parenVariant(SUPPLY, analysis(SUPPLY, SUPPLY_TAGS, SUPPLY_NAMES))).toBe(
      "Norway (which has not commented further) supplied Estonia with rockets.",
    );
    const text = "Minister Ana Lind met Olaf Berg.";
    const a = analysis(
      text,
      ["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
      [
        ["Ana Lind", "Person"],
        ["Olaf Berg", "Person"],
      ],
    );
    expect(parenVariant(text, a)).toBe("Minister Ana Lind (who has not commented further) met Olaf Berg.");
    const noVerb = "Norway and Estonia signed a deal.";
    const b = analysis(noVerb, ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], SUPPLY_NAMES);
    expect(parenVariant(noVerb, b)).toBe(noVerb);
  });

  it("adverb puts also before the verb right after the first name, never before a gerund", () => {
    expect(adverbVariant(SUPPLY, analysis(SUPPLY, SUPPLY_TAGS, SUPPLY_NAMES))).toBe(
      "Norway also supplied Estonia with rockets.",
    );
    const text = "Norway sending rockets to Estonia.";
    const a = analysis(text, ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], SUPPLY_NAMES);
    expect(adverbVariant(text, a)).toBe(text);
  });

  it("wrap only moves line breaks, repeatably", () => {
    const text = `${SUPPLY} `.repeat(8).trim();
    const wrapped = wrapVariant(text);
    expect(wrapped.replace(/\n/gu, " ")).toBe(text);
    expect(wrapped.split("\n").every((l) => l.length <= 75)).toBe(true);
    expect(wrapVariant(text)).toBe(wrapped);
  });
});
