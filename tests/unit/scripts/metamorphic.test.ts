/**
 * The metamorphic measure's variants (scripts/metamorphic-variants.ts) are pure rewrites: given a
 * text and a hand-made analysis (sentences, tagged tokens, name mentions), each inserts its words
 * only where the sentence's meaning is kept, and leaves headlines and quoted words alone.
 */
import { describe, expect, it } from "vitest";
import {
  adverbVariant,
  type Analysis,
  appositiveVariant,
  VARIANTS,
  insideQuote,
  openerVariant,
  parenVariant,
  wrapVariant,
} from "../../../scripts/metamorphic-variants.ts";

/**
 * A one-line analysis: tokens split on spaces (a final "." and "'s" their own tokens), tags given
 * in order; `relations` the relation types kg read in the sentence.
 */
function analysis(
  text: string,
  tags: string[],
  names: [string, string][],
  headline = false,
  relations: string[] = [],
): Analysis {
  const tokens = [];
  const re = /'s|[^\s.']+|\./gu;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text)))
    tokens.push({ text: m[0], pos: tags[i++] ?? "X", start: m.index, end: m.index + m[0].length });
  const mentions = names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type };
  });
  const spans = relations.map((relation) => ({ relation, start: 0, end: text.length }));
  return { sentences: [{ start: 0, end: text.length, headline, tokens }], mentions, relations: spans };
}

/** Tags for a sentence: names' words PROPN, the listed verbs VERB, "." PUNCT, other words as given. */
function tag(text: string, tags: Record<string, string>): string[] {
  return (text.match(/'s|[^\s.']+|\./gu) ?? []).map(
    (w) => tags[w] ?? (w === "." ? "PUNCT" : w === "'s" ? "PART" : /^\p{Lu}/u.test(w) ? "PROPN" : "NOUN"),
  );
}

const MEET = "Minister Ana Lind met with Estonia's President Olaf Berg in Oslo.";
const MEET_A = analysis(
  MEET,
  tag(MEET, { met: "VERB", with: "ADP", in: "ADP" }),
  [
    ["Ana Lind", "Person"],
    ["Estonia", "Country"],
    ["Olaf Berg", "Person"],
    ["Oslo", "Location"],
  ],
  false,
  ["meets"],
);

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

  it("appositive sets the paren's aside off with commas or dashes, at the same place", () => {
    const a = analysis(SUPPLY, SUPPLY_TAGS, SUPPLY_NAMES);
    expect(appositiveVariant(SUPPLY, a)).toBe(
      "Norway, which has not commented further, supplied Estonia with rockets.",
    );
    expect(appositiveVariant(SUPPLY, a, true)).toBe(
      "Norway - which has not commented further - supplied Estonia with rockets.",
    );
    const noVerb = "Norway and Estonia signed a deal.";
    const b = analysis(noVerb, ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], SUPPLY_NAMES);
    expect(appositiveVariant(noVerb, b)).toBe(noVerb);
  });

  it("coord-meet and met-with rewrite A met (with) B where kg read a meeting", () => {
    expect(VARIANTS["coord-meet"]!(MEET, MEET_A)).toBe(
      "Minister Ana Lind and Estonia's President Olaf Berg met in Oslo.",
    );
    expect(VARIANTS["met-with"]!(MEET, MEET_A)).toBe(
      "Minister Ana Lind met Estonia's President Olaf Berg in Oslo.",
    );
    const plain = "Ana Lind met Olaf Berg.";
    const p = analysis(
      plain,
      tag(plain, { met: "VERB" }),
      [
        ["Ana Lind", "Person"],
        ["Olaf Berg", "Person"],
      ],
      false,
      ["meets"],
    );
    expect(VARIANTS["met-with"]!(plain, p)).toBe("Ana Lind met with Olaf Berg.");
  });

  it("coord-meet leaves a sentence with a verb coordinated with met, or no meeting read, alone", () => {
    const text = "Ana Lind met Olaf Berg in Oslo and signed a deal.";
    const names: [string, string][] = [
      ["Ana Lind", "Person"],
      ["Olaf Berg", "Person"],
    ];
    const a = analysis(
      text,
      tag(text, { met: "VERB", in: "ADP", and: "CCONJ", signed: "VERB", a: "DET" }),
      names,
      false,
      ["meets"],
    );
    expect(VARIANTS["coord-meet"]!(text, a)).toBe(text);
    const unread = { ...MEET_A, relations: [] };
    expect(VARIANTS["coord-meet"]!(MEET, unread)).toBe(MEET);
  });

  it("passive-supply turns A sold G to B into G was sold to B by A, the time phrase kept last", () => {
    const text = "The Pentagon sold the Patriot system to Estonia last year.";
    const names: [string, string][] = [
      ["Pentagon", "Organization"],
      ["Patriot", "WeaponSystem"],
      ["Estonia", "Country"],
    ];
    const tags = { sold: "VERB", the: "DET", to: "ADP", last: "ADJ" };
    const a = analysis(text, tag(text, tags), names, false, ["supplies"]);
    expect(VARIANTS["passive-supply"]!(text, a)).toBe(
      "The Patriot system was sold to Estonia by the Pentagon last year.",
    );
    const many = "Norway donated 12 rocket launchers to Estonia.";
    const m = analysis(many, tag(many, { donated: "VERB", "12": "NUM", to: "ADP" }), SUPPLY_NAMES, false, [
      "supplies",
    ]);
    expect(VARIANTS["passive-supply"]!(many, m)).toBe(
      "12 rocket launchers were donated to Estonia by Norway.",
    );
  });

  it("passive-supply leaves a sentence with more than subject, verb, goods, recipient and time alone", () => {
    const text = "Norway sold rockets to Estonia and promised more.";
    const a = analysis(
      text,
      tag(text, { sold: "VERB", rockets: "NOUN", to: "ADP", and: "CCONJ", promised: "VERB", more: "ADJ" }),
      SUPPLY_NAMES,
      false,
      ["supplies"],
    );
    expect(VARIANTS["passive-supply"]!(text, a)).toBe(text);
  });

  it("title-list swaps two titled persons, but not when an appositive follows the second", () => {
    const names: [string, string][] = [
      ["Ana Lind", "Person"],
      ["Olaf Berg", "Person"],
    ];
    const text = "Minister Ana Lind and General Olaf Berg met in Oslo.";
    const a = analysis(text, tag(text, { and: "CCONJ", met: "VERB", in: "ADP" }), names);
    expect(VARIANTS["title-list"]!(text, a)).toBe("General Olaf Berg and Minister Ana Lind met in Oslo.");
    const appos = "Minister Ana Lind and General Olaf Berg the army chief met.";
    const b = analysis(appos, tag(appos, { and: "CCONJ", the: "DET", met: "VERB" }), names);
    expect(VARIANTS["title-list"]!(appos, b)).toBe(appos);
  });
});
