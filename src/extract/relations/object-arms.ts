/**
 * Arms among a verb's objects: the arms words ("military", "equipment", "weapons") that tell goods
 * after a verb of a row that requires arms ("pledged military equipment to", "accepted weapons
 * from"), leaving out words inside a name ("pledged support for the Vietnamese Defence Ministry")
 * and words after an infinitive of purpose that is no supply ("… to successfully hold defence and
 * military meetings"; "pledged $100 million to buy weapons" keeps them).
 */
import type { SentenceIndex } from "../chunks.ts";
import type { Zone } from "../clause.ts";
import { type FrameTable, frameFor } from "../frames.ts";
import type { Token } from "../types.ts";

/**
 * True when an arms word of the zone stands outside every name and before any infinitive of
 * purpose whose verb is no verb of a supplies row.
 */
export function armsInObjects(ix: SentenceIndex, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (w.lower === "to") {
      let v = k + 1;
      while (tokens[v]?.pos === "ADV") v++;
      const verb = tokens[v];
      if (verb?.pos === "VERB" && !frameFor(table, "verb", verb.lemma, "supplies")) return false;
    }
    if (!ix.cover[k] && table.arms.has(w.lower)) return true;
  }
  return false;
}
