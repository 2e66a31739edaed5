/**
 * Which line breaks of a text are a wrap inside a paragraph, not a break of layout: wire copy
 * and e-mailed or PDF text hard-wrapped at some 60-80 columns breaks its sentences anywhere
 * ("The U.S. State Department has\napproved the possible sale …"). A break stays where the layout
 * says so (a blank line, a stop at the line's end, a heading, a list's item, a dateline, page
 * furniture); elsewhere the two lines are one paragraph.
 */
import {
  DATELINE,
  FINAL_PUNCTUATION,
  isCutProse,
  isFurniture,
  LIST_ITEM,
  SENTENCE_OPENERS,
} from "./1-segment.ts";
import { ABBREVIATIONS, HEADLINE_ABSENT_WORDS, WRAP_JOINERS } from "./lexicon/text.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/titles.ts";
import { DOTTED_INITIALS, FINAL_LETTERS, LOWER_FIRST } from "./letters.ts";

const WRAP_JOINER_SET = new Set(WRAP_JOINERS);
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const TITLE_ABBREVIATION_SET = new Set(TITLE_ABBREVIATIONS);
const PROSE_WORD_SET = new Set(HEADLINE_ABSENT_WORDS);

/** Fewest lines of prose a text needs before its layout can be read as hard-wrapped. */
const MIN_WRAPPED_LINES = 3;
/** Narrowest and widest wrap, in characters: a paragraph on one line of a web page is longer. */
const MIN_WRAP_WIDTH = 30;
const MAX_WRAP_WIDTH = 100;
/**
 * A line is full when it and the next line's first word are longer than this share of the wrap
 * width: the word did not fit, so the line was wrapped ("… lead contractor in the sale, the").
 */
const FULL_SHARE = 0.85;
/** Least share of a wrapped text's line ends that fall inside a sentence (with no stop). */
const MIN_OPEN_SHARE = 0.5;
/** A long line is at least this share of the wrap width; most of a wrapped text's lines are long. */
const LONG_SHARE = 0.75;
const MIN_LONG_SHARE = 0.5;

/** A line's end that ends a sentence: a stop, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;
/** The last word before a line's final stop ("U.S." of "… notified the U.S."). */
const LAST_WORD = /(?:^|\s)([^\s]+)\.$/u;
/** A list's item opened by a dash, which may also be a dash inside a sentence. */
const DASH_ITEM = /^[-–—]\s/u;
/** A word's letter or digit before a hyphen that ends a line ("anti-\nship"). */
const HYPHEN_END = /[\p{L}\p{N}]-$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
/** A sentence that starts inside a line: after a stop, a colon or a dash, a capital. */
const INNER_START = /(?:\p{Ll}[.!?]["”’')\]]*|:|\s[-–—])\s+["“‘]?\p{Lu}/u;

/** One line of the text: its trimmed span. */
interface Line {
  /** Offset of the line break that ends it (the text's length for the last line). */
  br: number;
  text: string;
}

/** How a wrapped break reads in the view: a space, or nothing after a word's hyphen. */
export type Join = " " | "";

/**
 * The line breaks of `text` that are wraps inside a paragraph, by offset of their "\n": each
 * becomes a space, or nothing when the line ends in a word's hyphen ("anti-\nship").
 */
export function wrapJoins(text: string): Map<number, Join> {
  const joins = new Map<number, Join>();
  if (!text.includes("\n")) return joins;
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  // A text whose paragraphs stand apart by blank lines sets no headline right above prose.
  const blankParagraphs = lines.some((l, i) => l.text === "" && i > 0 && (lines[i - 1] as Line).text !== "");
  let first = true;
  let paragraph = "";
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === "") continue;
    const heading = first && !blankParagraphs && isFirstHeading(line.text);
    first = false;
    paragraph = paragraph === "" ? line.text : `${paragraph} ${line.text}`;
    const join = joinsNext(line.text, (lines[i + 1] as Line).text, { width, heading, paragraph });
    // A space already beside the break ("has \nreleased") is the join's.
    if (join !== null) joins.set(line.br, text[line.br - 1] === " " || text[line.br + 1] === " " ? "" : join);
    else paragraph = "";
  }
  return joins;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const br = text.indexOf("\n", start);
    const end = br < 0 ? text.length : br;
    lines.push({ br: end, text: text.slice(start, end).trim() });
    if (br < 0) return lines;
    start = br + 1;
  }
}

/**
 * The width a text was hard-wrapped at, or 0 when it was not: most of its lines of prose are
 * about as long as the longest (the 90th percentile, at most MAX_WRAP_WIDTH characters), and most
 * of their ends fall inside a sentence. A web page's paragraph on one line is longer; a page's
 * short lines (headline, byline, date) end with no stop but are few and short.
 */
