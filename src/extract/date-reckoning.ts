/**
 * Date reckoning: the calendar arithmetic of date expressions, counted from the report's day (the
 * anchor). A day or month named without a year is the nearest past one, or the next one in a
 * future clause; a weekday is the last one on or before the report; "two weeks ago" is a week
 * number, "last month" a month. Used by dates.ts, which finds the expressions.
 */
import { type DatePrecision, addDays, daysInMonth, isoWeekOf, weekdayOf } from "../model/dates.ts";

/** The publication date split into numbers. */
export interface Anchor {
  day: string;
  y: number;
  m: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");
/** A month as "YYYY-MM". */
export const monthIso = (y: number, m: number): string => `${y}-${pad(m)}`;
/** Month arithmetic: the month `n` months after (y, m). */
export function shiftMonth(y: number, m: number, n: number): [number, number] {
  const total = y * 12 + (m - 1) + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

/** A day as "YYYY-MM-DD", or null when the month has no such day. */
export function dayIso(y: number, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** A year-less day: the nearest past one (up to two weeks ahead is still "now"), or the next one in a future clause. */
export function inferDay(month: number, day: number, anchor: Anchor, future: boolean): string | null {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1]
    .map((y) => dayIso(y, month, day))
    .filter((d): d is string => d !== null);
  if (future) return candidates.find((d) => d >= anchor.day) ?? null;
  const limit = addDays(anchor.day, 14);
  return candidates.filter((d) => d <= limit).pop() ?? null;
}

/** A year-less month: the last one up to the report's month, or the next one in a future clause. */
export function inferMonth(month: number, anchor: Anchor, future: boolean): string {
  if (future) return monthIso(month >= anchor.m ? anchor.y : anchor.y + 1, month);
  return monthIso(month <= anchor.m ? anchor.y : anchor.y - 1, month);
}

/** A weekday (0 = Monday): the last one on or before the report, or the next one in a future clause. */
export function inferWeekday(
  weekday: number,
  anchor: Anchor,
  mode: "past" | "future" | "last" | "next",
): string {
  const today = weekdayOf(anchor.day);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (mode === "last") return addDays(anchor.day, -(back === 0 ? 7 : back));
  if (mode === "next") return addDays(anchor.day, ahead === 0 ? 7 : ahead);
  return mode === "future" ? addDays(anchor.day, ahead) : addDays(anchor.day, -back);
}

/** "last"/"this"/"next" as a step. */
export function step(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  return w === "last" || w === "past" || w === "previous" ? -1 : w === "next" ? 1 : 0;
}

/** The week, month or year `n` units after the report's (days for "day"). */
export function unitDate(anchor: Anchor, unit: DatePrecision, n: number): string {
  if (unit === "day") return addDays(anchor.day, n);
  if (unit === "week") return isoWeekOf(addDays(anchor.day, 7 * n));
  if (unit === "month") {
    const [y, m] = shiftMonth(anchor.y, anchor.m, n);
    return monthIso(y, m);
  }
  return String(anchor.y + n);
}
