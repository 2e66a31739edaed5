/**
 * The guest of a meal or reception given in someone's honour: "hosted a state banquet in honour
 * of President X", "gave a dinner on Monday in honor of Y". The host and the guest met; the
 * phrase "in honour of" stands for the row's "for" ("hosted a luncheon for X").
 */
import type { SentenceIndex } from "../chunks.ts";
import type { ZoneChunk } from "../clause.ts";
import { isVerbOrAux } from "../words.ts";
import type { Token } from "../types.ts";

/** How far after the meal noun "in honour of" may open ("a banquet at the palace on Monday in honour of"). */
const HONOUR_REACH = 8;

/**
 * The zone chunk named by "in honour of" after the noun at `t` ("a banquet in honour of X"): the
 * "of" chunk right after "in" and one of `honourNouns`, opening within a few words of the noun,
 * no verb or clause mark between; undefined when there is none.
 */
export function honouredChunk(
  ix: SentenceIndex,
  chunks: readonly ZoneChunk[],
  t: number,
  honourNouns: ReadonlySet<string>,
): ZoneChunk | undefined {
  const tokens = ix.sentence.tokens;
  for (let k = t + 1; k < Math.min(tokens.length, t + HONOUR_REACH); k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || /^[,.;:]$/u.test(w.text)) return undefined;
    if (w.lower !== "in" || !honourNouns.has(tokens[k + 1]?.lower ?? "") || tokens[k + 2]?.lower !== "of")
      continue;
    return chunks.find((c) => c.prep === "of" && c.chunk.first >= k + 3 && c.chunk.first <= k + 4);
  }
  return undefined;
}
