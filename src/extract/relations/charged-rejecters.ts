/**
 * Charged rejecters: a charge whose complement names no actor of its own charges the one who
 * rejects it. "Rwanda denied Burundi's accusations of supporting rebels", "Colombia rejects
 * Venezuelan accusations of involvement in the attack": the subject of the rejection verb is the
 * party charged, so the charge's author assesses it.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import { subjectBefore } from "../clause.ts";
import type { Frame } from "../frames.ts";
import { CLAUSE_PRONOUNS as CLAUSE_PRONOUN_WORDS } from "../lexicon/grammar.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import type { Token } from "../types.ts";
import { isVerbOrAux } from "../words.ts";
import { recipientHeads } from "./shared.ts";

/** Most words between a rejection verb and the charge noun it governs ("denied the Chadian government's renewed accusations"). */
const GOVERNED_REACH = 8;

/** Most words of an act phrase after "of" that are read for an agent's "by". */
const ACT_PHRASE_REACH = 8;

/** Tags that may stand between a verb and its object's head noun. */
const OBJECT_PHRASE_TAGS = /^(?:DET|ADJ|NUM|ADV|PROPN|NOUN|PART)$/u;

/**
 * The index of the verb or auxiliary whose object phrase ends at token `end`: the first one met
 * walking back from `end` over the phrase's words (mentions, determiners, adjectives, names and
 * possessives, "'s" or "’s"), no further than GOVERNED_REACH words; -1 when another word stops the
 * walk first or none is in reach.
 */
function verbBeforeObject(ix: SentenceIndex, end: number): number {
  const tokens = ix.sentence.tokens;
  for (let k = end; k >= Math.max(0, end + 1 - GOVERNED_REACH); k--) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w)) return k;
    if (!ix.cover[k] && !OBJECT_PHRASE_TAGS.test(w.pos) && !POSSESSIVE_ENDING.test(w.lower) && w.text !== "'")
      return -1;
  }
  return -1;
}

/**
 * The index of the rejection verb of `frame.chargedBy` whose object phrase ends with the noun at
 * `t` (verbBeforeObject), or -1.
 */
function rejectionOf(ix: SentenceIndex, t: number, frame: Frame): number {
  const k = verbBeforeObject(ix, t - 1);
  const w = ix.sentence.tokens[k];
  return w?.pos === "VERB" && (frame.chargedBy ?? []).includes(w.lemma) ? k : -1;
}

/**
 * True when the phrase at `p` is "of" and an act with no actor of its own: a gerund ("of
 * supporting rebels") or a common noun ("of involvement in the attack", "of meddling"), with no
 * agent's "by" after it.
 */
function agentlessAct(ix: SentenceIndex, p: number): boolean {
  const tokens = ix.sentence.tokens;
  if (tokens[p]?.lower !== "of") return false;
  const head = tokens[p + 1];
  if (!head || ix.cover[p + 1] || ix.chunkAt[p + 1]) return false;
  const gerund = head.pos === "VERB" && head.lower.endsWith("ing");
  if (!gerund && head.pos !== "NOUN") return false;
  for (let k = p + 2; k < Math.min(tokens.length, p + ACT_PHRASE_REACH); k++) {
    const w = tokens[k] as Token;
    if (/^[.,;:!?“”"]$/u.test(w.text)) break;
    if (w.lower === "by") return false;
  }
  return true;
}

/**
 * The parties charged by the charge noun at `t` whose complement opens at `p`: the subject of the
 * rejection verb governing the noun, when the complement is an act with no actor of its own;
 * countries and bodies only (a spokesman who denies speaks for the one charged), never the
 * charge's `authors`. Empty otherwise.
 */
export function chargedRejecters(
  ix: SentenceIndex,
  t: number,
  p: number,
  frame: Frame,
  authors: readonly ChunkHead[],
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const noun = tokens[t] as Token;
  if (!frame.chargeNouns?.includes(noun.lemma) || !agentlessAct(ix, p)) return [];
  const verb = rejectionOf(ix, t, frame);
  if (verb < 0) return [];
  const subject = subjectBefore(ix, verb);
  if (subject.passive || subject.cues.length > 0) return [];
  return recipientHeads(subject.heads).filter((h) => !authors.some((a) => a.name === h.name));
}

/** Subject pronouns that open a claim clause without "that" (lexicon grammar CLAUSE_PRONOUNS). */
const CLAUSE_PRONOUNS = new Set(CLAUSE_PRONOUN_WORDS);

/**
 * True when a claim clause without "that" opens at `k` with a subject pronoun and a finite verb or
 * auxiliary right after it ("Chadian accusations it was supporting rebels", "claims they had
 * shelled the town").
 */
export function pronounClause(tokens: readonly Token[], k: number): boolean {
  if (!CLAUSE_PRONOUNS.has(tokens[k]?.lower ?? "")) return false;
  const verb = tokens[k + 1];
  if (!verb) return false;
  if (verb.pos === "AUX") return !/^(?:being|been|be)$/u.test(verb.lower);
  return verb.pos === "VERB" && /(?:ed|s)$/u.test(verb.lower) && !verb.lower.endsWith("ss");
}

/**
 * The one a report judges when the report is rejected: "North Korea rejected a UN Security Council
 * statement denouncing its missile launch", "Iran dismissed a G7 report criticising their
 * programme": the participle at `t` hangs on the report noun before it, its object opens with a
 * possessive pronoun, and the report is the object of a verb that `isRejection` accepts; the
 * pronoun stands for that verb's subject (not one of the report's `authors`). Empty otherwise.
 */
export function rejecterOfJudgingReport(
  ix: SentenceIndex,
  t: number,
  isRejection: (lemma: string) => boolean,
  authors: readonly ChunkHead[],
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (!(tokens[t] as Token).lower.endsWith("ing") || !ix.words.ownerPronouns.has(tokens[t + 1]?.lower ?? ""))
    return [];
  const noun = tokens[t - 1];
  // ("a UN Security Council statement": the report may be read as its author's mention.)
  const cover = ix.cover[t - 1];
  if (!noun || noun.pos !== "NOUN" || (cover && cover.rule !== "report-anaphor")) return [];
  const k = verbBeforeObject(ix, t - 2);
  const w = tokens[k];
  if (w?.pos !== "VERB" || !isRejection(w.lemma)) return [];
  const subject = subjectBefore(ix, k);
  if (subject.passive || subject.cues.length > 0) return [];
  // ("North Korea's foreign ministry said it rejected …": a state's body rejects for its state,
  // whose act the report judges.)
  const heads = recipientHeads(subject.heads).map((h) =>
    h.mention?.type === "Organization" && h.mention.country
      ? { mention: null, name: h.mention.country, unnamed: true }
      : h,
  );
  return heads.filter((h) => !authors.some((a) => a.name === h.name));
}
