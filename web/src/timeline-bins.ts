/**
 * The timeline's bins: evidence counted per week or per month (months when the events span
 * more than half a year), each evidence in the bin where its event starts. Pure, for the
 * timeline strip and its tests.
 */
import { addDays, type DateSpan, daysInMonth, weekdayOf } from "../../src/model/dates.ts";

/** One bar of the timeline: its first and last day and how many evidence events start in it. */
export interface TimelineBin {
  start: string;
  end: string;
  count: number;
  label: string;
}

/** The bins and their unit. */
export interface TimelineBins {
  unit: "week" | "month";
  bins: TimelineBin[];
}

/** Most bins drawn: a longer range is counted per month whatever its length. */
const MAX_WEEK_BINS = 26;

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function monthEnd(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

function weekStart(day: string): string {
  return addDays(day, -weekdayOf(day));
}

/** Counts event spans per week or month from the first event to the last; empty when there is none. */
export function timelineBins(spans: readonly DateSpan[]): TimelineBins {
  if (spans.length === 0) return { unit: "month", bins: [] };
  let first = spans[0]!.start;
  let last = spans[0]!.start;
  for (const s of spans) {
    if (s.start < first) first = s.start;
    if (s.start > last) last = s.start;
  }
  const weeks = (Date.parse(weekStart(last)) - Date.parse(weekStart(first))) / (7 * 86_400_000) + 1;
  const unit = weeks <= MAX_WEEK_BINS ? "week" : "month";
  const bins: TimelineBin[] = [];
  const index = new Map<string, number>();
  const startOf = unit === "week" ? weekStart : monthStart;
  for (let at = startOf(first); at <= last;) {
    const end = unit === "week" ? addDays(at, 6) : monthEnd(at);
    index.set(at, bins.length);
    bins.push({ start: at, end, count: 0, label: unit === "week" ? at : at.slice(0, 7) });
    at = addDays(end, 1);
  }
  // Many events share a day: each day's bin is looked up once.
  const binOfDay = new Map<string, number>();
  for (const s of spans) {
    let i = binOfDay.get(s.start);
    if (i === undefined) {
      i = index.get(startOf(s.start)) ?? -1;
      binOfDay.set(s.start, i);
    }
    const bin = bins[i];
    if (bin) bin.count++;
  }
  return { unit, bins };
}
