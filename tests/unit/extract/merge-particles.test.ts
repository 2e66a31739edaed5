/**
 * The surname merge of mergeExtractions reads the patronymic particles it is given (the lexicon's
 * the extraction was made with), as stage 4 does (review B, R4): with "ould" a particle,
 * "Ahmed ould Abdallah" is told by "Ahmed", and a lone "Abdallah" (his father) is not merged onto him.
 */
import { describe, expect, it } from "vitest";
import { mergeExtractions, particlesOf } from "../../../src/extract/pipeline.ts";
import type { ExtractedEntity, Extraction } from "../../../src/model/types.ts";

/** A person entity of one mention. */
function person(id: string, name: string): ExtractedEntity {
  return { id, name, type: "Person", aliases: [], mentions: 1 };
}

const PART: Extraction = {
  entities: [person("ahmed-ould-abdallah", "Ahmed ould Abdallah"), person("abdallah", "Abdallah")],
  relations: [],
  hedged: [],
};

describe("the surname merge's patronymic particles", () => {
  it("merges a lone last word onto the full name when the word before it is no particle", () => {
    const ids = mergeExtractions([PART]).entities.map((e) => e.id);
    expect(ids).toEqual(["ahmed-ould-abdallah"]);
  });
  it("keeps the lone father's name apart when the lexicon makes the word before it a particle", () => {
    const ids = mergeExtractions([PART], new Set(["ould", "bin"])).entities.map((e) => e.id);
    expect(ids).toEqual(["abdallah", "ahmed-ould-abdallah"]);
  });
  it("reads the built-in lexicon's particles by default", () => {
    expect(particlesOf().has("bin")).toBe(true);
  });
});
