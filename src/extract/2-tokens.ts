/**
 * Stage 2, tokens: tokenizes the document's text with wink-nlp once, maps every token back to
 * its exact UTF-16 offsets, hands each sentence the tokens inside it, and tags them with part of
 * speech and lemma (tagger.ts, lemma.ts).
 */
import { isSpace } from "./1-segment.ts";
import { tagText } from "./nlp.ts";
import { tagSentence } from "./tagger.ts";
import { type BodyWords, bodyWords, caselessReading } from "./title-case.ts";
import { wordsOf } from "./stage-words.ts";
import { readHeadlineCommas } from "./headline-commas.ts";
import { tagHeadlineVerbs, type VerblessHeadline, verbless } from "./headline-verbs.ts";
import type { DocState, Sentence, Stage, Token } from "./types.ts";
import { MISSPELT_TITLES, TITLE_ABBREVIATIONS, UNACCENTED_TITLES } from "./lexicon/titles.ts";
import { FINAL_STOP, foldKey, isCapitalised, isTitleWord, WORDS } from "./words.ts";
import {
  INITIAL,
  TITLE_CASE_WORD,
  LETTER_FIRST,
  UPPER_FIRST,
  CLOSING_DOUBLE_QUOTE,
  OPENING_DOUBLE_QUOTE,
} from "./letters.ts";

/** Longest stretch of text handed to the tagger in one call; longer texts are tagged in pieces. */
const MAX_TAG_CHARS = 200_000;

/** Stage 2: fills `sentence.tokens` for every sentence. */
export const tokensStage: Stage = {
  name: "2-tokens",
  run(state: DocState): void {
    if (state.sentences.length === 0) return;
    const first = (state.sentences[0] as Sentence).start;
    const last = (state.sentences[state.sentences.length - 1] as Sentence).end;
    const tokens = tokenizeRange(state.view.text, first, last);
    let k = 0;
    for (const sentence of state.sentences) {
      while (k < tokens.length && (tokens[k] as Token).start < sentence.start) k++;
      const from = k;
      while (k < tokens.length && (tokens[k] as Token).end <= sentence.end) k++;
      sentence.tokens = tokens.slice(from, k);
      if (sentence.tokens.length > 0) (sentence.tokens[0] as Token).space = true;
      joinSpacedElisions(sentence.tokens);
      respellTitles(sentence.tokens);
      restorePossessives(sentence.tokens);
      dropEditorialBrackets(sentence.tokens);
      dropNicknames(sentence.tokens);
    }
    // A title-case line is read again with its common words lower-case; the body tells which
    // capitalised words are names (read once, and only for a document that has such a line).
    let body: BodyWords | null = null;
    const words = wordsOf(state);
    const verblessLines: VerblessHeadline[] = [];
    for (const sentence of state.sentences) {
      const titleCase = sentence.headline && isTitleCase(sentence.tokens);
      if (titleCase) body ??= bodyWords(state.sentences);
      const caseless = titleCase && body ? caselessReading(state.view.text, sentence.tokens, body) : null;
      tagSentence(sentence.tokens, words, titleCase, caseless);
      if (sentence.headline && verbless(sentence.tokens))
        verblessLines.push({ sentence, titleCase, caseless });
    }
    // ("Moldova summons Russian ambassador": a headline left without a verb, read with the body's verbs.)
    tagHeadlineVerbs(verblessLines, state.sentences);
    // ("Xi, Putin meet in Moscow": a headline's comma between the two names of its subject is "and".)
    readHeadlineCommas(state.sentences);
  },
};

/** Tokens of `text` between `from` and `to`, with document offsets. */
export function tokenizeRange(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // Runs of non-space longer than any word (base64, garbage) bypass the tagger, whose cost
  // grows faster than linearly with token length; they become one opaque token.
  LONG_RUN.lastIndex = from;
  let cursor = from;
  // Scanning with the pattern is costly; a text without such a run (nearly all) skips it.
  const scan = hasLongRun(text, from, to);
  for (let m = scan ? LONG_RUN.exec(text) : null; m && m.index < to; m = LONG_RUN.exec(text)) {
    tokenizePlain(text, cursor, m.index, tokens);
    const end = Math.min(to, m.index + m[0].length);
    tokens.push({
      text: text.slice(m.index, end),
      lower: "",
      key: "",
      lemma: "",
      pos: "X",
      start: m.index,
      end,
      space: true,
    });
    cursor = end;
  }
  tokenizePlain(text, cursor, to, tokens);
  return tokens;
}

