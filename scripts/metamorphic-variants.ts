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

/** A relation kg read from the plain text, with its evidence sentence's offsets. */
export interface VariantRelation {
  relation: string;
  start: number;
  end: number;
}

/** kg's analysis of a text, as the variants read it. */
export interface Analysis {
  sentences: VariantSentence[];
  mentions: VariantMention[];
  /** The plain text's relations (asserted and hedged); the shape variants touch only sentences kg read one in. */
  relations?: VariantRelation[];
}

/** One rewrite: the text from `at` to `end` replaced by `insert`. */
export type Edit = { at: number; end: number; insert: string };

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
  return applyEdits(
    text,
    asideEdits(text, a, (who) => ` (${who} has not commented further)`),
  );
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

/**
 * `appositive`: the paren variant's aside as a comma appositive, ", who|which has not commented
 * further,", at the same place (after a name that opens its sentence, a verb right after it). A
 * non-restrictive relative clause set off by commas adds a fact about its name and leaves the
 * main clause (its subject, verb and objects) as it was, exactly as the parentheses did.
 */
export function appositiveVariant(text: string, a: Analysis, dash = false): string {
  return applyEdits(text, asideEdits(text, a, dash ? DASH_ASIDE : COMMA_ASIDE));
}

const COMMA_ASIDE = (who: string): string => `, ${who} has not commented further,`;
const DASH_ASIDE = (who: string): string => ` - ${who} has not commented further -`;

/** Where the paren and appositive variants put their aside: after a name that opens its sentence and a verb follows. */
function asideEdits(text: string, a: Analysis, aside: (who: string) => string): Edit[] {
  const edits: Edit[] = [];
  for (const s of a.sentences) {
    if (!editable(s)) continue;
    const m = mentionsOf(a, s)[0];
    if (!m || insideQuote(text, m.end)) continue;
    const before = s.tokens.filter((t) => t.end <= m.start);
    if (!before.every((t, i) => t.pos === "PROPN" || (i === 0 && t.text === "The"))) continue;
    const next = s.tokens.find((t) => t.start >= m.end);
    if (!next || next.pos !== "VERB" || !LETTER.test(next.text) || next.start === m.end) continue;
    edits.push({ at: m.end, end: m.end, insert: aside(m.type === "Person" ? "who" : "which") });
  }
  return edits;
}

const ACTOR = new Set(["Person", "Organization", "Country"]);
const CAPITAL = /^\p{Lu}/u;

/** True when kg read a relation of this type with its evidence in sentence `s`. */
function readIn(a: Analysis, s: VariantSentence, relation: string): boolean {
  return (a.relations ?? []).some((r) => r.relation === relation && r.start < s.end && r.end > s.start);
}

/**
 * An actor's name with the words of its title and owner ("Russian President Olaf Berg", "Qatar's
 * Emir Tamim Al-Thani", "the Minister of Defence of Chile Ana Lind"), starting at token `i`: the
 * longest run of capitalised words, "of", "'s", hyphens (and "the" first or after "of"), which
 * must end exactly where an actor's name mention ends. Returns the index of the token after the
 * run and the run's offsets.
 */
