/**
 * A supply told as the means of an act: "Australia has boosted Papua New Guinea's defence
 * capability with the official handover of 12 Landcruisers to the PNG Defence Force". A supply noun
 * that opens a phrase of "with" or "through" after a verb, and names no supplier of its own, is the
 * act of that verb's subject, a country or a body ("China deepened its ties with Cambodia through
 * the donation of 20 trucks to the army"); a subject that names no actor ("The ceremony ended with
 * the handover of the keys") supplies nothing.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import { actorOf } from "../chunks.ts";
import type { FrameTable } from "../frames.ts";
import { modalityOf, subjectBefore } from "../clause.ts";
import { lemmaAmong } from "../lemma.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
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
export function meansSuppliers(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  const k = meansVerb(ix, t, table);
  if (k < 0) return [];
  const subject = subjectBefore(ix, k);
  if (subject.passive) return [];
  return subject.heads.filter((h) => headType(h) === "Country" || headType(h) === "Organization");
}

/**
 * The country whose possession is the object of the verb whose phrase of means the supply noun at
 * `t` opens, when that verb is one of strengthening (supply-words strengtheningVerbs): "Germany has
 * strengthened Ukraine's defence with military aid", "The US will bolster Taiwan's air defences with
 * the sale of NASAMS": Ukraine, Taiwan. The possessor stands right after the verb (an article
 * between at most) and is a country; empty otherwise ("angered China's leaders with the sale").
 */
export function meansRecipients(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  const k = meansVerb(ix, t, table);
  const tokens = ix.sentence.tokens;
  if (k < 0 || !lemmaAmong((tokens[k] as Token).lower, table.strengthening)) return [];
  // "will bolster Taiwan's air defences with the sale of NASAMS": a plan names no recipient here.
  if (modalityOf(subjectBefore(ix, k).cues, ix.modalityCues) !== "asserted") return [];
  const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const m = ix.cover[at];
  if (!m || m.first !== at || actorOf(m).type !== "Country") return [];
  if (!POSSESSIVE_MARK.test(tokens[m.last]?.lower ?? "")) return [];
  return [{ mention: m, name: actorOf(m).name, unnamed: false }];
}

/**
 * The index of the verb whose phrase of means the supply noun at `t` opens ("boosted ... with the
 * handover of"), or -1. A noun of quantity and "of" may stand before the noun's own words ("with an
 * array of military aid", "through a wide range of donations": lexicon measureNouns), with the
 * noun's own reach before it again.
 */
function meansVerb(ix: SentenceIndex, t: number, table: FrameTable): number {
  const tokens = ix.sentence.tokens;
  let p = phraseStart(tokens, t);
  if (tokens[p]?.lower === "of" && table.measure.has(tokens[p - 1]?.lower ?? ""))
    p = phraseStart(tokens, p - 1);
  if (!MEANS_PREPOSITIONS.has(tokens[p]?.lower ?? "")) return -1;
  for (let k = p - 1; k >= 0 && p - k <= VERB_REACH; k--) {
    const w = tokens[k] as Token;
    if (/^[,;:.]$/u.test(w.text)) return -1;
    if (w.pos !== "VERB" || ix.chunkAt[k] || w.lower.endsWith("ing")) continue;
    return k;
  }
  return -1;
}

/** The index of the word before the determiners, adjectives and numbers that open the noun at `t` (within NOUN_REACH). */
function phraseStart(tokens: readonly Token[], t: number): number {
  let p = t - 1;
  while (p >= 0 && t - p <= NOUN_REACH && NOUN_PHRASE_POS.test((tokens[p] as Token).pos)) p--;
  return p;
}