const LONG_RUN_CHARS = 256;
const LONG_RUN = new RegExp(`\\S{${LONG_RUN_CHARS},}`, "gu");

/**
 * True when `text` may hold a LONG_RUN that starts before `to`: some run of non-space code units
 * from `from` is at least LONG_RUN_CHARS long (a run of that many code points is at least as
 * long in code units). Whitespace as the pattern's \\s sees it.
 */
function hasLongRun(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < text.length; i++) {
    if (isRegExpSpace(text.charCodeAt(i))) {
      if (i >= to) return false;
      run = 0;
    } else if (++run >= LONG_RUN_CHARS) return true;
  }
  return false;
}

/** The characters of the regular-expression class \\s (WhiteSpace and LineTerminator). */
function isRegExpSpace(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function tokenizePlain(text: string, from: number, to: number, tokens: Token[]): void {
  for (let start = from; start < to;) {
    let end = Math.min(to, start + MAX_TAG_CHARS);
    if (end < to) {
      const space = text.lastIndexOf(" ", end);
      if (space > start) end = space;
    }
    addTokens(text.slice(start, end), start, tokens);
    start = end;
  }
}

/** An elided French article as the tokenizer leaves it before a space ("d" of "d' Affaires"). */
const ELIDED = new Set(["d", "l", "D", "L"]);
/** An apostrophe, straight or curly. */
const APOSTROPHE = /^['’]$/u;

/**
 * "Chargé d' Affaires": a French title word written with a space after its elided article is
 * split by the tokenizer into "d", "'" and the word; the three become one token when, glued, they
 * make a title word of the lexicon ("d'affaires"), so that the title reads as one.
 */
function joinSpacedElisions(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const d = tokens[i] as Token;
    if (!ELIDED.has(d.text)) continue;
    const apostrophe = tokens[i + 1] as Token;
    const word = tokens[i + 2] as Token;
    if (!APOSTROPHE.test(apostrophe.text) || apostrophe.space || !word.space) continue;
    const lower = `${d.lower}${apostrophe.text}${word.lower}`;
    if (!isTitleWord(lower)) continue;
    tokens.splice(i, 3, {
      ...word,
      text: `${d.text}${apostrophe.text} ${word.text}`,
      lower,
      key: foldKey(lower),
      start: d.start,
      space: d.space,
    });
  }
}

/**
 * "charge d'affaires": a French title head written without its accent (lexicon titles.json
 * unaccentedTitles) is read as the head (its lower-case form respelt) before the French title word
 * that completes it ("d'affaires"); alone, or before an English word, it is the common noun. A
 * misspelt title head (lexicon misspeltTitles: "Defence Minster X") is read as the head where a
 * title stands.
 */
function respellTitles(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const head = UNACCENTED_TITLES.get(t.lower);
    const next = tokens[i + 1] as Token;
    if (head !== undefined && next.key.startsWith("d'") && isTitleWord(next.lower)) t.lower = head;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const head = MISSPELT_TITLES.get(t.lower);
    if (head === undefined || !isCapitalised(t.text)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const titled = before !== undefined && isTitleWord(before.lower);
    // "York Minster": after a capitalised word that is no title's, the word is the common noun.
    if (!titled && before !== undefined && isCapitalised(before.text)) continue;
    if (titled || after?.lower === "of" || isCapitalised(after?.text ?? "")) {
      t.lower = head;
      t.key = head;
    }
  }
}

/**
 * "Egypt s Foreign Ministry", "Somalia s Council of Islamic Courts": a page that lost its
 * apostrophes prints the possessive as a lone "s" between a capitalised name and the next word;
 * the token reads as "'s" (its text stays as printed).
 */
function restorePossessives(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== "s" || !t.space) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (!TITLE_CASE_WORD.test(prev.text) || !next.space || !LETTER_FIRST.test(next.text)) continue;
    t.lower = "'s";
    t.key = "'s";
  }
}

