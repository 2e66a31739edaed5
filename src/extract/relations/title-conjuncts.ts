/**
 * Conjoined titles before a name: "Bahrain's Crown Prince, Deputy Supreme Commander of the Bahrain
 * Defense Force and First Deputy Prime Minister Prince Salman", "Embraer defence and security
 * president and CEO Jackson Schneider". The title that runs into the name (naming no actor of its
 * own) is joined by "and" to titles without a name of their own: one person holds them all, so the
 * countries and bodies those titles name are the person's too.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import type { Mention, Token } from "../types.ts";
import { FINAL_STOP, WORDS, isPluralTitleHead } from "../words.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import { AND_WORD, ARTICLE, LOWER_WORD, isTitleToken } from "./title-phrase.ts";
import type { Emit } from "./shared.ts";
import { describedBeforeTitled } from "./described-titles.ts";

/** Most tokens of the titles read back from the "and" before the last title. */
const CONJUNCT_REACH = 16;

/** A token's lower-case form without an abbreviation's stop ("gen." → "gen"). */
const bare = (t: Token | undefined): string => (t?.lower ?? "").replace(FINAL_STOP, "");

/** The title heads ("minister", "CEO", "vice-president") that stand in [from, to). */
function headsIn(tokens: Token[], from: number, to: number): Token[] {
  const heads: Token[] = [];
  for (let k = from; k < to; k++) {
    const w = bare(tokens[k]);
    if (WORDS.titleHeads.has(w.slice(w.lastIndexOf("-") + 1))) heads.push(tokens[k] as Token);
  }
  return heads;
}

/**
 * The countries and bodies named by the titles that end at the "and" at `and` ("Bahrain's Crown
 * Prince, Deputy Supreme Commander of the Bahrain Defense Force and"): read back over title words,
 * lower-case field words before a title word or "and" ("defence and security president"), "of",
 * possessives, commas and the mentions of countries and bodies, to the first other word. Null when
 * a person, a place or a weapon stands among them (those titles are another person's), when every
 * title head among them is in lower case while a head of the last title (`lastHeads`) is written as one
 * ("India's defence secretary and Army Chief General X": two people), or a plural
 * title (a group: "Chinese officials and President X"), when an
 * article opens them (not after "of": "talks between the NATO chief and Prime Minister X" may be two
 * people), or when they hold no title's head.
 */
function conjunctTargets(ix: SentenceIndex, and: number, lastHeads: Token[]): Mention[] | null {
  const tokens = ix.sentence.tokens;
  const found: Mention[] = [];
  let start = and;
  for (let w = and - 1; w >= 0 && and - w <= CONJUNCT_REACH; w--) {
    const m = ix.cover[w];
    const t = tokens[w] as Token;
    if (m) {
      if (m.kind === "pronoun" || (m.type !== "Country" && m.type !== "Organization")) return null;
      found.push(m);
      w = m.first;
      start = w;
      continue;
    }
    const lower = bare(t);
    // "Chinese officials and President X": a plural title is a group, not the person.
    if (isPluralTitleHead(lower)) return null;
    if (isTitleToken(lower) || POSSESSIVE_ENDING.test(t.lower) || AND_WORD.test(lower) || t.text === ",") {
      start = w;
      continue;
    }
    if (lower === "of") {
      start = w;
      continue;
    }
    if (ARTICLE.test(lower)) {
      if (tokens[w - 1]?.lower !== "of") return null;
      start = w;
      continue;
    }
    // "defence and security president": a field word before a title word or "and".
    const next = tokens[w + 1];
    if (
      LOWER_WORD.test(t.text) &&
      (t.pos === "NOUN" || t.pos === "ADJ") &&
      next &&
      (isTitleToken(bare(next)) || AND_WORD.test(next.lower))
    ) {
      start = w;
      continue;
    }
    break;
  }
  // The words before the titles ("the invitation of") are not theirs.
  while (start < and && /^(?:of|,|and|&)$/u.test(tokens[start]?.lower ?? "")) start++;
  const heads = headsIn(tokens, start, and);
  if (heads.length === 0) return null;
  // "Pakistan's defence secretary and Army Chief General X": titles in lower case before a title
  // written as one before the name are another person's, described, not named.
  if (describedBeforeTitled(heads, lastHeads)) return null;
  return found.filter((m) => m.first >= start);
}

/**
 * "X's T1, T2 of B and T3 Name", "B field and field T1 and T2 Name": each country and body that the
 * titles before the last one name gives the person's affiliation (rule `title-conjunct`). `ranksBefore`
 * gives the first token of the ranks and honorifics before a person's name.
 */
export function titleConjunctRule(
  ix: SentenceIndex,
  emit: Emit,
  ranksBefore: (ix: SentenceIndex, p: Mention) => number,
): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    // The last title, ranks and honorifics included ("and CEO X", "and First Deputy Prime Minister Prince X").
    let r = ranksBefore(ix, p);
    while (r > 0 && !ix.cover[r - 1] && isTitleToken(bare(tokens[r - 1]))) r--;
    if (!AND_WORD.test(tokens[r - 1]?.lower ?? "")) continue;
    const lastHeads = headsIn(tokens, r, p.first);
    if (lastHeads.length === 0) continue;
    const targets = conjunctTargets(ix, r - 1, lastHeads);
    if (!targets) continue;
    const trigger = tokens[p.first - 1]?.text ?? "and";
    for (const m of targets)
      emit(p.name, "affiliated_with", actorOf(m).name, trigger, "title-conjunct", "asserted");
  }
}
