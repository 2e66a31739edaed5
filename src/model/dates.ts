/**
 * Calendar dates at a precision: an event date is written in ISO 8601 at the precision the text
 * gives (`2019`, `2019-07`, `2019-W28`, `2019-07-15`), never more precise. These helpers turn
 * such a date into the days it spans, and do the day arithmetic the resolver needs, in UTC.
 */

/** How precise an event date is. */
export type DatePrecision = "day" | "week" | "month" | "year";

/** Where an evidence's event date comes from: the text, the publication date, or neither. */
export type EventDateSource = "text" | "published" | "unresolved";

/** The first and last day (`YYYY-MM-DD`, inclusive) a date at some precision covers. */
export interface DateSpan {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC time value. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** UTC midnight of a `YYYY-MM-DD` day. */
export function dayTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return isoDay(dayTime(day) + n * DAY_MS);
}

/** Weekday of a day, Monday 0 … Sunday 6. */
export function weekdayOf(day: string): number {
  return (new Date(dayTime(day)).getUTCDay() + 6) % 7;
}

/** ISO week (`YYYY-Www`) of a day. */
export function isoWeekOf(day: string): string {
  const thursday = addDays(day, 3 - weekdayOf(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayTime(thursday) - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Number of days of a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/u;
const WEEK_RE = /^(\d{4})-W(\d{2})$/u;
const MONTH_RE = /^(\d{4})-(\d{2})$/u;
const YEAR_RE = /^(\d{4})$/u;

/** The day part (`YYYY-MM-DD`) of an ISO date or timestamp, or null when it has none. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = DAY_RE.exec(value);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(m[1]), month)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The precision an ISO date at some precision is written at, or null when it is not one. */
export function precisionOf(value: string): DatePrecision | null {
  if (YEAR_RE.test(value)) return "year";
  if (MONTH_RE.test(value)) return "month";
  if (WEEK_RE.test(value)) return "week";
  return toIsoDay(value) ? "day" : null;
}

/** The days a date at its precision spans (a full timestamp counts as its day), or null when it is not a date. */
export function dateSpan(value: string): DateSpan | null {
  let m = YEAR_RE.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = MONTH_RE.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return {
      start: `${value}-01`,
      end: `${value}-${String(daysInMonth(Number(m[1]), month)).padStart(2, "0")}`,
    };
  }
  m = WEEK_RE.exec(value);
  if (m) {
    const year = Number(m[1]);
    const jan4 = isoDay(Date.UTC(year, 0, 4));
    const start = addDays(jan4, -weekdayOf(jan4) + (Number(m[2]) - 1) * 7);
    return { start, end: addDays(start, 6) };
  }
  const day = toIsoDay(value);
  return day ? { start: day, end: day } : null;
}

/** True when two spans share at least one day. */
export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The earliest and latest of some dates at their precisions (earliest start, latest end). */
export interface DateRange {
  first: string | null;
  last: string | null;
}

/** Widens `range` in place to hold `date` (ignored when it is not a date). */
export function widenRange(range: DateRange, date: string | null | undefined): void {
  if (!date) return;
  const span = dateSpan(date);
  if (!span) return;
  const first = range.first === null ? null : dateSpan(range.first);
  const last = range.last === null ? null : dateSpan(range.last);
  if (!first || span.start < first.start) range.first = date;
  if (!last || span.end > last.end) range.last = date;
}
