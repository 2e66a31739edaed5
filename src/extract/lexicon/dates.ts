/**
 * Date words (data only): month and weekday names with their abbreviations, number words,
 * the cue words that open a date expression ("in", "since", "mid-") and the words that mark a
 * clause as future ("will", "is due to"). src/extract/dates.ts builds its patterns from these.
 */

/** Every word list the date recogniser reads; pass another value to extend or replace one. */
export interface DateWords {
  /** Month names, January first; each entry lists the full name then its abbreviations. */
  months: readonly (readonly string[])[];
  /** Weekday names, Monday first. */
  weekdays: readonly string[];
  /** Number words for "two days ago", with their values. */
  numbers: Readonly<Record<string, number>>;
  /** Words after which a bare month or a bare year is a date ("in March", "since 2014"). */
  periodCues: readonly string[];
  /** Words that qualify a period without narrowing it ("early October" stays a month). */
  qualifiers: readonly string[];
  /** "the end of", "the beginning of": also qualifiers. */
  qualifierPhrases: readonly string[];
  /** Seasons: "summer 2019" and "last fall" are dates at the precision of a year. */
  seasons: Readonly<Record<string, { from: number; to: number }>>;
  /** Words before an expression in its clause that make a weekday or a year-less date future. */
  futureCues: readonly string[];
  /** Words that end a clause when looking for future cues. */
  clauseBreaks: readonly string[];
}

/** The English date words of news prose. */
export const DATE_WORDS: DateWords = {
  months: [
    ["January", "Jan.", "Jan"],
    ["February", "Feb.", "Feb"],
    ["March", "Mar.", "Mar"],
    ["April", "Apr.", "Apr"],
    ["May"],
    ["June", "Jun.", "Jun"],
    ["July", "Jul.", "Jul"],
    ["August", "Aug.", "Aug"],
    ["September", "Sept.", "Sept", "Sep.", "Sep"],
    ["October", "Oct.", "Oct"],
    ["November", "Nov.", "Nov"],
    ["December", "Dec.", "Dec"],
  ],
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  numbers: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
  },
  periodCues: [
    "in",
    "since",
    "from",
    "until",
    "till",
    "by",
    "during",
    "through",
    "throughout",
    "between",
    "of",
    "before",
    "after",
    "as of",
    "early",
    "mid",
    "late",
    "earlier in",
    "later in",
  ],
  qualifiers: ["early", "mid", "late", "earlier", "later"],
  qualifierPhrases: [
    "the end of",
    "the beginning of",
    "the start of",
    "the middle of",
    "the first half of",
    "the second half of",
    "end of",
    "beginning of",
    "start of",
  ],
  seasons: {
    spring: { from: 3, to: 5 },
    summer: { from: 6, to: 8 },
    autumn: { from: 9, to: 11 },
    fall: { from: 9, to: 11 },
  },
  futureCues: [
    "will",
    "'ll",
    "’ll",
    "shall",
    "would",
    "is to",
    "are to",
    "is due",
    "are due",
    "due to",
    "scheduled",
    "set to",
    "expected to",
    "plans to",
    "plan to",
    "planned",
    "upcoming",
    "next",
    "going to",
    "aiming to",
    "aims to",
    "hopes to",
    "seeks to",
    "intends to",
  ],
  clauseBreaks: [";", ":", "—", "–"],
};
