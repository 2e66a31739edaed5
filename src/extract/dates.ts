/**
 * Date expressions in news text: finds absolute ("on Dec. 21", "in March 2023", "mid-2019",
 * "21 December 2022") and relative ("on Thursday", "last week", "earlier this month", "two days
 * ago", "yesterday") expressions and resolves each against the publication date, at the precision
 * the text gives (day, week, month or year) and never finer. Without a publication date a relative
 * expression stays unresolved and says so. Hand-written rather than chrono-node because news needs
 * its own conventions: a bare weekday is the last one before the report unless the clause is
 * future, and "mid-2019" or "last week" must keep their coarse precision.
 */
import { type DatePrecision, addDays, dateSpan, toIsoDay, weekdayOf } from "../model/dates.ts";
import {
  type Anchor,
  dayIso,
  inferDay,
  inferMonth,
  inferWeekday,
  monthIso,
  shiftMonth,
  step,
  unitDate,
} from "./date-reckoning.ts";
import { DATE_WORDS, type DateWords } from "./lexicon/dates.ts";

/** One date expression found in a text. */
export interface DateMention {
  /** UTF-16 offsets of the expression in the text given, end exclusive (prepositions left out). */
  start: number;
  end: number;
  text: string;
  /** The date in ISO 8601 at its precision (`2019`, `2019-07`, `2019-W28`, `2019-07-15`), or null when unresolved. */
  date: string | null;
  precision: DatePrecision | null;
  /** True when the expression needs the publication date to be resolved ("on Thursday", "in March"). */
  relative: boolean;
  /** True when the text puts the date after the report ("will meet on Friday", "next year", "tomorrow"). */
  future: boolean;
  /** Why the date is null: a relative expression in a document without a publication date. */
  unresolved?: "no-publication-date";
  /** Id of the rule that recognised it (provenance). */
  rule: string;
}

/** What a rule makes of one match: a date, or null to drop the match. */
interface Reading {
  date: string | null;
  precision: DatePrecision;
  relative: boolean;
  future?: boolean;
}

interface Rule {
  id: string;
  /** The text names the calendar date (a month, a day number or a year) rather than counting from the report. */
  stated?: boolean;
  re: RegExp;
  /**
   * Cheap tests that every match of `re` passes (words or digits it cannot match without): a
   * text failing one is not scanned with `re`, which is the costly part of finding dates.
   */
  needs: RegExp[];
  read(m: RegExpExecArray, anchor: Anchor | null, future: boolean): Reading | null;
}

interface Compiled {
  rules: Rule[];
  /** The distinct `needs` tests of all rules, each run at most once per text. */
  needs: RegExp[];
  /** Per rule, the indices of its `needs` in `needs`. */
  needsOf: number[][];
  future: RegExp;
  breaks: RegExp;
}

const compiledCache = new WeakMap<DateWords, Compiled>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** A word list as a regex alternation, longest first; lower-case words also match capitalised. */
function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const e = escape(w);
      const first = w.charAt(0);
      return first !== first.toUpperCase() ? `[${first}${first.toUpperCase()}]${e.slice(1)}` : e;
    })
    .join("|");
}

/** The pieces of the rules' patterns, made from the lexicon's date words, and the cheap tests run before them. */
interface Patterns {
  month: string;
  /** A month by its full name only. */
  monthFull: string;
  weekday: string;
  year: string;
  /** A word that opens a period ("in", "since", …). */
  cue: string;
  /** A qualifier ("early", "mid-", "the end of"). */
  qual: string;
  /** "last", "this" or "next". */
  rel: string;
  seasons: string;
  /** An ordinal's ending. */
  ord: string;
  /** A count in digits or words. */
  numbers: string;
  // Necessary conditions (substrings every match of a rule contains), tested before the rules.
  hasDigit: RegExp;
  hasYear: RegExp;
  hasMonth: RegExp;
  hasWeekday: RegExp;
  hasSeason: RegExp;
  hasUnit: RegExp;
}

