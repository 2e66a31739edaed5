/**
 * Noun-phrase chunks of actors: runs of mentions, possessives, demonyms, titles and unnamed
 * speakers ("South Korea's Joint Chiefs of Staff spokesperson Lee Sung Joon", "Ukrainian
 * military and intelligence officials"), with their heads, possessors and coordination.
 */
import {
  APPOSITIVE_NOUNS,
  CAPTION_POSITIONS,
  EVENT_HEADS,
  NON_STATE_GROUPS,
  PART_OF_NOUNS,
  TIE_ADJECTIVES,
  VISIT_PARTICIPLES,
} from "./lexicon/descriptions.ts";
import {
  HEADED_TITLE_MODIFIERS,
  MILITARY_RANKS,
  PAST_TITLE_MARKS,
  PORTFOLIO_NOUNS,
  RANK_ABBREVIATIONS,
  RETIRED_RANK_MARKS,
} from "./lexicon/titles.ts";
import { ASSESS_VERBS } from "./lexicon/triggers.ts";
import { PARTNER_TITLE_MODIFIERS } from "./lexicon/meet-words.ts";
import { insertionsOf } from "./insertions.ts";
import { isBlocPostingTitle, isCountryBloc, postingSender } from "./bloc-postings.ts";
import { byFirst, lastOf, sortedCopy } from "./lists.ts";
import { type TableMaps, tablesOf } from "./lexicon-tables.ts";
import { type ModalityTable, modalityCuesOf } from "./modality-cues.ts";
import { type WordSets, wordsOf } from "./stage-words.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";
import {
  FINAL_STOP,
  TITLE_HEAD,
  TITLE_WORD,
  UNNAMED_WORD,
  WORDS,
  isCapitalised,
  isThirdPersonVerb,
  isTitleOrHonorific,
  isTitleWord,
  titleClass,
  isVerbOrAux,
} from "./words.ts";

const RANK_WORDS = new Set(MILITARY_RANKS);
const RETIRED_MARKS = new Set(RETIRED_RANK_MARKS);

/**
 * How many tokens a retired rank's bracketed mark spans at `k` when a person's name follows it
 * ("General (R) Hulusi Akar", "Lt Gen (Retd.) X"), else 0.
 */
export function retiredMarkBefore(tokens: readonly Token[], cover: (Mention | null)[], k: number): number {
  if (tokens[k]?.text !== "(" || !RETIRED_MARKS.has(tokens[k + 1]?.lower ?? "")) return 0;
  const close = tokens[k + 2]?.text === "." ? k + 3 : k + 2;
  if (tokens[close]?.text !== ")") return 0;
  const next = cover[close + 1];
  return next?.type === "Person" && next.first === close + 1 ? close + 1 - k : 0;
}

/**
 * An abbreviated rank or title ("lt.", "ltg", "radm", "sqn"; lexicon rankAbbreviations), with or
 * without its stop: a title word, and a title head when the last word it stands for is one or a
 * rank ("ltg": "lieutenant general", "cdre": "commodore"). Read in actor phrases only: "LTG X",
 * "Maj Gen Y" hold a title there, as "Lieutenant General X" does.
 */
function rankAbbreviationClass(lower: string): number {
  // (A final stop dropped without a pattern: this runs for every token of every chunk.)
  return RANK_ABBREVIATION_CLASS.get(lower.endsWith(".") ? lower.slice(0, -1) : lower) ?? 0;
}

/** The title class of each rank abbreviation, read once from the lexicon. */
const RANK_ABBREVIATION_CLASS = new Map<string, number>(
  [...RANK_ABBREVIATIONS].map(([key, full]) => {
    const last = full.split(" ").pop() ?? "";
    return [key, WORDS.titleHeads.has(last) || RANK_WORDS.has(last) ? TITLE_HEAD | TITLE_WORD : TITLE_WORD];
  }),
);

/** One element of a chunk. */
export type ChunkItem =
  | {
      kind: "mention";
      m: Mention;
      index: number;
      modifier?: true;
      /** A bloc of states (stage words countryBlocs: "United Nations"), marked when the chunk is built. */
      bloc?: true;
    }
  | { kind: "poss"; index: number }
  | {
      kind: "title";
      word: string;
      head: boolean;
      index: number;
      /** A word for a state's body that may end the phrase (stage words bodyPhraseEnds: "the Fiji police"); not a head. */
      body?: true;
      /** A head that titles an envoy to a bloc (stage words blocPostingTitles: "ambassador"), marked when built. */
      posting?: true;
    }
  | { kind: "unnamed"; word: string; index: number }
  | { kind: "and"; index: number };

/** An actor noun phrase over tokens [first, last). */
export interface Chunk {
  first: number;
  last: number;
  items: ChunkItem[];
}

/** What a chunk stands for: named heads, or an unnamed speaker known by its country/organization. */
export interface ChunkHead {
  mention: Mention | null;
  /** Canonical name of the actor (the mention's, or the country of unnamed officials). */
  name: string;
  unnamed: boolean;
  /** A country read from a definite description of one person ("the Nigerian defence minister"). */
  described?: boolean;
}

/** Longest actor phrase, in items; longer runs are split (they are lists or garbage). */
const MAX_CHUNK_ITEMS = 24;
const DETERMINERS = new Set(["the", "a", "an"]);
/** Words that may open an actor phrase before its first item: determiners and adjectives of a tie ("neighbouring Rwanda"). */
const PHRASE_OPENERS = new Set([...DETERMINERS, ...TIE_ADJECTIVES]);
/**
 * Words that may open the next item of a list before its name, like a determiner ("and visiting US
 * Defense Secretary X", "and new Japanese Defense Minister Y", "and the newly appointed minister Z").
 */
