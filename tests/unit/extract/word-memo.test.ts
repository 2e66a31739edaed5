/**
 * Word memos keep a word's answer beside the value it was read under: the singular of "tanks" under
 * one table of irregular plurals never answers for another table, and a pass's memo is its own.
 * (Session 27: singular forms, title classes, lemmas, slugs and weapon spelling keys were each one
 * module-wide cache.)
 */
import { describe, expect, it } from "vitest";
import { memoOfWords, memoPerValue } from "../../../src/extract/word-memo.ts";

/** A singular under a table of irregular plurals, counting how often it is worked out. */
function countedSingular(): {
  singular: (table: ReadonlyMap<string, string>, word: string) => string;
  calls: () => number;
} {
  let calls = 0;
  const singular = memoPerValue((table: ReadonlyMap<string, string>, word: string): string => {
    calls++;
    return table.get(word) ?? word.replace(/s$/u, "");
  });
  return { singular, calls: () => calls };
}

describe("word memos", () => {
  it("answer a word once per value, and each value by itself", () => {
    const { singular, calls } = countedSingular();
    const plain = new Map<string, string>();
    const kept = new Map([["forces", "forces"]]);
    expect(singular(plain, "forces")).toBe("force");
    expect(singular(plain, "forces")).toBe("force");
    expect(calls()).toBe(1);
    expect(singular(kept, "forces")).toBe("forces");
    expect(singular(plain, "forces")).toBe("force");
    expect(calls()).toBe(2);
  });

  it("give each pass a memo of its own", () => {
    let calls = 0;
    const slug = (name: string): string => {
      calls++;
      return name.toLowerCase().replace(/ /gu, "-");
    };
    const first = memoOfWords(slug);
    expect([first("Kim Jong Un"), first("Kim Jong Un")]).toEqual(["kim-jong-un", "kim-jong-un"]);
    expect(calls).toBe(1);
    expect(memoOfWords(slug)("Kim Jong Un")).toBe("kim-jong-un");
    expect(calls).toBe(2);
  });
});