/** The patterns of the date words `words`. */
function patternsOf(words: DateWords): Patterns {
  const fullMonths = words.months.map((names) => names[0] as string);
  const year = `(?<year>1[5-9]\\d\\d|20\\d\\d)`;
  return {
    month: `(?<month>${alt(words.months.flat())})`,
    monthFull: `(?<month>${alt(fullMonths)})`,
    weekday: `(?<weekday>${alt(words.weekdays)})`,
    year,
    cue: `(?<pre>\\b(?:${alt(words.periodCues)})\\s+)`,
    qual: `(?:(?<qual>${alt(words.qualifiers)})(?:-|\\s+)|(?<phrase>${alt(words.qualifierPhrases)})\\s+)`,
    rel: `(?<rel>${alt(["last", "this", "next"])})`,
    seasons: `(?<season>${alt(Object.keys(words.seasons))})`,
    ord: `(?:st|nd|rd|th)?`,
    numbers: `(?<n>\\d{1,3}|${alt(Object.keys(words.numbers))})`,
    hasDigit: /\d/u,
    hasYear: new RegExp(year, "u"),
    hasMonth: new RegExp(alt(words.months.flat()), "u"),
    hasWeekday: new RegExp(alt(words.weekdays), "u"),
    hasSeason: new RegExp(alt(Object.keys(words.seasons)), "u"),
    hasUnit: /week|month|year/u,
  };
}

/** What the rules read from a match, by the lexicon's date words. */
interface MatchReaders {
  monthOf(m: RegExpExecArray): number;
  weekdayOfMatch(m: RegExpExecArray): number;
  yearOf(m: RegExpExecArray): number | null;
  /** The count of "three days ago". */
  amount(m: RegExpExecArray): number;
  /** A day from month, day number, year if written, and a weekday if written (which then picks the year). */
  dayReading(m: RegExpExecArray, anchor: Anchor | null, future: boolean): Reading | null;
}

/** The readers of matches of the date words `words`. */
function matchReaders(words: DateWords): MatchReaders {
  const monthIndex = new Map<string, number>();
  words.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n.toLowerCase(), i + 1)));
  const weekdayIndex = new Map(words.weekdays.map((w, i) => [w.toLowerCase(), i]));
  const monthOf = (m: RegExpExecArray): number => monthIndex.get((m.groups?.month ?? "").toLowerCase()) ?? 0;
  const weekdayOfMatch = (m: RegExpExecArray): number =>
    weekdayIndex.get((m.groups?.weekday ?? "").toLowerCase()) ?? 0;
  const yearOf = (m: RegExpExecArray): number | null => (m.groups?.year ? Number(m.groups.year) : null);
  const amount = (m: RegExpExecArray): number => {
    const n = m.groups?.n ?? "";
    return /^\d+$/u.test(n) ? Number(n) : (words.numbers[n.toLowerCase()] ?? 0);
  };
  return { monthOf, weekdayOfMatch, yearOf, amount, dayReading };

  function dayReading(m: RegExpExecArray, anchor: Anchor | null, future: boolean): Reading | null {
    const mo = monthOf(m);
    const d = Number(m.groups?.d);
    const y = yearOf(m);
    if (y !== null) {
      const date = dayIso(y, mo, d);
      return date ? { date, precision: "day", relative: false } : null;
    }
    if (d < 1 || d > 31) return null;
    if (!anchor) return { date: null, precision: "day", relative: true };
    if (m.groups?.weekday) {
      const wd = weekdayOfMatch(m);
      const matching = [anchor.y, anchor.y - 1, anchor.y + 1]
        .map((yr) => dayIso(yr, mo, d))
        .find((x) => x !== null && weekdayOf(x) === wd);
      if (matching) return { date: matching, precision: "day", relative: true };
    }
    const date = inferDay(mo, d, anchor, future);
    return date ? { date, precision: "day", relative: true } : null;
  }
}

