/**
 * The time and place phrases that stand between a meeting word and its partner ("received in his
 * office on Thursday X", "held talks on Monday with X", "met in Beijing with X", "held a meeting on
 * the sidelines of the summit with X"): where they end, and whether a place phrase is among them.
 * Moved from meet.ts, which reads them.
 */
import type { SentenceIndex } from "../chunks.ts";
import { ARTICLES } from "../lexicon/grammar.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { Mention, Token } from "../types.ts";
import { isTitleWord } from "../words.ts";
import type { MeetSets } from "./meet-sets.ts";

/** Most common nouns and adjectives of a place phrase after its determiner ("at the defence ministry"). */
const PLACE_WORDS = 2;

/**
 * One past a short place phrase of common nouns starting at `k` ("in his office", "at the
 * ministry", "at the defence ministry", "in audience"), or -1: a named place or a longer phrase is
 * not one.
 */
function placePhraseEnd(tokens: Token[], k: number, meetSets: MeetSets): number {
  if (!meetSets.placePrepositions.has(tokens[k]?.lower ?? "")) return -1;
  // "received in audience X", "met in private X": a bare common noun, no phrase of its own after it.
  const n = tokens[k + 1]?.pos === "ADJ" && tokens[k + 1]?.text === tokens[k + 1]?.lower ? k + 2 : k + 1;
  const bare = tokens[n];
  // ("received in audience on Tuesday X": a time adverbial may follow the bare noun.)
  if (
    bare?.pos === "NOUN" &&
    bare.text === bare.lower &&
    tokens[n + 1] !== undefined &&
    (!/^(?:ADP|NOUN|PART)$/u.test(tokens[n + 1]?.pos ?? "") || timeAdverbialEnd(tokens, n + 1) > 0)
  )
    return n + 1;
  if (!meetSets.placeDeterminers.has(tokens[k + 1]?.lower ?? "")) return -1;
  let e = k + 2;
  while (
    e < k + 2 + PLACE_WORDS &&
    NOUN_OR_ADJ.test(tokens[e]?.pos ?? "") &&
    tokens[e]?.text === tokens[e]?.lower
  )
    e++;
  return e > k + 2 && tokens[e - 1]?.pos === "NOUN" ? e : -1;
}

/**
 * One past the adverbials right after the verb at `t` when they hold a place phrase ("received in
 * his office on Thursday X", "hosted at his residence X"), time adverbials around it allowed; else -1.
 */
export function adverbialsAfter(ix: SentenceIndex, t: number, meetSets: MeetSets): number {
  const run = adverbialRun(ix, t + 1, false, meetSets, true);
  return run.place ? run.end : -1;
}

/**
 * The time and place phrases that start at `k`, read one after another: time adverbials ("on
 * Monday", "last week") and short place phrases of common nouns ("in his office"), with the named
 * place set beside one ("in the capital Nairobi"); with `wide`, also "in" or "at" and a named
 * place or body ("in Beijing") and "on the sidelines of" an event; with `named`, a named place
 * ("in Brasilia", not a body) counts as a place phrase. One past them (`k` when none), and
 * whether a place phrase was among them.
 */
export function adverbialRun(
  ix: SentenceIndex,
  k: number,
  wide: boolean,
  meetSets: MeetSets,
  named = false,
): { end: number; place: boolean } {
  const tokens = ix.sentence.tokens;
  let place = false;
  for (;;) {
    const side = wide ? sidelinesEnd(ix, k, meetSets) : -1;
    let common = side > 0 ? -1 : placePhraseEnd(tokens, k, meetSets);
    // "in the capital Nairobi", "at the port city Mombasa": the named place set beside the noun.
    const beside = common > 0 ? ix.cover[common] : undefined;
    if (
      beside &&
      beside.first === common &&
      namedPlace(beside) &&
      meetSets.placeDeterminers.has(tokens[k + 1]?.lower ?? "")
    )
      common = beside.last;
    const spot = common < 0 && side < 0 && named ? namedPlaceEnd(ix, k, meetSets, true) : -1;
    if (common > 0 || spot > 0) place = true;
    const next =
      side > 0 ? side : common > 0 ? common : spot > 0 ? spot : wide ? namedPlaceEnd(ix, k, meetSets) : -1;
    if (next > 0) {
      k = next;
      continue;
    }
    const e = timeAdverbialEnd(tokens, k);
    if (e < 0) return { end: k, place };
    k = e;
  }
}