const ITEM_OPENERS = new Set([...DETERMINERS, ...VISIT_PARTICIPLES, ...PARTNER_TITLE_MODIFIERS]);

/** Per-sentence index: the mention covering each token and the chunks. */
export interface SentenceIndex {
  sentence: Sentence;
  mentions: Mention[];
  /** The longest mention covering each token, or null. */
  cover: (Mention | null)[];
  /** The chunk covering each token, or null. */
  chunkAt: (Chunk | null)[];
  chunks: Chunk[];
  /** The insertions set off by brackets or dashes (insertions.ts): the opening mark's index by the closing mark's. */
  insertions: ReadonlyMap<number, number>;
  /** The word lists of the lexicon the sentence is read with (stage-words.ts wordSetsOf). */
  words: WordSets;
  /** The tables of the lexicon the sentence is read with (lexicon-tables.ts tableMapsOf). */
  tables: TableMaps;
  /** The modality cues of the lexicon the sentence is read with (modality-cues.ts modalityTableOf). */
  modalityCues: ModalityTable;
}

/**
 * The index of a sentence of the document being read: a stage that has indexed its sentences
 * passes its own (built once per sentence) to the readers that walk the whole document.
 */
export type IndexOf = (sentence: Sentence) => SentenceIndex;

/** An `IndexOf` that builds each index when asked, from the document's mentions and word lists. */
export function freshIndexes(state: DocState): IndexOf {
  const words = wordsOf(state);
  const tables = tablesOf(state);
  const cues = modalityCuesOf(state);
  return (sentence) => indexSentence(sentence, state.mentions[sentence.index] ?? [], words, tables, cues);
}

/**
 * Builds the index of one sentence, read with the lexicon's word lists `words`, tables `tables`
 * and modality cues `modalityCues`.
 */
export function indexSentence(
  sentence: Sentence,
  given: Mention[],
  words: WordSets,
  tables: TableMaps,
  modalityCues: ModalityTable,
): SentenceIndex {
  const n = sentence.tokens.length;
  const mentions = sortedCopy(given, byFirst);
  const cover: (Mention | null)[] = new Array<Mention | null>(n).fill(null);
  for (const m of mentions) {
    for (let k = m.first; k < m.last; k++) {
      const prev = cover[k];
      if (!prev || prev.last - prev.first < m.last - m.first) cover[k] = m;
    }
  }
  const chunks = buildChunks(sentence.tokens, cover, words);
  const chunkAt: (Chunk | null)[] = new Array<Chunk | null>(n).fill(null);
  for (const c of chunks) for (let k = c.first; k < c.last; k++) chunkAt[k] = c;
  return {
    sentence,
    mentions,
    cover,
    chunkAt,
    chunks,
    insertions: insertionsOf(sentence.tokens).byClose,
    words,
    tables,
    modalityCues,
  };
}

function isActor(m: Mention): boolean {
  return m.type !== "WeaponSystem";
}

const NON_STATE = new Set(NON_STATE_GROUPS);
const PORTFOLIO = new Set(PORTFOLIO_NOUNS);
const HEADED_MODIFIERS = new Set(HEADED_TITLE_MODIFIERS);

/**
 * True when token k is a portfolio noun before a title's head, past title words only ("planning
 * minister", "Veterans Affairs Minister", "Maritime Security Coordinator").
 */
function portfolioBeforeHead(tokens: readonly Token[], k: number): boolean {
  return PORTFOLIO.has((tokens[k] as Token).lower) && titleHeadFollows(tokens, k);
}

/** True when a title's head follows token k after title words only ("arms procurement chief"). */
function titleHeadFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const c = titleClass((tokens[j] as Token).lower);
    if ((c & TITLE_HEAD) !== 0) return true;
    if ((c & TITLE_WORD) === 0 && !PORTFOLIO.has((tokens[j] as Token).lower)) return false;
  }
  return false;
}
const EVENT_HEAD_WORDS = new Set(EVENT_HEADS);
const PART_OF = new Set(PART_OF_NOUNS);

/**
 * "the UK arm of Leonardo", "the Polish unit of Saab": a part noun at `k` (lexicon partOfNouns)
 * followed by "of" and an organization; the name before it only qualifies the part.
 */
