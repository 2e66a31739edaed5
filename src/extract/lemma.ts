/**
 * Lemmas for the words the rules look up: a lexicon-driven lemmatizer that strips English
 * inflections only toward lemmas some rule knows (trigger tables, catenative and framing verbs),
 * plus the irregular forms. Other words keep their lower-cased form.
 */
import {
  ASSESS_FRAME_NOUNS,
  ASSESS_NOUNS,
  CATENATIVE_VERBS,
  FRAMING_VERB_LEMMAS,
  GOVERNING_VERBS,
  OTHER_KNOWN_VERBS,
  ASSESS_VERBS,
  MEET_NOUNS,
  MEET_VERBS,
  RECEIPT_NOUN_VERBS,
  RECEIVE_VERBS,
  SUPPLY_CONTENT_VERBS,
  SUPPLY_MODIFIERS,
  SUPPLY_NOUN_VERBS,
  SUPPLY_NOUNS,
  SUPPLY_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
} from "./lexicon/triggers.ts";
import { wordTable } from "./lexicon/word-table.ts";
import { memoPerValue } from "./word-memo.ts";

const IRREGULAR = wordTable({
  sent: "send",
  struck: "strike",
  lent: "lend",
  gave: "give",
  given: "give",
  sold: "sell",
  met: "meet",
  sat: "sit",
  held: "hold",
  told: "tell",
  said: "say",
  says: "say",
  thought: "think",
  found: "find",
  bought: "buy",
  won: "win",
  got: "get",
  gotten: "get",
  has: "have",
  had: "have",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  been: "be",
  am: "be",
  being: "be",
  did: "do",
  does: "do",
  done: "do",
  began: "begin",
  begun: "begin",
  sought: "seek",
  brought: "bring",
  made: "make",
  took: "take",
  shook: "shake",
  became: "become",
  shaken: "shake",
  drew: "draw",
  drawn: "draw",
  taken: "take",
  spoke: "speak",
  spoken: "speak",
  wrote: "write",
  written: "write",
  went: "go",
  gone: "go",
  knew: "know",
  known: "know",
  saw: "see",
  seen: "see",
  felt: "feel",
  heard: "hear",
  led: "lead",
  left: "leave",
  meant: "mean",
  fought: "fight",
  spent: "spend",
  laid: "lay",
  paid: "pay",
  "'s": "be",
  "'re": "be",
  "'ve": "have",
  "'d": "have",
  wo: "will",
  ca: "can",
  "n't": "not",
  "’s": "be",
  talks: "talk",
  meetings: "meeting",
  deliveries: "delivery",
  supplies: "supply",
  analyses: "analysis",
  findings: "findings",
});

const EXTRA = [...CATENATIVE_VERBS, ...OTHER_KNOWN_VERBS];

const VERBS = new Set([...SUPPLY_VERBS, ...RECEIVE_VERBS, ...MEET_VERBS, ...ASSESS_VERBS, ...EXTRA]);
// Verbs only lemmatised (their part of speech is left to the tagger): "approved the sale".
const KNOWN = new Set([
  ...VERBS,
  ...SUPPLY_CONTENT_VERBS,
  ...SUPPLY_NOUN_VERBS,
  ...RECEIPT_NOUN_VERBS,
  ...SUPPLY_NOUNS,
  ...MEET_NOUNS,
  ...ASSESS_NOUNS,
  ...ASSESS_FRAME_NOUNS,
  ...GOVERNING_VERBS,
  ...SUPPLY_MODIFIERS,
  ...SPEECH_VERBS,
  ...STANCE_VERBS,
  // "Ukraine asked Germany to deliver …": framing verbs are looked up by lemma (relations/shared.ts).
  ...FRAMING_VERB_LEMMAS,
]);

/** True when a lower-cased word is a form of a verb some rule knows ("discuss", "supplied"). */
export function isKnownVerb(lower: string): boolean {
  return VERBS.has(lemmaOf(lower, "VERB"));
}
/**
 * The verb of a gerund that is also a known noun ("meeting" → "meet" in "after meeting Hegseth"),
 * or null.
 */
export function gerundVerb(lower: string): string | null {
  if (!lower.endsWith("ing")) return null;
  const stem = lower.slice(0, -3);
  for (const c of [stem, `${stem}e`, stem.slice(0, -1)]) if (VERBS.has(c)) return c;
  return null;
}

/** A verb's third-person form in "-s" (not "-ss": "discuss"). */
const THIRD_PERSON = /[^s]s$/u;

/** The lemma of a lower-cased word (only known lemmas are recovered; the word itself otherwise). */
export function lemmaOf(lower: string, pos: string): string {
  if (pos === "PROPN" || pos === "PUNCT" || pos === "NUM") return lower;
  // ("Lithuania protests the accusation": a verb's third-person form that a noun list knows as a
  // plural, "protests", is the form of the verb all the same.)
  if (pos === "VERB" && THIRD_PERSON.test(lower) && VERBS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return lemmaWith(KNOWN, lower);
}

/**
 * The lemma among `lemmas` that a lower-cased word is a form of ("contacted" → "contact"), or null:
 * a rule's own word list matched by lemma without making its words known to every rule (the
 * lemmas of other words stay as they are).
 */
export function lemmaAmong(w: string, lemmas: ReadonlySet<string>): string | null {
  const irregular = IRREGULAR.get(w);
  if (irregular) return lemmas.has(irregular) ? irregular : null;
  if (lemmas.has(w)) return w;
  for (const c of inflectionCandidates(w)) if (lemmas.has(c)) return c;
  return null;
}

/** The lemma of a word among the known lemmas `known` (or an irregular form's), remembered beside them. */
const lemmaWith = memoPerValue((known: ReadonlySet<string>, w: string): string => {
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (known.has(w) || w.length < 4) return w;
  for (const c of inflectionCandidates(w)) if (known.has(c)) return c;
  return w;
});

/**
 * The lemmas a lower-cased verb form may come from, the word itself first ("summoned" → "summon",
 * …; "paid" → "pay"): any verb, known to a rule or not, so that two forms of one verb share one.
 */
export function verbStems(w: string): string[] {
  const irregular = IRREGULAR.get(w);
  return irregular ? [w, irregular] : [w, ...inflectionCandidates(w)];
}

/** The ends of a stem that takes "-es" rather than "-s" (the sibilants and "o"). */
const ES_STEM = /(?:s|x|z|ch|sh|o)$/u;

/** The stems an inflected word may come from, most likely first ("supplied" → "supply", …). */
function inflectionCandidates(w: string): string[] {
  const candidates: string[] = [];
  if (w.endsWith("ies")) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ied")) candidates.push(`${w.slice(0, -3)}y`);
  // "-es" after a sibilant or "o" only ("finishes", "taxes", "goes"): "planes" is no form of "plan".
  if (w.endsWith("es") && ES_STEM.test(w.slice(0, -2))) candidates.push(w.slice(0, -2));
  if (w.endsWith("s")) candidates.push(w.slice(0, -1));
  if (w.endsWith("ed")) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith("ing")) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  return candidates;
}
