/**
 * Stage 1, segment: splits the normalised text into lines, drops page furniture and
 * datelines, marks lines without final punctuation as headlines, and splits the other lines
 * into sentences (aware of abbreviations such as "U.S.", "Mr." and "Jan."). Offsets stay exact.
 */
import {
  ABBREVIATIONS,
  NUMBERED_ABBREVIATIONS,
  FURNITURE_CALLS,
  FURNITURE_LINES,
  FURNITURE_PREFIXES,
  WRAP_JOINERS,
} from "./lexicon/text.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/titles.ts";
import type { DocState, Sentence, Stage } from "./types.ts";
import { CLOSING_DOUBLE_QUOTE, DOTTED_INITIALS, HAS_LETTER, HAS_LETTER_OR_DIGIT } from "./letters.ts";

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const TITLE_ABBREVIATION_SET = new Set(TITLE_ABBREVIATIONS);
const NUMBERED_ABBREVIATION_SET = new Set(NUMBERED_ABBREVIATIONS);
/** A line longer than this many words is prose even without final punctuation (a lede missing its period). */
const HEADLINE_MAX_WORDS = 20;
/** A line's last character that ends it as prose, not a headline: a stop, a colon, a closing mark. */
export const FINAL_PUNCTUATION = /[.!?…"”’'):;]$/u;
/**
 * A headline may end with a quoted phrase ("Kishida Decries 'Threat to Peace'"): a closing quote
 * after a capitalised word, its quotation opened in the line's last words, with no stop before it.
 */
const QUOTED_HEADLINE_END = /\s["“‘'][\p{Lu}][^"“”‘’'.!?…:;]{0,60}\p{L}["”’']$/u;
/**
 * Dateline at the start of a paragraph: "SEOUL, March 27 (Reuters) - ", "MOSCOW (AP) — ", or a
 * place with the agencies and the year in brackets and no dash: "SOCHI (UrduPoint News / Sputnik -
 * 25th October, 2019) ".
 */
export const DATELINE =
  /^[A-Z][A-Z .'’-]{1,40}(?:(?:, [A-Z][A-Za-z.]{1,20}(?: [A-Za-z0-9.]{1,20}){0,2})?(?: \([A-Za-z .]{1,30}\))? ?(?:--|[-—–]) | \([^()\n]{0,60}\b(?:19|20)\d\d\) (?=[A-Z“"]))/u;
/** Photo credits and image captions: "(Photo: ...)", "... / Reuters", "Credit: ...". */
const PHOTO_CREDIT =
  /^\(?(?:photo|image|picture|credit)s?(?:graph)?\s*(?::|by\b)|\/ ?(?:reuters|afp|ap|getty images|yonhap|epa|kcna)\)?$/iu;

/**
 * A photo credit closing a line of text: "(AN photo by Basheer Saleh)", "(Picture source X)",
 * ". Credit: X." (its name is no actor of the article).
 */
const TRAILING_CREDIT =
  /(?:\s\((?:[^()]{0,30}\s)?(?:photo|picture|image)s?\s(?:by|source|credit)\b[^()]{0,60}\)|(?<=[.!?]\s+)(?:photo\s)?credit:\s[^.:]{1,60}\.?)$/iu;
/** A byline alone on its line: "By Jane Doe", "By Jane Doe – Agency:". */
const BYLINE = /^By\s(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:[–—-]\s?[\p{Lu}][\p{L} ]{0,30}:?)?$/u;

/** Stage 1: fills `state.sentences` (without tokens). */
export const segmentStage: Stage = {
  name: "1-segment",
  run(state: DocState): void {
    state.sentences = segmentText(state.view.text);
  },
};

/**
 * Splits `text` (the document's normalised view: the line breaks of a hard-wrapped paragraph are
 * already spaces, 0-normalise.ts) into sentences and headline lines, with exact offsets.
 */
export function segmentText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const last = lastLineStart(text);
  let lineStart = 0;
  let listOpen = false;
  while (lineStart <= text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const holdsLast = last >= lineStart && last <= lineEnd;
    const before = sentences.length;
    segmentLine(text, lineStart, lineEnd, sentences, holdsLast && before > 0, listOpen);
    // A line ending with a colon opens a list ("The new package includes:"); its items, short
    // lines without a stop, keep it open. A blank line or furniture leaves it as it is.
    const added = sentences[sentences.length - 1];
    if (sentences.length > before && added)
      listOpen = added.text.endsWith(":") || (listOpen && isListItem(added.text));
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** True when a line is one item of a list: a short line without a final stop ("14 M240B machine guns", "- Javelin missiles"). */
export function isListItem(line: string): boolean {
  return isHeadline(line) || LIST_ITEM.test(line);
}

/** A line that opens with a list's bullet ("- ", "• ", "* "). */
export const LIST_ITEM = /^[-–—•*·]\s/u;

function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** Where the text's last line with a letter or digit starts (-1 when none). */
function lastLineStart(text: string): number {
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (HAS_LETTER_OR_DIGIT.test(text.slice(start, end))) return start;
    end = start - 1;
  }
  return -1;
}

/**
 * Lower-case words of three or more letters in a line: prose has several, a title-case headline
 * few ("Jordan Receives Eight Black Hawk Helicopters", "Ministers Meet in Oslo").
 */
const PROSE_WORD = /(?:^|\s)\p{Ll}{3,}/gu;

/**
 * True when the text's last line, after other text, is a sentence cut off mid-way (an excerpt's
 * end, "The ministry said Russia remained determined to c"), not a headline: it reads as prose,
 * with two or more lower-case words. A related-story link there reads as prose too.
 */
export function isCutProse(line: string): boolean {
  return (line.match(PROSE_WORD)?.length ?? 0) >= 2;
}

/**
 * Segments one line. After a line that opens a list (`listOpen`), a short line without a stop is
 * one of its items, a sentence of the body, not a headline ("The delivery included the
 * following:", then "14 M2A1 heavy machine guns").
 */
function segmentLine(
  text: string,
  from: number,
  to: number,
  out: Sentence[],
  lastAfterText = false,
  listOpen = false,
): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  const line = text.slice(start, end);
  if (isFurniture(line) || BYLINE.test(line)) return;
  const credit = TRAILING_CREDIT.exec(line);
  if (credit) end = start + credit.index;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  const dateline = DATELINE.exec(line);
  if (dateline) start += dateline[0].length;
  if (start >= end) return;
  if (listOpen && isListItem(text.slice(start, end))) {
    push(out, text, start, end, false);
    return;
  }
  if (isHeadline(text.slice(start, end)) && !(lastAfterText && isCutProse(text.slice(start, end)))) {
    push(out, text, start, end, true);
    return;
  }
  splitSentences(text, start, end, out);
}

const FURNITURE_LINE_SET = new Set(FURNITURE_LINES);
/** A reader's call as whole words ("subscribe", not "subscribed"). */
const FURNITURE_CALL = new RegExp(`(?:^|[^\\p{L}])(?:${FURNITURE_CALLS.join("|")})(?![\\p{L}])`, "u");
/** Longest line that a reader's call makes furniture; it must also end without a stop, as a headline. */
const FURNITURE_CALL_MAX_CHARS = 200;

/** Separators ending a line of page furniture. */
const SEPARATOR = /^[\s:|–—-]$/u;

/**
 * `text` without the separators that end it: read back from its end, not with a pattern anchored
 * there (tried at every position of every line, whole paragraphs).
 */
function withoutTrailingSeparators(text: string): string {
  let k = text.length;
  while (k > 0 && SEPARATOR.test(text.charAt(k - 1))) k--;
  return k === text.length ? text : text.slice(0, k);
}

/**
 * True when a line is page furniture or a photo credit: it opens with a furniture prefix ("Read
 * also:", "Search This Blog"), is a section or banner label alone ("Breaking News"), or is a short
 * line without a final stop holding a call to the reader ("Get X's Daily Edition by email and never
 * miss our top stories"; prose such as "according to the newsletter X." stays). A line of a
 * hard-wrapped paragraph (`wrapped`) is a piece of a longer line, and a call in it is not read.
 */
export function isFurniture(line: string, wrapped = false): boolean {
  const lower = line.toLowerCase();
  if (FURNITURE_PREFIXES.some((p) => lower.startsWith(p))) return true;
  if (FURNITURE_LINE_SET.has(withoutTrailingSeparators(lower))) return true;
  if (!wrapped && line.length <= FURNITURE_CALL_MAX_CHARS && isHeadline(line) && FURNITURE_CALL.test(lower))
    return true;
  if (line.length < 200 && PHOTO_CREDIT.test(line)) return true;
  return !HAS_LETTER_OR_DIGIT.test(line);
}

/** True when a line has no final punctuation and is short enough to be a headline or teaser. */
export function isHeadline(line: string): boolean {
  if (FINAL_PUNCTUATION.test(line) && !QUOTED_HEADLINE_END.test(line)) return false;
  let words = 1;
  for (let i = 0; i < line.length && words <= HEADLINE_MAX_WORDS; i++) if (line.charCodeAt(i) === 32) words++;
  return words <= HEADLINE_MAX_WORDS;
}

/** A closing quotation mark or bracket after a sentence's stop. */
const CLOSING_MARK = /["”’')\]]/u;

/** What may open the next sentence: a capital, a digit, an opening mark. */
const SENTENCE_OPENER = /[\p{Lu}\p{N}"“‘'(]/u;

function splitSentences(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ".", "!" or "?".
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < to && CLOSING_MARK.test(text[j] as string)) j++;
    if (j < to && gluedSentence(text, start, i, j, to)) {
      // "… by the end of this year.Korean Defense Minister …": paragraphs run together.
      push(out, text, start, j, false);
      start = j;
      continue;
    }
    if (j >= to || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k] as string;
    if (!SENTENCE_OPENER.test(next)) continue;
    if (c === 46 && !quoteClosed(text, i) && isAbbreviation(text, start, i, k, to)) continue;
    if (c === 46 && ellipsisMidSentence(text, start, i)) continue;
    push(out, text, start, j, false);
    start = k;
    i = k - 1;
  }
  if (start < to) push(out, text, start, to, false);
}

/**
 * True when a double quotation mark (letters.ts CLOSING_DOUBLE_QUOTE; a single one may be a
 * possessive's apostrophe: "the U.S.’ Patriots") closes a quotation right after the period at
 * `dot`: the stop ends the quoted sentence, whatever word it follows ("the slogan "Homeland yes,
 * colony no.” "With these resources, …"": "no." is no abbreviation there).
 */
function quoteClosed(text: string, dot: number): boolean {
  return CLOSING_DOUBLE_QUOTE.test(text[dot + 1] ?? "");
}

const JOINERS = new Set(WRAP_JOINERS);

/**
 * True when the period at `dot` closes an ellipsis ("...") that stands for words left out of a
 * quotation after a word no sentence ends on ("rejects the declarations of ... Reverol regarding"):
 * the sentence goes on past it.
 */
function ellipsisMidSentence(text: string, lineStart: number, dot: number): boolean {
  if (dot - 2 <= lineStart || text[dot - 1] !== "." || text[dot - 2] !== ".") return false;
  let e = dot - 2;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  let w = e;
  while (w > lineStart && HAS_LETTER.test(text[w - 1] as string)) w--;
  return w < e && JOINERS.has(text.slice(w, e).toLowerCase());
}

/**
 * A word of two or more lower-case letters right before a stop, and a capitalised word of three
 * or more letters right after it (not a site's domain: "News.Az").
 */
const GLUED_BEFORE = /\p{Ll}\p{Ll}$/u;
const GLUED_AFTER = /^\p{Lu}\p{Ll}{2}/u;

/**
 * True when the stop at `stop` ends a sentence that the next runs into without a space (scraped
 * pages lose the break between paragraphs: "this year.Korean Defense Minister"), the stop after
 * a lower-case word that no abbreviation ends ("Gen.Smith" is not).
 */
function gluedSentence(text: string, lineStart: number, stop: number, next: number, to: number): boolean {
  if (!GLUED_BEFORE.test(text.slice(Math.max(lineStart, stop - 2), stop))) return false;
  if (!GLUED_AFTER.test(text.slice(next, next + 3))) return false;
  return text.charCodeAt(stop) !== 46 || !isAbbreviation(text, lineStart, stop, next, to);
}

/** True when the period at `dot` ends an abbreviation ("Mr.", "U.S.") rather than a sentence. */
function isAbbreviation(text: string, lineStart: number, dot: number, next: number, to: number): boolean {
  let w = dot;
  while (
    w > lineStart &&
    dot - w < 24 &&
    !isSpace(text.charCodeAt(w - 1)) &&
    text[w - 1] !== "(" &&
    text[w - 1] !== "“"
  )
    w--;
  const word = text.slice(w, dot).toLowerCase();
  // "Lt.-Gen.", "Maj-Gen.": a rank of two abbreviations joined by a hyphen ends in a title's.
  if (word.includes("-") && TITLE_ABBREVIATION_SET.has(word.slice(word.lastIndexOf("-") + 1))) return true;
  if (!ABBREVIATION_SET.has(word) && !DOTTED_INITIALS.test(word)) return false;
  // "U.S." or a single initial followed by a word that usually opens a sentence still ends it.
  const after = text.slice(next, Math.min(to, next + 12)).split(/[\s,]/u)[0] ?? "";
  if (TITLE_ABBREVIATION_SET.has(word)) return true;
  // "Jun. 5" is a date; "Dong Jun. Chinese state media said" ends a sentence at a name.
  if (NUMBERED_ABBREVIATION_SET.has(word) && /^\p{Lu}/u.test(after)) return false;
  return !SENTENCE_OPENERS.has(after);
}

/** Capitalised words that usually open a sentence ("The", "It", "However"): after a stop, never an abbreviation's. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "The",
  "A",
  "An",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "In",
  "On",
  "At",
  "But",
  "And",
  "This",
  "That",
  "These",
  "Those",
  "There",
  "His",
  "Her",
  "Its",
  "Their",
  "As",
  "After",
  "Before",
  "When",
  "While",
  "However",
  "Meanwhile",
]);

function push(out: Sentence[], text: string, start: number, end: number, headline: boolean): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // quotedBy is set later on a few sentences; declared here, every sentence has one shape, and
  // the optimised code of the stages that walk sentences is not thrown away when one turns up.
  out.push({
    index: out.length,
    start,
    end,
    text: text.slice(start, end),
    headline,
    tokens: [],
    quotedBy: undefined,
  });
}

/** True for the whitespace characters that separate words and lines. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x3000
  );
}
