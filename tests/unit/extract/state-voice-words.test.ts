/**
 * The state a foreign ministry speaks for assesses what the ministry assesses, by the lexicon's
 * stateVoiceWords (relations/ministry-states.ts): the list is read from the lexicon value, so a
 * lexicon without it gives the ministry's triple alone.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";

/** The assesses triples `text` gives under `lexicon`, as "source assesses target" by entity id. */
function assessments(text: string, lexicon = BUILT_IN_LEXICON): string[] {
  const ex = extractDocument({ id: "voice.txt", text, meta: {} }, { lexicon });
  return ex.relations.filter((r) => r.relation === "assesses").map((r) => `${r.source} assesses ${r.target}`);
}

describe("a foreign ministry's state, by the lexicon's stateVoiceWords", () => {
  const text = "Cuba's foreign ministry said U.S. officials had applied pressure on Bolivia.";

  it("gives the state's assessment beside the ministry's with the built-in list", () => {
    expect(assessments(text)).toContain("cuba assesses united-states");
  });

  it("gives the ministry's alone under a lexicon whose list is empty", () => {
    const lexicon = createLexicon([], BUILT_IN_LEXICON, { ...BUILT_IN_LEXICON.words, stateVoiceWords: [] });
    const found = assessments(text, lexicon);
    expect(found.some((t) => t.endsWith("assesses united-states"))).toBe(true);
    expect(found).not.toContain("cuba assesses united-states");
  });
});