/** The rules of a day the text names: "2024-03-01", "March 1", "1 March", "Monday 3rd". */
function statedDayRules(p: Patterns, r: MatchReaders): Rule[] {
  const { month, weekday, year, ord, hasDigit, hasMonth, hasWeekday } = p;
  const { weekdayOfMatch, dayReading } = r;
  return [
    {
      id: "iso-day",
      needs: [/\d{4}-\d{2}-\d{2}/u],
      stated: true,
      re: /\b(?<year>\d{4})-(?<mm>\d{2})-(?<dd>\d{2})\b/gu,
      read: (m) => {
        const date = toIsoDay(m[0]);
        return date ? { date, precision: "day", relative: false } : null;
      },
    },
    {
      id: "month-day",
      needs: [hasMonth, hasDigit],
      stated: true,
      re: new RegExp(
        `(?:${weekday},?\\s+)?\\b${month}\\s+(?<d>\\d{1,2})${ord}\\b(?:,?\\s+${year}\\b)?(?!\\s*[,.]?\\d)`,
        "gu",
      ),
      read: (m, anchor, future) => dayReading(m, anchor, future),
    },
    {
      id: "day-month",
      needs: [hasMonth, hasDigit],
      stated: true,
      re: new RegExp(
        `(?:${weekday},?\\s+)?(?:the\\s+)?\\b(?<d>\\d{1,2})${ord}\\s+(?:of\\s+)?${month}(?![a-z])(?:,?\\s+${year}\\b)?`,
        "gu",
      ),
      read: (m, anchor, future) => dayReading(m, anchor, future),
    },
    {
      id: "weekday-day",
      needs: [hasWeekday, hasDigit],
      stated: true,
      re: new RegExp(`\\b${weekday},?\\s+(?<d>\\d{1,2})${ord}\\b(?![,.]?\\d)`, "gu"),
      read: (m, anchor) => {
        if (!anchor) return { date: null, precision: "day", relative: true };
        const d = Number(m.groups?.d);
        const wd = weekdayOfMatch(m);
        const options = [-1, 0, 1]
          .map((k) => shiftMonth(anchor.y, anchor.m, k))
          .map(([y, mo]) => dayIso(y, mo, d))
          .filter((x): x is string => x !== null && weekdayOf(x) === wd);
        const best = options.sort((a, b) => distance(a, anchor.day) - distance(b, anchor.day))[0];
        return best ? { date: best, precision: "day", relative: true } : null;
      },
    },
  ];
}

/** The rules of a month: "March 2024", "March of last year", "next March", "in March". */
function monthRules(p: Patterns, r: MatchReaders): Rule[] {
  const { month, monthFull, year, cue, qual, rel, hasYear, hasMonth } = p;
  const { monthOf, yearOf } = r;
  return [
    {
      id: "month-year",
      needs: [hasMonth, hasYear],
      stated: true,
      re: new RegExp(`${cue}?${qual}?\\b${month}(?:,?\\s+|\\s+of\\s+)${year}\\b`, "gu"),
      read: (m) => ({ date: monthIso(yearOf(m) as number, monthOf(m)), precision: "month", relative: false }),
    },
    {
      id: "month-relative-year",
      needs: [hasMonth],
      re: new RegExp(`${qual}?\\b${monthFull}\\s+(?:of\\s+)?${rel}\\s+year\\b`, "gu"),
      read: (m, anchor) =>
        anchor
          ? {
              date: monthIso(anchor.y + step(m.groups?.rel), monthOf(m)),
              precision: "month",
              relative: true,
              future: step(m.groups?.rel) > 0,
            }
          : { date: null, precision: "month", relative: true },
    },
    {
      id: "relative-month-name",
      needs: [hasMonth],
      re: new RegExp(`${qual}?\\b${rel}\\s+${monthFull}\\b(?!\\s*\\d)`, "gu"),
      read: (m, anchor) => {
        if (!anchor) return { date: null, precision: "month", relative: true };
        const mo = monthOf(m);
        const s = step(m.groups?.rel);
        const y =
          s < 0
            ? mo < anchor.m
              ? anchor.y
              : anchor.y - 1
            : s > 0
              ? mo > anchor.m
                ? anchor.y
                : anchor.y + 1
              : anchor.y;
        return { date: monthIso(y, mo), precision: "month", relative: true, future: s > 0 };
      },
    },
    {
      id: "month",
      needs: [hasMonth],
      stated: true,
      re: new RegExp(`${cue}?${qual}?\\b${monthFull}\\b(?!\\s*[,.]?\\s*\\d)`, "gu"),
      read: (m, anchor, future) => {
        if (!m.groups?.pre && !m.groups?.qual && !m.groups?.phrase) return null;
        if (!anchor) return { date: null, precision: "month", relative: true };
        return { date: inferMonth(monthOf(m), anchor, future), precision: "month", relative: true };
      },
    },
  ];
}

