/**
 * Group subjects of a judgement or claim across sentences: "President A met President B in Baku.
 * The two leaders condemned …" gives A and B as the speakers; "Mali and its allies Burkina Faso
 * and Niger recalled their envoys. The three Sahel countries said …" gives the three. A group
 * takes the actors of the nearest sentence that coordinates or meets actors of its kind, and only
 * when that sentence holds exactly one such set of the group's size.
 */
import { type ChunkHead, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { GROUP_SPEAKERS } from "../lexicon/coreference.ts";
import type { DocState, Mention, Token } from "../types.ts";
import type { Act } from "./act-anaphora.ts";
import { actorHeads } from "./shared.ts";

/** Actors coordinated in one phrase of a sentence ("Mali and its allies Burkina Faso and Niger"). */
export interface Group {
  sentence: number;
  at: number;
  heads: readonly ChunkHead[];
}

/**
 * What a sentence's judgements may read of the document told so far: the acts and the groups of
 * the sentences up to theirs, and the document's state (the facts of the sentences before).
 */
export interface Discourse {
  acts: readonly Act[];
  groups: readonly Group[];
  state: DocState;
}

const PERSON_NOUNS = new Set(GROUP_SPEAKERS.personNouns);
const COUNTRY_NOUNS = new Set(GROUP_SPEAKERS.countryNouns);

/** How many sentences before its own a group subject may find its members. */
const GROUP_REACH = 2;

/**
 * How many sentences before its own a counted group object may find its members: any before it in
 * the document ("Sweden, Norway and Denmark pledged … [twelve sentences] … Rutte thanked the three
 * countries"). A count ties harder than a subject's bare noun, and the nearest set told of the
 * group's kind must still have its size.
 */
const GROUP_OBJECT_REACH = Number.MAX_SAFE_INTEGER;

/** How many modifiers may stand between the number word and the group noun ("the three Sahel countries"). */
const GROUP_MODIFIERS = 2;

/** The groups of coordinated actors a sentence tells. */
export function sentenceGroups(ix: SentenceIndex): Group[] {
  const out: Group[] = [];
  for (const chunk of ix.chunks) {
    if (!chunk.items.some((it) => it.kind === "and")) continue;
    const heads = actorHeads(chunkHeads(chunk)).filter((h) => h.mention && !h.unnamed);
    if (heads.length >= 2) out.push({ sentence: ix.sentence.index, at: chunk.first, heads });
  }
  return out;
}

/** A group phrase of a sentence: where it opens, its size and the kind of its members. */
interface GroupPhrase {
  first: number;
  size: number;
  kind: Mention["type"];
}

/** A group subject that ends right before the verb at `t` (past adverbs and auxiliaries): where it opens, its size and its kind. */
function groupPhrase(tokens: Token[], t: number): GroupPhrase | null {
  let k = t - 1;
  while (k >= 0 && /^(?:ADV|AUX|PART)$/u.test((tokens[k] as Token).pos)) k--;
  const noun = tokens[k]?.lower ?? "";
  const kind = PERSON_NOUNS.has(noun) ? "Person" : COUNTRY_NOUNS.has(noun) ? "Country" : null;
  if (!kind) return null;
  let j = k - 1;
  while (j > k - 1 - GROUP_MODIFIERS && j >= 0 && !GROUP_SPEAKERS.numbers.has(tokens[j]?.lower ?? "")) j--;
  const size = GROUP_SPEAKERS.numbers.get(tokens[j]?.lower ?? "");
  if (size === undefined) return null;
  const first = tokens[j]?.lower === "both" ? j : j - 1;
  if (first !== j && tokens[first]?.lower !== "the") return null;
  // Only a subject: at the start of the sentence or of a clause.
  const prev = tokens[first - 1];
  if (prev && !/^(?:,|;|and|but|“|")$/u.test(prev.lower)) return null;
  return { first, size, kind };
}

/** The head of `name` among the mentions of sentence `s`, or null. */
function headOf(state: DocState, s: number, name: string): ChunkHead | null {
  const m = (state.mentions[s] ?? []).find((x) => x.name === name);
  return m ? { mention: m, name, unnamed: false } : null;
}

/**
 * A group object that opens at `k` and ends its phrase ("thanked the three countries for …",
 * "praised both countries", "condemned the two nations"): where it opens, its size and its kind;
 * null when the words at `k` are no such phrase, or the group noun goes on ("the two countries'
 * ties", "the three countries' leaders").
 */
function groupObjectPhrase(tokens: Token[], k: number): GroupPhrase | null {
  const opener = tokens[k]?.lower ?? "";
  if (opener !== "the" && opener !== "both") return null;
  // ("the three countries"; "both countries", whose opener is its count.)
  const j = opener === "the" ? k + 1 : k;
  const size = GROUP_SPEAKERS.numbers.get(tokens[j]?.lower ?? "");
  if (size === undefined) return null;
  for (let n = j + 1; n <= j + 1 + GROUP_MODIFIERS; n++) {
    const noun = tokens[n]?.lower ?? "";
    const kind = PERSON_NOUNS.has(noun) ? "Person" : COUNTRY_NOUNS.has(noun) ? "Country" : null;
    if (!kind) continue;
    const next = tokens[n + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN" || /^(?:'s|’s|'|’)$/u.test(next.lower)))
      return null;
    return { first: k, size, kind };
  }
  return null;
}

/**
 * The members of a group object that opens at `k`, after a verb of judging ("Sweden, Norway and
 * Denmark pledged $500 million. Rutte thanked the three countries for their quick decision"):
 * the one set of actors of the group's kind and size told just before, as for a group subject.
 */
export function groupObject(ix: SentenceIndex, k: number, discourse: Discourse): ChunkHead[] {
  const phrase = groupObjectPhrase(ix.sentence.tokens, k);
  return phrase ? groupMembers(ix, phrase, discourse, GROUP_OBJECT_REACH) : [];
}

/**
 * The members of a group subject before the verb at `t`: the one set of actors of the group's
 * kind and size that the nearest sentence coordinates ("A and B"), or whose meeting it tells ("A
 * met B"); none when that sentence holds no such set, or more than one.
 */
export function groupSpeakers(ix: SentenceIndex, t: number, discourse: Discourse): ChunkHead[] {
  const phrase = groupPhrase(ix.sentence.tokens, t);
  return phrase ? groupMembers(ix, phrase, discourse, GROUP_REACH) : [];
}

/**
 * The members of a group phrase: the one set of actors of the group's kind and size that the
 * nearest sentence (its own before it, or one of the `reach` before) coordinates or whose
 * meeting it tells; none when that sentence holds no such set, or more than one.
 */
function groupMembers(
  ix: SentenceIndex,
  phrase: GroupPhrase,
  discourse: Discourse,
  reach: number,
): ChunkHead[] {
  const { state, groups } = discourse;
  const s = ix.sentence.index;
  const fits = (h: ChunkHead): boolean => h.mention?.type === phrase.kind;
  for (let back = 0; back <= Math.min(reach, s); back++) {
    const sets: ChunkHead[][] = groups
      .filter((g) => g.sentence === s - back && (back > 0 || g.at < phrase.first))
      .map((g) => g.heads.filter(fits));
    if (back > 0)
      for (const f of state.facts)
        if (f.sentence === s - back && f.relation === "meets") {
          const pair = [headOf(state, f.sentence, f.source), headOf(state, f.sentence, f.target)];
          sets.push(pair.filter((h): h is ChunkHead => h !== null && fits(h)));
        }
    const told = sets.filter((set) => set.length >= 2);
    if (told.length === 0) continue;
    const keys = new Set(told.map((set) => [...new Set(set.map((h) => h.name))].sort().join("|")));
    if (keys.size !== 1) return [];
    const [set] = told as [ChunkHead[]];
    const names = new Set(set.map((h) => h.name));
    return names.size === phrase.size
      ? set.filter((h, i) => set.findIndex((x) => x.name === h.name) === i)
      : [];
  }
  return [];
}
