/**
 * The modality cues as data (lexicon/modality-cues.json, validated by modality-cues.ts; session 39,
 * helper debt39): they were TypeScript arrays in lexicon/triggers.ts. The obligation cues ("has
 * to", "must") keep their reading, and a malformed row is a typed error naming its list and row.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { parseModalityCues } from "../../../src/extract/modality-cues.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { relations } from "./_under-lexicon.ts";

describe("the built-in modality cues, read from JSON", () => {
  const BUILT_IN_MODALITY_CUES = BUILT_IN_LEXICON.modality;
  it("hold the obligation cues: 'has to', 'have to' whole, 'must' and 'should' as words", () => {
    expect(BUILT_IN_MODALITY_CUES.whole).toEqual([
      ["has to", "possible"],
      ["have to", "possible"],
    ]);
    const cues = new Map(BUILT_IN_MODALITY_CUES.cues);
    expect(cues.get("must")).toBe("possible");
    expect(cues.get("should")).toBe("possible");
    expect(cues.get("yet to")).toBe("negated");
  });
  it("an obligation is no fact: 'Germany has to deliver more tanks to Ukraine' asserts no supply", () => {
    expect(relations("Germany delivered more tanks to Ukraine.")).toContain("germany supplies ukraine");
    expect(relations("Germany has to deliver more tanks to Ukraine.")).not.toContain(
      "germany supplies ukraine",
    );
  });
});

describe("parseModalityCues", () => {
  it("gives INVALID_INPUT naming the list and the row of a malformed cue", () => {
    const bad = [
      [{ cues: [], wholeCues: "has to" }, { key: "wholeCues" }],
      [
        { cues: [["may"]], wholeCues: [] },
        { key: "cues", index: 0 },
      ],
      [
        {
          cues: [
            ["may", "possible"],
            ["must", "likely"],
          ],
          wholeCues: [],
        },
        { key: "cues", index: 1 },
      ],
    ] as const;
    for (const [json, details] of bad) {
      const err = (() => {
        try {
          parseModalityCues(json);
        } catch (e) {
          return e;
        }
      })();
      expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
      expect(isKgError(err) && err.details).toMatchObject(details);
    }
  });
});
