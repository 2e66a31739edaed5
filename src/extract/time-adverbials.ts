/**
 * Time adverbials that stand between a subject and its verb ("India on Friday delivered", "the
 * ministry yesterday said"): found backwards from the token before the verb, so that the subject
 * and speaker searches can step over them.
 */
import { DATE_WORDS } from "./lexicon/dates.ts";
import {
  RELATIVE_TIME_WORDS,
  TIME_ADVERBIAL_PREPOSITIONS,
  TIME_ADVERBIAL_WORDS,
  TIME_PERIOD_WORDS,
} from "./lexicon/grammar.ts";
import type { Token } from "./types.ts";

const TIME_WORDS = new Set(TIME_ADVERBIAL_WORDS);
/** Month and weekday names, as printed: capitalised ("May", not the auxiliary "may"). */
const CALENDAR_NAMES = new Set([...DATE_WORDS.weekdays, ...DATE_WORDS.months.flat()]);
const TIME_PREPS = new Set(TIME_ADVERBIAL_PREPOSITIONS);
const RELATIVE_TIMES = new Set(RELATIVE_TIME_WORDS);
const PERIODS = new Set(TIME_PERIOD_WORDS);
/** A year as printed in news ("in 2019"). */
const YEAR = /^(?:19|20)\d\d$/u;

/** A day's number, maybe ordinal ("5", "5th"). */
const DAY_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/u;

/**
 * The first token of a time adverbial that ends at token `j` ("on Friday", "last week", "on
 * March 31", "yesterday"), or -1: at most five tokens, at least one of them a time word.
 */
export function timeAdverbialStart(tokens: Token[], j: number): number {
  // "A and B, who earlier in the day held talks": a relative word, "in the" and a period.
  if (
    PERIODS.has(tokens[j]?.lower ?? "") &&
    tokens[j - 1]?.lower === "the" &&
    tokens[j - 2]?.lower === "in" &&
    RELATIVE_TIMES.has(tokens[j - 3]?.lower ?? "")
  )
    return j - 3;
  let k = j;
  let timeWord = false;
  while (k >= 0 && j - k < 5) {
    const w = tokens[k] as Token;
    if (TIME_WORDS.has(w.lower) || CALENDAR_NAMES.has(w.text)) timeWord = true;
    // "Taiwan in 2019 gifted": a year right after a time preposition.
    else if (YEAR.test(w.text) && TIME_PREPS.has(tokens[k - 1]?.lower ?? "")) timeWord = true;
    else if (!(w.pos === "NUM" || DAY_NUMBER.test(w.text) || w.lower === "the")) break;
    k--;
  }
  if (!timeWord) return -1;
  if (k >= 0 && TIME_PREPS.has((tokens[k] as Token).lower)) k--;
  return k + 1;
}

/** Most tokens of a time adverbial that `timeAdverbialEnd` looks past. */
const TIME_PHRASE_REACH = 4;

/**
 * The token after a time adverbial that opens at token `k` ("expressed concern Monday about …",
 * "told reporters on Monday Ghana had …"), or `k` when none opens there.
 */
export function timeAdverbialEnd(tokens: Token[], k: number): number {
  for (let j = Math.min(tokens.length - 1, k + TIME_PHRASE_REACH); j >= k; j--)
    if (timeAdverbialStart(tokens, j) === k) return j + 1;
  return k;
}