function partOfOrganization(
  tokens: readonly Token[],
  cover: readonly (Mention | null)[],
  k: number,
): boolean {
  if (!PART_OF.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return false;
  // Past a determiner, a demonym and a description ("of Italian defence company Leonardo").
  let j = k + 2;
  while (j < tokens.length && j <= k + 6) {
    const m = cover[j];
    if (m?.type === "Organization") return true;
    if (m ? m.kind !== "demonym" : !/^(?:DET|ADJ|NOUN)$/u.test((tokens[j] as Token).pos)) return false;
    j = m ? m.last : j + 1;
  }
  return false;
}
const APPOSITIVE = new Set(APPOSITIVE_NOUNS);

/**
 * "U.S. ally Australia", "(and) its ally France": a noun of a tie (APPOSITIVE_NOUNS), after an actor
 * or a possessive pronoun, right before the name of an actor it describes; the index of that name,
 * else 0.
 */
function describedName(tokens: Token[], cover: (Mention | null)[], k: number, possessive: boolean): number {
  let j = k;
  if (possessive && WORDS.possessivePronouns.has(tokens[j]?.lower ?? "")) j++;
  if (cover[j] || !APPOSITIVE.has(tokens[j]?.lower ?? "")) return 0;
  const m = cover[j + 1];
  return m && m.first === j + 1 && isActor(m) ? j + 1 : 0;
}
/**
 * True when a place ends the phrase before a comma and a person's name follows it: "In Kyiv,
 * Zelensky and Macron met", "at the forum in Vientiane, Wong and Lavrov discussed": the comma
 * closes the adverbial; a list does not mix places and people.
 */
function placeBeforePerson(items: ChunkItem[], next: Mention | null): boolean {
  const last = lastOf(items);
  return last?.kind === "mention" && last.m.type === "Location" && next?.type === "Person";
}

/**
 * True when the comma at `k` closes a sentence-opening prepositional phrase that ends in a place,
 * country or body and a titled person's name follows it as the subject of the next verb: "As part
 * of his official visit to Greece, Deputy Prime Minister and Minister of Defence X met …", "During
 * talks at the Pentagon, Defense Secretary Y said …". The phrase opens the sentence (no verb but a
 * gerund before the chunk, which a preposition opens); only titles, names and their "of" phrases
 * stand between the comma and the verb (another comma keeps the list: "visits to Greece, Italy and
 * Spain, X met").
 */
function adverbialCloses(
  tokens: Token[],
  cover: (Mention | null)[],
  items: ChunkItem[],
  first: number,
  k: number,
): boolean {
  const last = lastOf(items);
  if (last?.kind !== "mention" || last.m.type === "Person" || last.m.kind === "demonym") return false;
  if (tokens[first - 1]?.pos !== "ADP") return false;
  for (let j = 0; j < first; j++) {
    const t = tokens[j] as Token;
    if ((t.pos === "VERB" && !t.lower.endsWith("ing")) || t.pos === "AUX" || t.text === ",") return false;
  }
  return subjectFollows(tokens, cover, k);
}

/**
 * True when only a titled person's name (titles, names, "of" phrases, no comma) stands between
 * `k` and the next verb: the name is that verb's subject.
 */
function subjectFollows(tokens: Token[], cover: (Mention | null)[], k: number): boolean {
  let person = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + ADVERBIAL_SUBJECT_REACH); j++) {
    const t = tokens[j] as Token;
    const m = cover[j];
    if (m) {
      person ||= m.type === "Person";
      j = m.last - 1;
      continue;
    }
    if (isVerbOrAux(t)) return person;
    if (t.pos === "PUNCT" ? !/^[()\-–]$/u.test(t.text) : !/^(?:PROPN|NOUN|ADJ|DET|CCONJ|ADP)$/u.test(t.pos))
      return false;
  }
  return false;
}

/**
 * "arrived in Tokyo and Prime Minister X met …": after a place that a preposition governs, "and"
 * before a titled person whose verb follows joins two clauses, not two list items.
 */
function placeThenClause(
  tokens: Token[],
  cover: (Mention | null)[],
  place: ChunkItem[],
  k: number,
  words: WordSets,
): boolean {
  const only = place.length === 1 ? place[0] : undefined;
  if (only?.kind !== "mention") return false;
  const governed = tokens[only.m.first - 1]?.pos === "ADP";
  if (only.m.type === "Location" && governed && subjectFollows(tokens, cover, k)) return true;
  // "Israel supplies drones to Azerbaijan and Iran claims …": after an actor that a preposition
  // governs (not one of two that "between" or "among" takes), "and" before a name whose verb of
  // the third person follows it at once opens a clause: the verb agrees with that name alone.
  return (
    governed &&
    !words.pairPrepositions.has(tokens[only.m.first - 1]?.lower ?? "") &&
    nameThenVerb(tokens, cover, k + 1)
  );
}

/** True when an actor's name opens at `k` and a verb of the third person ("claims", "denies") follows it. */
function nameThenVerb(tokens: Token[], cover: (Mention | null)[], k: number): boolean {
  const m = cover[k];
  if (!m || m.first !== k || !isActor(m) || m.kind === "pronoun") return false;
  return isThirdPersonVerb(tokens[m.last]);
}

/** Tokens after the comma that closes an opening adverbial within which the subject's verb comes. */
const ADVERBIAL_SUBJECT_REACH = 20;

const POSITIONS = new Set(CAPTION_POSITIONS);

/** An ordinal of one digit ("1st"). */
const ONE_DIGIT_ORDINAL = /^\d(?:st|nd|rd|th)$/u;

/**
 * How many tokens a photo caption's position marker after a person's name at `k` spans: "(R)",
 * "(2nd L)", ", right," before a verb or "and" ("Putin, right, and Kim shake hands"); else 0.
 */
function positionMarker(tokens: Token[], k: number): number {
  const first = tokens[k]?.text;
  // Nearly every token opens none: only a bracket or a comma may.
  if (first !== "(" && first !== ",") return 0;
  const at = (j: number): string => tokens[j]?.lower ?? "";
  if (at(k) === "(" && POSITIONS.has(at(k + 1)) && at(k + 2) === ")") return 3;
  if (at(k) === "(" && ONE_DIGIT_ORDINAL.test(at(k + 1)) && POSITIONS.has(at(k + 2)) && at(k + 3) === ")")
    return 4;
  // ", right, and Kim": the second comma stays, so that the list goes on.
  if (at(k) === "," && POSITIONS.has(at(k + 1)) && at(k + 1).length > 1 && at(k + 2) === ",")
    return at(k + 3) === "and" ? 2 : 3;
  return 0;
}

/** How many common words after a demonym may hold the word of a group that does not act for its state ("a Ukrainian separatist leader"). */
const NON_STATE_REACH = 2;

