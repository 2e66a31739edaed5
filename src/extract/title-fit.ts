/**
 * Titles as words and whether one fits another: "the defence minister" fits "Danish Defence
 * Minister X", "the French leader" covers "President Y", "the army chief" may be held by "General
 * Z" (a person known only by rank); "the deputy minister" is not the minister. Read by
 * title-holders.ts, which finds the person a definite title stands for.
 */
import {
  BROADER_TITLES,
  RANK_MODIFIERS,
  RANK_OFFICE_HEADS,
  RANK_OFFICE_MODIFIERS,
  RANK_TITLE_WORDS,
  TITLE_SPELLINGS,
} from "./lexicon/coreference.ts";
import { MILITARY_RANKS } from "./lexicon/titles.ts";
import type { Token } from "./types.ts";
import { WORDS } from "./words.ts";

const RANKS = new Set(RANK_MODIFIERS);
const SPELLINGS = new Map(TITLE_SPELLINGS.map((row) => row.split("|") as [string, string]));
/** Each broad description head's titles, as words ("leader" → [["president"], ["prime", "minister"], …]). */
const BROADER = new Map(
  BROADER_TITLES.map((row) => {
    const [head = "", titles = ""] = row.split("|");
    return [head, titles.split(",").map((t) => t.split(" "))] as const;
  }),
);
const RANK_WORDS = new Set([...MILITARY_RANKS, ...RANK_TITLE_WORDS]);
/** Military ranks as words ("general", "admiral"). */
export const MILITARY_RANK_WORDS = new Set(MILITARY_RANKS);
const RANK_OFFICES = new Set(RANK_OFFICE_HEADS);
const RANK_OFFICE_WORDS = new Set(RANK_OFFICE_MODIFIERS);

/** A title as words: its head and the modifiers before it (spellings unified). */
export interface Title {
  head: string;
  modifiers: string[];
}

/** A title word in its one spelling (lexicon titleSpellings). */
export const normTitleWord = (lower: string): string => SPELLINGS.get(lower) ?? lower;

/** The titles of a run of title words [from, to): one per head, with the modifiers since the previous head. */
export function titlesOf(tokens: Token[], from: number, to: number): Title[] {
  const out: Title[] = [];
  let modifiers: string[] = [];
  for (let k = from; k < to; k++) {
    const w = normTitleWord((tokens[k] as Token).lower);
    // "Deputy Foreign Minister": a head before a modifier is itself a modifier.
    const next = k + 1 < to ? normTitleWord((tokens[k + 1] as Token).lower) : "";
    const modifierNext = WORDS.titleModifiers.has(next) && !WORDS.titleHeads.has(next);
    if (WORDS.titleHeads.has(w) && !modifierNext) {
      out.push({ head: w, modifiers });
      modifiers = [];
    } else modifiers.push(w);
  }
  return out;
}

/**
 * Whether a description's title fits a holder's: same head, the description's modifiers all in
 * the holder's, and the same rank words ("deputy", "vice": a deputy minister is not the minister).
 */
export function fits(description: Title, holder: Title): boolean {
  if (description.head !== holder.head) return false;
  if (!description.modifiers.every((w) => holder.modifiers.includes(w))) return false;
  const ranks = (t: Title): string =>
    t.modifiers
      .filter((w) => RANKS.has(w))
      .sort()
      .join(" ");
  return ranks(description) === ranks(holder);
}

/** A title that is only a military rank ("General", "Rear Admiral"), no office. */
function rankOnly(t: Title): boolean {
  return MILITARY_RANK_WORDS.has(t.head) && t.modifiers.every((w) => RANK_WORDS.has(w));
}

/**
 * Whether a description with a broad head and no other word ("the French leader", "the Chinese
 * envoy") covers a holder's title ("President", "Prime Minister", "Ambassador"; lexicon
 * broaderTitles). The holder's rank words ("deputy", "vice") keep it out: a vice president is no leader.
 */
function broader(description: Title, holder: Title): boolean {
  const titles = BROADER.get(description.head);
  if (!titles || description.modifiers.length > 0 || holder.modifiers.some((w) => RANKS.has(w))) return false;
  const words = [...holder.modifiers, holder.head];
  return titles.some((t) => t.length === words.length && t.every((w, j) => normTitleWord(w) === words[j]));
}

/**
 * Whether a description's title is a military office ("the army chief", "the defence chief", "the
 * commander") that a person introduced only by a rank may hold.
 */
function rankOffice(description: Title): boolean {
  return RANK_OFFICES.has(description.head) && description.modifiers.every((w) => RANK_OFFICE_WORDS.has(w));
}

/**
 * Whether a person holding `own` titles may be the one a description of `title` stands for: one
 * of the titles fits; or the person has only ranks ("General X") and the description is a military
 * office ("the Nigerian army chief"). A person with no title at all may be anyone (true).
 */
export function mayHold(title: Title, own: Title[]): boolean {
  if (own.length === 0 || own.some((t) => fits(title, t) || broader(title, t))) return true;
  return own.every(rankOnly) && rankOffice(title);
}
