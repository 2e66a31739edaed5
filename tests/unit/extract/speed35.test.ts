/**
 * Unit tests of readers that session 35 made allocate less without changing what they answer: a
 * phrase of words at a token (word-runs.ts lowerWordsAt and textWordsAt, for `words.every(...)`), a
 * chunk's coordinated parts made without empty parts (chunks.ts chunkParts) and the name of the
 * actor a mention stands for (chunks.ts actorName, actorOf's name).
 */
import { describe, expect, it } from "vitest";
import { type Chunk, type ChunkItem, actorName, actorOf, chunkParts } from "../../../src/extract/chunks.ts";
import { lowerWordsAt, textWordsAt } from "../../../src/extract/word-runs.ts";
import type { Mention, Token } from "../../../src/extract/types.ts";

/** Tokens of a sentence split at spaces (only their text and lower-case form are read). */
function tokensOf(text: string): Token[] {
  return text.split(" ").map((word) => ({ text: word, lower: word.toLowerCase() }) as Token);
}

describe("lowerWordsAt answers as words.every(...) does", () => {
  const tokens = tokensOf("Chief of the General Staff met");
  const every = (at: number, words: string[]): boolean => words.every((w, j) => tokens[at + j]?.lower === w);
  const asks: [number, string[]][] = [
    [0, ["chief", "of"]],
    [2, ["the", "general", "staff"]],
    [1, ["the"]],
    [4, ["staff", "met", "again"]],
    [-1, ["chief"]],
    [3, []],
    [9, []],
  ];
  for (const [at, words] of asks)
    it(`"${words.join(" ")}" at ${at}`, () => expect(lowerWordsAt(tokens, at, words)).toBe(every(at, words)));
});

describe("textWordsAt answers as words.every(...) over the text does", () => {
  const tokens = tokensOf("the Polish navy said");
  const every = (at: number, words: string[]): boolean => words.every((w, j) => tokens[at + j]?.text === w);
  const asks: [number, string[]][] = [
    [1, ["Polish", "navy"]],
    [1, ["polish", "navy"]],
    [2, ["navy", "said", "on"]],
    [0, []],
  ];
  for (const [at, words] of asks)
    it(`"${words.join(" ")}" at ${at}`, () => expect(textWordsAt(tokens, at, words)).toBe(every(at, words)));
});

describe("chunkParts gives the coordinated parts, none empty", () => {
  const m = (name: string): Mention => ({ name, type: "Country", kind: "name" }) as unknown as Mention;
  const item = (name: string, index: number): ChunkItem => ({ kind: "mention", m: m(name), index });
  const and = (index: number): ChunkItem => ({ kind: "and", index });
  /** The form chunkParts had before session 35: a part per "and", the empty ones filtered out. */
  const before = (chunk: Chunk): ChunkItem[][] => {
    const parts: ChunkItem[][] = [[]];
    for (const it of chunk.items) {
      if (it.kind === "and") parts.push([]);
      else (parts[parts.length - 1] as ChunkItem[]).push(it);
    }
    return parts.filter((p) => p.length > 0);
  };
  const lists: [string, ChunkItem[]][] = [
    ["one item", [item("Chile", 0)]],
    ["two parts", [item("Chile", 0), and(1), item("Peru", 2)]],
    [
      "'and' first, 'and' twice, 'and' last",
      [and(0), item("Chile", 1), and(2), and(3), item("Peru", 4), and(5)],
    ],
    ["no item", []],
    ["only 'and'", [and(0)]],
  ];
  for (const [label, items] of lists)
    it(label, () => {
      const chunk: Chunk = { first: 0, last: items.length, items };
      expect(chunkParts(chunk)).toEqual(before(chunk));
    });
});

describe("actorName is actorOf's name", () => {
  const mentions = [
    { name: "Lima", type: "Location", kind: "capital", country: "Peru" },
    { name: "Lima", type: "Location", kind: "name" },
    { name: "Moscow", type: "Organization", kind: "capital", country: "Russia" },
    { name: "Chile", type: "Country", kind: "name" },
  ] as unknown as Mention[];
  for (const m of mentions)
    it(`${m.name} (${m.kind}, ${m.type})`, () => expect(actorName(m)).toBe(actorOf(m).name));
});
