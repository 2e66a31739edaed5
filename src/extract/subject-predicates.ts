/**
 * Subject predicates: the hedge that a clause's predicate puts on the event its subject names.
 * "Another contract to acquire six Apache helicopters from the US is also on the table", "A deal
 * to buy F-16 jets could be signed next month", "India's purchase of S-400 systems from Russia
 * remains under negotiation": the supply told inside the subject is only as done as its
 * predicate says. Only a predicate about the deal's own status counts (an open status word, a
 * negative verb, or a hedged or negated verb of concluding or taking place); one about its effects
 * does not ("the purchase of S-400 systems could trigger sanctions", "has not been welcomed").
 */
import type { Modality } from "../model/ontology.ts";
import type { SentenceIndex } from "./chunks.ts";
import type { Emit } from "./relations/shared.ts";
import { MODALITY_RANK, modalityOf } from "./clause.ts";
import {
  CONCLUDING_PARTICIPLES,
  OPEN_STATUS_WORDS,
  REALISING_WORDS,
  TRAILING_REPORT_VERBS,
} from "./lexicon/triggers.ts";
import type { Token } from "./types.ts";

const OPEN_STATUS = new Set(OPEN_STATUS_WORDS);
/**
 * The words that open a phrase of OPEN_STATUS_WORDS of several words, each with the words after it
 * up to a space inside the phrase ("on", "on the" of "on the table"): a phrase of words joined by
 * spaces is looked up only after one of them.
 */
const OPEN_STATUS_OPENERS = new Set(
  OPEN_STATUS_WORDS.flatMap((phrase) =>
    [...phrase].flatMap((c, at) => (c === " " ? [phrase.slice(0, at)] : [])),
  ),
);
const REALISING = new Set([...CONCLUDING_PARTICIPLES, ...REALISING_WORDS]);
const NEGATORS = new Set(["not", "n't", "never"]);
const REPORTING = new Set(TRAILING_REPORT_VERBS);

/** Tags of the words of a noun phrase before its head ("India's latest", "another $800 million"). */
const PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN|PROPN|PART|SYM|PRON)$/u;
/** Tags of the words of a verb group ("is also", "could not be", "is expected to be signed"). */
const VERB_GROUP_TAGS = /^(?:AUX|PART|ADV|VERB)$/u;
/** Marks that close a clause or a phrase set off in it. */
const CLAUSE_MARKS = /^[,;:.()“”"—]$/u;
/** Most tokens from the trigger to its predicate's verb group ("for USD 800 million from the US"). */
const PREDICATE_REACH = 16;
/** Most tokens of the predicate after its verb group read for a status word ("on the table"). */
const STATUS_REACH = 5;

/** Index of the first token of the noun phrase whose last word is at `head`. */
function phraseStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0 && PHRASE_TAGS.test((tokens[k - 1] as Token).pos)) k--;
  return k;
}

/**
 * True when the phrase opening at `first` is a clause's subject: it opens the sentence or a
 * clause after a mark, or follows "that" or a verb of saying ("said a deal to buy … is pending").
 */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return true;
  if (CLAUSE_MARKS.test(before.text) || before.lower === "that") return true;
  return before.pos === "VERB" && REPORTING.has(before.lemma);
}

/**
 * The hedge the predicate puts on a supply or meeting told in its subject, for the trigger at `t`
 * whose phrase ends at `head` (the trigger itself for a noun; the deal noun before "to" for an
 * infinitive): "asserted" when the phrase is no clause's subject or the predicate leaves it done.
 */
export function subjectPredicateHedge(ix: SentenceIndex, t: number, head: number): Modality {
  const tokens = ix.sentence.tokens;
  if (!opensClause(tokens, phraseStart(tokens, head))) return "asserted";
  // The predicate's verb group: the first auxiliary or finite verb after the trigger's phrase
  // ("from the US is also"), not an infinitive nor a participle of the phrase ("helicopters built by").
  let k = t + 1;
  const limit = Math.min(tokens.length, t + 1 + PREDICATE_REACH);
  for (; k < limit; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_MARKS.test(w.text)) return "asserted";
    // "is", "could", "has been"; or a verb in the present's third person ("remains under negotiation").
    if (w.pos === "AUX" || (w.pos === "VERB" && w.lower !== w.lemma && w.lower === `${w.lemma}s`)) break;
  }
  if (k >= limit) return "asserted";
  const group: string[] = [];
  let j = k;
  for (; j < tokens.length && VERB_GROUP_TAGS.test((tokens[j] as Token).pos); j++) {
    const w = tokens[j] as Token;
    group.push(w.lower);
  }
  const rest: string[] = [];
  for (let r = j; r < Math.min(tokens.length, j + STATUS_REACH); r++) {
    const w = tokens[r] as Token;
    if (CLAUSE_MARKS.test(w.text)) break;
    rest.push(w.lower);
  }
  // "is also on the table", "remains under negotiation", "is still pending", "is being negotiated".
  const words = [...group, ...rest];
  const open = (i: number): boolean =>
    OPEN_STATUS.has(words[i] as string) ||
    (OPEN_STATUS_OPENERS.has(words[i] as string) &&
      (OPEN_STATUS.has(words.slice(i, i + 2).join(" ")) || OPEN_STATUS.has(words.slice(i, i + 3).join(" "))));
  if (words.some((_, i) => open(i))) return "planned";
  // "was cancelled", "has been blocked": a negative verb of the group.
  const negative = modalityOf(
    group.filter((w) => !NEGATORS.has(w)),
    ix.modalityCues,
  );
  if (MODALITY_RANK[negative] >= MODALITY_RANK.negated) return negative;
  // "could be signed next month", "is expected to be finalised", "was not approved", "did not take
  // place": the group's hedge on a verb of concluding or taking place, read up to that verb ("was
  // signed in May" is no "may"; "has not been welcomed" tells no deal undone).
  const last = words.findIndex((w) => REALISING.has(w));
  return last < 0 ? "asserted" : modalityOf(words.slice(0, last + 1), ix.modalityCues);
}

/** `emit` with each fact hedged at least as `hedge` (the hedge of a subject's predicate). */
export function underPredicate(emit: Emit, hedge: Modality): Emit {
  if (hedge === "asserted") return emit;
  return (source, relation, target, trigger, rule, modality) =>
    emit(
      source,
      relation,
      target,
      trigger,
      rule,
      MODALITY_RANK[hedge] > MODALITY_RANK[modality] ? hedge : modality,
    );
}