/**
 * "Syrian rebels", "Ukrainian civilians", "a Ukrainian separatist leader", "the Syrian opposition
 * spokesman": a demonym before a group, or a member of one, that does not act for its state; a
 * country's name right before such a group's noun too ("Ukraine separatists").
 */
export function nonStateGroup(m: Mention, tokens: Token[]): boolean {
  // ("Solomon Islands opposition leader X": a title after the group's noun is held in the country.)
  if (m.type === "Country" && m.kind !== "demonym")
    return NON_STATE.has(tokens[m.last]?.lower ?? "") && !isTitleWord(tokens[m.last + 1]?.lower ?? "");
  if (m.kind !== "demonym") return false;
  for (let k = m.last; k < Math.min(tokens.length, m.last + NON_STATE_REACH); k++) {
    const w = tokens[k] as Token;
    if (NON_STATE.has(w.lower)) return k === m.last || !isTitleWord(tokens[k + 1]?.lower ?? "");
    if (w.pos !== "NOUN" && w.pos !== "ADJ") return false;
  }
  return false;
}

/** Most lower-case adjectives between a possessive and the body's name it qualifies. */
const MAX_BODY_ADJECTIVES = 2;

/**
 * "Iran's elite Quds Force", "Russia's powerful Wagner Group": after a possessive, one or two
 * lower-case adjectives right before a body's name modify that body; their count, else 0.
 */
function adjectivesBeforeBody(
  tokens: Token[],
  cover: readonly (Mention | null)[],
  items: ChunkItem[],
  k: number,
): number {
  if (lastOf(items)?.kind !== "poss") return 0;
  let j = k;
  while (j < k + MAX_BODY_ADJECTIVES) {
    const t = tokens[j];
    if (!t || cover[j] || t.pos !== "ADJ" || t.text !== t.lower) break;
    j++;
  }
  const body = cover[j];
  return j > k && body?.type === "Organization" && body.first === j ? j - k : 0;
}

/**
 * True when tokens `k` .. `k + 2` are a compound glued by a hyphen ("army-backed", "military-led")
 * right after a possessive or a demonym and right before an unnamed noun ("government").
 */
function compoundBeforeUnnamed(tokens: Token[], items: ChunkItem[], k: number): boolean {
  const last = lastOf(items);
  if (last?.kind !== "poss" && !(last?.kind === "mention" && last.m.kind === "demonym")) return false;
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  if (dash?.text !== "-" || dash.space || !second || second.space) return false;
  return (titleClass(tokens[k + 3]?.lower ?? "") & UNNAMED_WORD) !== 0;
}

function isCountryName(m: Mention): boolean {
  return m.type === "Country" && m.kind === "name";
}

/** True when a word is a title modifier and no title head ("extraordinary", not "minister"). */
function modifierOnly(word: string): boolean {
  return WORDS.titleModifiers.has(word) && !WORDS.titleHeads.has(word);
}

/**
 * True when "and" at `k` joins two of a title head's modifiers after the head ("Ambassador
 * Extraordinary and Plenipotentiary"): the last item is such a modifier, a head stands before it,
 * and a modifier no mention covers follows.
 */
function modifiersJoined(tokens: Token[], cover: (Mention | null)[], items: ChunkItem[], k: number): boolean {
  const last = lastOf(items);
  if (last?.kind !== "title" || last.head || !modifierOnly(last.word)) return false;
  const headBefore = items.some((it) => it.kind === "title" && it.head && it.index < last.index);
  return headBefore && !cover[k + 1] && modifierOnly(tokens[k + 1]?.lower ?? "");
}

/** "and" or "or". */
const AND_OR = /^(?:and|or)$/u;
/** A past participle's ending ("deposed", "ousted"). */
const PARTICIPLE = /ed$/u;

/** A comma, stop or semicolon. */
const COMMA_STOP_SEMICOLON = /^[,.;]$/u;

