/**
 * Unit tests of readers that session 34 made cheaper without changing what they answer: the
 * modality of cues of two words read as pairs (clause.ts modalityOf), a sentence's insertions
 * found again for a sentence without any (insertions.ts insertionsOf remembers only sentences with
 * some), a line of page furniture read without the separators that end it (1-segment.ts), and a
 * verb's third-person form tested for its final "s" first (words.ts isThirdPersonForm).
 */
import { describe, expect, it } from "vitest";
import { isFurniture } from "../../../src/extract/1-segment.ts";
import { modalityOf } from "../../../src/extract/clause.ts";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { modalityTableOf } from "../../../src/extract/modality-cues.ts";
import { isThirdPersonForm } from "../../../src/extract/words.ts";
import { insertionsOf } from "../../../src/extract/insertions.ts";
import type { Token } from "../../../src/extract/types.ts";

/** Tokens of a sentence split at spaces, every word tagged as a noun but the ones given. */
function tokensOf(text: string, pos: Record<string, string> = {}): Token[] {
  let at = 0;
  return text.split(" ").map((word) => {
    const t: Token = {
      text: word,
      lower: word.toLowerCase(),
      key: word.toLowerCase(),
      lemma: word.toLowerCase(),
      pos: pos[word] ?? "NOUN",
      start: at,
      end: at + word.length,
      space: at > 0,
    };
    at += word.length + 1;
    return t;
  });
}

describe("modalityOf reads cues of two words as pairs", () => {
  const cues = modalityTableOf(BUILT_IN_LEXICON.modality);
  it("'has yet to be signed': the pair 'yet to' negates", () => {
    expect(modalityOf(["the", "deal", "has", "yet", "to", "be", "signed"], cues)).toBe("negated");
  });
  it("'yet' alone, or 'to' alone, is no cue", () => {
    expect(modalityOf(["yet"], cues)).toBe("asserted");
    expect(modalityOf(["sold", "to", "peru"], cues)).toBe("asserted");
  });
  it("a one-word cue at the end of the words still counts ('it may')", () => {
    expect(modalityOf(["it", "may"], cues)).toBe("possible");
  });
});

describe("insertionsOf answers alike when asked again", () => {
  it("a sentence without insertions has none, each time", () => {
    const tokens = tokensOf("Chile sold tanks to Peru .");
    for (let r = 0; r < 2; r++) {
      const x = insertionsOf(tokens);
      expect(x.byClose.size).toBe(0);
      expect(x.inside).toBeNull();
    }
  });
  it("a bracketed insertion is found and remembered", () => {
    const tokens = tokensOf("ARTEC ( a consortium ) will deliver tanks .", { will: "AUX", deliver: "VERB" });
    const x = insertionsOf(tokens);
    expect([...x.byClose]).toEqual([[4, 1]]);
    expect(insertionsOf(tokens)).toBe(x);
  });
});

describe("isFurniture reads a line without the separators that end it", () => {
  it("'Breaking News :' and 'Main menu —' are page furniture, whatever separators end them", () => {
    expect(isFurniture("Breaking News :")).toBe(true);
    expect(isFurniture("Main menu \u2014 ")).toBe(true);
    expect(isFurniture("Menu")).toBe(true);
  });
  it("a line of prose that ends in separators is not ('Chile sold tanks to Peru -')", () => {
    expect(isFurniture("Chile sold tanks to Peru -")).toBe(false);
    expect(isFurniture("Breaking news: Chile sold tanks to Peru.")).toBe(false);
  });
});

describe("isThirdPersonForm reads the final 's' first", () => {
  it("'plans', 'supplies', 'claims' are third-person forms; 'press', 's', '' and 'Plans' are not", () => {
    for (const w of ["plans", "supplies", "claims"]) expect(isThirdPersonForm(w)).toBe(true);
    for (const w of ["press", "s", "", "Plans", "plan"]) expect(isThirdPersonForm(w)).toBe(false);
  });
});
