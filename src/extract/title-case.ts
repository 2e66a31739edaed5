/**
 * Title-case lines read from their lower-case words: in a headline whose words are all capitalised
 * ("UN Report Finds Evidence of Rwandan Aid"), the statistical tagger takes every word for a name.
 * The line is tagged again with each common word written lower-case, as a body sentence would
 * print it ("UN report finds evidence of Rwandan aid"); the tagger (tagger.ts) reads a verb from
 * that reading where the word agrees with what stands before it (caselessVerb), and a noun or an
 * adjective where the body prints the word lower-case and it is no word of a name (caselessTag).
 * Names stay names: a word the model's lexicon knows as a name, one the body prints only
 * capitalised ("Shield" of a ship), and the words of a title's or a body's name.
 */
import { lexiconTags, tagText } from "./nlp.ts";
import { HAS_LOWER, LETTER_FIRST, TITLE_CASE_WORD } from "./letters.ts";
import { MODAL_VERBS, NOT_VERB_WORDS } from "./lexicon/grammar.ts";
import { ORGANIZATION_HEADS } from "./lexicon/organizations.ts";
import { isCapitalised, isThirdPersonForm, isTitleWord, TITLE_HEAD, titleClass } from "./words.ts";
import type { Token } from "./types.ts";

/** Wink's tags of a title-case line read with its common words lower-case, and which words were. */
export interface CaselessReading {
  /** Wink's tag of each token in the lower-case reading (undefined where no token was aligned). */
  tags: (string | undefined)[];
  /** True for each token written lower-case in that reading. */
  lowered: boolean[];
  /** The case the document's body prints its words in. */
  body: BodyWords;
}

/** A word that a headline capitalises: a capital and lower-case letters, or capitals and a plural "s" ("OKs"). */
const CAPITALISED_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}s)$/u;

/** What a document's body shows of its words' case, read by a title-case line. */
export interface BodyWords {
  /** Words printed capitalised inside body sentences and never lower-case there ("Shield" of a ship's name). */
  names: Set<string>;
  /** Words printed lower-case in the body ("evidence", "frigate"). */
  lower: Set<string>;
}

/** The case the body sentences of a document print its words in (bodyWords.names, bodyWords.lower); headlines left out. */
export function bodyWords(sentences: readonly { headline: boolean; tokens: readonly Token[] }[]): BodyWords {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    if (s.headline) continue;
    for (let i = 1; i < s.tokens.length; i++) {
      const t = s.tokens[i] as Token;
      if (!LETTER_FIRST.test(t.text)) continue;
      if (t.text === t.lower) lower.add(t.lower);
      else if (TITLE_CASE_WORD.test(t.text)) names.add(t.lower);
    }
  }
  for (const w of lower) names.delete(w);
  return { names, lower };
}

/**
 * A common word of a title-case line: capitalised, a word of the English model's lexicon that is
 * no name there (not "Iran", not a word the model knows only as a name), and not shown as a name
 * by the document's body.
 */
function commonWord(t: Token, body: BodyWords): boolean {
  if (!CAPITALISED_WORD.test(t.text) || body.names.has(t.lower)) return false;
  const tags = lexiconTags(t.lower);
  return tags.size > 0 && !tags.has("PROPN");
}

/**
 * Tags `tokens` (one title-case line of `text`, document offsets) again with its common words
 * lower-case; the text keeps its length, so each token is found at its own offsets. Null when no
 * word is common.
 */
