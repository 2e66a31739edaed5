/**
 * A user lexicon's modality cue of more than two words is refused (review rev40b, session 40):
 * modalityOf reads a cue of one word or a pair, so "on the verge" was accepted and never hedged
 * anything. Spaces inside a cue are read as one space ("gearing  up" is "gearing up").
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { modalityOf, modalityTableOf, parseModalityCues } from "../../../src/extract/modality-cues.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { thrown } from "./_thrown.ts";

describe("a modality cue's words", () => {
  it("a cue of three words is INVALID_INPUT naming the list and the row", () => {
    const err = thrown(() =>
      loadUserLexicon({
        modality: {
          cues: [
            ["quietly", "possible"],
            ["on the verge", "planned"],
          ],
        },
      }),
    );
    expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
    expect(isKgError(err) && err.details).toMatchObject({ key: "cues", index: 1 });
    expect((err as Error).message).toContain("more than two words");
  });

  it("a cue written with several spaces between its two words is read as the pair", () => {
    const cues = parseModalityCues({ cues: [["Gearing   up", "planned"]] }, BUILT_IN_LEXICON.modality);
    expect(cues.cues.at(-1)).toEqual(["gearing up", "planned"]);
    expect(modalityOf(["is", "gearing", "up", "to"], modalityTableOf(cues))).toBe("planned");
  });

  it("the built-in cues are all one or two words", () => {
    for (const [cue] of [...BUILT_IN_LEXICON.modality.cues, ...BUILT_IN_LEXICON.modality.whole])
      expect(cue.split(" ").length).toBeLessThanOrEqual(2);
  });
});