/** Most words an editor's square brackets hold inside a name ("President [Javier] Milei"). */
const MAX_BRACKETED_WORDS = 2;

/**
 * "President [Javier] Milei", "[Russian] President [Vladimir] Putin": square brackets an editor put
 * around capitalised words (at most two) right before a capitalised word leave the sentence's
 * tokens, so that the words read as part of the name or title they complete.
 */
function dropEditorialBrackets(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== "[") continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i - 1 < MAX_BRACKETED_WORDS &&
      CAPITALISED_WORD.test((tokens[j] as Token).text)
    )
      j++;
    if (j === i + 1 || tokens[j]?.text !== "]" || !CAPITALISED_WORD.test(tokens[j + 1]?.text ?? "")) continue;
    (tokens[i + 1] as Token).space = (tokens[i] as Token).space;
    (tokens[j + 1] as Token).space = true;
    tokens.splice(j, 1);
    tokens.splice(i, 1);
  }
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * True when the token at `k` is an initial ("E."), a given name of the lexicon, or a capitalised
 * word after a title ("General Mohamed").
 */
function givenNameAt(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (INITIAL.test(t.text) || WORDS.givenNames.has(t.text) || WORDS.worldGivenNames.has(t.text)) return true;
  const title = tokens[k - 1];
  return (
    TITLE_CASE_WORD.test(t.text) && title !== undefined && isTitleWord(title.lower.replace(FINAL_STOP, ""))
  );
}

/**
 * `William E. "Kip" Ward`, `Mohamed "Hemedti" Dagalo`: a one-word nickname in double quotation
 * marks between a given name (or an initial, or a name after a title) and a capitalised surname
 * leaves the sentence's tokens with its marks, so that the name reads whole ("William E. Ward").
 */
function dropNicknames(tokens: Token[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const nick = tokens[i + 1] as Token;
    const close = tokens[i + 2] as Token;
    const surname = tokens[i + 3] as Token;
    if (
      !OPENING_DOUBLE_QUOTE.test(open.text) ||
      !open.space ||
      nick.space ||
      !CLOSING_DOUBLE_QUOTE.test(close.text)
    )
      continue;
    if (
      close.space ||
      !surname.space ||
      !TITLE_CASE_WORD.test(nick.text) ||
      !TITLE_CASE_WORD.test(surname.text)
    )
      continue;
    if (!givenNameAt(tokens, i - 1)) continue;
    tokens.splice(i, 3);
  }
}

/** True when most longer words of a line are capitalised ("Kim Unveils New Military Drones"). */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || !LETTER_FIRST.test(t.text)) continue;
    words++;
    if (UPPER_FIRST.test(t.text)) caps++;
  }
  return words > 0 && caps / words > 0.7;
}

function addTokens(chunk: string, base: number, out: Token[]): void {
  const raw = tagText(chunk);
  let cursor = 0;
  for (let i = 0; i < raw.values.length; i++) {
    const value = raw.values[i] as string;
    let at = chunk.startsWith(value, cursor) ? cursor : chunk.indexOf(value, cursor);
    let end = at + value.length;
    // The token as written: the tagger's value when found in place (no copy), else the text's run.
    let text = value;
    if (at < 0 || at - cursor > 64) {
      // The tagger normalised the token: take the next non-space run instead.
      at = cursor;
      while (at < chunk.length && isSpace(chunk.charCodeAt(at))) at++;
      if (at >= chunk.length) break;
      end = at;
      while (end < chunk.length && !isSpace(chunk.charCodeAt(end))) end++;
      text = chunk.slice(at, end);
    }
    // "T-80s", "Fateh-110s": the tagger splits a plural model off as a decade ("80s"); glue it back.
    if (
      at === cursor &&
      isDigit(text.charCodeAt(0)) &&
      text.charCodeAt(text.length - 1) === 115 &&
      glueDecade(out, base + at, text)
    ) {
      cursor = end;
      continue;
    }
    // "Lt.-Gen.", "Maj-Gen.": the tagger splits the stop off a rank abbreviation joined by a
    // hyphen; glue it back, as it leaves it on "Gen." alone.
    if (
      at === cursor &&
      text === "." &&
      glueRankStop(out, base + at, chunk[end] === "-", nameAfter(chunk, end))
    ) {
      cursor = end;
      continue;
    }
    const lower = text.toLowerCase();
    const pos = raw.pos[i] ?? "X";
    const key = foldKey(lower);
    out.push({
      text,
      lower,
      key,
      lemma: lower,
      pos,
      start: base + at,
      end: base + end,
      space: at > cursor || at === 0,
    });
    cursor = end;
  }
}

