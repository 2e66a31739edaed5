/**
 * Respective appositives: a list of names, then a plural title set off by a comma that names as
 * many countries or bodies ("Sergei Lavrov and Wang Yi, the foreign ministers of Russia and China,
 * met", "A and B, the Russian and Chinese defence ministers,"): each name holds the title for the
 * owner at the same place in its list. One owner ("A and B, Russia's foreign and defence
 * ministers,") is every name's.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import { RESPECTIVE_MARKERS, RESPECTIVE_OPENERS } from "../lexicon/titles.ts";
import type { Mention, Token } from "../types.ts";
import { isPluralTitleHead, isRankToken, isTitleWord } from "../words.ts";
import type { Emit } from "./shared.ts";

const MARKERS = new Set(RESPECTIVE_MARKERS);
const OPENERS = new Set(RESPECTIVE_OPENERS);

/** Most title words of the plural title ("deputy foreign and defence ministers"). */
const TITLE_WORDS_REACH = 6;

/** What closes the set-off title: a comma, a stop, a semicolon, a colon or a bracket. */
const CLOSE = /^[,.;:)]$/u;

/** A list separator: a comma or "and". */
const SEPARATOR = /^(?:,|and)$/u;

/** Applies the rule to each list of two or more persons set off by a comma. */
export function respectiveAppositiveRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (!namedPerson(p) || previousPerson(ix, p.first)) continue;
    const persons = personList(ix, p);
    if (persons.length < 2) continue;
    const last = persons[persons.length - 1] as Mention;
    if (tokens[last.last]?.text !== ",") continue;
    const title = pluralTitleAfter(ix, last.last + 1);
    if (!title) continue;
    const { owners, trigger } = title;
    if (owners.length !== persons.length && owners.length !== 1) continue;
    persons.forEach((person, i) => {
      const owner = owners.length === 1 ? owners[0] : owners[i];
      if (owner) emit(person.name, "affiliated_with", owner, trigger, "respective-appositive", "asserted");
    });
  }
}

/** True for a person's name (no pronoun nor role noun). */
function namedPerson(m: Mention | null | undefined): m is Mention {
  return !!m && m.type === "Person" && m.kind !== "pronoun" && m.kind !== "role";
}

/** Past ranks and title words before a name from `k` (tokens no mention covers). */
function pastRanks(ix: SentenceIndex, k: number): number {
  let j = k;
  while (j < ix.sentence.tokens.length && !ix.cover[j] && isRankToken(ix.sentence.tokens[j] as Token)) j++;
  return j;
}

/** The person named after a separator at `k` (", ", "and", ", and", past ranks), else null. */
function personAfterSeparator(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (!SEPARATOR.test(tokens[k]?.lower ?? "")) return null;
  let j = k + 1;
  if (tokens[k]?.text === "," && tokens[j]?.lower === "and") j++;
  j = pastRanks(ix, j);
  const m = ix.cover[j];
  return namedPerson(m) && m.first === j ? m : null;
}

/** True when a person's name ends right before a separator that leads to the name at `first`. */
function previousPerson(ix: SentenceIndex, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const m = ix.cover[k];
    if (namedPerson(m)) return personAfterSeparator(ix, m.last)?.first === first;
    if (m) return false;
  }
  return false;
}

/** The persons of the list that person `p` opens ("A, B and C"). */
function personList(ix: SentenceIndex, p: Mention): Mention[] {
  const list = [p];
  for (let next = personAfterSeparator(ix, p.last); next; next = personAfterSeparator(ix, next.last))
    list.push(next);
  return list;
}

/** The country or body named at `k` (past "the"), with the index after it, else null. */
function ownerAt(ix: SentenceIndex, k: number): Mention | null {
  const j = ix.sentence.tokens[k]?.lower === "the" && !ix.cover[k] ? k + 1 : k;
  const m = ix.cover[j];
  if (!m || m.first !== j) return null;
  const type = actorOf(m).type;
  return type === "Country" || type === "Organization" ? m : null;
}

/**
 * The owners listed from `k` ("Russia and China", "Russia's and China's", "the Russian and
 * Chinese"), each past its possessive mark, with the index after the list.
 */
function ownerList(ix: SentenceIndex, k: number): { owners: string[]; end: number } {
  const tokens = ix.sentence.tokens;
  const owners: string[] = [];
  let j = k;
  for (let m = ownerAt(ix, j); m;) {
    owners.push(actorOf(m).name);
    j = m.last;
    if (tokens[j]?.key === "'s") j++;
    let s = j;
    if (!SEPARATOR.test(tokens[s]?.lower ?? "")) break;
    if (tokens[s]?.text === "," && tokens[s + 1]?.lower === "and") s++;
    m = ownerAt(ix, s + 1);
    if (m) j = m.first;
  }
  return { owners, end: j };
}

/** Past title words (and "and" between them) from `k` that end in a plural title head; the head's index, else -1. */
function pluralHeadEnd(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  let head = -1;
  for (let j = k; j < k + TITLE_WORDS_REACH && j < tokens.length && !ix.cover[j]; j++) {
    const lower = (tokens[j] as Token).lower;
    if (lower === "and" && j > k) continue;
    if (!isTitleWord(lower)) break;
    head = isPluralTitleHead(lower) ? j : -1;
  }
  return head;
}

/**
 * The plural title set off from `k` and the owners it names: "[the] foreign ministers of X and Y",
 * "X's and Y's foreign ministers", "the X and Y foreign ministers" (demonyms), closed by
 * punctuation (past "respectively"), else null.
 */
function pluralTitleAfter(ix: SentenceIndex, k: number): { owners: string[]; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (OPENERS.has(tokens[j]?.lower ?? "") && !ix.cover[j]) j++;
  let owners: string[] = [];
  let head: number;
  const before = ownerList(ix, j);
  if (before.owners.length > 0) {
    owners = before.owners;
    head = pluralHeadEnd(ix, before.end);
    if (head < 0) return null;
    j = head + 1;
  } else {
    head = pluralHeadEnd(ix, j);
    if (head < 0 || tokens[head + 1]?.lower !== "of") return null;
    const after = ownerList(ix, head + 2);
    owners = after.owners;
    j = after.end;
  }
  if (MARKERS.has(tokens[j]?.lower ?? "")) j++;
  if (owners.length === 0 || (j < tokens.length && !CLOSE.test(tokens[j]?.text ?? ""))) return null;
  return { owners, trigger: tokens[head]?.text ?? "" };
}
