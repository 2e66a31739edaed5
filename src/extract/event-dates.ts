/**
 * Event dates for evidence: the date a fact happened, taken from the date expression that
 * modifies its clause (the nearest one in the trigger's clause, else the nearest in the
 * sentence), or the publication date, marked as such, when the sentence states none.
 */
import type { DatePrecision, EventDateSource } from "../model/dates.ts";
import type { DateMention } from "./dates.ts";
import { CLAUSE_BREAKS } from "./lexicon/triggers.ts";

/** The event-date fields an evidence carries (see Evidence in src/model/types.ts). */
export interface EventDateFields {
  eventDate: string | null;
  eventPrecision: DatePrecision | null;
  eventDateSource: EventDateSource | null;
  /** The date expression as written, when the date comes from the text. */
  eventText?: string;
  /** Set when the text puts the event after the report ("will arrive in 2024", "next week"). */
  eventFuture?: true;
}

const WORD_BREAKS = CLAUSE_BREAKS.filter((w) => /^\p{L}+$/u.test(w));
const PUNCT_BREAKS = CLAUSE_BREAKS.filter((w) => !/^\p{L}+$/u.test(w));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** Where a clause ends: the breaks of the relation rules, commas, and "that" opening a complement. */
const CLAUSE_BREAK_RE = new RegExp(
  `,(?=\\s)|[${PUNCT_BREAKS.map(escape).join("")}]|\\b(?:${[...WORD_BREAKS, "that"].join("|")})\\b`,
  "giu",
);

/** The [start, end) offsets of the clause around `at` in `text`, whose clause breaks are `breaks`. */
export function clauseAround(
  text: string,
  at: number,
  breaks: readonly number[] = clauseBreaks(text),
): [number, number] {
  let start = 0;
  let end = text.length;
  for (const index of breaks) {
    if (index <= at) start = index;
    else {
      end = index;
      break;
    }
  }
  return [start, end];
}

/** Offsets of the clause breaks of `text`, in order (a sentence's facts share them: clauseAround, eventDateFor). */
export function clauseBreaks(text: string): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(text); m; m = CLAUSE_BREAK_RE.exec(text)) breaks.push(m.index);
  return breaks;
}

/** A letter or a digit (one code point), the characters a whole-word occurrence may not touch. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether `at` falls between the two halves of a surrogate pair (no code point starts or ends there). */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}

/** Whether the code point that ends at `at` in `text` is a letter or a digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = isLowSurrogate(text.charCodeAt(at - 1)) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  return WORD_CHAR.test(pair ? text.slice(at - 2, at) : (text[at - 1] as string));
}

/** Whether the code point that starts at `at` in `text` is a letter or a digit. */
function wordCharAt(text: string, at: number): boolean {
  if (at === text.length) return false;
  const pair = isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1));
  return WORD_CHAR.test(pair ? text.slice(at, at + 2) : (text[at] as string));
}

/**
 * Offset of a trigger in its sentence (first whole-word occurrence, else first occurrence), or -1.
 * The occurrences are tested by the code points around them, a surrogate pair (emoji, letters
 * above U+FFFF) read as one: a pattern per trigger (with Unicode classes) cost each extraction
 * thread about a millisecond per new trigger to compile, 0.4 s over its first 200 articles, and
 * kept the patterns it had made in module state.
 */
export function triggerOffset(sentence: string, trigger: string): number {
  if (!trigger) return -1;
  const first = sentence.indexOf(trigger);
  if (first < 0) return -1;
  for (let at = first; at >= 0; at = sentence.indexOf(trigger, at + 1)) {
    const end = at + trigger.length;
    if (splitsPair(sentence, at) || splitsPair(sentence, end)) continue;
    if (!wordCharBefore(sentence, at) && !wordCharAt(sentence, end)) return at;
  }
  return first;
}

function gap(d: DateMention, from: number, to: number): number {
  return d.end <= from ? from - d.end : d.start >= to ? d.start - to : 0;
}

/** The date expression nearest to [from, to) (the first of equals, as a stable sort leaves it). */
function nearest(list: readonly DateMention[], from: number, to: number): DateMention | undefined {
  return [...list].sort((a, b) => gap(a, from, to) - gap(b, from, to))[0];
}

/** A day written "YYYY-MM-DD". */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The event date of a fact whose trigger is `trigger` in `sentence`, given the sentence's date
 * expressions (offsets into `sentence`), the document's publication date and the sentence's
 * clause breaks (clauseBreaks, which a caller reading several facts of one sentence makes once).
 */
export function eventDateFor(
  sentence: string,
  dates: readonly DateMention[],
  trigger: string,
  published: string | null,
  breaks?: readonly number[],
): EventDateFields {
  let chosen: DateMention | undefined;
  if (dates.length > 0) {
    const at = triggerOffset(sentence, trigger);
    const from = Math.max(at, 0);
    const to = at < 0 ? 0 : at + trigger.length;
    const [cs, ce] = clauseAround(sentence, from, breaks ?? clauseBreaks(sentence));
    chosen =
      nearest(
        dates.filter((d) => d.start >= cs && d.end <= ce),
        from,
        to,
      ) ?? nearest(dates, from, to);
  }
  if (chosen) {
    const fields: EventDateFields = {
      eventDate: chosen.date,
      eventPrecision: chosen.precision,
      eventDateSource: chosen.date === null ? "unresolved" : "text",
      eventText: chosen.text,
    };
    if (chosen.future) fields.eventFuture = true;
    return fields;
  }
  const day = published ? published.slice(0, 10) : null;
  return day && ISO_DAY.test(day)
    ? { eventDate: day, eventPrecision: "day", eventDateSource: "published" }
    : { eventDate: null, eventPrecision: null, eventDateSource: null };
}
