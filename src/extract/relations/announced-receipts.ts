/**
 * A supply made known by its taker: "Denmark pledged F-16 jets to Ukraine. Kyiv announced the
 * delivery of the first F-16 jets." A verb of making a supply known (supplyWords announcingVerbs:
 * "announce", "confirm") governs a supply noun as a verb of approving does, and its subject is read
 * as the supplier ("Washington announced the delivery of HIMARS to Kyiv"); but the taker announces
 * its deliveries as often as the giver. When the noun's phrase names neither a recipient nor a
 * supplier and the document has already told every actor of the subject as the taker of a supply
 * from another actor, the subject is the noun's recipient, not its supplier. A verb of confirming
 * (supplyWords confirmingVerbs) is the taker's and third parties' as much as the giver's: with no
 * recipient or supplier in the noun's phrase, its subject supplies only when the document has told
 * it as a giver ("Ukraine confirmed the delivery of 18 Leopard 2 tanks": no Ukraine supplies).
 */
import type { ChunkHead } from "../chunks.ts";
import type { Fact } from "../types.ts";

/**
 * True when the verb (lemma `verb`) is one of `announcing` and each of the subject's `heads` (one
 * at least) is the target of a supplies fact in `told` whose source is another actor.
 */
export function announcedReceipt(
  verb: string,
  heads: readonly ChunkHead[],
  told: readonly Fact[],
  announcing: ReadonlySet<string>,
): boolean {
  if (!announcing.has(verb) || heads.length === 0) return false;
  return heads.every((h) =>
    told.some((f) => f.relation === "supplies" && f.target === h.name && f.source !== h.name),
  );
}

/**
 * True when the verb (lemma `verb`) is one of `confirming` and the document has not told every one
 * of the subject's `heads` (one at least) as the source of a supplies fact in `told`: with no
 * recipient or supplier in the noun's phrase, such a confirmer may be the taker or a third party.
 */
export function unsidedConfirmation(
  verb: string,
  heads: readonly ChunkHead[],
  told: readonly Fact[],
  confirming: ReadonlySet<string>,
): boolean {
  if (!confirming.has(verb)) return false;
  if (heads.length === 0) return true;
  return !heads.every((h) => told.some((f) => f.relation === "supplies" && f.source === h.name));
}

/** One confirmer of a supply: its name, the state it belongs to (if known) and whether it is a person. */
export interface Confirmer {
  readonly name: string;
  readonly state: string | undefined;
  readonly person: boolean;
}

/**
 * True when the subject of a verb of `confirming` (lemma `verb`), whose supply noun names a
 * recipient but no supplier, is a third party that confirms another's supply rather than its giver:
 * unless the document has told every confirmer as a giver, when the document tells another supplier
 * of the same `goods` (or, with no goods named, of the same `recipients`) ("Poland sent 14 Leopard 2
 * tanks to Ukraine. The Pentagon confirmed the delivery of the tanks"); when a confirmer that is no
 * person belongs to no known state (a news agency or another body that reports: "Reuters could not
 * confirm the delivery of …"); or when a good's known maker (`origins`) is another state than the
 * state of a confirmer that is a body ("The Pentagon confirmed the delivery of Leopard 2 tanks to
 * Ukraine"; not a state or a person: "Poland confirmed the delivery of Leopard 2 tanks to Ukraine").
 */
export function thirdPartyConfirmation(
  verb: string,
  confirmers: readonly Confirmer[],
  { goods, recipients }: { goods: readonly string[]; recipients: readonly string[] },
  told: readonly Fact[],
  origins: ReadonlyMap<string, string>,
  confirming: ReadonlySet<string>,
): boolean {
  if (!confirming.has(verb) || confirmers.length === 0) return false;
  const supplies = told.filter((f) => f.relation === "supplies");
  if (confirmers.every((c) => supplies.some((f) => f.source === c.name))) return false;
  const own = new Set(confirmers.flatMap((c) => (c.state ? [c.name, c.state] : [c.name])));
  const ends = goods.length > 0 ? goods : recipients;
  if (supplies.some((f) => ends.includes(f.target) && !own.has(f.source))) return true;
  for (const c of confirmers) {
    if (!c.person && !c.state) return true;
    const state = c.state;
    // "Poland confirmed the delivery of 14 Leopard 2 tanks to Ukraine": a state, and its official,
    // hand on goods others made (donations from stock, re-exports), so only a body is read as a
    // witness by the goods' maker.
    if (state && !c.person && c.name !== state && goods.some((w) => (origins.get(w) ?? state) !== state))
      return true;
  }
  return false;
}
