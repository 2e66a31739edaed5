/**
 * Meetings told by a gerund that opens the sentence: "After meeting Luis Petri, Hegseth said …",
 * "Before meeting his counterpart X, Y visited …". The gerund has no subject of its own; its
 * subject is the main clause's, named right after the comma that closes the opening phrase.
 */
import { type ChunkHead, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { isVerbOrAux } from "../words.ts";
import type { Token } from "../types.ts";
import { CLAUSE_STOP } from "./shared.ts";
import { ARTICLE } from "./title-phrase.ts";

/** How far the opening phrase may run before the comma that closes it. */
const OPENING_REACH = 30;
/** Most adverbs between the main clause's subject and its verb ("Hegseth later said"). */
const ADVERBS = 2;

/**
 * The main clause's subject when the meeting verb at `t` is a gerund opening the sentence after
 * one of `openers` ("After meeting X, Y said"): the chunk right after the comma that closes the
 * opening phrase, when a finite verb in the past or present follows it ("said", "has", "was"), not
 * a modal or a bare form ("will visit", "would meet", "to meet"), which tells a meeting to come.
 * Empty otherwise: the gerund not first after its opener, a verb inside the opening phrase
 * ("After meeting X in Paris, where he signed …"), or no such subject.
 */
export function openingGerundSubject(
  ix: SentenceIndex,
  t: number,
  openers: ReadonlySet<string>,
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (t !== 1 || !tok.lower.endsWith("ing") || !openers.has(tokens[0]?.lower ?? "")) return [];
  for (let k = t + 1; k < Math.min(tokens.length, t + OPENING_REACH); k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) return [];
    if (w.text !== ",") continue;
    let j = k + 1;
    while (ARTICLE.test(tokens[j]?.lower ?? "")) j++;
    const chunk = ix.chunkAt[j];
    if (!chunk || chunk.first !== j) return [];
    let v = chunk.last;
    while (tokens[v]?.pos === "ADV" && v < chunk.last + ADVERBS) v++;
    const verb = tokens[v];
    // An inflected verb or auxiliary ("said", "visited", "was", "has"), not "will" or "would".
    if (!verb || !isVerbOrAux(verb) || verb.lower === verb.lemma) return [];
    return chunkHeads(chunk);
  }
  return [];
}
