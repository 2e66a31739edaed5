/**
 * Received goods' origin: the country whose demonym qualifies unnamed goods in the object of a verb
 * of receiving or buying ("Mali received a new shipment of Russian military equipment", "Algeria
 * bought Chinese weapons"), which, with no from-phrase, names their supplier, as a demonym on a
 * named weapon already does ("received Chinese FK-3 systems"). Goods taken from their owner
 * ("captured", "seized") were supplied by no one to whoever holds them.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import type { FrameTable } from "../frames.ts";
import type { Token } from "../types.ts";
import { WORDS, singular } from "../words.ts";

/** Parts of speech that may stand in a goods object before its demonym ("a new shipment of", "two more"). */
const OBJECT_POS = /^(?:DET|NUM|ADJ|ADV|NOUN|PROPN|SYM)$/u;
/** Parts of speech of the modifiers and head after the demonym ("Russian military equipment"). */
const RUN_POS = /^(?:ADJ|NOUN)$/u;
/** How many tokens after the verb the goods' demonym may stand ("a new shipment of 20 Russian"). */
const OBJECT_REACH = 8;

/**
 * The country of a demonym in the direct object after the verb at `t`, past quantity words and
 * one of-phrase, whose noun phrase is headed by a weapon's head word or an arms word that tells
 * goods ("Russian equipment", "a consignment of Turkish military equipment", "Iranian weapons";
 * not "a Russian delegation", "Russian military officials", "Russian aid", too broad to tell
 * goods, nor "captured Russian tanks", taken from their owner). Empty when none.
 */
export function receivedGoodsOrigin(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const limit = Math.min(tokens.length, t + 1 + OBJECT_REACH);
  let ofSeen = false;
  for (let k = t + 1; k < limit; k++) {
    const w = tokens[k] as Token;
    const m = ix.cover[k];
    if (m && m.first === k && m.type === "Country" && m.kind === "demonym") {
      return goodsHeaded(ix, m.last, table) ? [{ mention: m, name: m.name, unnamed: false }] : [];
    }
    if (m) return [];
    if (table.captured.has(w.lower)) return [];
    if (w.lower === "of" && !ofSeen) {
      ofSeen = true;
      continue;
    }
    if (!OBJECT_POS.test(w.pos)) return [];
  }
  return [];
}

/**
 * True when the last noun of the run of modifiers and nouns from `k` (no mention among them) is a
 * weapon's head word or an arms word that tells goods (not aid, assistance or security).
 */
function goodsHeaded(ix: SentenceIndex, k: number, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (j < tokens.length && !ix.cover[j] && RUN_POS.test((tokens[j] as Token).pos)) j++;
  if (j === k || ix.cover[j]?.type === "WeaponSystem") return false;
  // The head is the run's last noun ("Chinese weapons worth $2 billion").
  let h = j - 1;
  while (h > k && (tokens[h] as Token).pos !== "NOUN") h--;
  const head = tokens[h] as Token;
  if (head.pos !== "NOUN") return false;
  const word = singular(head.lower);
  if (WORDS.weaponHeads.has(word)) return !table.broadGoodsHeads.has(word);
  return table.arms.has(head.lower) && !table.broadArms.has(head.lower);
}

/** True when a word of capture (the frame table's `captured`) stands in tokens [from, to). */
function capturedWithin(ix: SentenceIndex, from: number, to: number, table: FrameTable): boolean {
  for (let k = from; k < to; k++) if (table.captured.has((ix.sentence.tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * True when a word of capture stands between the verb at `t` and the supplier `h` its goods'
 * demonym names ("received captured Russian tanks"): the goods were taken from their owner.
 */
export function capturedBetween(ix: SentenceIndex, t: number, h: ChunkHead, table: FrameTable): boolean {
  return capturedWithin(ix, t + 1, h.mention?.first ?? t, table);
}

/** How many words after the goods a word of capture may stand ("a US-supplied Bradley captured in Kursk"). */
const CAPTURE_REACH = 4;

/**
 * True when a word of capture stands from the verb at `k` to a few words past the goods' phrase
 * ending at `end` ("Russia displayed a US-supplied Bradley captured in Kursk", "showed captured
 * US-supplied vehicles"): whoever shows or holds the goods took them, and received nothing.
 */
export function capturedAround(ix: SentenceIndex, k: number, end: number, table: FrameTable): boolean {
  return capturedWithin(ix, k + 1, Math.min(ix.sentence.tokens.length, end + CAPTURE_REACH), table);
}
