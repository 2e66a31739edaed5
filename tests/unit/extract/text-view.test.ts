/**
 * Unit tests of stage 0's normalised view (0-normalise.ts, line-breaks.ts, text-view.ts): what
 * the view writes for line ends, odd spaces, invisible characters and hard-wrapped lines; that
 * every view offset maps back to the original text exactly; and that a text re-wrapped, with
 * Windows line ends, no-break spaces or soft hyphens gives the triples of the plain text, with
 * evidence sliced from the text as written.
 */
import { describe, expect, it } from "vitest";
import { createTextView } from "../../../src/extract/0-normalise.ts";
import { extractDocument, extractDocumentDetailed } from "../../../src/extract/index.ts";
import { originalSpan, toOriginalEnd, toOriginalStart } from "../../../src/extract/text-view.ts";
import type { Extraction, SourceDocument } from "../../../src/model/types.ts";

function doc(text: string): SourceDocument {
  return { id: "wire.txt", text, meta: {} };
}

/** The asserted and hedged triples of an extraction, by entity name. */
function triples(x: Extraction): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return [...x.relations.map((r) => ["", r] as const), ...x.hedged.map((r) => ["hedged ", r] as const)]
    .map(([h, r]) => `${h}${name.get(r.source) ?? r.source} ${r.relation} ${name.get(r.target) ?? r.target}`)
    .sort();
}

/** Wraps every line of `text` at `width` columns, as a wire service's plain copy is wrapped. */
function rewrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current !== "" && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current === "" ? word : `${current} ${word}`;
      }
      out.push(current);
      return out.join("\n");
    })
    .join("\n");
}

/** A wire story in the plain shape of a news agency's feed: headline, dateline, paragraphs on one line each. */
const WIRE = [
  "US approves sale of helicopters to Denmark",
  "WASHINGTON, June 4 (Reuters) - The U.S. State Department has approved the possible sale to Denmark of four MH-60R Seahawk helicopters and related equipment worth an estimated $975 million, a Pentagon agency said on Tuesday.",
  "Lockheed Martin Corp is the prime contractor for the sale, the Defense Security Cooperation Agency said in a statement, adding that it notified the U.S. Congress of the possible sale on Monday.",
  "Danish Defence Minister Troels Lund Poulsen welcomed the approval and thanked the United States for its support, the ministry in Copenhagen said.",
  "Other firms involved include Thales SA, General Dynamics Corp and Rolls-Royce PLC, it said.",
].join("\n");

describe("the normalised view", () => {
  const table: [string, string, string][] = [
    [
      "Windows line ends become the line break alone",
      "Kim met Putin.\r\nThey talked.",
      "Kim met Putin.\nThey talked.",
    ],
    [
      "an old Mac line end becomes a line break",
      "Kim met Putin.\rThey talked.",
      "Kim met Putin.\nThey talked.",
    ],
    [
      "tabs, no-break and typographic spaces become plain spaces",
      "Iran\u00a0sent\tdrones to\u202fRussia\u2009on Monday.",
      "Iran sent drones to Russia on Monday.",
    ],
    [
      "a run of spaces becomes one space, and a space beside a joined line break is the join's",
      "LIMA, Peru  --  Chile  has \nsold two   frigates to\n  Peru.",
      "LIMA, Peru -- Chile has sold two frigates to Peru.",
    ],
    [
      "soft hyphens, zero-width spaces and a byte-order mark leave the text",
      "\ufeffLithu\u00adania bought Bush\u200bmaster vehicles.",
      "Lithuania bought Bushmaster vehicles.",
    ],
    [
      "a line that runs on into a lower-case word joins with a space; a blank line stays",
      "Chile has\nsold two frigates to Peru.\n\nPeru thanked Chile.",
      "Chile has sold two frigates to Peru.\n\nPeru thanked Chile.",
    ],
    [
      "an acute accent, modifier apostrophe or backtick between letters becomes the apostrophe; elsewhere it stays",
      "Romania\u00b4s army, Ukraine\u02bcs navy and Latvia`s air force bought `Su-30` jets.",
      "Romania\u2019s army, Ukraine\u2019s navy and Latvia\u2019s air force bought `Su-30` jets.",
    ],
    [
      "a headline line stays apart from the lede",
      "Chile Sells Frigates to Peru\nChile has sold two frigates to Peru.",
      "Chile Sells Frigates to Peru\nChile has sold two frigates to Peru.",
    ],
  ];
  for (const [label, text, view] of table) {
    it(label, () => {
      expect(createTextView(text).text).toBe(view);
    });
  }

  it("is the text itself when there is nothing to normalise", () => {
    const view = createTextView(WIRE);
    expect(view.text).toBe(WIRE);
    expect(view.cuts).toEqual([]);
  });
});

