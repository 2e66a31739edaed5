/**
 * The modality cues as part of the lexicon value (session 40, helper debt40; issue #9 item 5): a
 * user lexicon's `{"modality": {"cues": [...]}}` reaches every relation reader through the
 * sentence index, where clause.ts read the built-in cues at module load, so a user could not hedge
 * or unhedge a word. Two lexicon values in one process keep their own cues.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON, type Lexicon } from "../../../src/extract/lexicons.ts";
import { modalityOf, modalityTableOf, parseModalityCues } from "../../../src/extract/modality-cues.ts";
import { loadUserLexicon } from "../../../src/extract/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { thrown } from "./_thrown.ts";

/** The facts `text` gives under `lexicon`, asserted or hedged, as "source relation target modality". */
function facts(text: string, lexicon: Lexicon = BUILT_IN_LEXICON): string[] {
  const ex = extractDocument({ id: "cues.txt", text, meta: {} }, { lexicon });
  return [...ex.relations, ...ex.hedged].map(
    (r) => `${r.source} ${r.relation} ${r.target} ${r.evidence[0]?.modality ?? "?"}`,
  );
}

describe("a user lexicon's modality cue changes the modality of the fact", () => {
  it("'quietly' as a cue of possibility hedges 'Germany quietly delivered tanks to Ukraine'", () => {
    const text = "Germany quietly delivered tanks to Ukraine.";
    expect(facts(text)).toEqual(["germany supplies ukraine asserted"]);
    const user = loadUserLexicon({ modality: { cues: [["quietly", "possible"]] } });
    expect(facts(text, user)).toEqual(["germany supplies ukraine possible"]);
  });

  it("the same cue reaches the meeting reader: 'Putin quietly met Modi in Delhi'", () => {
    const text = "Putin quietly met Modi in Delhi.";
    expect(facts(text)).toEqual(["narendra-modi meets vladimir-putin asserted"]);
    const user = loadUserLexicon({ modality: { cues: [["quietly", "possible"]] } });
    expect(facts(text, user)).toEqual(["narendra-modi meets vladimir-putin possible"]);
  });

  it("a user's row replaces the built-in row of its cue: 'poised' as asserted hedges nothing", () => {
    const text = "Russia is poised to deliver S-400 missiles to India.";
    expect(facts(text)).toContain("russia supplies india planned");
    const user = loadUserLexicon({ modality: { cues: [["poised", "asserted"]] } });
    expect(facts(text, user)).toContain("russia supplies india asserted");
    expect(user.modality.cues.filter(([cue]) => cue === "poised")).toEqual([["poised", "asserted"]]);
    expect(user.modality.whole).toBe(BUILT_IN_LEXICON.modality.whole);
  });

  it("a two-word cue is read as a pair: 'gearing up' hedges only with its 'up'", () => {
    const cues = modalityTableOf(
      parseModalityCues({ cues: [["gearing up", "planned"]] }, BUILT_IN_LEXICON.modality),
    );
    expect(modalityOf(["is", "gearing", "up", "to"], cues)).toBe("planned");
    expect(modalityOf(["gearing", "down"], cues)).toBe("asserted");
  });
});

describe("two lexicon values in one process do not see each other's cues", () => {
  it("each extraction reads the cues of its own lexicon, in any order", () => {
    const text = "Germany quietly delivered tanks to Ukraine.";
    const hedging = loadUserLexicon({ modality: { cues: [["quietly", "possible"]] } });
    const planning = loadUserLexicon({ modality: { cues: [["quietly", "planned"]] } });
    expect(facts(text, hedging)).toEqual(["germany supplies ukraine possible"]);
    expect(facts(text, planning)).toEqual(["germany supplies ukraine planned"]);
    expect(facts(text)).toEqual(["germany supplies ukraine asserted"]);
    expect(facts(text, hedging)).toEqual(["germany supplies ukraine possible"]);
    expect(BUILT_IN_LEXICON.modality.cues.some(([cue]) => cue === "quietly")).toBe(false);
  });
});

describe("a user file's modality cues are validated with the built-in schema", () => {
  it.each([
    [{ modality: { cues: [["quietly"]] } }, { key: "cues", index: 0 }],
    [
      {
        modality: {
          cues: [
            ["may", "possible"],
            ["quietly", "likely"],
          ],
        },
      },
      { key: "cues", index: 1 },
    ],
    [{ modality: { wholeCues: "ought to" } }, { key: "wholeCues" }],
    [{ modality: { hedges: [] } }, { key: "hedges" }],
  ])("%j is INVALID_INPUT naming the list and row", (json, details) => {
    const err = thrown(() => loadUserLexicon(json));
    expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
    expect(isKgError(err) && err.details).toMatchObject(details);
  });

  it("a file without modality keeps the built-in cues, the same value", () => {
    expect(loadUserLexicon({ entities: [{ name: "Zembla", type: "Country" }] }).modality).toBe(
      BUILT_IN_LEXICON.modality,
    );
  });
});
