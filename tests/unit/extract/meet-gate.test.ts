/**
 * The meeting readers' gate (relations/meet-gate.ts): a sentence may give a meeting only when its
 * mentions give two different actor names, a capital counting by its own name and its country's.
 */
import { describe, expect, it } from "vitest";
import type { SentenceIndex } from "../../../src/extract/chunks.ts";
import { namesTwoActors } from "../../../src/extract/relations/meet-gate.ts";
import type { Mention } from "../../../src/extract/types.ts";

const mention = (name: string, extra: Partial<Mention> = {}): Mention =>
  ({ name, type: "Country", kind: "name", first: 0, last: 1, ...extra }) as Mention;
const index = (mentions: Mention[]): SentenceIndex => ({ mentions }) as unknown as SentenceIndex;

describe("namesTwoActors", () => {
  it("is false for a sentence that names no actor", () => {
    expect(namesTwoActors(index([]))).toBe(false);
  });
  it("is false for one actor, however often named", () => {
    expect(namesTwoActors(index([mention("Russia")]))).toBe(false);
    expect(namesTwoActors(index([mention("Russia"), mention("Russia", { kind: "pronoun" })]))).toBe(false);
  });
  it("is true for two different actors", () => {
    expect(namesTwoActors(index([mention("Russia"), mention("China")]))).toBe(true);
  });
  it("counts a capital standing for its state by its country's name too", () => {
    const moscow = mention("Moscow", { type: "Location", kind: "capital", country: "Russia" });
    expect(namesTwoActors(index([moscow]))).toBe(true);
    expect(namesTwoActors(index([mention("Moscow", { type: "Location" })]))).toBe(false);
  });
});