describe("the view's offsets", () => {
  const text =
    "\ufeffLithu\u00adania\u00a0bought four\u200b Bush\u00admaster\r\nvehicles from the\r\nUnited States.\r\n\r\nanti-\nship missiles";

  it("map every character of the view back to the same character of the original", () => {
    const view = createTextView(text);
    for (let v = 0; v < view.text.length; v++) {
      const o = toOriginalStart(view, v);
      const c = view.text[v] as string;
      if (c === " " || c === "\n") expect(text[o]).toMatch(/\s/u);
      else expect(text[o]).toBe(c);
      expect(toOriginalEnd(view, v + 1)).toBe(o + 1);
    }
  });

  it("give the original span of a view span, with the characters the view left out inside it", () => {
    const view = createTextView(text);
    const at = view.text.indexOf("Bushmaster");
    expect(originalSpan(view, at, at + "Bushmaster".length).text).toBe("Bush\u00admaster");
    const all = originalSpan(view, 0, view.text.length);
    expect(all.end).toBe(text.length);
    expect(all.text).toBe(text.slice(all.start));
  });

  it("slice every evidence sentence, mention and sentence of an extraction out of the text as written", () => {
    const variants = [
      rewrap(WIRE, 62).replace(/\n/gu, "\r\n"),
      WIRE.replace(/ /gu, "\u00a0"),
      WIRE.replace(/ion/gu, "i\u00adon"),
      WIRE.replace(/ (?=\p{Lu})/gu, "   "),
    ];
    for (const text of variants) {
      const d = doc(text);
      const detailed = extractDocumentDetailed(d);
      const x = detailed.extraction;
      expect(x.relations.length).toBeGreaterThan(0);
      for (const r of [...x.relations, ...x.hedged])
        for (const e of r.evidence) expect(d.text.slice(e.start, e.end)).toBe(e.sentence);
      for (const m of detailed.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
      for (const s of detailed.sentences) {
        expect(d.text.slice(s.start, s.end)).toBe(s.text);
        for (const t of s.tokens) expect(t.start >= s.start && t.end <= s.end).toBe(true);
      }
    }
  });
});

describe("wire copy as written gives the triples of the plain text", () => {
  const plain = triples(extractDocument(doc(WIRE)));

  it("finds the sale and the thanks in the plain text", () => {
    expect(plain).toEqual(
      expect.arrayContaining([
        "United States supplies Denmark",
        "United States supplies MH-60R Seahawk",
        "Troels Lund Poulsen assesses United States",
      ]),
    );
  });

  for (const width of [60, 64, 68, 72, 75]) {
    it(`re-wrapped at ${width} columns`, () => {
      expect(triples(extractDocument(doc(rewrap(WIRE, width))))).toEqual(plain);
    });
  }

  it("re-wrapped with blank lines between its paragraphs", () => {
    expect(triples(extractDocument(doc(rewrap(WIRE.replace(/\n/gu, "\n\n"), 66))))).toEqual(plain);
  });

  it("with runs of spaces", () => {
    expect(triples(extractDocument(doc(rewrap(WIRE, 68).replace(/ /gu, "  "))))).toEqual(plain);
  });

  it("with Windows line ends, no-break spaces and soft hyphens", () => {
    const text = rewrap(WIRE, 70)
      .replace(/\n/gu, "\r\n")
      .replace(/ (?=\p{Lu})/gu, "\u00a0")
      .replace(/(\p{Ll}{4})(\p{Ll}{4})/gu, "$1\u00ad$2");
    expect(triples(extractDocument(doc(text)))).toEqual(plain);
  });
});
