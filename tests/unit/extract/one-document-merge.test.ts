/**
 * A document's extraction is what merging it alone gives (mergeExtractions), whether or not it has
 * anything to merge: extractDocument skips the merge's copies only when there is nothing to merge.
 * (Session 27: every document's entities were copied twice by a merge of one part.)
 */
import { describe, expect, it } from "vitest";
import { assemble } from "../../../src/extract/6-assemble.ts";
import { extractDocument, mergeExtractions, runStages } from "../../../src/extract/pipeline.ts";

const TEXTS = [
  "Germany delivered two Leopard tanks to Ukraine on Monday.",
  "Defence Minister Boris Pistorius met Rustem Umerov in Kyiv. Pistorius said Germany would send more air defence systems.",
];

describe("one document's extraction", () => {
  it.each(TEXTS)("is the merge of that document alone: %s", (text) => {
    const doc = { id: "one.txt", text, meta: {} };
    expect(extractDocument(doc)).toEqual(mergeExtractions([assemble(runStages(doc))]));
  });
});