/** Rank abbreviations (lower case, without their stop) that a hyphen joins ("Lt.-Gen.", "Maj-Gen."). */
const RANK_ABBREVIATIONS = new Set(TITLE_ABBREVIATIONS);

/**
 * Glues the stop at `start` to the token before it when that token is a rank abbreviation joined
 * to another by a hyphen, after it ("Lt.-Gen.", "Maj-Gen.") or before it (`hyphenNext`: "Lt.-"),
 * or a capitalised one before a capitalised word (`nameNext`: "Adm. Gary Roughead", "Cdr. Ali",
 * "Sqn. Ldr. Singh"), as the tagger leaves it on "Gen." and "Col."; true when it did.
 */
function glueRankStop(out: Token[], start: number, hyphenNext: boolean, nameNext: boolean): boolean {
  const t = out[out.length - 1];
  if (!t || t.end !== start || !RANK_ABBREVIATIONS.has(t.lower)) return false;
  const before = out[out.length - 2];
  const hyphened = hyphenNext || (before?.text === "-" && before.end === t.start);
  if (!hyphened && !(nameNext && UPPER_FIRST.test(t.text))) return false;
  t.text += ".";
  t.lower += ".";
  t.key = foldKey(t.lower);
  t.lemma = t.lower;
  t.end = start + 1;
  return true;
}

/** One space, then a capital letter: a name (or a further rank) starts right after the stop. */
const NAME_AFTER_STOP = /^ \p{Lu}/u;

/** True when the text after the stop that ends at `end` of `chunk` is a space and a capitalised word. */
function nameAfter(chunk: string, end: number): boolean {
  return NAME_AFTER_STOP.test(chunk.slice(end, end + 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A model's designator in the plural ("T-80s", "Fateh-110s"), not a decade after a word ("Pre-1990s"). */
const PLURAL_DESIGNATOR = /^[A-Z][A-Za-z]{0,9}-\d{1,4}s$/u;
const DECADE = /-(?:1[89]|20)\d0s$/u;

/**
 * Glues `text` (a number with a plural "s", starting at `start` with no space before it) to the
 * tokens it was split from when together they spell a model in the plural; true when it did.
 */
function glueDecade(out: Token[], start: number, text: string): boolean {
  let k = out.length - 1;
  let from = start;
  let joined = text;
  // At most two pieces before it: "T" "-" "80s", or "Fateh-1" "10s".
  while (k >= 0 && k >= out.length - 2 && (out[k] as Token).end === from) {
    const t = out[k] as Token;
    joined = t.text + joined;
    from = t.start;
    if (PLURAL_DESIGNATOR.test(joined) && !DECADE.test(joined)) {
      const first = out[k] as Token;
      out.length = k;
      const lower = joined.toLowerCase();
      // A literal in the order of every other token's (a spread gives another hidden class, and
      // the optimised code of every stage that reads tokens was thrown away when one turned up).
      out.push({
        text: joined,
        lower,
        key: lower,
        lemma: lower,
        pos: "PROPN",
        start: first.start,
        end: start + text.length,
        space: first.space,
      });
      return true;
    }
    k--;
  }
  return false;
}