function buildChunks(tokens: Token[], cover: (Mention | null)[], words: WordSets): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  // One list reused while no chunk is found (most tokens start none); a new one after each chunk.
  let items: ChunkItem[] = [];
  while (i < tokens.length) {
    if (items.length > 0) items.length = 0;
    let first = i;
    let k = i;
    while (
      k < tokens.length &&
      PHRASE_OPENERS.has((tokens[k] as Token).lower) &&
      !cover[k] &&
      items.length === 0
    )
      k++;
    const bodyStart = k;
    while (k < tokens.length && items.length < MAX_CHUNK_ITEMS) {
      const t = tokens[k] as Token;
      const m = cover[k];
      if (m && isActor(m) && m.first === k && !nonStateGroup(m, tokens)) {
        // "Japan China and South Korea": a country name right after another is a list item.
        const prev = lastOf(items);
        if (prev?.kind === "mention" && isCountryName(prev.m) && isCountryName(m))
          items.push({ kind: "and", index: k });
        items.push(mentionItem(m, k, words));
        k = m.last;
        if (tokens[k]?.text === "(" && cover[k + 1]?.name === m.name && tokens[k + 2]?.text === ")") k += 3;
        if (m.type === "Person") k += positionMarker(tokens, k);
        // "Viktor Orlov of Russia and Pavel Belsky of Belarus met": a person's country or body after
        // "of" qualifies that person; the phrase and its list go on after it.
        if (m.type === "Person") k = personOfEnd(tokens, cover, k);
        continue;
      }
      if (
        (t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === "’") &&
        (lastOf(items)?.kind === "mention" || titlePossessive(tokens, items, k))
      ) {
        items.push({ kind: "poss", index: k });
        k++;
        continue;
      }
      // "Sudan's army-backed government", "the Malian military-led government": a hyphened
      // compound between a possessive or demonym and an unnamed noun modifies that noun.
      if (!m && compoundBeforeUnnamed(tokens, items, k)) {
        k += 3;
        continue;
      }
      const adjectives = m ? 0 : adjectivesBeforeBody(tokens, cover, items, k);
      if (adjectives > 0) {
        k += adjectives;
        continue;
      }
      const titled = titleStep(tokens, cover, items, k, m, words);
      if (titled >= 0) {
        k = titled;
        continue;
      }
      const posting = postingDestination(tokens, cover, items, k);
      if (posting > 0) {
        // "US Ambassador to Kenya Robert Godec": the posting's place is not the person's country.
        k = posting;
        continue;
      }
      // "Chief of Staff", and "Secretary-General": "of" or a hyphen between two title words.
      if (
        (t.lower === "of" || t.text === "-") &&
        lastOf(items)?.kind === "title" &&
        isTitleWord(tokens[k + 1]?.lower ?? "") &&
        !cover[k + 1]
      ) {
        k++;
        continue;
      }
      // "Uzbek Ambassador Extraordinary and Plenipotentiary X": "and" between two of a head's
      // modifiers after it is part of the title, no joint of a list.
      if (t.lower === "and" && modifiersJoined(tokens, cover, items, k)) {
        k++;
        continue;
      }
      const listed = listStep(tokens, cover, items, first, k, words);
      if (listed >= 0) {
        k = listed;
        continue;
      }
      break;
    }
    if (items.some((it) => it.kind === "mention" || it.kind === "unnamed")) {
      while (items.length > 0 && items[items.length - 1]?.kind === "and") items.pop();
      const lastItem = items[items.length - 1] as ChunkItem;
      // "to help the Ukraine war": a name right before an event noun only modifies it ("his visit"
      // is the visit of the one "his" stands for).
      if (
        lastItem.kind === "mention" &&
        lastItem.m.kind !== "pronoun" &&
        lastItem.m.last === k &&
        (EVENT_HEAD_WORDS.has(tokens[k]?.lower ?? "") || partOfOrganization(tokens, cover, k))
      )
        lastItem.modifier = true;
      const last = lastItem.kind === "mention" ? Math.max(lastItem.m.last, k) : lastItem.index + 1;
      if (bodyStart > first && items.length === 0) first = bodyStart;
      chunks.push({ first, last: Math.min(last, k), items });
      items = [];
      i = Math.max(k, i + 1);
    } else {
      i = Math.max(bodyStart, i) + 1;
    }
  }
  return chunks;
}

/**
 * "Russian President's special envoy X", "US President's National Security Adviser X": the
 * possessive of a country's or body's title head, before another title, keeps the phrase going;
 * the person the second title introduces holds it under that country or body.
 */
function titlePossessive(tokens: Token[], items: ChunkItem[], k: number): boolean {
  const last = lastOf(items);
  if (last?.kind !== "title" || !last.head || !isTitleWord(tokens[k + 1]?.lower ?? "")) return false;
  return items.some(
    (it) => it.kind === "mention" && (it.m.type === "Country" || it.m.type === "Organization"),
  );
}

/** The item of mention `m` at token `index`, marked when it names a bloc of states (bloc-postings.ts). */
function mentionItem(m: Mention, index: number, words: WordSets): ChunkItem {
  return isCountryBloc(words, m) ? { kind: "mention", m, index, bloc: true } : { kind: "mention", m, index };
}

/** A title item that is not a head at token `k`, marked when its word may end the phrase as a state's body. */
function titleModifier(word: string, k: number, words: WordSets): ChunkItem {
  return words.bodyPhraseEnds.has(word)
    ? { kind: "title", word, head: false, index: k, body: true }
    : { kind: "title", word, head: false, index: k };
}

/**
 * The token after the title words a chunk takes at `k`, which push their items onto `items`: a
 * title's head, an unnamed noun ("government"), a title's modifier or portfolio noun; or which it
 * passes over inside a title phrase: an honorific or a retired rank's mark before the name, an
 * abbreviated rank's stop or a hyphen between two ranks. -1 when token `k` (covered by `m`) is none.
 */