/** The rules of a year: "in 2024", "summer of 2024", "last summer". */
function yearRules(p: Patterns, r: MatchReaders, words: DateWords): Rule[] {
  const { year, cue, qual, rel, seasons, hasYear, hasSeason } = p;
  const { yearOf } = r;
  return [
    {
      id: "year",
      needs: [hasYear],
      stated: true,
      re: new RegExp(
        `(?:${cue}|\\b${seasons}\\s+(?:of\\s+)?)?${qual}?\\b${year}\\b(?![-–/]\\d|\\s*%|,\\d)`,
        "gu",
      ),
      read: (m) => {
        const g = m.groups ?? {};
        if (!g.pre && !g.qual && !g.phrase && !g.season) return null;
        return { date: String(yearOf(m)), precision: "year", relative: false };
      },
    },
    {
      id: "relative-season",
      needs: [hasSeason],
      re: new RegExp(`\\b${rel}\\s+${seasons}\\b`, "gu"),
      read: (m, anchor) => {
        if (!anchor) return { date: null, precision: "year", relative: true };
        const season = words.seasons[(m.groups?.season ?? "").toLowerCase()];
        if (!season) return null;
        const s = step(m.groups?.rel);
        const y =
          s < 0
            ? anchor.m > season.to
              ? anchor.y
              : anchor.y - 1
            : s > 0
              ? anchor.m < season.from
                ? anchor.y
                : anchor.y + 1
              : anchor.y;
        return { date: String(y), precision: "year", relative: true, future: s > 0 };
      },
    },
  ];
}