export function caselessReading(
  text: string,
  tokens: readonly Token[],
  body: BodyWords,
): CaselessReading | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const lowered = tokens.map((t) => commonWord(t, body));
  if (!lowered.includes(true)) return null;
  let line = "";
  let at = first.start;
  tokens.forEach((t, k) => {
    const word = text.slice(t.start, t.end);
    const lower = word.toLowerCase();
    // (A word whose lower case changes its length keeps its case: the offsets must hold.)
    line += text.slice(at, t.start) + (lowered[k] && lower.length === word.length ? lower : word);
    at = t.end;
  });
  const raw = tagText(line);
  // Each wink token's offset in the line, to give a token the tag of the wink token that opens it.
  const tagAt = new Map<number, string>();
  let cursor = 0;
  raw.values.forEach((value, k) => {
    const found = line.indexOf(value, cursor);
    if (found < 0) return;
    tagAt.set(found, raw.pos[k] ?? "X");
    cursor = found + value.length;
  });
  return { tags: tokens.map((t) => tagAt.get(t.start - first.start)), lowered, body };
}

/** Tags of the lower-case reading that a common word takes in place of a name's. */
const COMMON_TAGS = new Set(["NOUN", "ADJ", "NUM"]);

/** Tags of the lower-case reading that the words of a title or a body's name may take. */
const PHRASE_TAGS = new Set(["NOUN", "ADJ", "PROPN", "VERB", "NUM"]);
const BODY_HEADS = new Set(ORGANIZATION_HEADS);
/** Prepositions that join a title or a body's head to the rest of its name ("Ministry of Defense"). */
const NAME_JOINERS = new Set(["of", "for", "on"]);

/** A title's head or a body's head (lexicon titles, organizationHeads): "Minister", "Ministry", "Navy". */
export function nameHead(w: Token | undefined): boolean {
  return w !== undefined && ((titleClass(w.lower) & TITLE_HEAD) !== 0 || BODY_HEADS.has(w.lower));
}

/** True when token `k` of a title-case line may be a word of a name: capitalised, not a closed word. */
function nameWord(tokens: readonly Token[], k: number, reading: CaselessReading): boolean {
  const w = tokens[k];
  return w !== undefined && isCapitalised(w.text) && PHRASE_TAGS.has(reading.tags[k] ?? w.pos);
}

/**
 * True when token `i` is a word of a title or a body's name, a name's words in kg's tags: a run
 * of capitalised words from `i` that a title's or a body's head ends ("Russian Defense Ministers",
 * "Israeli Defense Ministry", "Philippine Navy"), or one after such a head and "of" or "for"
 * ("Ministry of Defense", "Minister of Foreign Affairs", "Committee on Defense").
 */
function inNamePhrase(tokens: readonly Token[], i: number, reading: CaselessReading): boolean {
  for (let k = i; nameWord(tokens, k, reading); k++) if (nameHead(tokens[k])) return true;
  let k = i - 1;
  while (k >= 0 && nameWord(tokens, k, reading)) k--;
  return k >= 1 && NAME_JOINERS.has((tokens[k] as Token).lower) && nameHead(tokens[k - 1]);
}

/**
 * kg's tag of token `i` of a title-case line, given the tag `tag` the tagger gave it as a
 * capitalised word: a verb where the lower-case reading shows one (caselessVerb); a common word
 * taken for a name is the noun, adjective or number of that reading ("Report", "Evidence",
 * "Rebels", "Eight") when the body prints the word lower-case and it is no word of a title's or a
 * body's name (inNamePhrase); any other tag stays.
 */
export function caselessTag(
  tokens: readonly Token[],
  i: number,
  reading: CaselessReading,
  tag: string,
): string {
  if (caselessVerb(tokens, i, reading) || agentParticiple(tokens, i, reading)) return "VERB";
  const t = tokens[i] as Token;
  if (tag !== "PROPN" || !reading.lowered[i] || !reading.body.lower.has(t.lower)) return tag;
  if (inNamePhrase(tokens, i, reading)) return tag;
  const lower = reading.tags[i] ?? "";
  return COMMON_TAGS.has(lower) ? lower : tag;
}

/**
 * True when token `i` of a title-case line is a past participle before its agent: a past form that
 * the lower-case reading takes for an adjective (no word of NOT_VERB_WORDS), right before "by"
 * ("Frigate Gifted By China", as tagger.ts reads "rifles gifted by Australia" in a body sentence).
 */