function titleStep(
  tokens: Token[],
  cover: (Mention | null)[],
  items: ChunkItem[],
  k: number,
  m: Mention | null | undefined,
  words: WordSets,
): number {
  const t = tokens[k] as Token;
  const word = m ? 0 : titleClass(t.lower) || rankAbbreviationClass(t.lower);
  if ((word & TITLE_HEAD) !== 0 && t.pos !== "VERB") {
    items.push(
      isBlocPostingTitle(words, t.lower)
        ? { kind: "title", word: t.lower, head: true, index: k, posting: true }
        : { kind: "title", word: t.lower, head: true, index: k },
    );
    return k + 1;
  }
  if ((word & UNNAMED_WORD) !== 0 && t.pos !== "VERB") {
    items.push({ kind: "unnamed", word: t.lower, index: k });
    return k + 1;
  }
  // "planning minister Viviana Caro", "transport secretary X": a portfolio noun right before a
  // title's head modifies it as "finance" and "trade" do.
  if (!m && t.pos !== "VERB" && portfolioBeforeHead(tokens, k) && !cover[k + 1]) {
    items.push(titleModifier(t.lower, k, words));
    return k + 1;
  }
  // "President-elect": a modifier glued by a hyphen to a title is no verb; nor is a participle
  // among the modifiers right before a title's head ("Niger's deposed president").
  if (
    (word & TITLE_WORD) !== 0 &&
    (t.pos !== "VERB" || glued(tokens, k) || (PARTICIPLE.test(t.lower) && titleHeadFollows(tokens, k))) &&
    (!HEADED_MODIFIERS.has(t.lower) || titleHeadFollows(tokens, k)) &&
    // "X then met Y", "X first held talks": an adverb is a title's modifier only before its head
    // ("the then defence minister", "newly appointed ambassador").
    (t.pos !== "ADV" || titleHeadFollows(tokens, k))
  ) {
    // Not a head (the first test took heads): a modifier ("deputy", "foreign").
    items.push(titleModifier(t.lower, k, words));
    return k + 1;
  }
  // "his Chinese counterpart Gen Wei Fenghe", "Minister Lt Gen X": an honorific between a
  // title and the name it introduces stays in the phrase; so does one that opens a list's next
  // item ("Field Marshal X and Sheikh Y met").
  if (
    !m &&
    (lastOf(items)?.kind === "title" || lastOf(items)?.kind === "and") &&
    WORDS.honorifics.has(t.lower.replace(FINAL_STOP, "")) &&
    cover[k + 1]?.type === "Person" &&
    cover[k + 1]?.first === k + 1
  ) {
    return k + 1;
  }
  // "National Defence Minister of Turkey General (R) Hulusi Akar": a retired rank's mark
  // between the title and the name stays in the phrase.
  const retired = !m && lastOf(items)?.kind === "title" ? retiredMarkBefore(tokens, cover, k) : 0;
  if (retired > 0) {
    return k + retired;
  }
  // "Indian Adm. Dinesh Tripathi": the stop the tagger splits off an abbreviated rank stays
  // in the phrase when a name follows; "Brig.-Gen.", "Lt-Gen": a hyphen joins two ranks.
  const last = lastOf(items);
  const next = tokens[k + 1];
  if (
    (t.text === "." || t.text === "-") &&
    !t.space &&
    last?.kind === "title" &&
    last.index === k - 1 &&
    next &&
    (t.text === "."
      ? rankAbbreviationClass(last.word) !== 0 && isCapitalised(next.text)
      : !next.space && (rankAbbreviationClass(next.lower) & TITLE_HEAD) !== 0)
  ) {
    return k + 1;
  }
  return -1;
}

/**
 * The token after a list's joint at `k` ("and", "or", a comma before a further item, with the
 * determiner that may open that item), after a name a comma sets off after its title ("his Iranian
 * counterpart, X,"), or after a described name ("U.S. ally Australia"), each pushed onto `items`;
 * -1 when none stands at `k`. The chunk opened at `first`.
 */
function listStep(
  tokens: Token[],
  cover: (Mention | null)[],
  items: ChunkItem[],
  first: number,
  k: number,
  words: WordSets,
): number {
  const t = tokens[k] as Token;
  if (
    (((t.lower === "and" || t.lower === "or") && !placeThenClause(tokens, cover, items, k, words)) ||
      (t.text === "," &&
        listContinues(
          tokens,
          cover,
          k,
          items.some((it) => it.kind === "and"),
        ) &&
        !speakerFollows(tokens, first, k) &&
        !placeBeforePerson(items, cover[k + 1] ?? null) &&
        !adverbialCloses(tokens, cover, items, first, k))) &&
    items.length > 0 &&
    startsChunkItem(
      tokens,
      cover,
      t.text === "," && AND_OR.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1,
      words,
    )
  ) {
    items.push({ kind: "and", index: k });
    let next = k + 1;
    // "Norway, Denmark and the Netherlands": a determiner may open the next item.
    while (next < tokens.length && ITEM_OPENERS.has((tokens[next] as Token).lower) && !cover[next]) next++;
    return bodyPrefixEnd(tokens, cover, next, words.bodyPrefixes);
  }
  // "his Iranian counterpart, Hossein Amir-Abdollahian,": a title set off before a name is that person.
  const named = cover[k + 1];
  const lastTitle = lastOf(items);
  if (
    t.text === "," &&
    lastTitle?.kind === "title" &&
    lastTitle.head &&
    named?.type === "Person" &&
    named.first === k + 1 &&
    COMMA_STOP_SEMICOLON.test(tokens[named.last]?.text ?? ".")
  ) {
    items.push(mentionItem(named, k + 1, words));
    return named.last;
  }
  // "China and U.S. ally Australia", "Germany and its ally France": the described name heads the part.
  const prev = lastOf(items);
  const described =
    prev?.kind === "mention" || prev?.kind === "and"
      ? describedName(tokens, cover, k, prev.kind === "and")
      : 0;
  if (described > 0) {
    // Not a list item after the actor before it ("U.S. ally Australia" is one actor).
    const m = cover[described] as Mention;
    items.push(mentionItem(m, described, words));
    return m.last;
  }
  return -1;
}

/** True when token `k` follows a hyphen glued to the word before it ("elect" of "President-elect"). */
function glued(tokens: Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  return hyphen?.text === "-" && !hyphen.space && !(tokens[k] as Token).space;
}

/**
 * "Viktor Orlov of Russia", "Jan Kowalski of the Defence Ministry": after a person's name at `k`,
 * "of", a country or body and then "and", a comma or the phrase's end (no possessive, no further
 * name); the index after that country or body, else `k`.
 */
function personOfEnd(tokens: Token[], cover: (Mention | null)[], k: number): number {
  if (tokens[k]?.lower !== "of") return k;
  const j = tokens[k + 1]?.lower === "the" && !cover[k + 1] ? k + 2 : k + 1;
  const body = cover[j];
  if (!body || body.first !== j || (body.type !== "Country" && body.type !== "Organization")) return k;
  const after = tokens[body.last];
  if (after && (/^(?:'s|’s|'|’|of)$/u.test(after.lower) || isCapitalised(after.text))) return k;
  return body.last;
}

