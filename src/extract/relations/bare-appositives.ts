/**
 * Bare appositives: a title phrase set after a person's name without its comma ("Brig. Gen. William
 * Zana the Deputy Commanding General for the Combined Joint Task Force …", "Col James Kaija the
 * Assistant Deputy CMI"), which releases and local news print as often as with one. "The" and a
 * capitalised title word open it; a lower-case word ("gave X the medal") or a word of no title
 * opens none.
 */
import type { Token } from "../types.ts";
import { isCapitalised, isTitleWord } from "../words.ts";

/** True when "the" at `k`, right after a person's name, opens a capitalised title phrase: his appositive. */
export function bareAppositiveAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]?.lower === "the" && next !== undefined && isCapitalised(next.text) && isTitleWord(next.lower)
  );
}
