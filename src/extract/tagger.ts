/**
 * Part-of-speech tagger: closed classes from lexicon/grammar.ts, then suffix and context rules
 * for open words (capitalised → PROPN, -ly → ADV, -ed/-ing/-s verbs unless a determiner or
 * adjective precedes). Much faster than a statistical tagger and stable on names ("Sung").
 */
import { CLOSED_CLASSES, IRREGULAR_VERBS, NOT_VERB_WORDS, NOUN_VERB_AMBIGUOUS } from "./lexicon/grammar.ts";
import { gerundVerb, isKnownVerb, lemmaOf } from "./lemma.ts";
import type { Token } from "./types.ts";
import { WORDS, isCapitalised } from "./words.ts";

const CLOSED = new Map<string, string>();
for (const [tag, words] of Object.entries(CLOSED_CLASSES))
  for (const w of words) if (!CLOSED.has(w)) CLOSED.set(w, tag);
const IRREGULAR = new Set(IRREGULAR_VERBS);
const AMBIGUOUS = new Set(NOUN_VERB_AMBIGUOUS);
/** Tags after which an ambiguous word is a noun ("the supplies", "its talks"). */
const NOUN_CONTEXT = new Set(["DET", "ADJ", "NUM", "PART"]);
const PRONOUN_POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const SUBJECT_PRONOUNS = new Set(["i", "you", "he", "she", "it", "we", "they", "who"]);
const NOT_VERBS = new Set(NOT_VERB_WORDS);

/** Tags `tokens` (one sentence) in place: sets `pos` and recomputes `lemma`. */
export function tagSentence(tokens: Token[], titleCase = false): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    t.pos = tagToken(tokens, i, titleCase);
    t.lemma = lemmaOf(t.lower, t.pos);
    if (t.pos === "VERB" && t.lemma === t.lower) t.lemma = gerundVerb(t.lower) ?? t.lemma;
  }
}

function tagToken(tokens: Token[], i: number, titleCase: boolean): string {
  const t = tokens[i] as Token;
  const text = t.text;
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && !(c > 127 && /^\p{L}/u.test(text))) {
    if (c >= 48 && c <= 57) return "NUM";
    return t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === "’" ? "PART" : "PUNCT";
  }
  const lower = t.lower;
  const prev = tokens[i - 1];
  const initial = i === 0 || /^[“"‘'(—–-]$/u.test(prev?.text ?? "");
  const closed = CLOSED.get(lower);
  if (
    isCapitalised(text) &&
    !(titleCase && (closed !== undefined || IRREGULAR.has(lower) || AMBIGUOUS.has(lower)))
  ) {
    if (!initial) return "PROPN";
    if (closed !== undefined) return closed;
    if (IRREGULAR.has(lower)) return "VERB";
    return "PROPN";
  }
  if (closed !== undefined) {
    if (lower === "to") return "ADP";
    if (lower === "that" && prev && NOUN_CONTEXT.has(prev.pos)) return "DET";
    return closed;
  }
  const prevPos = prev?.pos ?? "";
  const nounContext =
    NOUN_CONTEXT.has(prevPos) ||
    PRONOUN_POSSESSIVES.has(prev?.lower ?? "") ||
    (prevPos === "NOUN" && AMBIGUOUS.has(lower) && !lower.endsWith("ed"));
  if (lower.length > 3 && lower.endsWith("ly"))
    return lower === "family" || lower === "italy" || lower === "assembly" || lower === "supply"
      ? "NOUN"
      : "ADV";
  if (IRREGULAR.has(lower) && !AMBIGUOUS.has(lower)) return "VERB";
  if (NOT_VERBS.has(lower)) return "ADJ";
  if (lower.endsWith("ed") && lower.length > 3) return nounContext && prevPos !== "PART" ? "ADJ" : "VERB";
  if (lower.endsWith("ing") && lower.length > 4) return nounContext ? "NOUN" : "VERB";
  if (AMBIGUOUS.has(lower)) {
    if (nounContext || (prevPos === "ADP" && lower !== "aid") || prevPos === "VERB") return "NOUN";
    if (
      prevPos === "AUX" ||
      prevPos === "ADV" ||
      prev?.lower === "to" ||
      SUBJECT_PRONOUNS.has(prev?.lower ?? "") ||
      prevPos === "PROPN" ||
      prevPos === "CCONJ"
    )
      return "VERB";
    return "NOUN";
  }
  // "North Korean state media": after a demonym a known verb is a noun ("state", "report").
  const afterDemonym = prevPos === "PROPN" && WORDS.demonymWords.has(prev?.text ?? "");
  if (
    (prevPos === "PROPN" || prevPos === "PRON" || prevPos === "ADV" || prevPos === "AUX") &&
    isKnownVerb(lower) &&
    !afterDemonym
  )
    return "VERB";
  if (
    prevPos === "AUX" &&
    !/(?:tion|ment|ness|ity|ism|ist|ure)s?$/u.test(lower) &&
    /(?:ate|ify|ise|ize|en)$/u.test(lower)
  )
    return "VERB";
  if (lower.endsWith("s") && (prevPos === "PROPN" || prevPos === "PRON") && isVerbish(lower)) return "VERB";
  if (prev?.lower === "to" && !lower.endsWith("s")) return "VERB";
  return /(?:al|ic|ive|ous|ful|less|able|ible|ary|an|ese|ish|ern)$/u.test(lower) ? "ADJ" : "NOUN";
}

/** Lemma of a third-person form is a known verb ("supplies", "denies", "warns"). */
function isVerbish(lower: string): boolean {
  const lemma = lemmaOf(lower, "VERB");
  return lemma !== lower;
}
