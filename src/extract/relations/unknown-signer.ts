/**
 * A signer the extractor does not know: "Yugoimport signed a contract with Cyprus for Nora
 * howitzers" — when the subject of the verb that concludes a deal is a name no mention covers,
 * the deal has a signer all the same, and the partner after "with" is not thereby its seller.
 * Which side sells is then not told, and no supply is read (rather than "Cyprus supplies Nora").
 */
import type { SentenceIndex } from "../chunks.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { Token } from "../types.ts";

/** Tags of the words that may stand between a subject and its verb ("has", "also", "not"). */
const BETWEEN = /^(?:AUX|ADV|PART)$/u;
/** Most words between the subject's last word and the verb. */
const REACH = 3;

/**
 * True when the word that ends the subject of the active verb at `v` is a proper name that no
 * mention covers ("Kership signed", "Yugoimport has signed"). A time adverbial before the verb is
 * stepped over: "The defence ministry on Monday signed" has no signer "Monday".
 */
export function unknownSigner(ix: SentenceIndex, v: number): boolean {
  const tokens = ix.sentence.tokens;
  let j = v - 1;
  while (j >= 0 && j >= v - REACH && BETWEEN.test((tokens[j] as Token).pos)) j--;
  const time = j >= 0 && !ix.cover[j] ? timeAdverbialStart(tokens, j) : -1;
  if (time >= 0) j = time - 1;
  const w = tokens[j];
  return w !== undefined && w.pos === "PROPN" && w.text !== w.lower && !ix.cover[j];
}
