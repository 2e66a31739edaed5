/**
 * Counted goods read as persons: "10 Tata Buses", "two Ashok Leyland Trucks". A run of capitalised
 * words that the name finder typed Person for want of a cue, right after a count (a cardinal that
 * is no year) and ending in a plural's "s", counts things of a make, and names no one: a person's
 * name is not counted ("In 2019 James Mattis" keeps its person: a year is no count).
 */
import type { Mention, Token } from "./types.ts";

/** A year in digits ("2019"): no count of the words after it. */
const YEAR = /^\d{4}$/u;
/** A plural's ending on a capitalised word ("Buses", "Trucks"). */
const PLURAL_END = /\p{Ll}s$/u;

/**
 * True when `m`, a Person the name finder read from capitals alone (rule `fallbackRule`), stands
 * right after a count that is no year and ends in a plural's "s".
 */
export function countedGoods(tokens: readonly Token[], m: Mention, fallbackRule: string): boolean {
  if (m.type !== "Person" || m.rule !== fallbackRule || m.last - m.first < 2) return false;
  const count = tokens[m.first - 1];
  if (!count || count.pos !== "NUM" || YEAR.test(count.text)) return false;
  return PLURAL_END.test((tokens[m.last - 1] as Token).text);
}
