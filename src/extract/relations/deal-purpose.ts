/**
 * The purpose of a deal told by a noun phrase: "signed an agreement with Egypt's defence ministry
 * for the largest K9 export deal" — a word of purchase or sale may stand as a modifier in the
 * phrase after "for" ("export deal", "howitzer purchase"), not only as its first word.
 */
import type { Token } from "../types.ts";

/** Most words of a noun phrase read for a purpose word ("the largest K9 export deal"). */
const PHRASE_REACH = 5;
/** Tags of the words a noun phrase after its article is made of. */
const PHRASE_TAGS = /^(?:ADJ|NOUN|PROPN|NUM)$/u;

/**
 * The index of the first word of `purposes` in the noun phrase that opens at token `k` ("largest
 * K9 export deal": "export"), or -1; the phrase ends at its first word of another kind.
 */
export function purposeInPhrase(tokens: readonly Token[], k: number, purposes: readonly string[]): number {
  for (let j = k; j < Math.min(tokens.length, k + PHRASE_REACH); j++) {
    const w = tokens[j] as Token;
    if (!PHRASE_TAGS.test(w.pos)) return -1;
    if (purposes.includes(w.lemma) || purposes.includes(w.lower)) return j;
  }
  return -1;
}
