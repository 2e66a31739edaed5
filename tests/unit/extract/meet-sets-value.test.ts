/**
 * The meeting verbs and nouns are read with the meeting word lists the frame table carries: a
 * relations stage over a table built with other lists reads by them, so the lists are a value
 * passed in, not module state. (Session 33: meet.ts and quoted-meetings.ts built their sets
 * from meet-words.json at module level.)
 */
import { describe, expect, it } from "vitest";
import { createRelationsStage } from "../../../src/extract/5-relations.ts";
import { createFrameTable, DEFAULT_FRAMES, DEFAULT_SUPPLY_WORDS } from "../../../src/extract/frames.ts";
import { MEET_WORDS, type MeetWords } from "../../../src/extract/lexicon/meet-words.ts";
import { BUILT_IN_LEXICON, createLexicon, type Lexicon } from "../../../src/extract/lexicons.ts";
import { runStages } from "../../../src/extract/pipeline.ts";

/** The meetings the relations stage finds in `text` over a table carrying `words`, read with `lexicon`. */
function meetings(text: string, words: MeetWords, lexicon: Lexicon = BUILT_IN_LEXICON): string[] {
  const state = runStages({ id: "meet.txt", text, meta: {} }, { lexicon });
  state.facts = [];
  createRelationsStage(createFrameTable(DEFAULT_FRAMES, DEFAULT_SUPPLY_WORDS, words)).run(state);
  return state.facts
    .filter((f) => f.relation === "meets")
    .map((f) => `${f.source} meets ${f.target} (${f.modality})`)
    .sort();
}

describe("meeting verbs, by the asking verbs of the lexicon (its word lists since session 34)", () => {
  const text = "Erdogan urged Vladimir Putin to meet Volodymyr Zelensky in Istanbul.";

  it("tells a meeting after a verb of asking as planned under lists that name it, and not under others", () => {
    const withoutAsking = createLexicon([], BUILT_IN_LEXICON, { ...BUILT_IN_LEXICON.words, askingVerbs: [] });
    expect(meetings(text, MEET_WORDS)).toEqual(["Vladimir Putin meets Volodymyr Zelensky (planned)"]);
    expect(meetings(text, MEET_WORDS, withoutAsking)).toEqual([
      "Vladimir Putin meets Volodymyr Zelensky (possible)",
    ]);
    expect(meetings(text, MEET_WORDS)).toEqual(["Vladimir Putin meets Volodymyr Zelensky (planned)"]);
  });
});

describe("handovers, by the meeting word lists of the frame table", () => {
  const text = "Ambassador John Smith handed over the keys to Defence Minister Ali Khan.";

  it("tells a meeting in handing over goods the lists name, and none under lists without them", () => {
    const withoutGoods: MeetWords = { ...MEET_WORDS, handoverGoods: [] };
    expect(meetings(text, MEET_WORDS)).toEqual(["Ali Khan meets John Smith (asserted)"]);
    expect(meetings(text, withoutGoods)).toEqual([]);
  });
});

describe("titled partners, by the meeting word lists of the frame table", () => {
  const text = "General Sani Musa hosted the new Minister of Defense of Kenya, Aden Duale, in Abuja.";

  it("reads a lower-case word before a partner's title as part of it under lists that name it, and not under others", () => {
    const withoutModifiers: MeetWords = { ...MEET_WORDS, partnerTitleModifiers: [] };
    expect(meetings(text, MEET_WORDS)).toEqual(["Aden Duale meets Sani Musa (asserted)"]);
    expect(meetings(text, withoutModifiers)).toEqual([]);
  });
});

describe("described meetings, by the meeting word lists of the frame table", () => {
  const text =
    "Vladimir Putin held what he described as a “warm and productive meeting” with Xi Jinping in Moscow.";

  it("steps over a describing clause under lists that name its verb, and not under others", () => {
    const withoutDescribing: MeetWords = { ...MEET_WORDS, describingVerbs: [] };
    expect(meetings(text, MEET_WORDS)).toEqual(["Vladimir Putin meets Xi Jinping (asserted)"]);
    expect(meetings(text, withoutDescribing)).toEqual([]);
  });
});