/** Most words of the event after "on the sidelines of" ("the 10th ADMM-Plus meeting in Jakarta"). */
const EVENT_WORDS = 8;
/** Tags of the words of an event's name after "on the sidelines of". */
const EVENT_TAGS = /^(?:DET|ADJ|PROPN|NOUN|NUM)$/u;
/** A noun's or an adjective's tag. */
const NOUN_OR_ADJ = /^(?:NOUN|ADJ)$/u;

/** One past "on the sidelines of" an event starting at `k` ("on the sidelines of the SCO summit"), or -1. */
function sidelinesEnd(ix: SentenceIndex, k: number, meetSets: MeetSets): number {
  const tokens = ix.sentence.tokens;
  if (
    tokens[k]?.lower !== "on" ||
    tokens[k + 1]?.lower !== "the" ||
    !meetSets.sidelineNouns.has(tokens[k + 2]?.lower ?? "")
  )
    return -1;
  if (tokens[k + 3]?.lower !== "of") return -1;
  let e = k + 4;
  while (e < k + 4 + EVENT_WORDS && (ix.cover[e] || EVENT_TAGS.test(tokens[e]?.pos ?? ""))) e++;
  return e > k + 4 ? e : -1;
}

/**
 * One past the time and place phrases starting at `k` that may stand between a meeting word and
 * its partner's preposition ("held talks on Monday with X", "met in Beijing with X", "held a
 * bilateral meeting on the sidelines of the summit with X"), or `k` when none: time adverbials, a
 * short place phrase of common nouns, "in" or "at" and a named place or body, and "on the
 * sidelines of" an event.
 */
export function partnerAdverbialsEnd(ix: SentenceIndex, k: number, meetSets: MeetSets): number {
  return adverbialRun(ix, k, true, meetSets).end;
}

/** The mention types of a named place ("in Brasilia", "in the capital Nairobi"). */
const PLACE_TYPES: ReadonlySet<string> = new Set(["Location", "Country"]);

/**
 * One past "in" or "at" and a named place or body starting at `k` ("in Beijing", "at the
 * Pentagon"), or -1; with `places`, only a named place (see namedPlace). Without `places`, a name
 * typed a person only for want of any other reading (a capitalised run and nothing more: "met this
 * morning at Adi Halo with X") stands there as a place too; a person the text names otherwise
 * (a gazetteer name, a title, a possessive) does not.
 */
function namedPlaceEnd(ix: SentenceIndex, k: number, meetSets: MeetSets, places = false): number {
  const tokens = ix.sentence.tokens;
  if (!meetSets.placePrepositions.has(tokens[k]?.lower ?? "")) return -1;
  const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const m = ix.cover[at];
  if (!m || m.first !== at) return -1;
  if (m.type === "Person") return !places && placeLikePerson(tokens, m) ? m.last : -1;
  return !places || namedPlace(m) ? m.last : -1;
}

/** The rule of a person typed by its capitalised run alone (3-entities.ts fallback). */
const FALLBACK_PERSON_RULE = "fallback-person";

/**
 * True when a person's mention after "in" or "at" may be a place: typed a person only by the
 * fallback (no gazetteer, title or given-name rule told more), opening with no title, and not a
 * possessive ("at Ahmed's invitation").
 */
function placeLikePerson(tokens: Token[], m: Mention): boolean {
  return (
    m.rule === FALLBACK_PERSON_RULE &&
    !isTitleWord(tokens[m.first]?.lower ?? "") &&
    !/^['’]s?$/u.test(tokens[m.last]?.text ?? "")
  );
}

/** A place named by its name ("Nairobi", "Kenya"), not by a demonym ("Argentine President X"). */
function namedPlace(m: Mention): boolean {
  return PLACE_TYPES.has(m.type) && m.kind !== "demonym";
}

/** How many tokens a time adverbial right after the verb at `t` spans ("on Tuesday", "last week"), or 0. */
export function timeAfter(tokens: Token[], t: number): number {
  const end = timeAdverbialEnd(tokens, t + 1);
  return end < 0 ? 0 : end - t - 1;
}

/** Most tokens a time adverbial spans (as timeAdverbialStart reads one). */
const TIME_ADVERBIAL_SPAN = 5;

/** One past the longest time adverbial that starts at token `k` ("on Tuesday", "last week"), or -1. */
function timeAdverbialEnd(tokens: Token[], k: number): number {
  for (let j = Math.min(tokens.length - 1, k + TIME_ADVERBIAL_SPAN - 1); j >= k; j--) {
    if (timeAdverbialStart(tokens, j) !== k) continue;
    // "received on Monday the British Defence Secretary X": an article after the day opens the
    // partner's phrase; it is no part of the time adverbial.
    return ARTICLE_WORDS.has(tokens[j]?.lower ?? "") && j > k ? j : j + 1;
  }
  return -1;
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLES);
