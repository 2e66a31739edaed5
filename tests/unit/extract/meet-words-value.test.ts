/**
 * The meeting events are read with the meeting word lists the frame table carries: a table built
 * with other lists reads by them, so the lists are a value passed in, not module state. (Session 33:
 * meeting-events.ts built its sets from meet-words.json at module level.)
 */
import { describe, expect, it } from "vitest";
import { createFrameTable, DEFAULT_FRAMES, DEFAULT_SUPPLY_WORDS } from "../../../src/extract/frames.ts";
import { MEET_WORDS, type MeetWords } from "../../../src/extract/lexicon/meet-words.ts";
import { runStages } from "../../../src/extract/pipeline.ts";
import { meetingEvents } from "../../../src/extract/relations/meeting-events.ts";
import { toldRemote } from "../../../src/extract/relations/remote-talks.ts";

/** The meetings the event readers emit for `text` under a table carrying `words`. */
function eventMeetings(text: string, words: MeetWords): string[] {
  const state = runStages({ id: "events.txt", text, meta: {} });
  const out: string[] = [];
  const table = createFrameTable(DEFAULT_FRAMES, DEFAULT_SUPPLY_WORDS, words);
  meetingEvents(
    state,
    table,
    () => (source, relation, target) => out.push(`${source} ${relation} ${target}`),
  );
  return out;
}

/** The built-in lists without the participles of company. */
const WITHOUT_COMPANY: MeetWords = { ...MEET_WORDS, companionParticiples: [] };

describe("meeting events, by the meeting word lists of the frame table", () => {
  const text =
    "Russian Defence Minister Sergei Shoigu, accompanied by Deputy Defence Minister Alexander Fomin, " +
    "met Chinese Defence Minister Li Shangfu in Beijing on Monday.";

  it("joins a companion to the host's side under lists that name its participle, and not under others", () => {
    expect(eventMeetings(text, MEET_WORDS)).toEqual(["Alexander Fomin meets Li Shangfu"]);
    expect(eventMeetings(text, WITHOUT_COMPANY)).toEqual([]);
    expect(eventMeetings(text, MEET_WORDS)).toEqual(["Alexander Fomin meets Li Shangfu"]);
  });
});

describe("talks at a distance, by the remote words of the frame table", () => {
  it("reads a meeting word as told by phone under lists that name the medium, and not under others", () => {
    const state = runStages({
      id: "remote.txt",
      text: "Lavrov spoke with Wang Yi by phone on Monday.",
      meta: {},
    });
    const tokens = state.sentences[0]?.tokens ?? [];
    const t = tokens.findIndex((w) => w.lower === "spoke");
    const table = (words: MeetWords) => createFrameTable(DEFAULT_FRAMES, DEFAULT_SUPPLY_WORDS, words);
    const withoutPhone: MeetWords = {
      ...MEET_WORDS,
      remoteWords: MEET_WORDS.remoteWords.filter((w) => w !== "phone"),
    };
    expect(toldRemote(tokens, t, table(MEET_WORDS))).toBe(true);
    expect(toldRemote(tokens, t, table(withoutPhone))).toBe(false);
  });
});