function nameRun(
  text: string,
  s: VariantSentence,
  a: Analysis,
  i: number,
): { next: number; start: number; end: number } | undefined {
  const first = s.tokens[i];
  if (!first) return undefined;
  let j = i;
  while (j < s.tokens.length) {
    const t = s.tokens[j]!;
    const prev = s.tokens[j - 1];
    const word =
      (CAPITAL.test(t.text) && ["PROPN", "NOUN", "ADJ"].includes(t.pos)) ||
      (j > i && (/^['’]s$/u.test(t.text) || t.text === "of" || t.text === "-")) ||
      (t.text === "the" && (j === i || prev?.text === "of")) ||
      (t.text === "The" && j === 0);
    if (!word || (j > i && !/^ ?$/u.test(text.slice(prev!.end, t.start)))) break;
    j++;
  }
  const last = s.tokens[j - 1];
  if (j === i || !last) return undefined;
  const ends = a.mentions.some((x) => x.end === last.end && x.start >= first.start && ACTOR.has(x.type));
  return ends ? { next: j, start: first.start, end: last.end } : undefined;
}

/** Words that open a sentence's time or place opener ("On Monday, ", "In Oslo on Friday, "). */
const OPENER = new Set(["On", "In", "During", "Last", "Earlier", "Later", "After", "Yesterday", "Today"]);

/**
 * Where a sentence's subject starts: its first token, or the token after an opening time or place
 * phrase and its comma (no verb in it).
 */
function subjectStart(s: VariantSentence): number {
  if (!OPENER.has(s.tokens[0]!.text)) return 0;
  const comma = s.tokens.findIndex((t) => t.text === ",");
  const opener = s.tokens.slice(0, comma);
  return comma > 0 && comma < 8 && !opener.some((t) => t.pos === "VERB" || t.pos === "AUX") ? comma + 1 : -1;
}

/** Words that may follow the met person and open the rest of the meeting sentence (place, time, purpose). */
const MEET_TAIL = new Set([
  ".",
  "in",
  "on",
  "at",
  "during",
  "for",
  "to",
  "last",
  "this",
  "earlier",
  "later",
  "after",
  "before",
  "ahead",
  "yesterday",
  "today",
]);

/**
 * The shape "A (also) met (with) B ...": A the name run that opens the sentence (after an opening
 * time or place phrase), the simple past "met" right after it (or after "also"), an optional "with", B a name run, then a place, time or purpose word (or the
 * sentence's end) — not "'s", a comma, "and" or a relative clause, which would change what the
 * rewrite attaches to. Only in a sentence where kg read a meeting.
 */
function meetShapes(
  text: string,
  a: Analysis,
): {
  subjEnd: number;
  met: VariantToken;
  withEnd?: number;
  b: { start: number; end: number };
  also: boolean;
  /** A second verb coordinated with "met" ("met B and thanked C"), whose subject the rewrite would change. */
  predicate: boolean;
}[] {
  const out = [];
  for (const s of a.sentences) {
    if (!editable(s) || !readIn(a, s, "meets")) continue;
    const start = subjectStart(s);
    const subj = start < 0 ? undefined : nameRun(text, s, a, start);
    if (!subj) continue;
    const also = s.tokens[subj.next]?.text === "also" ? 1 : 0;
    const met = s.tokens[subj.next + also];
    if (!met || met.text !== "met" || !/^ (?:also )?$/u.test(text.slice(subj.end, met.start))) continue;
    if (insideQuote(text, met.start)) continue;
    let i = subj.next + also + 1;
    const w = s.tokens[i];
    const withEnd = w?.text === "with" ? w.end : undefined;
    if (withEnd !== undefined) i++;
    const b = nameRun(text, s, a, i);
    if (!b) continue;
    const after = s.tokens[b.next];
    if (!after || !MEET_TAIL.has(after.text)) continue;
    if (after.text === "to" && !/^\p{Ll}/u.test(s.tokens[b.next + 1]?.text ?? "")) continue;
    if (
      after.text === "." ? after.start !== b.end || b.next !== s.tokens.length - 1 : after.start !== b.end + 1
    )
      continue;
    const rest = s.tokens.slice(b.next);
    const predicate = rest.some(
      (t, k) =>
        t.pos === "CCONJ" &&
        [rest[k + 1], rest[k + 1]?.pos === "ADV" ? rest[k + 2] : undefined].some(
          (v) => v?.pos === "VERB" || v?.pos === "AUX",
        ),
    );
    out.push({ subjEnd: subj.end, met, withEnd, b, also: also === 1, predicate });
  }
  return out;
}

/**
 * `coord-meet`: "A (also) met (with) B in Oslo." -> "A and B (also) met in Oslo." Meeting is
 * symmetric: "A met B" and "A and B met" state the same meeting of the same two actors, and the
 * place, time and purpose that follow keep modifying the meeting. Not when a second verb is
 * coordinated with "met" ("met B and thanked C"): B would become its subject too.
 */
export function coordMeetEdits(text: string, a: Analysis): Edit[] {
  return meetShapes(text, a)
    .filter((x) => !x.predicate)
    .map((x) => ({
      at: x.subjEnd,
      end: x.b.end,
      insert: ` and ${text.slice(x.b.start, x.b.end)}${x.also ? " also" : ""} met`,
    }));
}

/**
 * `met-with`: "A met with B" <-> "A met B". In the past tense "meet with" and transitive "meet"
 * are the same event (an encounter of A and B in person); the rest of the sentence is untouched.
 */
export function metWithEdits(text: string, a: Analysis): Edit[] {
  return meetShapes(text, a).map((x) =>
    x.withEnd !== undefined
      ? { at: x.met.end, end: x.withEnd, insert: "" }
      : { at: x.met.end, end: x.met.end, insert: " with" },
  );
}

const SUPPLY_VERB = new Set(["delivered", "supplied", "sold", "donated"]);
const GOODS_POS = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);
/** Words that may open a trailing adverbial after the recipient (a time or place), moved unchanged. */
const SUPPLY_TAIL = new Set([
  "in",
  "on",
  "at",
  "during",
  "last",
  "this",
  "earlier",
  "later",
  "since",
  "before",
]);

/**
 * `passive-supply`: "A sold G to B (last year)." -> "G was|were sold to B by A (last year)." Only
 * when the sentence is exactly that: A the name run that opens it, a simple past delivered,
 * supplied, sold or donated right after it, goods G a plain noun phrase (determiners, numbers,
 * adjectives, nouns, names of weapons; "and", "of"), "to", the recipient B (a name run, "the"
 * allowed before it), then only an optional time or place phrase with no verb and no comma,
 * and the final full stop; and only where kg read a supply in the sentence. The passive with
 * its by-agent keeps who gave what to whom; the adverbial still dates or places the transfer.
 */
export function passiveSupplyEdits(text: string, a: Analysis): Edit[] {
  const edits: Edit[] = [];
  for (const s of a.sentences) {
    if (!editable(s) || !readIn(a, s, "supplies")) continue;
    const start = subjectStart(s);
    const subj = start < 0 ? undefined : nameRun(text, s, a, start);
    if (!subj) continue;
    const verb = s.tokens[subj.next];
    if (!verb || !SUPPLY_VERB.has(verb.text) || text.slice(subj.end, verb.start) !== " ") continue;
    if (insideQuote(text, verb.start)) continue;
    const to = s.tokens.findIndex((t, i) => i > subj.next && t.text === "to");
    const goods = s.tokens.slice(subj.next + 1, to);
    if (to < 0 || goods.length === 0) continue;
    const plainGoods = goods.every(
      (t) =>
        (GOODS_POS.has(t.pos) || t.text === "and" || t.text === "of") &&
        !a.mentions.some((m) => m.start <= t.start && t.start < m.end && m.type !== "WeaponSystem"),
    );
    if (!plainGoods || goods.some((t, i) => i > 0 && goods[i - 1]!.end !== t.start - 1)) continue;
    let r = to + 1;
    if (s.tokens[r]?.text === "the") r++;
    const b = nameRun(text, s, a, r);
    if (!b) continue;
    const dot = s.tokens[s.tokens.length - 1]!;
    if (dot.text !== "." || dot.end !== s.end) continue;
    const tail = s.tokens.slice(b.next, -1);
    if (tail.length > 0 && (!SUPPLY_TAIL.has(tail[0]!.text) || tail[0]!.start !== b.end + 1)) continue;
    if (tail.length === 0 && dot.start !== b.end) continue;
    if (tail.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.pos === "PRON"))
      continue;
    const g = text.slice(goods[0]!.start, goods[goods.length - 1]!.end);
    const plural = goods.some(
      (t) =>
        t.text === "and" ||
        (t.pos === "NUM" && !/^(?:1|one)$/iu.test(t.text)) ||
        /^\p{Ll}+[^s]s$/u.test(t.text),
    );
    const agent = text.slice(subj.start, subj.end).replace(/^The /u, "the ");
    const goodsFirst = start === 0 ? `${g[0]!.toUpperCase()}${g.slice(1)}` : g;
    const recipient = text.slice(s.tokens[to + 1]!.start, b.end);
    const rest = text.slice(b.end, dot.start);
    edits.push({
      at: subj.start,
      end: dot.start,
      insert: `${goodsFirst} ${plural ? "were" : "was"} ${verb.text} to ${recipient} by ${agent}${rest}`,
    });
  }
  return edits;
}

/**
 * `title-list`: "Minister Ana Lind and General Olaf Berg met ..." -> "General Olaf Berg and
 * Minister Ana Lind met ...": two persons, each with its title, coordinated by "and", swap
 * places. A coordination's order does not change who is named or what each title belongs to.
 * Only at the sentence's start or after a lower-case word that is not a determiner (not after
 * "'s", a comma or a capitalised word: a possessor, an appositive's head or a longer name would
 * change its scope), and only before a verb, a preposition or the final full stop (not "'s",
 * "of", a comma, a bracket or an appositive, which attach to the last person only); never in a
 * sentence with "respectively" (which pairs by order).
 */
export function titleListEdits(text: string, a: Analysis): Edit[] {
  const edits: Edit[] = [];
  for (const s of a.sentences) {
    if (!editable(s) || s.tokens.some((t) => t.text === "respectively")) continue;
    const people = mentionsOf(a, s).filter((m) => m.type === "Person");
    for (const y of people) {
      const titled = (m: VariantMention): number | undefined => {
        const i = s.tokens.findIndex((t) => t.start === m.start);
        let j = i;
        while (j > 0) {
          const t = s.tokens[j - 1]!;
          const inName = a.mentions.some((x) => x.start <= t.start && t.start < x.end);
          if (inName || !CAPITAL.test(t.text) || !["PROPN", "NOUN"].includes(t.pos)) break;
          if (t.end !== s.tokens[j]!.start - 1) break;
          j--;
        }
        return i > 0 && j < i ? j : undefined;
      };
      const yt = titled(y);
      if (yt === undefined) continue;
      const and = s.tokens[yt - 1];
      if (!and || and.text !== "and") continue;
      const x = people.find((m) => m.end === and.start - 1);
      if (!x) continue;
      const xt = titled(x);
      if (xt === undefined) continue;
      const prev = s.tokens[xt - 1];
      const open =
        !prev || (/^\p{Ll}+$/u.test(prev.text) && prev.pos !== "DET" && prev.end < s.tokens[xt]!.start);
      const yi = s.tokens.findIndex((t) => t.end === y.end);
      const after = s.tokens[yi + 1];
      const close =
        after !== undefined &&
        after.start === y.end + 1 &&
        /^\p{Ll}+$/u.test(after.text) &&
        ["VERB", "AUX", "ADP", "PART"].includes(after.pos) &&
        after.text !== "of";
      const end = after?.text === "." && yi + 2 === s.tokens.length && after.start === y.end;
      if (!open || !(close || end)) continue;
      if (insideQuote(text, x.start)) continue;
      const first = text.slice(s.tokens[xt]!.start, x.end);
      const second = text.slice(s.tokens[yt]!.start, y.end);
      edits.push({ at: s.tokens[xt]!.start, end: y.end, insert: `${second} and ${first}` });
    }
  }
  return edits;
}

/** What each variant inserts, to count its edits (the re-wrap's are line breaks). */
export const MARKS: Record<string, RegExp> = {
  opener: /\b(?:Meanwhile|On Monday), /gu,
  paren: / \((?:who|which) has not commented further\)/gu,
  adverb: / also\b/gu,
  wrap: /\n/gu,
};

/** The shape variants, as their edits: the measure counts edits from these (one per rewritten place). */
export const EDITS: Record<string, (text: string, a: Analysis) => Edit[]> = {
  appositive: (text, a) => asideEdits(text, a, COMMA_ASIDE),
  "appositive-dash": (text, a) => asideEdits(text, a, DASH_ASIDE),
  "coord-meet": coordMeetEdits,
  "met-with": metWithEdits,
  "passive-supply": passiveSupplyEdits,
  "title-list": titleListEdits,
};

/** The variants by name. */
export const VARIANTS: Record<string, (text: string, a: Analysis) => string> = {
  opener: openerVariant,
  paren: parenVariant,
  adverb: adverbVariant,
  wrap: (text) => wrapVariant(text),
  ...Object.fromEntries(
    Object.entries(EDITS).map(([n, f]) => [n, (text: string, a: Analysis) => applyEdits(text, f(text, a))]),
  ),
};