/** The rules that count from the report: "last week", "three days ago", "yesterday", "on Monday". */
function countedRules(p: Patterns, r: MatchReaders): Rule[] {
  const { weekday, qual, rel, numbers, hasWeekday, hasUnit } = p;
  const { weekdayOfMatch, amount } = r;
  return [
    {
      id: "relative-unit",
      needs: [hasUnit],
      re: new RegExp(`${qual}?\\b${rel}\\s+(?<unit>week|month|year)\\b`, "gu"),
      read: (m, anchor) => {
        const unit = m.groups?.unit as "week" | "month" | "year";
        if (!anchor) return { date: null, precision: unit, relative: true };
        const s = step(m.groups?.rel);
        const later = /^later$/iu.test(m.groups?.qual ?? "");
        return {
          date: unitDate(anchor, unit, s),
          precision: unit,
          relative: true,
          future: s > 0 || (s === 0 && later),
        };
      },
    },
    {
      id: "ago",
      needs: [/ago/u],
      re: new RegExp(`\\b${numbers}\\s+(?<unit>day|week|month|year)s?\\s+ago\\b`, "gu"),
      read: (m, anchor) => {
        const unit = m.groups?.unit as "day" | "week" | "month" | "year";
        if (!anchor) return { date: null, precision: unit, relative: true };
        const n = amount(m);
        if (n <= 0) return null;
        return { date: unitDate(anchor, unit, -n), precision: unit, relative: true };
      },
    },
    {
      id: "day-word",
      needs: [
        new RegExp(
          alt([
            "yesterday",
            "last night",
            "today",
            "tonight",
            "this morning",
            "this afternoon",
            "this evening",
            "tomorrow",
          ]),
          "u",
        ),
      ],
      re: new RegExp(
        `\\b(?:(?<before>the day before yesterday)|(?<yesterday>${alt(["yesterday", "last night"])})|(?<today>${alt(
          ["earlier today", "today", "tonight", "this morning", "this afternoon", "this evening"],
        )})|(?<tomorrow>${alt(["tomorrow"])}))\\b`,
        "gu",
      ),
      read: (m, anchor) => {
        const g = m.groups ?? {};
        const shift = g.before ? -2 : g.yesterday ? -1 : g.tomorrow ? 1 : 0;
        if (!anchor) return { date: null, precision: "day", relative: true };
        return { date: addDays(anchor.day, shift), precision: "day", relative: true, future: shift > 0 };
      },
    },
    {
      id: "weekday",
      needs: [hasWeekday],
      re: new RegExp(
        `(?:\\b(?<rel>${alt(["last", "next", "this", "earlier on", "late on", "early on"])})\\s+)?\\b${weekday}(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
        "gu",
      ),
      read: (m, anchor, future) => {
        if (!anchor) return { date: null, precision: "day", relative: true };
        const r = (m.groups?.rel ?? "").toLowerCase();
        const mode = r === "last" ? "last" : r === "next" ? "next" : future ? "future" : "past";
        return {
          date: inferWeekday(weekdayOfMatch(m), anchor, mode),
          precision: "day",
          relative: true,
          future: mode === "next" || mode === "future",
        };
      },
    },
  ];
}

function compile(words: DateWords): Compiled {
  const p = patternsOf(words);
  const r = matchReaders(words);
  const rules: Rule[] = [
    ...statedDayRules(p, r),
    ...monthRules(p, r),
    ...yearRules(p, r, words),
    ...countedRules(p, r),
  ];
  const future = new RegExp(`(?:^|[^\\p{L}'’])(?:${alt(words.futureCues)})(?![\\p{L}])`, "u");
  const breaks = new RegExp(`(?<![A-Z])[.!?](?=\\s)|[${words.clauseBreaks.map(escape).join("")}]`, "gu");
  const needs = [...new Set(rules.flatMap((r) => r.needs))];
  const needsOf = rules.map((r) => r.needs.map((re) => needs.indexOf(re)));
  return { rules, needs, needsOf, future, breaks };
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b));
}

/** True when the clause before `start` (back to the last sentence or clause break) has a future cue. */
function isFutureClause(text: string, start: number, compiled: Compiled): boolean {
  let from = Math.max(0, start - 120);
  const window = text.slice(from, start);
  let last = -1;
  const breaks = compiled.breaks;
  breaks.lastIndex = 0;
  for (let b = breaks.exec(window); b; b = breaks.exec(window)) last = b.index + b[0].length - 1;
  if (last >= 0) from += last + 1;
  return compiled.future.test(text.slice(from, start));
}

/**
 * Finds the date expressions of `text` and resolves them against `published` (an ISO date or
 * timestamp; null when the document has none). Expressions never overlap: the longest wins.
 */
export function findDates(
  text: string,
  published: string | null | undefined,
  words: DateWords = DATE_WORDS,
): DateMention[] {
  let compiled = compiledCache.get(words);
  if (!compiled) {
    compiled = compile(words);
    compiledCache.set(words, compiled);
  }
  const pub = toIsoDay(published);
  const anchor: Anchor | null = pub
    ? { day: pub, y: Number(pub.slice(0, 4)), m: Number(pub.slice(5, 7)) }
    : null;
  const found: (DateMention & { order: number })[] = [];
  // Rules share their cheap tests (a month name, a digit): each runs once (0 untested, 1 passed, 2 failed).
  const passed = new Uint8Array(compiled.needs.length);
  for (let order = 0; order < compiled.rules.length; order++) {
    const rule = compiled.rules[order] as Rule;
    let possible = true;
    for (const n of compiled.needsOf[order] as number[]) {
      if (passed[n] === 0) passed[n] = (compiled.needs[n] as RegExp).test(text) ? 1 : 2;
      if (passed[n] === 2) {
        possible = false;
        break;
      }
    }
    if (!possible) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The period cue ("since", "in"), when there is one, opens the match and is left out.
      const pre = m.groups?.pre;
      const start = pre === undefined ? m.index : m.index + pre.length;
      const end = m.index + m[0].length;
      const cue = isFutureClause(text, m.index, compiled);
      const reading = rule.read(m, anchor, cue);
      if (!reading) continue;
      let future = reading.future ?? (reading.relative && cue);
      // A date the text names is future when it falls after the report (or, undated, when its clause says so).
      if (rule.stated && reading.date !== null)
        future = pub ? (dateSpan(reading.date)?.start ?? "") > pub : cue;
      const mention: DateMention & { order: number } = {
        start,
        end,
        text: text.slice(start, end),
        date: reading.date,
        precision: reading.date === null ? null : reading.precision,
        relative: reading.relative,
        future,
        rule: rule.id,
        order,
      };
      if (reading.date === null) mention.unresolved = "no-publication-date";
      found.push(mention);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: DateMention[] = [];
  let reach = -1;
  for (const { order: _order, ...mention } of found) {
    if (mention.start < reach) continue;
    kept.push(mention);
    reach = mention.end;
  }
  return kept;
}