function wrapWidth(lines: readonly Line[]): number {
  const ends: Line[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === "" || (lines[i + 1] as Line).text === "") continue;
    if (isFurniture(line.text, true) || LIST_ITEM.test(line.text)) continue;
    ends.push(line);
  }
  if (ends.length < MIN_WRAPPED_LINES - 1) return 0;
  const lengths = ends.map((l) => l.text.length).sort((a, b) => b - a);
  const width = lengths[Math.floor(lengths.length / 10)] as number;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  const open = ends.filter((l) => !SENTENCE_END.test(l.text)).length;
  const long = ends.filter((l) => l.text.length >= LONG_SHARE * width).length;
  if (open < MIN_OPEN_SHARE * ends.length || long < MIN_LONG_SHARE * ends.length) return 0;
  return width;
}

/** What the decision on a line's break knows of the text around the line. */
interface LineContext {
  /** The text's wrap width (0 when it is not hard-wrapped). */
  width: number;
  /** The line may be the text's headline: in a hard-wrapped text, a full headline does not run on. */
  heading: boolean;
  /** The paragraph's lines so far, the line included, joined by spaces. */
  paragraph: string;
}

/**
 * How the break after `line` reads: a join (a space, or nothing after a word's hyphen), or null
 * for a break of layout.
 */
function joinsNext(line: string, next: string, { width, heading, paragraph }: LineContext): Join | null {
  if (next === "" || isFurniture(line, width > 0) || isFurniture(next, width > 0)) return null;
  if (DATELINE.test(next)) return null;
  // "- 42 dead in attack by … on\n- French farmers block …": items of a list each stand alone; in
  // a hard-wrapped text a dash after a full line inside a sentence is the sentence's ("… First
  // Deputy Minister of Defense\n– Chief of the General Staff").
  if (LIST_ITEM.test(next) && !(width > 0 && DASH_ITEM.test(next) && isFull(line, next, width))) return null;
  if (width > 0) {
    // In a hard-wrapped text only a stop ends a line's sentence ("… Werft GmbH (HDW)\nwill
    // construct", "… ours are best,”\nFreitag said."), and after an abbreviation it may not ("…
    // notified the U.S.\nCongress"): the sentence splitter decides, as it does inside a line.
    if (SENTENCE_END.test(line)) return endsInAbbreviation(line) ? " " : null;
  } else if (FINAL_PUNCTUATION.test(line)) return null;
  const glue: Join = HYPHEN_END.test(line) && WORD_START.test(next) ? "" : " ";
  if (LOWER_FIRST.test(next) || glue === "") return glue;
  const lastWord = (FINAL_LETTERS.exec(line)?.[0] ?? "").toLowerCase();
  // "Army Commander Lt\nGen\nVikum Liyanage": a title's abbreviation alone on its line.
  if (TITLE_ABBREVIATION_SET.has(lastWord) && !/\s/u.test(line)) return " ";
  if (
    (WRAP_JOINER_SET.has(lastWord) || TITLE_ABBREVIATION_SET.has(lastWord)) &&
    (width > 0 || isCutProse(paragraph))
  )
    return " ";
  if (width === 0) return null;
  // A hard-wrapped text: a full line runs on, unless it is a heading or the next line opens
  // with a word that opens sentences ("… during Doha visit\nThe emir …").
  if (heading || SENTENCE_OPENERS.has(firstWord(next))) return null;
  return isFull(line, next, width) ? " " : null;
}

/** True when the next line's first word would not have fitted on `line` at the wrap width. */
function isFull(line: string, next: string, width: number): boolean {
  return line.length + 1 + firstWord(next).length >= FULL_SHARE * width;
}

function firstWord(line: string): string {
  return line.split(/\s/u, 1)[0] ?? "";
}

/** True when the line's last word before its final stop is an abbreviation or initials ("U.S.", "Gen."). */
function endsInAbbreviation(line: string): boolean {
  const word = (LAST_WORD.exec(line)?.[1] ?? "").toLowerCase();
  return ABBREVIATION_SET.has(word) || TITLE_ABBREVIATION_SET.has(word) || DOTTED_INITIALS.test(word);
}

/**
 * True when the text's first line, in a text without blank lines between its paragraphs, may be
 * its headline: no sentence starts inside it (after a stop, a colon or a dateline's dash: "By A
 * Staff Reporter, Kathmandu, Aug. 19: Indian Foreign Secretary"), it does not end with a comma,
 * and it holds none of the articles and auxiliaries a headline leaves out ("The Chief of Defence
 * Forces, Gen David", "PRESIDENT John Magufuli has assured Chinese President Xi").
 */
function isFirstHeading(line: string): boolean {
  if (DATELINE.test(line) || INNER_START.test(line)) return false;
  return !line.endsWith(",") && !line.split(/\s+/u).some((w) => PROSE_WORD_SET.has(w.toLowerCase()));
}
