/**
 * Signers described as firms: "Two Turkish vehicle manufacturers, Otokar and Nurol Makina, on
 * Wednesday signed contracts with Estonia for the supply of 230 armored vehicles". A subject headed
 * by a noun of a firm (coreference.json companyNouns: "manufacturers", "company"), with or without
 * the firms' names in apposition between commas, signs as a seller: a state does not sell arms to
 * a firm, so the with-partner of such a subject buys, and is never read as the deal's seller.
 */
import { actorOf, type ChunkHead, type SentenceIndex } from "../chunks.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { Token } from "../types.ts";
import { singular } from "../words.ts";

/** Tags of the words that may stand between a subject and its verb ("has", "also", "not"). */
const BETWEEN = /^(?:AUX|ADV|PART)$/u;
/** Tags of the words of names set off in apposition and of the words that join them. */
const NAME_JOINS = /^(?:PROPN|CCONJ)$/u;
/** Most words between the subject's last word and the verb. */
const REACH = 3;
/** Most tokens of the names set off between commas after the firm noun ("Otokar and Nurol Makina"). */
const APPOSITION_TOKENS = 12;

/** True when token `k` is a common noun of a firm ("manufacturers", "company"). */
function firmNoun(tokens: readonly Token[], k: number, firmNouns: ReadonlySet<string>): boolean {
  const w = tokens[k];
  return w !== undefined && w.pos === "NOUN" && (firmNouns.has(w.lemma) || firmNouns.has(singular(w.lower)));
}

/**
 * The signers of the active verb at `v` when its subject is described as firms: the actors named
 * in apposition between commas after a firm noun ("manufacturers, Otokar and Nurol Makina,"), an
 * empty list when a firm noun ends the subject and names none ("The Turkish company signed"), or
 * null when the subject is not described as firms. A time adverbial before the verb is stepped over.
 */
export function firmSigners(
  ix: SentenceIndex,
  v: number,
  firmNouns: ReadonlySet<string>,
): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  let j = v - 1;
  while (j >= 0 && j >= v - REACH && BETWEEN.test((tokens[j] as Token).pos)) j--;
  const time = j >= 0 && !ix.cover[j] ? timeAdverbialStart(tokens as Token[], j) : -1;
  if (time >= 0) j = time - 1;
  if (firmNoun(tokens, j, firmNouns) && !ix.cover[j]) return [];
  if (tokens[j]?.text !== ",") return null;
  let open = j - 1;
  while (open > j - APPOSITION_TOKENS && open >= 0 && tokens[open]?.text !== ",") open--;
  if (tokens[open]?.text !== "," || !firmNoun(tokens, open - 1, firmNouns)) return null;
  const heads: ChunkHead[] = [];
  for (let k = open + 1; k < j; k++) {
    const m = ix.cover[k];
    // Only names and the words that join them: "manufacturers, which build tanks," names none. A
    // name no mention covers is a firm all the same, with no actor to sign for.
    if (!m) {
      if (!NAME_JOINS.test((tokens[k] as Token).pos) && tokens[k]?.text !== ",") return null;
      continue;
    }
    if (m.first !== k) continue;
    if (m.type !== "Organization" && m.type !== "Person") return null;
    heads.push({ mention: m, name: actorOf(m).name, unnamed: false });
  }
  return heads.length > 0 ? heads : null;
}
