/**
 * The extractor's data is checked when it is read: a frame table or a learned scorer's model of the
 * wrong shape is refused with INVALID_INPUT, naming the first bad row or relation in its details,
 * and the built-in data passes.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCORER, validateScorerModel } from "../../../src/extract/5b-learned.ts";
import { DEFAULT_FRAMES, validateFrames } from "../../../src/extract/frames.ts";
import { type KgError, isKgError } from "../../../src/model/errors.ts";

/** The error `run` throws (null when it throws none). */
function thrown(run: () => unknown): KgError | null {
  try {
    run();
  } catch (err) {
    if (isKgError(err)) return err;
    throw err;
  }
  return null;
}

const ROW = { id: "supply-send", relation: "supplies", pos: "verb", lemmas: ["send"], roles: {} };

describe("the frame table's rows", () => {
  it("pass as built in", () => {
    expect(validateFrames([...DEFAULT_FRAMES])).toHaveLength(DEFAULT_FRAMES.length);
  });

  it("are refused when they are not a list", () => {
    expect(thrown(() => validateFrames({ frames: [] }))?.code).toBe("INVALID_INPUT");
  });

  it("are refused at the first row with a repeated id, an unknown relation or no lemmas", () => {
    const repeated = thrown(() => validateFrames([ROW, ROW]));
    expect(repeated?.code).toBe("INVALID_INPUT");
    expect(repeated?.details).toEqual({ index: 1, id: "supply-send" });
    const relation = thrown(() => validateFrames([ROW, { ...ROW, id: "x", relation: "likes" }]));
    expect(relation?.details).toEqual({ index: 1, id: "x" });
    expect(thrown(() => validateFrames([{ ...ROW, lemmas: [] }]))?.code).toBe("INVALID_INPUT");
  });
});

describe("a learned scorer's model", () => {
  it("passes as built in", () => {
    expect(thrown(() => validateScorerModel(BUILT_IN_SCORER))).toBeNull();
  });

  it("is refused without relations, with an unknown relation or a bad model, naming the relation", () => {
    expect(thrown(() => validateScorerModel({ weights: {} }))?.code).toBe("INVALID_INPUT");
    const unknown = thrown(() => validateScorerModel({ relations: { likes: {} } }));
    expect(unknown?.code).toBe("INVALID_INPUT");
    expect(unknown?.details).toEqual({ relation: "likes" });
    const bad = thrown(() => validateScorerModel({ relations: { meets: { threshold: "high" } } }));
    expect(bad?.details).toEqual({ relation: "meets" });
  });
});
