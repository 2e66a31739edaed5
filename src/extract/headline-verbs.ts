/**
 * Headline verbs: a headline line left with no verb once tagged ("Moldova summons Russian
 * ambassador", "Peru, Brazil sign military cooperation agreement", "Chief of Staff Pays Courtesy
 * Call on VP") takes as its verb the first word after its subject that the English model's lexicon
 * allows a verb and that agrees with that subject, when the body tells the same act with that
 * verb ("was summoned", "signed", "paid") or, in a sentence-case line after a name, an object opens
 * right after it ("summons Russian ambassador"; "Sudan cuts ties" stays a noun phrase).
 */
import { lemmaOf, verbStems } from "./lemma.ts";
import {
  type CaselessReading,
  allCapitals,
  joinedNames,
  nameHead,
  PLURAL,
  verbInLexicon,
} from "./title-case.ts";
import { LETTER_FIRST } from "./letters.ts";
import type { Sentence, Token } from "./types.ts";
import { isCapitalised, isThirdPersonForm, isVerbOrAux } from "./words.ts";

/** A headline line with no verb after tagging, and its title-case reading (title-case.ts) when it has one. */
export interface VerblessHeadline {
  sentence: Sentence;
  titleCase: boolean;
  caseless: CaselessReading | null;
}

/** Tags of a title-case line's lower-case reading that a headline's verb may have there. */
const READING_TAGS = new Set(["VERB", "NOUN"]);
/** kg's tags of a word that ends a headline's subject (its head: a name or a common noun). */
const SUBJECT_HEAD_TAGS = new Set(["PROPN", "NOUN"]);
/** kg's tags of a word that opens a verb's object in a sentence-case headline ("summons Russian …", "signs €317m …"). */
const OBJECT_OPENING_TAGS = new Set(["PROPN", "DET", "NUM", "ADJ", "PRON"]);
/** A currency sign that opens an amount ("signs €317m deal"). */
const CURRENCY = /^[$€£¥₹]$/u;
/** Shortest stem that counts as a verb shared by a headline and its body. */
const MIN_STEM = 3;
/** A verb form that is no base form: a third-person, past or gerund ending. */
const INFLECTED = /(?:s|ed|ing)$/u;

/**
 * True when a line holds no verb nor auxiliary as kg tagged it, but for a participle hyphened to
 * the word before it, which only modifies a noun ("Chinese-Built Frigate", "US-made drones").
 */
export function verbless(tokens: readonly Token[]): boolean {
  return !tokens.some((t, k) => isVerbOrAux(t) && !hyphened(tokens, k));
}

/** True when token `k` is joined by a hyphen, without spaces, to the word before it. */
function hyphened(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  const before = tokens[k - 2];
  return (
    hyphen?.text === "-" &&
    before !== undefined &&
    hyphen.start === before.end &&
    tokens[k]?.start === hyphen.end
  );
}

/** The stems of every verb the body sentences (headlines left out) print, for verbStems' matching. */
function bodyVerbStems(sentences: readonly Sentence[]): Set<string> {
  const stems = new Set<string>();
  for (const s of sentences) {
    if (s.headline) continue;
    for (const t of s.tokens) {
      if (t.pos !== "VERB") continue;
      for (const stem of verbStems(t.lower)) if (stem.length >= MIN_STEM) stems.add(stem);
    }
  }
  return stems;
}

/**
 * Tags as a verb the word of each verbless headline line that is its verb (see the header); the
 * body's verbs are read once, and only when some line's word needs them. Tokens change in place.
 */
export function tagHeadlineVerbs(lines: readonly VerblessHeadline[], sentences: readonly Sentence[]): void {
  // (The body's verbs are read only when a line's word comes to need them, and once.)
  let stems: Set<string> | null = null;
  const body = (): Set<string> => (stems ??= bodyVerbStems(sentences));
  for (const line of lines) {
    const tokens = line.sentence.tokens;
    // ("ZAMBIA ARMY COMMANDER VISIT CHINA": a line in capitals shows nothing of its words' case.)
    if (allCapitals(tokens)) continue;
    const i = headlineVerbAt(tokens, line, body);
    if (i < 0) continue;
    const t = tokens[i] as Token;
    t.pos = "VERB";
    t.lemma = lemmaOf(t.lower, "VERB");
  }
}

/**
 * The index of a verbless headline's verb, or -1: the first word, before any preposition but "of",
 * that the model's lexicon allows a verb, after a subject's head that it agrees with (a third-person
 * form after a name or a singular noun; a base form after a plural noun or names joined, "Peru,
 * Brazil sign"), confirmed by the body's verbs or, in a sentence-case line after a name, by an
 * object that opens right after it. A title-case line's word must be a verb in its lower-case reading.
 */
function headlineVerbAt(
  tokens: readonly Token[],
  line: VerblessHeadline,
  body: () => ReadonlySet<string>,
): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos === "ADP" && t.lower !== "of") return -1;
    // (A line's last word heads its noun phrase: "Female Liberian rebels".)
    if (i === tokens.length - 1) return -1;
    if (!LETTER_FIRST.test(t.text) || !verbWord(tokens, i, line)) continue;
    const prev = tokens[i - 1] as Token;
    if (!SUBJECT_HEAD_TAGS.has(prev.pos) || !agrees(tokens, i)) continue;
    if (!line.titleCase && prev.pos === "PROPN" && objectOpens(tokens[i + 1])) return i;
    if (verbStems(t.lower).some((stem) => stem.length >= MIN_STEM && body().has(stem))) return i;
  }
  return -1;
}

/** True when token `i` of a headline line may be its verb: a word the lexicon allows a verb, no name. */
function verbWord(tokens: readonly Token[], i: number, line: VerblessHeadline): boolean {
  const t = tokens[i] as Token;
  if (!verbInLexicon(t)) return false;
  // ("Navy Commissions Frigate": a title-case line's common word, verb or noun in its lower-case
  // reading, and no title's or body's head: "Armed Forces", "Defense Ministers".)
  if (line.titleCase) {
    const reading = line.caseless;
    if (reading === null || reading.lowered[i] !== true) return false;
    return READING_TAGS.has(reading.tags[i] ?? "") && !nameHead(t);
  }
  // (In a sentence-case line a capitalised word is a name's: "Egypt Hand over".)
  return !isCapitalised(t.text) && (t.pos === "NOUN" || t.pos === "ADJ");
}

/** True when the verb form at `i` agrees with the subject whose head stands before it. */
function agrees(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1] as Token;
  const pluralNoun = prev.pos === "NOUN" && PLURAL.test(prev.lower);
  if (isThirdPersonForm(t.lower)) return !pluralNoun;
  if (INFLECTED.test(t.lower)) return false;
  return pluralNoun || joinedNames(tokens, i - 1);
}

/** True when a verb's object opens at `t`: a name, a determiner, a number, an adjective, a pronoun, an amount. */
function objectOpens(t: Token | undefined): boolean {
  return t !== undefined && (OBJECT_OPENING_TAGS.has(t.pos) || CURRENCY.test(t.text));
}
