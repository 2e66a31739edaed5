/**
 * A person named right after a demonym and a common noun of people ("Iran charged French citizen
 * Louis Arnaud with spying", "Russia accused American journalist Evan Gershkovich of espionage"):
 * the demonym only describes the person, so the party a verb of judging takes is the person, not
 * the demonym's country (a demonym names its country only through an entity it modifies).
 */
import { type Chunk, type ChunkHead, type SentenceIndex, actorName } from "../chunks.ts";
import type { Token } from "../types.ts";

/** Most common nouns between the demonym and the name ("French aid worker X"). */
const DESCRIBING_NOUNS = 3;

/**
 * The person that the demonym-only chunk `chunk` describes through the common nouns after it, as
 * the head that stands for the phrase; null when the chunk is not one demonym, or no person's
 * name follows the nouns at once.
 */
export function demonymDescribedPerson(ix: SentenceIndex, chunk: Chunk): ChunkHead | null {
  const only = chunk.items.length === 1 ? chunk.items[0] : undefined;
  if (only?.kind !== "mention" || only.m.kind !== "demonym") return null;
  const tokens = ix.sentence.tokens;
  let k = chunk.last;
  while (k < chunk.last + DESCRIBING_NOUNS && isCommonNoun(tokens[k]) && !ix.cover[k]) k++;
  if (k === chunk.last) return null;
  const m = ix.cover[k];
  if (m?.type !== "Person" || m.first !== k) return null;
  return { mention: m, name: actorName(m), unnamed: false };
}

function isCommonNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "NOUN" && t.text === t.lower;
}
