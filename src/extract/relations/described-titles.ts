/**
 * Two people behind titles joined by "and" before a name: "Pakistan's defence secretary and Army
 * Chief General X", "Israel's prime minister and Defense Secretary Lloyd Austin". News capitalises
 * the titles a name carries and writes in lower case those of a holder it only describes, so
 * lower-case titles before the "and" and a title written as one before the name are two people's;
 * one person's titles are written alike ("Saudi Crown Prince and Prime Minister X", "Embraer
 * president and CEO X": an acronym tells nothing). Read by title-conjuncts.ts and by
 * affiliation.ts, where a later titled part shares the first part's possessor, and where a
 * possessor before the described titles must not reach the name ("China's foreign minister and
 * Secretary of State Antony Blinken", "Rheinmetall's chief executive and Army Chief General X").
 */
import type { ChunkItem } from "../chunks.ts";
import type { Token } from "../types.ts";

/** A word written as a title before a name: a capital, then lower case ("Chief", "Minister"; not "CEO"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** A word in lower case ("secretary", "vice-president"). */
const LOWER_CASE = /^\p{Ll}/u;

/**
 * True when the title heads before the "and" (`earlier`) are all in lower case and one of the last
 * title's heads (`last`) is written in title case: the earlier titles describe another person.
 */
export function describedBeforeTitled(earlier: readonly Token[], last: readonly Token[]): boolean {
  return (
    earlier.length > 0 &&
    earlier.every((h) => LOWER_CASE.test(h.text)) &&
    last.some((h) => TITLE_CASE.test(h.text))
  );
}

/** The head tokens of a chunk part's title items. */
export function titleHeadTokens(items: readonly ChunkItem[], tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const it of items) if (it.kind === "title" && it.head) out.push(tokens[it.index] as Token);
  return out;
}

/**
 * Where the tokens [from, to) before a name hold titles joined by "and" that split into a described
 * holder's (lower case, before the "and") and the name's own (title case, after it), as
 * describedBeforeTitled reads them: the index of that "and", else -1. `isHead` tells a title's head.
 */
export function describedTitlesSplit(
  tokens: readonly Token[],
  from: number,
  to: number,
  isHead: (t: Token) => boolean,
): number {
  for (let a = from; a < to; a++) {
    if (tokens[a]?.lower !== "and") continue;
    const earlier = tokens.slice(from, a).filter(isHead);
    const last = tokens.slice(a + 1, to).filter(isHead);
    if (describedBeforeTitled(earlier, last)) return a;
  }
  return -1;
}
