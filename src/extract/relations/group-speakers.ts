/**
 * Group subjects of a judgement or claim across sentences: "President A met President B in Baku.
 * The two leaders condemned …" gives A and B as the speakers; "Mali and its allies Burkina Faso
 * and Niger recalled their envoys. The three Sahel countries said …" gives the three. A group
 * takes the actors of the nearest sentence that coordinates or meets actors of its kind, and only
 * when that sentence holds exactly one such set of the group's size.
 */
import { type ChunkHead, type IndexOf, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { GROUP_SPEAKERS } from "../lexicon/coreference.ts";
import type { WordSets } from "../stage-words.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
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
 * the sentences up to theirs, the document's state (the facts of the sentences before), and the
 * sentences' indexes, each built once by the relations stage.
 */
export interface Discourse {
  acts: readonly Act[];
  groups: readonly Group[];
  state: DocState;
  indexOf: IndexOf;
}

/**
 * The kind of the members a group's plural noun names ("leaders": Person, "countries": Country;
 * the lexicon's groupPersonNouns and groupCountryNouns), or null.
 */
function groupKind(words: WordSets, noun: string): Mention["type"] | null {
  return words.groupPersonNouns.has(noun) ? "Person" : words.groupCountryNouns.has(noun) ? "Country" : null;
}

/** How many sentences before its own a group subject may find its members. */
const GROUP_REACH = 2;

/**
 * How many sentences before its own a counted group object may find its members ("Sweden, Norway
 * and Denmark pledged … [twelve sentences] … Rutte thanked the three countries"). A count ties
 * harder than a subject's bare noun, but not across the document: a long article tells many pairs,
 * and the walk stays bounded on a long input.
 */
const GROUP_OBJECT_REACH = 16;

/** Tags of the modifiers that may stand between the number word and the group noun. */
const MODIFIER = /^(?:ADJ|NOUN|PROPN)$/u;

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
function groupPhrase(tokens: Token[], t: number, words: WordSets): GroupPhrase | null {
  let k = t - 1;
  while (k >= 0 && /^(?:ADV|AUX|PART)$/u.test((tokens[k] as Token).pos)) k--;
  const kind = groupKind(words, tokens[k]?.lower ?? "");
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
function groupObjectPhrase(tokens: Token[], k: number, words: WordSets): GroupPhrase | null {
  const opener = tokens[k]?.lower ?? "";
  if (opener !== "the" && opener !== "both") return null;
  // ("the three countries"; "both countries", whose opener is its count.)
  const j = opener === "the" ? k + 1 : k;
  const size = GROUP_SPEAKERS.numbers.get(tokens[j]?.lower ?? "");
  if (size === undefined) return null;
  for (let n = j + 1; n <= j + 1 + GROUP_MODIFIERS; n++) {
    const kind = groupKind(words, tokens[n]?.lower ?? "");
    // Only modifiers before the group noun ("the two attacks on countries" is no group).
    if (!kind && MODIFIER.test(tokens[n]?.pos ?? "")) continue;
    if (!kind) return null;
    const next = tokens[n + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN" || POSSESSIVE_MARK.test(next.lower)))
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
  const phrase = groupObjectPhrase(ix.sentence.tokens, k, ix.words);
  return phrase ? groupMembers(ix, phrase, discourse, GROUP_OBJECT_REACH, true) : [];
}

/**
 * The members of a group subject before the verb at `t`: the one set of actors of the group's
 * kind and size that the nearest sentence coordinates ("A and B"), or whose meeting it tells ("A
 * met B"); none when that sentence holds no such set, or more than one.
 */
export function groupSpeakers(ix: SentenceIndex, t: number, discourse: Discourse): ChunkHead[] {
  const phrase = groupPhrase(ix.sentence.tokens, t, ix.words);
  return phrase ? groupMembers(ix, phrase, discourse, GROUP_REACH) : [];
}

/**
 * The members of a group phrase: the one set of actors of the group's kind and size that the
 * nearest sentence (its own before it, or one of the `reach` before) coordinates or whose
 * meeting it tells; none when that sentence holds no such set, or more than one. With `named`
 * (a group object, which reaches far), none either when a sentence between names as many other
 * actors of the kind in any other way ("Armenia signed a peace agreement with Azerbaijan. The
 * European Union praised the two countries": not a pair told further back).
 */
function groupMembers(
  ix: SentenceIndex,
  phrase: GroupPhrase,
  discourse: Discourse,
  reach: number,
  named = false,
): ChunkHead[] {
  const { state } = discourse;
  const s = ix.sentence.index;
  const low = s - Math.min(reach, s);
  const fits = (h: ChunkHead): boolean => h.mention?.type === phrase.kind;
  const sets = setsBySentence(discourse, low, s, phrase.first);
  for (let back = 0; back <= s - low; back++) {
    const told = (sets.get(s - back) ?? []).map((set) => set.filter(fits)).filter((set) => set.length >= 2);
    if (told.length === 0) continue;
    const keys = new Set(told.map((set) => [...new Set(set.map((h) => h.name))].sort().join("|")));
    if (keys.size !== 1) return [];
    const [set] = told as [ChunkHead[]];
    const names = new Set(set.map((h) => h.name));
    if (names.size !== phrase.size) return [];
    for (let b = 1; named && b < back; b++)
      if (otherNames(state, s - b, phrase.kind, names) >= phrase.size) return [];
    return set.filter((h, i) => set.findIndex((x) => x.name === h.name) === i);
  }
  return [];
}

/** How many distinct actors of `kind` sentence `s` names that are not among `members`. */
function otherNames(state: DocState, s: number, kind: Mention["type"], members: ReadonlySet<string>): number {
  const others = (state.mentions[s] ?? []).filter((m) => m.type === kind && !members.has(m.name));
  return new Set(others.map((m) => m.name)).size;
}

/**
 * The sets of actors told in sentences `low` to `s` (the groups, and the pairs of the meetings
 * before `s`), by sentence; in sentence `s` only the groups that open before `first`. Groups and
 * facts are pushed sentence by sentence, so the walk from their ends stops at `low`: the cost is
 * the window's, not the document's.
 */
function setsBySentence(
  { groups, state }: Discourse,
  low: number,
  s: number,
  first: number,
): Map<number, ChunkHead[][]> {
  const out = new Map<number, ChunkHead[][]>();
  const add = (at: number, set: ChunkHead[]): void => {
    const list = out.get(at);
    if (list) list.push(set);
    else out.set(at, [set]);
  };
  let from = groups.length;
  while (from > 0 && (groups[from - 1] as Group).sentence >= low) from--;
  for (const g of groups.slice(from))
    if (g.sentence < s || (g.sentence === s && g.at < first)) add(g.sentence, [...g.heads]);
  // Meeting pairs come after the sentence's groups, as the walk read them.
  let at = state.facts.length;
  while (at > 0 && (state.facts[at - 1] as DocState["facts"][number]).sentence >= low) at--;
  for (const f of state.facts.slice(at))
    if (f.sentence < s && f.relation === "meets") {
      const pair = [headOf(state, f.sentence, f.source), headOf(state, f.sentence, f.target)];
      add(
        f.sentence,
        pair.filter((h): h is ChunkHead => h !== null),
      );
    }
  return out;
}
