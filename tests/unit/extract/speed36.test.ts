/**
 * Speed36 (session 36): a meeting row with participant types reads nothing in a sentence that names
 * no actor of those types (relations/meet.ts meetVerb). The test reads the types off the row the
 * lexicon passes: a row that admits countries reads two countries, the same row admitting only
 * people does not, so a changed row is never skipped by a stale test.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import type { Frame } from "../../../src/extract/frames.ts";

/** A meeting row for "convene with", a verb the built-in table lacks, admitting `types`. */
function convene(types: Frame["participantTypes"]): Frame {
  return {
    id: "user-convene",
    relation: "meets",
    pos: "verb",
    lemmas: ["convene"],
    roles: { subject: "participant", with: "participant" },
    participantTypes: types,
  };
}

/** The relations `text` gives with the built-in rows and `row`, as "source relation target". */
function relations(text: string, row: Frame): string[] {
  const lexicon = createLexicon([], BUILT_IN_LEXICON, BUILT_IN_LEXICON.words, [
    ...BUILT_IN_LEXICON.frames,
    row,
  ]);
  const ex = extractDocument({ id: "speed36.txt", text, meta: {} }, { lexicon });
  return ex.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
}

describe("a meeting row's participant types gate its reader", () => {
  const text = "Iran convened with Russia in Tehran on Monday.";

  it("reads two countries under a row that admits countries", () => {
    expect(relations(text, convene(["Country"]))).toContain("iran meets russia");
  });

  it("reads nothing under the same row admitting only people, in a sentence that names none", () => {
    expect(relations(text, convene(["Person"]))).not.toContain("iran meets russia");
  });
});
