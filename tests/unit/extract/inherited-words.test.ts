/**
 * Words that name members of every JavaScript object ("constructor", "toString", "__proto__") are
 * words like any other to the extractor: an article full of them extracts without throwing and
 * gives the triples it gives with each replaced by a plain word of the same shape. (Session 27:
 * the word tables were plain objects, so "Constructor Armed forces" threw a TypeError, and
 * "constructors" read as an act noun and "constructor" had a function for its lemma.)
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const INHERITED = [
  "constructor",
  "toString",
  "hasOwnProperty",
  "__proto__",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupGetter__",
];

/** The word with its first letter made "z" (or "y"), keeping its case: a word no object inherits. */
function plain(word: string): string {
  return word.replace(/[a-z]/iu, (c) => {
    const z = c.toLowerCase() === "z" ? "y" : "z";
    return c === c.toUpperCase() ? z.toUpperCase() : z;
  });
}

/** A word with its first letter capitalised. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An article with `w` in the places where the extractor looks words up in its tables. */
function article(w: string): string {
  const W = capitalised(w);
  return [
    `North Korea fired two missiles on Monday. Japan condemned the ${w}s. South Korea condemned the ${w}.`,
    `The ${w} leaders said Russia supplied ${w} drones to Iran. The two ${w} leaders discussed the ${w}.`,
    `President Emmanuel Macron met Prime Minister Narendra Modi (${w}) in Paris on ${W}.`,
    `Ghana's Ministry of ${W} said France ${w} the talks. Turkey ${w}s Qatar, ${w} said Egypt.`,
    `The ${W} Armed ${w} of Ghana received ten ${W} rifles from China, said ${w} Kenyan President William Ruto.`,
    `The ${w} was shot down by Romania. India ${w} Pakistan's ${w}. "${W}," said Defence Minister Rustem Umerov.`,
  ].join(" ");
}

/** The document's triples, by entity name, with `from` (and its capitalised form) written back as `to` in every name. */
function triples(text: string, from: string, to: string): string[] {
  const x = extractDocument({ id: "words.txt", text, meta: {} });
  const back = (name: string): string =>
    name.split(from).join(to).split(capitalised(from)).join(capitalised(to));
  const names = new Map(x.entities.map((e) => [e.id, back(e.name)]));
  return x.relations.map((r) => `${names.get(r.source)} ${r.relation} ${names.get(r.target)}`).sort();
}

describe("words that name members of every object", () => {
  it.each(INHERITED)("an article full of %s gives the triples of one full of a plain word", (w) => {
    const mine = triples(article(w), w, w);
    expect(mine).toEqual(triples(article(plain(w)), plain(w), w));
    expect(mine.length).toBeGreaterThan(3);
  });
});
