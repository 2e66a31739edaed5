/**
 * Deal register: the seller of a receipt or purchase told after its deal. A transfer with no
 * supplier in its clause (UNNAMED_SUPPLIER) to a buyer ("Algeria will receive 16 Su-30MKA jets",
 * "The Saudi defence ministry agreed to buy ten batteries of Cheongung M-SAM II") takes the seller
 * of the one concluded deal (a contract, agreement, purchase or sale: supply-words
 * registerDealFrames) told to that buyer, or to the buyer's country, in the REACH body sentences
 * before it. A future receipt ("will receive", "will get") under such a deal is committed, as a
 * future under a deal signed in its own sentence is (supply.ts concludedDeal).
 * Precision first: a supply in reach from another seller (two deals), a supply told as planned,
 * possible, denied or negated, goods of another kind than the deal's, or a model known to come
 * from elsewhere give nothing. The facts' evidence is the later sentence; each seller keeps its
 * mention in the deal's sentence as a resolution of the receipt's verb.
 */
import type { FrameTable } from "../frames.ts";
import { concatLists } from "../lists.ts";
import type { DocState, Fact, Resolution, Sentence } from "../types.ts";
import { goodsWords, ofKind } from "./deal-frames.ts";
import type { FactIndex } from "./fact-index.ts";
import { frameIdOf, resolutionOf, suppliesInReach } from "./shared.ts";

/** How many body sentences back the deal may be told. */
const REACH = 2;

/** The mark of a country credited as the seller through its company ("Russia's Rosoboronexport signed"). */
const COMPANY_MARK = "+company";

/** The sellers of a registered deal, with the resolutions that show where each was told. */
export interface RegisteredSeller {
  sources: string[];
  resolved: Resolution[];
}

/**
 * The seller(s) that a receipt in sentence `s` to `recipients`, moving `models`, with verb
 * `trigger`, takes from the one concluded deal told to the same buyer just before; or null.
 */
export function registeredSeller(
  state: DocState,
  index: FactIndex,
  s: number,
  parties: { recipients: readonly string[]; models: readonly string[]; trigger: string },
  table: FrameTable,
): RegisteredSeller | null {
  const { recipients, models, trigger } = parties;
  if (recipients.length === 0) return null;
  const facts = suppliesInReach(state, index, s, -1, REACH, false);
  if (facts.length === 0 || facts.some((f) => f.modality !== "asserted")) return null;
  const buyers = buyersOf(state, recipients);
  const deal = facts.filter((f) => buyers.has(f.target) && table.dealFrames.has(frameIdOf(f.rule)));
  if (deal.length === 0) return null;
  // Every supply in reach is the deal's: one seller, with the country of a company that sells.
  const sources = [...new Set(facts.map((f) => f.source))];
  const owners = new Set(
    state.facts
      .filter((f) => f.relation === "affiliated_with" && sources.includes(f.source))
      .map((f) => f.target),
  );
  const sellers = sources.filter(
    (n) => !owners.has(n) && facts.some((f) => f.source === n && !f.rule.includes(COMPANY_MARK)),
  );
  if (sellers.length !== 1 || sources.some((n) => buyers.has(n))) return null;
  if (!sources.every((n) => deal.some((f) => f.source === n))) return null;
  // "Algeria will receive 16 Rafale jets" after a Russian deal: a model made elsewhere is another deal's.
  if (models.some((w) => table.modelOrigin.has(w) && !sources.includes(table.modelOrigin.get(w) as string)))
    return null;
  const at = (deal[0] as Fact).sentence;
  if (!sameGoods(state, at, s, table) || otherGoods(state, at, s, models, table)) return null;
  const resolved: Resolution[] = [];
  for (const name of sources) {
    const mention = (state.mentions[at] ?? []).find((m) => m.name === name);
    if (mention) resolved.push(resolutionOf(trigger, name, at, mention));
  }
  return { sources, resolved };
}

/** The recipients and the countries the document ties them to (a body's country: "the Saudi defence ministry" → Saudi Arabia). */
function buyersOf(state: DocState, recipients: readonly string[]): Set<string> {
  const buyers = new Set(recipients);
  const countries = new Set(
    concatLists(state.mentions)
      .filter((m) => m.type === "Country")
      .map((m) => m.name),
  );
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && recipients.includes(f.source) && countries.has(f.target))
      buyers.add(f.target);
  for (const m of concatLists(state.mentions))
    if (m.country && recipients.includes(m.name)) buyers.add(m.country);
  return buyers;
}

/**
 * False when the deal's sentence `at` and the receipt's sentence `s` both name kinds of goods and
 * none of the receipt's is of a kind the deal names ("signed a contract for helicopters" before
 * "Algeria will receive 40 tanks").
 */
function sameGoods(state: DocState, at: number, s: number, table: FrameTable): boolean {
  const told = goodsWords(state.sentences[at] as Sentence, state.mentions[at] ?? [], table.goodsKinds);
  const moved = goodsWords(state.sentences[s] as Sentence, state.mentions[s] ?? [], table.goodsKinds);
  if (told.size === 0 || moved.size === 0) return true;
  return [...moved].some((w) => ofKind(w, told, table));
}

/**
 * True when the receipt's sentence `s` tells other goods than the deal's at `at`: a word of other
 * goods ("The old T-72 tanks were handed over", supply-words otherGoodsWords), or models none of
 * which the deal names, nor a variant of one, when the deal names a model of its own ("bought ten
 * Leopard 2 tanks" before "T-72 tanks were handed over"; "Su-30 jets" before "Su-30MK2s" is one).
 */
function otherGoods(
  state: DocState,
  at: number,
  s: number,
  models: readonly string[],
  table: FrameTable,
): boolean {
  if ((state.sentences[s] as Sentence).tokens.some((t) => table.otherGoods.has(t.lower))) return true;
  const named = new Set(
    state.facts
      .filter((f) => f.sentence === at && f.relation === "supplies")
      .map((f) => f.target)
      .filter((n) =>
        (state.mentions[at] ?? []).some(
          (m) =>
            m.name === n &&
            m.type === "WeaponSystem" &&
            m.kind !== "generic-weapon" &&
            m.rule !== "weapon-class",
        ),
      ),
  );
  // "Su-30MK2" is a variant of the deal's "Su-30".
  const variant = (w: string): boolean => [...named].some((n) => w.startsWith(n) || n.startsWith(w));
  return named.size > 0 && models.length > 0 && !models.some(variant);
}
