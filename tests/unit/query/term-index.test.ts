/**
 * The compact term index ranks as MiniSearch does: over seeded name-like documents in four
 * boosted fields, every query (whole words, prefixes, typos, several words, AND and OR, a
 * filter) gives the same documents with the same scores as MiniSearch configured alike.
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/graph/prng.ts";
import { tokenize } from "../../../src/query/normalize.ts";
import { createTermIndex, type TermQuery } from "../../../src/query/term-index.ts";

const SYLLABLES = "ka,ro,mi,ta,vel,an,dor,shi,lu,ber,no,zan,qui,mar,es,ul,bri,nov".split(",");
const FIELDS = ["name", "aliases", "ident", "acronym"] as const;
const BOOSTS = [3, 2, 1, 1.5];

function documents(count: number, seed: number): string[][] {
  const rand = createRandom(seed);
  const word = () =>
    Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!,
    ).join("");
  return Array.from({ length: count }, (_, i) => {
    const name = Array.from({ length: 1 + Math.floor(rand() * 3) }, word).join(" ");
    const aliases = rand() < 0.3 ? [word(), `${word()} ${word()}`].join(" | ") : "";
    return [name, aliases, `${name} ${i}`, rand() < 0.2 ? word().slice(0, 3) : ""];
  });
}

describe("the term index scores as MiniSearch", () => {
  const docs = documents(600, 11);
  const index = createTermIndex(docs, { boosts: BOOSTS, tokenize });
  const mini = new MiniSearch<{ id: number } & Record<string, string | number>>({
    fields: [...FIELDS],
    tokenize,
    processTerm: (term) => term || null,
  });
  mini.addAll(docs.map((d, id) => ({ id, ...Object.fromEntries(FIELDS.map((f, i) => [f, d[i]!])) })));
  const boost = Object.fromEntries(FIELDS.map((f, i) => [f, BOOSTS[i]!]));

  const rand = createRandom(5);
  const queries: string[] = [];
  for (let i = 0; i < 150; i++) {
    const name = docs[Math.floor(rand() * docs.length)]![0]!;
    const cut = name.slice(0, 1 + Math.floor(rand() * name.length));
    const typo = name.replace(/[aeiou]/, "y");
    queries.push(name, cut, typo, `${cut} ${typo}`);
  }
  queries.push("", "   ", "zzzz", "ka ka", "U.S.");

  const cases: [label: string, query: TermQuery, options: object][] = [
    [
      "prefix and typos, every word",
      { prefix: true, fuzzy: (t) => (t.length > 3 ? 0.2 : 0), combineWith: "AND" },
      { prefix: true, fuzzy: (t: string) => (t.length > 3 ? 0.2 : 0), combineWith: "AND" },
    ],
    [
      "prefix and typos, any word",
      { prefix: true, fuzzy: () => 0.4, combineWith: "OR" },
      { prefix: true, fuzzy: 0.4, combineWith: "OR" },
    ],
    [
      "whole words only, filtered to even documents",
      { prefix: false, fuzzy: () => 0, combineWith: "OR", filter: (d) => d % 2 === 0 },
      { combineWith: "OR", filter: (r: { id: number }) => r.id % 2 === 0 },
    ],
  ];
  it.each(cases)("with %s", (_label, query, options) => {
    for (const text of queries) {
      const ours = index.search(text, query);
      const theirs = mini.search(text, { boost, ...options });
      const score = new Map(theirs.map((r) => [r.id as number, r.score]));
      const differ = ours.filter((h) => !(Math.abs(h.score - (score.get(h.doc) ?? -1)) < 1e-9));
      expect({ text, count: ours.length, differ }).toEqual({ text, count: theirs.length, differ: [] });
      expect(ours.every((h, i) => i === 0 || ours[i - 1]!.score >= h.score)).toBe(true);
    }
  });

  it("finds nothing in an empty index", () => {
    const empty = createTermIndex([], { boosts: BOOSTS, tokenize });
    expect(empty.search("kim", { prefix: true, fuzzy: () => 0.2, combineWith: "OR" })).toEqual([]);
  });
});