function agentParticiple(tokens: readonly Token[], i: number, reading: CaselessReading): boolean {
  const t = tokens[i];
  if (!t || !reading.lowered[i] || reading.tags[i] !== "ADJ" || !t.lower.endsWith("ed")) return false;
  if (tokens[i + 1]?.lower !== "by" || i === 0) return false;
  return !NOT_VERBS.has(t.lower);
}

/** Words that look like -ed or -ing verbs but are adjectives or nouns (lexicon NOT_VERB_WORDS). */
export const NOT_VERBS: ReadonlySet<string> = new Set(NOT_VERB_WORDS);

/** True when the English model's lexicon allows `t` a verb and it is no adjective-like form nor title word. */
export function verbInLexicon(t: Token): boolean {
  return !NOT_VERBS.has(t.lower) && !isTitleWord(t.lower) && lexiconTags(t.lower).has("VERB");
}

/** True when no word of the line has a lower-case letter ("ZAMBIA ARMY COMMANDER VISIT CHINA TO …"). */
export function allCapitals(tokens: readonly Token[]): boolean {
  return !tokens.some((w) => HAS_LOWER.test(w.text));
}

const MODALS = new Set(MODAL_VERBS);
/** A plural noun's ending ("ministers", not "congress" or "status"). */
export const PLURAL = /[^su]s$/u;
/** Wink's tags of a word that a finite verb agrees with as its subject's head. */
const SUBJECT_TAGS = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * True when token `i` of a title-case line is a verb: the lower-case reading tags it VERB, the
 * model's lexicon allows the word a verb (and no list keeps it from one: "United"), and it agrees
 * with the word before it in that reading. A third-person form follows a singular subject ("UN
 * Report Finds", "US Faces") or a comma after the line's first verb ("Commissions Missile
 * Frigate, Showcases …"); a past form follows a subject ("Patrol Boats Delivered to"); a gerund
 * follows a preposition or an auxiliary ("of Backing Rebels"); a base form follows "to" or a
 * modal ("Wants to Buy"), a plural subject ("Defense Ministers Discuss"), or two names joined
 * ("France, Serbia Sign"). "Fast Patrol Vessel", "Bridge Laying Tanks" stay nouns.
 */
export function caselessVerb(tokens: readonly Token[], i: number, reading: CaselessReading): boolean {
  const t = tokens[i];
  if (!t || !reading.lowered[i] || reading.tags[i] !== "VERB") return false;
  if (!verbInLexicon(t)) return false;
  const prev = tokens[i - 1];
  if (!prev) return false;
  const prevTag = reading.tags[i - 1] ?? prev.pos;
  const subject = SUBJECT_TAGS.has(prevTag);
  const ending = t.lower.endsWith("ing") ? "ing" : t.lower.endsWith("ed") ? "ed" : "";
  if (prev.lower === "to" || MODALS.has(prev.lower)) return ending === "";
  if (ending === "ing") return prevTag === "ADP" || prevTag === "AUX";
  if (ending === "ed") return subject || prevTag === "AUX";
  if (isThirdPersonForm(t.lower)) {
    if (prev.text === ",") return tokens.slice(0, i).some((w) => w.pos === "VERB");
    return subject && !(prevTag === "NOUN" && PLURAL.test(prev.lower));
  }
  if (!subject) return false;
  if (PLURAL.test(prev.lower)) return true;
  return joinedNames(tokens, i - 1);
}

/** Most words of the names before a verb whose subject they are joined in ("France, Serbia"). */
const JOINED_REACH = 6;

/** True when the subject that ends at token `end` holds two names joined by a comma or "and". */
export function joinedNames(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - JOINED_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.text === "," || w.lower === "and") return k > 0 && tokens[k - 1]?.pos === "PROPN";
    if (w.pos === "VERB" || w.pos === "ADP") return false;
  }
  return false;
}
