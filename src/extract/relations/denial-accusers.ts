/**
 * Denial accusers: a denial whose clause of time tells who made the charge denied. "Pakistan has
 * denied violating a ceasefire after neighbour India said its forward posts were targeted",
 * "Russia rejected the charge following Ukraine's claims": the one who denies rejects the accuser's
 * charge, and rejecting an accusation assesses the accuser (ONTOLOGY.md). The clause opens with one
 * of the row's links ("after", "following") within a few words of the verb, its subject is an actor
 * and its verb one of the row's verbs of saying or charging (frames.json accuserClause). What is
 * denied must be a charge: nothing, a gerund ("denied violating a ceasefire") or a noun of a report
 * or of a charged act ("the charge", "involvement"), not a thing refused ("denied entry to the ship").
 */
import { type ChunkHead, type SentenceIndex, chunkHeads } from "../chunks.ts";
import type { Frame } from "../frames.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import { actorHeads } from "./shared.ts";

/** Most words between the rejection verb and the link of its clause of time ("denied violating a ceasefire after"). */
const LINK_REACH = 8;

/** Most words of a time phrase between the accuser and its verb ("India on Tuesday said"). */
const TIME_PHRASE = 3;

/** Tags of the words of that time phrase. */
const TIME_TAGS = /^(?:ADP|DET|NOUN|PROPN|NUM|ADV)$/u;

/** Words that may open the accuser's phrase after the link, before its chunk ("after the", "after neighbour"). */
const OPENER_REACH = 2;

/** Tokens that end the denial's clause before any link: a sentence or clause end, or a quotation. */
const CLAUSE_END = /^[.;:!?“”"]$/u;

/**
 * True when the words from the verb at `t` to the link at `k` deny a charge: none, a gerund right
 * after the verb, or one of the row's report nouns or `accuserClause.objects` among them.
 */
function deniesCharge(ix: SentenceIndex, t: number, k: number, frame: Frame): boolean {
  const tokens = ix.sentence.tokens;
  if (k === t + 1) return true;
  const first = tokens[t + 1];
  if (first?.pos === "VERB" && first.lower.endsWith("ing")) return true;
  const nouns = new Set([...(frame.objectNouns ?? []), ...(frame.accuserClause?.objects ?? [])]);
  return tokens.slice(t + 1, k).some((w) => w.pos === "NOUN" && nouns.has(w.lemma));
}

/**
 * The accusers named by the clause of time after the rejection verb at `t`: the actor heads of
 * the chunk after the link, when a verb of `frame.accuserClause.speechLemmas` follows that chunk
 * (past a possessive's claim noun, "after India's claims", none: only a verb counts). Empty when
 * the verb is not one of the row's denials or no such clause follows.
 */
export function denialAccusers(ix: SentenceIndex, t: number, frame: Frame): ChunkHead[] {
  const rule = frame.accuserClause;
  const tokens = ix.sentence.tokens;
  if (!rule || !rule.lemmas.includes(tokens[t]?.lemma ?? "")) return [];
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + LINK_REACH); k++) {
    const w = tokens[k];
    if (!w || CLAUSE_END.test(w.text)) return [];
    if (ix.cover[k] || !rule.links.includes(w.lower)) continue;
    if (!deniesCharge(ix, t, k, frame)) return [];
    let chunk = null;
    for (let j = k + 1; j <= k + 1 + OPENER_REACH && !chunk; j++) chunk = ix.chunkAt[j] ?? null;
    if (!chunk) return [];
    let v = chunk.last;
    if (POSSESSIVE_ENDING.test(tokens[v]?.lower ?? "")) return [];
    while (v < chunk.last + TIME_PHRASE && TIME_TAGS.test(tokens[v]?.pos ?? "")) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== "VERB" || !rule.speechLemmas.includes(verb.lemma)) return [];
    return actorHeads(chunkHeads(chunk));
  }
  return [];
}
