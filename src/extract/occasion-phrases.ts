/**
 * Occasion phrases: the occasion or medium of a statement that stands between its speaker and the
 * verb ("the ministry in a statement said", "X in his remarks stated that", "X in an interview with
 * Reuters said", "X at a news conference in Kyiv noted"; the lexicon's occasionPhrasePrepositions and
 * speakingOccasionNouns). Found backwards from the token before the verb, so that the subject search
 * can step over them as it steps over a time adverbial.
 */
import type { SentenceIndex } from "./chunks.ts";
import { ARTICLES } from "./lexicon/grammar.ts";
import type { Token } from "./types.ts";
import { WORDS, isVerbOrAux } from "./words.ts";

const DETERMINERS = new Set(ARTICLES);

/** Most tokens of an occasion phrase, its preposition to its last word ("at a news conference in the capital Kyiv"). */
const OCCASION_REACH = 12;
/** Most words between the determiner and the occasion noun ("in a joint televised statement"). */
const MODIFIER_REACH = 3;

/** Tags of the words of a noun phrase: a modifier before the occasion noun, or a word of a phrase after it. */
const PHRASE_TAGS = /^(?:ADJ|NOUN|PROPN|NUM)$/u;

/** True when token `k` may stand inside a noun phrase: a noun, adjective, number or a named actor's token. */
function phraseWord(ix: SentenceIndex, k: number): boolean {
  const w = ix.sentence.tokens[k] as Token;
  return Boolean(ix.cover[k]) || PHRASE_TAGS.test(w.pos) || (w.text === "-" && !w.space);
}

/** True for a determiner or possessive pronoun that opens a noun phrase ("a", "his", "its"). */
function opener(w: Token | undefined): boolean {
  return w !== undefined && (DETERMINERS.has(w.lower) || WORDS.possessivePronouns.has(w.lower));
}

/**
 * True when tokens `from`..`to` are prepositional phrases only ("with Reuters", "on Monday", "to
 * parliament in Moscow"): each a preposition, an optional determiner and noun-phrase words.
 */
function prepositionalTail(ix: SentenceIndex, from: number, to: number): boolean {
  const tokens = ix.sentence.tokens;
  let k = from;
  while (k <= to) {
    if (tokens[k]?.pos !== "ADP" || Boolean(ix.cover[k])) return false;
    k++;
    if (opener(tokens[k])) k++;
    const start = k;
    while (k <= to && tokens[k]?.pos !== "ADP" && phraseWord(ix, k)) k++;
    if (k === start) return false;
    if (k <= to && tokens[k]?.pos !== "ADP") return false;
  }
  return true;
}

/**
 * True when the occasion phrase opening with the preposition at `p` ends at token `j`: a
 * determiner or possessive, at most MODIFIER_REACH modifiers, an occasion noun ("in his
 * remarks", "at a press conference"), then prepositional phrases only.
 */
function occasionFrom(ix: SentenceIndex, p: number, j: number): boolean {
  const tokens = ix.sentence.tokens;
  let k = p + 1;
  if (opener(tokens[k])) k++;
  for (let n = 0; k <= j && n <= MODIFIER_REACH; n++, k++) {
    const w = tokens[k] as Token;
    if (w.pos === "NOUN" && ix.words.speakingOccasionNouns.has(w.lower) && !ix.cover[k])
      return k === j || prepositionalTail(ix, k + 1, j);
    if (!phraseWord(ix, k)) return false;
  }
  return false;
}

/**
 * The preposition that opens an occasion phrase ending at token `j` ("in a statement", "in an
 * interview with Reuters") after a phrase that may be its speaker (not the sentence's opening:
 * "In a statement, X said" has its speaker after it), or -1.
 */
export function occasionPhraseStart(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  const last = tokens[j];
  if (!last || !phraseWord(ix, j)) return -1;
  for (let p = j - 1; p > 0 && j - p < OCCASION_REACH; p--) {
    const w = tokens[p] as Token;
    if (w.text === "," || isVerbOrAux(w)) return -1;
    if (ix.words.occasionPhrasePrepositions.has(w.lower) && !ix.cover[p] && occasionFrom(ix, p, j)) return p;
  }
  return -1;
}
