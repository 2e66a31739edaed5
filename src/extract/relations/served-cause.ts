/**
 * A verb of giving with no object before its "to": "Washington committed to Israel's security",
 * "the United States has committed itself to Taiwan's defence", "pledged to Taiwan's defence". The
 * to-phrase names the cause the subject commits to, not a recipient of goods, so its words ("security",
 * "defence") tell no goods; only goods named after the phrase do ("pledged to Ukraine a further 31
 * Abrams tanks"). Read by supply.ts armsForVerb for the rows that require arms.
 */
import type { SentenceIndex } from "../chunks.ts";
import type { Zone } from "../clause.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import type { Token } from "../types.ts";

/** A reflexive pronoun ("itself", "themselves"): the verb's object is its own subject. */
const REFLEXIVE = /sel(?:f|ves)$/u;

/** Tags of the words of a common noun phrase after the "to" ("the defence", "Taiwan's national security"). */
const NOUN_WORD = /^(?:ADJ|NOUN)$/u;

/**
 * The zone of goods of the verb at `t`: `zone` itself, or, when the verb (with a reflexive pronoun
 * at most) is followed right by "to", the part of it after the to-phrase: an article, an actor's
 * name with its possessive, common nouns and adjectives, and an "of" with the same after them
 * ("to Israel's security", "to the defence of Estonia"); a number opens the next phrase ("to
 * Ukraine 18 Leopard tanks").
 */
export function goodsZoneAfterCause(ix: SentenceIndex, t: number, zone: Zone): Zone {
  const tokens = ix.sentence.tokens;
  let k = t + 1;
  const next = tokens[k];
  if (next?.pos === "PRON" && REFLEXIVE.test(next.lower)) k++;
  if (tokens[k]?.lower !== "to") return zone;
  let j = k + 1;
  for (let of = 0; of < 2; of++) {
    if (tokens[j]?.pos === "DET") j++;
    const named = ix.cover[j];
    if (named) {
      j = named.last;
      if (!POSSESSIVE_ENDING.test(tokens[j]?.lower ?? "")) break;
      j++;
    }
    while (j < zone.end && NOUN_WORD.test((tokens[j] as Token).pos) && !ix.cover[j]) j++;
    if (tokens[j]?.lower !== "of") break;
    j++;
  }
  if (j >= zone.end) return { start: zone.end, end: zone.end, chunks: [], weapons: [] };
  return {
    start: j,
    end: zone.end,
    chunks: zone.chunks.filter((c) => c.chunk.first >= j),
    weapons: zone.weapons.filter((m) => m.first >= j),
  };
}
