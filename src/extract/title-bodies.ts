/**
 * Titles read as bodies: an unlisted body's name in which a title's head comes before any body
 * noun is a title, no body. "Technical Director of the Office of the Minister of Defense Lt. Gen.
 * Antonino Cordero": the body is the "Office of the Minister of Defense" after the title's "of";
 * "Under Secretary Finance and Administration Mrs Edith Buturo": no "of", so no body at all.
 * A body noun before the title's head leaves the body as it is ("Office of the President",
 * "Ministry of Defence"), and so do plural and possessive title heads ("Joint Chiefs of Staff
 * Committee", "Sultan's Armed Forces") and the title heads that open real bodies' names (lexicon
 * titles.json bodyNameTitleHeads: "General Staff", "General Dynamics", "The Diplomat"). A body
 * right after a title's "of" leaves the title its portfolio: "Undersecretary of the Ministry of
 * Defense for Procurement and Armament" serves the "Ministry of Defense".
 */
import { isCapitalised } from "./words.ts";
import type { MakeMention } from "./place-openers.ts";
import type { DocState, Mention, Token } from "./types.ts";

/** The word sets the rule reads: title heads, body nouns, and title heads that open real bodies' names. */
export interface TitleBodyWords {
  titleHeads: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  bodyNameTitleHeads: ReadonlySet<string>;
}

/**
 * Rewrites each sentence's unlisted (fallback) Organization mentions that open with a title: the
 * body after the title's "of" (and "the") when it holds a body noun, else nothing.
 */
export function readTitlesOfBodies(state: DocState, words: TitleBodyWords, makeMention: MakeMention): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index];
    if (!list) continue;
    const tokens = sentence.tokens;
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k] as Mention;
      if (m.type !== "Organization" || m.kind !== "fallback") continue;
      // "Undersecretary of the Ministry of Defense for Procurement …": the title before the run's "of".
      const title = titleHeadAt(tokens, m.first, m.last, words);
      const of = title < 0 ? titleOfBefore(tokens, m.first, words) : title + 1;
      if (of < 0) continue;
      const body = bodyAfterOf(tokens, of, m.last, words);
      if (!body) {
        if (title >= 0) list.splice(k, 1);
        continue;
      }
      if (body.first === m.first && body.last === m.last) continue;
      const spelled = makeMention(
        sentence,
        body.first,
        body.last,
        "",
        "Organization",
        "fallback",
        "title-of-body",
      );
      spelled.name = spelled.text;
      list[k] = spelled;
    }
  }
}

/**
 * The index of the "of" right before a run at `first` (after "the" too) when a title's head stands
 * before it ("Undersecretary of the Ministry …"), else -1.
 */
function titleOfBefore(tokens: readonly Token[], first: number, words: TitleBodyWords): number {
  const of = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  if (tokens[of]?.lower !== "of") return -1;
  const head = tokens[of - 1];
  return head !== undefined && isCapitalised(head.text) && words.titleHeads.has(head.lower) ? of : -1;
}

/**
 * The index of the first title head in tokens [first, last) when it comes before every body noun
 * and is no head of a real body's name, else -1. Only a head as listed, in the singular and with no
 * possessive before the body noun, is a person's title: plural and possessive heads name bodies
 * ("Joint Chiefs of Staff Committee", "ASEAN Defence Ministers' Meeting", "Sultan's Armed Forces",
 * "Prosecutor General's Office").
 */
function titleHeadAt(tokens: readonly Token[], first: number, last: number, words: TitleBodyWords): number {
  for (let i = first; i < last; i++) {
    const lower = (tokens[i] as Token).lower;
    if (words.orgHeads.has(lower) || words.bodyNameTitleHeads.has(lower)) return -1;
    if (words.titleHeads.has(lower)) return possessiveBeforeBody(tokens, i + 1, last, words) ? -1 : i;
  }
  return -1;
}

/** True when a possessive clitic comes in tokens [from, last) before any body noun ("Prosecutor General's Office"). */
function possessiveBeforeBody(
  tokens: readonly Token[],
  from: number,
  last: number,
  words: TitleBodyWords,
): boolean {
  for (let i = from; i < last; i++) {
    const lower = (tokens[i] as Token).lower;
    if (POSSESSIVE.test(lower)) return true;
    if (words.orgHeads.has(lower)) return false;
  }
  return false;
}

/** A possessive clitic token ("'s", "’s"). */
const POSSESSIVE = /^['’]s?$/u;

/**
 * The body after a title, tokens [first, last): from the capitalised word after the first "of"
 * (and "the") in tokens [from, end), when a body noun follows it, to `end` or to a "for" after a
 * word that is no body noun ("Undersecretary of the Ministry of Defense for Procurement": the
 * portfolio is the title's; "Ministry for Foreign Affairs" keeps its "for"); null when none.
 */
function bodyAfterOf(
  tokens: readonly Token[],
  from: number,
  end: number,
  words: TitleBodyWords,
): { first: number; last: number } | null {
  let of = from;
  while (of < end && (tokens[of] as Token).lower !== "of") of++;
  let first = of + 1;
  if (tokens[first]?.lower === "the") first++;
  if (first >= end || !isCapitalised((tokens[first] as Token).text)) return null;
  let headed = false;
  for (let i = first; i < end; i++) {
    const lower = (tokens[i] as Token).lower;
    if (lower === "for" && headed && !words.orgHeads.has((tokens[i - 1] as Token).lower))
      return { first, last: i };
    if (words.orgHeads.has(lower)) headed = true;
  }
  return headed ? { first, last: end } : null;
}
