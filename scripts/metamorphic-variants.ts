/**
 * Meaning-preserving rewrites of a news text, for the metamorphic robustness measure
 * (scripts/metamorphic.ts): each variant changes a sentence's surface (an opener, a parenthetical,
 * an adverb, the line breaks) but not who did what to whom, so every triple kg extracts from the
 * plain text should come out of the variant too. The functions are pure: text and kg's own
 * analysis of it (sentence spans, tokens with their tags, name mentions) in, rewritten text out.
 */

/** A token as kg's tokenizer gives it: text, universal POS tag, offsets into the text. */
export interface VariantToken {
  text: string;
  pos: string;
  start: number;
  end: number;
}

/** A sentence with its offsets and tokens. */
export interface VariantSentence {
  start: number;
  end: number;
  /** A line without final punctuation (a headline): left alone. */
  headline: boolean;
  tokens: VariantToken[];
}

/** A name mention (not a pronoun or description) with its entity's type. */
export interface VariantMention {
  start: number;
  end: number;
  type: string;
}

/** kg's analysis of a text, as the variants read it. */
export interface Analysis {
  sentences: VariantSentence[];
  mentions: VariantMention[];
}

type Edit = { at: number; end: number; insert: string };

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.end);
  return out;
}

const LETTER = /^\p{L}/u;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|weekend|week|month|year|morning|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/iu;

/** A sentence a variant may touch: a full sentence whose first token is a word (not a quote mark, a dash, a list bullet). */
function editable(s: VariantSentence): s is VariantSentence & { tokens: [VariantToken, ...VariantToken[]] } {
  const first = s.tokens[0];
  return !s.headline && first !== undefined && LETTER.test(first.text) && first.start === s.start;
}

/** True when offset `at` lies inside a quotation opened earlier in its paragraph: quoted words are left as said. */
export function insideQuote(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const straight = (para.match(/"/gu) ?? []).length;
  const open = (para.match(/\u201c/gu) ?? []).length - (para.match(/\u201d/gu) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

function mentionsOf(a: Analysis, s: VariantSentence): VariantMention[] {
  return a.mentions.filter((m) => m.start >= s.start && m.end <= s.end).sort((x, y) => x.start - y.start);
}

/**
 * `opener`: "Meanwhile, " (or "On Monday, " where the sentence names no time) before each sentence,
 * its first word lower-cased only when it is a plain common word: not a proper noun, not the
 * start of a name mention, not "I", written with one capital.
 */
export function openerVariant(text: string, a: Analysis): string {
  const edits: Edit[] = [];
  let k = 0;
  for (const s of a.sentences) {
    if (!editable(s) || insideQuote(text, s.start)) continue;
    const first = s.tokens[0];
    const timed = s.tokens.some((t) => TIME_WORD.test(t.text));
    const opener = k++ % 2 === 1 && !timed ? "On Monday, " : "Meanwhile, ";
    const inName = a.mentions.some((m) => m.start <= first.start && first.start < m.end);
    const plain =
      first.pos !== "PROPN" && !inName && first.text !== "I" && /^\p{Lu}[\p{Ll}'’-]*$/u.test(first.text);
    const word = plain ? first.text[0]!.toLowerCase() + first.text.slice(1) : first.text;
    edits.push({ at: first.start, end: first.end, insert: opener + word });
  }
  return applyEdits(text, edits);
}

/**
 * `paren`: after a name mention that opens its sentence (only capitalised words before it, a
 * title) and is followed at once by a verb, " (who|which has not commented further)".
 */
export function parenVariant(text: string, a: Analysis): string {
  const edits: Edit[] = [];
  for (const s of a.sentences) {
    if (!editable(s)) continue;
    const m = mentionsOf(a, s)[0];
    if (!m || insideQuote(text, m.end)) continue;
    const before = s.tokens.filter((t) => t.end <= m.start);
    if (!before.every((t, i) => t.pos === "PROPN" || (i === 0 && t.text === "The"))) continue;
    const next = s.tokens.find((t) => t.start >= m.end);
    if (!next || next.pos !== "VERB" || !LETTER.test(next.text) || next.start === m.end) continue;
    const who = m.type === "Person" ? "who" : "which";
    edits.push({ at: m.end, end: m.end, insert: ` (${who} has not commented further)` });
  }
  return applyEdits(text, edits);
}

/**
 * `adverb`: " also" right before the verb that directly follows a sentence's first name mention
 * (its subject: "Russia supplied" -> "Russia also supplied"), when that verb is a plain word, not
 * a gerund or participle in -ing, and not inside a name. "reportedly" is not used: it hedges the
 * claim, which kg rightly reads as a different (hedged) relation.
 */
export function adverbVariant(text: string, a: Analysis): string {
  const edits: Edit[] = [];
  for (const s of a.sentences) {
    if (!editable(s)) continue;
    const m = mentionsOf(a, s)[0];
    if (!m || insideQuote(text, m.end)) continue;
    const next = s.tokens.find((t) => t.start >= m.end);
    if (!next || next.pos !== "VERB" || next.start === m.end) continue;
    if (!/^\p{Ll}+$/u.test(next.text) || next.text.endsWith("ing")) continue;
    if (a.mentions.some((x) => x.start <= next.start && next.start < x.end)) continue;
    if (text.slice(m.end, next.start) !== " ") continue;
    edits.push({ at: m.end, end: m.end, insert: " also" });
  }
  return applyEdits(text, edits);
}

/** A seeded generator, so that a run is repeatable. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** `wrap`: each line re-wrapped at one width of 60-75 columns (the wire helper's re-wrap test). */
export function wrapVariant(text: string, seed = 7): string {
  const rnd = seeded(seed);
  const width = 60 + Math.floor(rnd() * 16);
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const w of line.split(" ")) {
        if (cur === "") cur = w;
        else if (cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur += " " + w;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}

/** What each variant inserts, to count its edits (the re-wrap's are line breaks). */
export const MARKS: Record<string, RegExp> = {
  opener: /\b(?:Meanwhile|On Monday), /gu,
  paren: / \((?:who|which) has not commented further\)/gu,
  adverb: / also\b/gu,
  wrap: /\n/gu,
};

/** The variants by name. */
export const VARIANTS: Record<string, (text: string, a: Analysis) => string> = {
  opener: openerVariant,
  paren: parenVariant,
  adverb: adverbVariant,
  wrap: (text) => wrapVariant(text),
};
