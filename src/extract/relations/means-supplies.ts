/**
 * A supply told as the means of an act: "Australia has boosted Papua New Guinea's defence
 * capability with the official handover of 12 Landcruisers to the PNG Defence Force". A supply noun
 * that opens a phrase of "with" or "through" after a verb, and names no supplier of its own, is the
 * act of that verb's subject, a country or a body ("China deepened its ties with Cambodia through
 * the donation of 20 trucks to the army"); a subject that names no actor ("The ceremony ended with
 * the handover of the keys") supplies nothing.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import { subjectBefore } from "../clause.ts";
import type { Token } from "../types.ts";
import { headType } from "./shared.ts";

/** Prepositions that open a phrase of means after a verb. */
const MEANS_PREPOSITIONS = new Set(["with", "through"]);
/** Parts of speech between the preposition and the supply noun ("with the official", "through its"). */
const NOUN_PHRASE_POS = /^(?:DET|ADJ|PRON|NUM)$/u;
/** How many words may stand between the preposition and the noun. */
const NOUN_REACH = 3;
/** How many words back from the preposition the verb may stand. */
const VERB_REACH = 12;

/**
 * The subject of the verb whose phrase of means the supply noun at `t` opens, when it is a country
 * or a body: the supplier of a supply that names none. Empty otherwise.
 */
export function meansSuppliers(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let p = t - 1;
  while (p >= 0 && t - p <= NOUN_REACH && NOUN_PHRASE_POS.test((tokens[p] as Token).pos)) p--;
  if (!MEANS_PREPOSITIONS.has(tokens[p]?.lower ?? "")) return [];
  for (let k = p - 1; k >= 0 && p - k <= VERB_REACH; k--) {
    const w = tokens[k] as Token;
    if (/^[,;:.]$/u.test(w.text)) return [];
    if (w.pos !== "VERB" || ix.chunkAt[k] || w.lower.endsWith("ing")) continue;
    const subject = subjectBefore(ix, k);
    if (subject.passive) return [];
    return subject.heads.filter((h) => headType(h) === "Country" || headType(h) === "Organization");
  }
  return [];
}