/**
 * "… Ambassador to (the) Kenya Robert Godec": after a posting title, "to" and its place, when a
 * person's name follows (past a rank: "Col."); returns the index of that name, else 0.
 */
function postingDestination(
  tokens: Token[],
  cover: (Mention | null)[],
  items: ChunkItem[],
  k: number,
): number {
  const title = lastOf(items);
  if (tokens[k]?.lower !== "to" || title?.kind !== "title" || !WORDS.postingTitles.has(title.word)) return 0;
  let j = k + 1;
  if (tokens[j]?.lower === "the" && !cover[j]) j++;
  const place = cover[j];
  if (!place || place.first !== j || (place.type !== "Country" && place.type !== "Location")) return 0;
  // "… to Nigeria Col. Patrick Doyle": a rank may stand before the name.
  let n = place.last;
  while (n < place.last + 3 && !cover[n] && isTitleOrHonorific(tokens[n]?.lower ?? "")) n++;
  const person = cover[n];
  return person && person.first === n && person.type === "Person" ? n : 0;
}

/**
 * A comma inside a list of actors: "A, B and C" (an "and" follows within a few tokens, before any
 * verb), and "A, B, and C": a serial comma continues a list that an earlier comma opened (`listed`),
 * and the comma before it does too; a lone ", and" after one actor does not ("Kim, and …"). A
 * person's "of" country or body inside an item is no preposition ending the list.
 */
function listContinues(tokens: Token[], cover: (Mention | null)[], k: number, listed: boolean): boolean {
  // Only names and commas so far: the list may run on ("to Turkey, Poland, India, Norway, Finland and Estonia").
  let names = true;
  for (let j = k + 1; j < Math.min(tokens.length, k + (names ? NAME_LIST_REACH : LIST_AND_REACH)); j++) {
    const m = cover[j];
    // "A of X, Jan Novak of the Czech Republic and C of Y": a person's "of" country is the item's own.
    const end = m?.type === "Person" && m.first === j ? personOfEnd(tokens, cover, m.last) : 0;
    if (m && end > m.last) {
      j = end - 1;
      continue;
    }
    const t = tokens[j] as Token;
    if (t.lower === "and" || t.lower === "or")
      return tokens[j - 1]?.text !== "," || (j - 1 === k ? listed : true);
    if (isVerbOrAux(t) || t.text === "." || t.pos === "ADP") return false;
    names &&= t.pos === "PROPN" || t.text === ",";
    if (!names && j >= k + LIST_AND_REACH - 1) return false;
  }
  return false;
}

/** Tokens after a list comma within which the list's "and" comes. */
const LIST_AND_REACH = 7;
/** The same when only names and commas stand between ("Turkey, Poland, India, Norway, Finland and Estonia"). */
const NAME_LIST_REACH = 40;

const SPEECH_VERBS = new Set(ASSESS_VERBS);

/** Tags of a preposition or verb. */
const ADP_OR_VERB = /^(?:ADP|VERB)$/u;

/** Tags inside a speaker's noun phrase. */
const SPEAKER_PHRASE_TAGS = /^(?:PROPN|NOUN|DET|PART|ADJ|CCONJ)$/u;

/**
 * "… from Denmark, Argentina's president and defense minister announced": after a complement (the
 * phrase follows a preposition or a verb), a comma before actors that a speech verb follows closes
 * the complement and opens the speakers of reported speech; it does not continue a list.
 */
function speakerFollows(tokens: Token[], first: number, k: number): boolean {
  if (!ADP_OR_VERB.test(tokens[first - 1]?.pos ?? "")) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 16); j++) {
    const t = tokens[j] as Token;
    if (t.pos === "VERB") return SPEECH_VERBS.has(t.lemma);
    if (!SPEAKER_PHRASE_TAGS.test(t.pos)) return false;
  }
  return false;
}

function startsChunkItem(tokens: Token[], cover: (Mention | null)[], k: number, words: WordSets): boolean {
  let j = k;
  while (j < tokens.length && ITEM_OPENERS.has((tokens[j] as Token).lower)) j++;
  j = bodyPrefixEnd(tokens, cover, j, words.bodyPrefixes);
  const t = tokens[j];
  if (!t) return false;
  const m = cover[j];
  if (m) return isActor(m);
  if (describedName(tokens, cover, j, true) > 0) return true;
  if (portfolioBeforeHead(tokens, j)) return true;
  // "and Sheikh X", "and Dr. X": an honorific right before a person's name.
  if (
    WORDS.honorifics.has(t.lower.replace(FINAL_STOP, "")) &&
    cover[j + 1]?.type === "Person" &&
    cover[j + 1]?.first === j + 1
  )
    return true;
  // "and then Defence Minister X", "and former allies": a mark of a past title opens an item only
  // before what opens one itself ("visited Seoul and then met with Lee": a verb, not a person).
  if (PAST_MARKS.has(t.lower)) return j + 1 < tokens.length && startsChunkItem(tokens, cover, j + 1, words);
  return (titleClass(t.lower) & (TITLE_WORD | UNNAMED_WORD)) !== 0;
}

/**
 * "and the Royal Thai Army", "and Royal Malaysian Navy": a body's prefix word (the lexicon's
 * bodyPrefixes, `prefixes`), which stage 3 leaves outside both the demonym and the body it opens, at `k`
 * before a demonym and a body of that country; the index of the demonym, else `k`.
 */
