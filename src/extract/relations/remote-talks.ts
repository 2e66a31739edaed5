/**
 * Talks at a distance: a meeting word whose own phrase tells a phone or video medium ("spoke with X
 * by phone", "a telephone conversation with X", "held talks via video link") tells no meeting in
 * person, so it gives no meets fact.
 */
import { type FrameTable, perTable } from "../frames.ts";
import type { Token } from "../types.ts";

/** The remote words of a frame table's meeting word lists (meet-words.json remoteWords) as a set, kept beside the table. */
const remoteWords = perTable((table): ReadonlySet<string> => new Set(table.meetWords.remoteWords));
/** A mark that ends the meeting word's phrase. */
const CLAUSE_STOP = /^[.;:,]$/u;

/** How many words before a meeting word may hold its medium ("a telephonic conversation", "a video call"). */
const BEFORE = 2;
/** How many words after a meeting word its phrase is read for a medium ("spoke with Foreign Minister X by phone"). */
const AFTER = 12;

/**
 * True when the meeting word at `t` is told over a phone or a video link: a remote word among the
 * two words right before it, or in its own phrase after it, up to the clause's end or the next verb
 * ("spoke with X by phone"; not "spoke with X, and later met Y by video link"). The remote words are
 * those of `table`'s meeting word lists.
 */
export function toldRemote(tokens: readonly Token[], t: number, table: FrameTable): boolean {
  const remote = remoteWords(table);
  for (let k = t - 1; k >= Math.max(0, t - BEFORE); k--) {
    const w = tokens[k] as Token;
    if (w.pos === "PUNCT") break;
    if (remote.has(w.lower)) return true;
  }
  const end = Math.min(tokens.length, t + 1 + AFTER);
  for (let k = t + 1; k < end; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text) || w.pos === "VERB") break;
    if (remote.has(w.lower)) return true;
  }
  return false;
}
