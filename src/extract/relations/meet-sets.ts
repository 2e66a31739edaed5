/**
 * The meeting word sets of a frame table: each word list of its meeting lists (table.meetWords,
 * built-in lexicon/meet-words.json) as a set by its own name, built once per table, for the
 * meets rules (meet.ts) and the phrases they read (meeting-adverbials.ts).
 */
import { perTable } from "../frames.ts";
import type { MeetWords } from "../lexicon/meet-words.ts";

/** The names of the meeting word lists that hold words (not partyMappings or eventJoinPhrases, which hold phrases). */
type MeetWordKey = {
  [K in keyof MeetWords]: MeetWords[K] extends readonly string[] ? K : never;
}[keyof MeetWords];

/**
 * The meeting word sets meetVerb and meetNoun read: each word list of a frame table's meeting
 * lists (table.meetWords) as a set by its own name, `companions` (delegationNouns and companionNouns
 * as one set), and `lists`, the lists as given (partyMappings, handoverGoods).
 */
export type MeetSets = Readonly<Record<MeetWordKey, ReadonlySet<string>>> & {
  readonly companions: ReadonlySet<string>;
  readonly lists: MeetWords;
};

/** The meeting word sets of a frame table, built on its first use and kept beside it. */
export const meetSetsOf = perTable((table): MeetSets => {
  const words = table.meetWords;
  const sets = {} as Record<MeetWordKey, ReadonlySet<string>>;
  for (const [key, list] of Object.entries(words) as [MeetWordKey, unknown][])
    if (Array.isArray(list) && list.every((w) => typeof w === "string"))
      sets[key] = new Set(list as string[]);
  return { ...sets, companions: new Set([...words.delegationNouns, ...words.companionNouns]), lists: words };
});