function bodyPrefixEnd(
  tokens: Token[],
  cover: (Mention | null)[],
  k: number,
  prefixes: ReadonlySet<string>,
): number {
  if (cover[k] || !prefixes.has(tokens[k]?.text ?? "")) return k;
  const demonym = cover[k + 1];
  if (demonym?.first !== k + 1 || demonym.type !== "Country" || demonym.kind !== "demonym") return k;
  const body = cover[demonym.last];
  return body?.first === demonym.last && body.type === "Organization" ? k + 1 : k;
}

/** Marks of a past title ("then", "former", "ex"), which open a list item only before its title or name. */
const PAST_MARKS: ReadonlySet<string> = new Set(PAST_TITLE_MARKS);

/**
 * The actor a mention stands for in a relation: a capital taking part in a relation stands
 * for its country (the relations stage then resolves the mention to it).
 */
export function actorOf(m: Mention): { name: string; type: Mention["type"] } {
  if (m.kind === "capital" && m.country && m.type === "Location") return { name: m.country, type: "Country" };
  return { name: m.name, type: m.type };
}

/** The name of the actor a mention stands for in a relation (actorOf's name, without its object). */
export function actorName(m: Mention): string {
  return m.kind === "capital" && m.country && m.type === "Location" ? m.country : m.name;
}

/** Splits a chunk at "and"/"or" into its coordinated parts. */
export function chunkParts(chunk: Chunk): ChunkItem[][] {
  // A part's list is made at its first item: no empty part is made, none filtered out.
  const parts: ChunkItem[][] = [];
  let part: ChunkItem[] | null = null;
  for (const it of chunk.items) {
    if (it.kind === "and") part = null;
    else if (part) part.push(it);
    else parts.push((part = [it]));
  }
  return parts;
}

/**
 * The actors a chunk stands for: per coordinated part, its last mention that is not a
 * possessor; or, for unnamed speakers ("Ukrainian officials"), the country or organization
 * that qualifies them.
 */
export function chunkHeads(chunk: Chunk): ChunkHead[] {
  const heads: ChunkHead[] = [];
  const items = chunk.items;
  // Each coordinated part is read in place, items [from, to) between "and"/"or" items (this runs
  // for nearly every rule's subject and object: no part lists are built).
  for (let from = 0; from < items.length;) {
    let to = from;
    while (to < items.length && (items[to] as ChunkItem).kind !== "and") to++;
    if (to > from) addPartHead(heads, items, from, to);
    from = to + 1;
  }
  return heads;
}

/** Adds the head of the part items [from, to) of a chunk to `heads`, unless one of its name is there. */
function addPartHead(heads: ChunkHead[], items: ChunkItem[], from: number, to: number): void {
  const lastItem = items[to - 1] as ChunkItem;
  if (lastItem.kind === "poss") return;
  if (lastItem.kind === "mention") {
    if (!lastItem.modifier)
      addHead(heads, { mention: lastItem.m, name: actorName(lastItem.m), unnamed: false });
    return;
  }
  // "the Fiji police", "the Solomon Islands military": a body word ends the phrase; the
  // country acts through it, as through unnamed officials.
  const body = lastItem.kind === "title" && !lastItem.head && lastItem.body === true;
  if (lastItem.kind === "unnamed" || (lastItem.kind === "title" && lastItem.head) || body) {
    const q = qualifierIn(items, from, to) ?? qualifier(items);
    if (q) addHead(heads, { mention: q, name: actorName(q), unnamed: true });
  }
}

/** Adds a head unless one of the same name is already there (the first stands). */
function addHead(heads: ChunkHead[], head: ChunkHead): void {
  for (const h of heads) if (h.name === head.name) return;
  heads.push(head);
}

/** Possessors of a chunk ("South Korea" in "South Korea's latest assessment"). */
export function chunkPossessors(chunk: Chunk): Mention[] {
  const out: Mention[] = [];
  chunk.items.forEach((it, i) => {
    const next = chunk.items[i + 1];
    if (it.kind === "mention" && next?.kind === "poss") out.push(it.m);
  });
  return out;
}

/**
 * The country that a chunk's title names for a person ("U.S. State Secretary Antony Blinken" →
 * United States), or null: the state an official acts for.
 */
export function officialState(chunk: Chunk): Mention | null {
  const q = qualifier(chunk.items);
  const hasTitle = chunk.items.some((it) => it.kind === "title");
  return q && hasTitle && actorOf(q).type === "Country" ? q : null;
}

function qualifier(items: ChunkItem[]): Mention | null {
  return qualifierIn(items, 0, items.length);
}

/**
 * The last mention of items [from, to) that qualifies a title: a country, an organization or a
 * capital; but the country before a bloc that an envoy's title follows ("the Pakistani UN envoy":
 * Pakistan sends the envoy to the UN; bloc-postings.ts, from the items' marks).
 */
function qualifierIn(items: ChunkItem[], from: number, to: number): Mention | null {
  let found: Mention | null = null;
  let before: Mention | null = null;
  let bloc = false;
  let posted = false;
  for (let k = from; k < to; k++) {
    const it = items[k] as ChunkItem;
    if (
      it.kind === "mention" &&
      (it.m.type === "Country" || it.m.type === "Organization" || it.m.kind === "capital")
    ) {
      before = found;
      found = it.m;
      bloc = it.bloc === true;
      posted = false;
    } else if (it.kind === "title" && it.head) posted = it.posting === true;
  }
  return postingSender(before, found, bloc && posted) ?? found;
}
