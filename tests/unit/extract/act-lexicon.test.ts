/**
 * The acts a sentence tells are read with the lexicon of referred acts the caller passes: each
 * lexicon value keeps its own act verb per word form, so what one lexicon made of "fired" never
 * answers for another. (Session 27: the act verb of each form was one module-wide cache.)
 */
import { describe, expect, it } from "vitest";
import { indexSentence } from "../../../src/extract/chunks.ts";
import { REFERRED_ACTS, type ReferredActs } from "../../../src/extract/lexicon/coreference.ts";
import { runStages } from "../../../src/extract/pipeline.ts";
import { sentenceActs } from "../../../src/extract/relations/act-anaphora.ts";
import { tablesOf } from "../../../src/extract/lexicon-tables.ts";
import { modalityCuesOf } from "../../../src/extract/modality-cues.ts";
import { wordsOf } from "../../../src/extract/stage-words.ts";

/** The act verbs the sentence tells under `lexicon`. */
function actVerbs(text: string, lexicon: ReferredActs): (string | undefined)[] {
  const state = runStages({ id: "acts.txt", text, meta: {} });
  const sentence = state.sentences[0];
  if (!sentence) return [];
  return sentenceActs(
    indexSentence(sentence, state.mentions[0] ?? [], wordsOf(state), tablesOf(state), modalityCuesOf(state)),
    lexicon,
  ).map((a) => a.verb);
}

/** The built-in lexicon without the act verb "fire". */
const WITHOUT_FIRE: ReferredActs = {
  ...REFERRED_ACTS,
  verbs: REFERRED_ACTS.verbs.filter((v) => v !== "fire"),
};

describe("the acts a sentence tells, by the lexicon of referred acts", () => {
  const text = "North Korea fired two ballistic missiles on Monday.";

  it("reads a verb as an act under a lexicon that lists it, and not under one that does not", () => {
    expect(actVerbs(text, REFERRED_ACTS)).toEqual(["fire"]);
    expect(actVerbs(text, WITHOUT_FIRE)).toEqual([]);
    expect(actVerbs(text, REFERRED_ACTS)).toEqual(["fire"]);
  });
});
