/**
 * The document's supplier of a transfer whose clause names none ("Jordan has taken delivery of eight
 * Black Hawk helicopters", "These drones were handed over to the army"): the facts that supply.ts
 * emits from UNNAMED_SUPPLIER take the one supplier that the rest of the document ties to the same
 * goods, or to the same recipient when the goods are the ones that supplier was told to send.
 */
import type { FrameTable } from "../frames.ts";
import { concatLists } from "../lists.ts";
import type { DocState, Fact, Mention, Sentence, Token } from "../types.ts";
import { registeredSeller } from "./deal-register.ts";
import { indexFacts } from "./fact-index.ts";
import { backReferredSupplier, forwardSupplier } from "./receipt-back.ts";
import { nearestSupplier } from "./nearest-supplier.ts";
import { partnerAfter, signedPartner } from "./signed-partners.ts";
import { DEFINITE_PLURAL_DETERMINER_WORDS, frameOfRule } from "./shared.ts";
import { BACK_GOODS, UNDER_DEAL, UNNAMED_SUPPLIER } from "./supply.ts";

/** The rule mark of a transfer that takes the supplier of the supply told just before it (nearest-supplier.ts). */
const NEAREST = "+near";

/** How many tokens before the class noun a demonym may stand ("Russian armored patrol vehicles"). */
const DEMONYM_REACH = 4;

/**
 * Replaces the UNNAMED_SUPPLIER facts of `state` by facts of the document's supplier, or drops them.
 * A transfer takes a supplier S only where the document gives S for it:
 * - by its goods: S is the one asserted supplier of a named model it moves, unless S's goods were
 *   told going to others and S is told to supply none of its recipients ("The F-16 jets were handed
 *   over to Ukraine" after "the US approved the sale of F-16 jets to Turkey" takes nothing);
 * - by its recipient: S is the recipient's one asserted supplier, and each model it moves is made in
 *   S (supply-words.json modelOrigins) or is S's goods referred back to ("The 10 BRDM-2 vehicles have
 *   been delivered to Serbia" after "Russian armored patrol vehicles"); "Ukraine has also received
 *   14 Leclerc tanks" in an article on US aid to Ukraine takes nothing;
 * - goods alone, no recipient named: S is the only supplier the body tells, and the models are made in
 *   S or referred back to ("These drones – Bayraktar TB2 and Bayraktar Akinci –" after "combat drones
 *   delivered by Turkey").
 * - by the headline: when neither the goods nor the recipient give a body supplier, S is the one
 *   supplier the headline lines assert, toward a recipient of the transfer or its country, and the
 *   body tells no other ("Japan hands over patrol vessels to Philippines" over "Two patrol vessels
 *   were handed over to the Philippine Coast Guard"); the facts record their frame id + "+headline".
 * A model known to come from another country than S drops the transfer. The facts record their
 * frame id + "+document".
 */
export function unnamedSuppliers(state: DocState, table: FrameTable): void {
  const unnamed = state.facts.filter((f) => f.source === UNNAMED_SUPPLIER);
  if (unnamed.length === 0) return;
  state.facts = state.facts.filter((f) => f.source !== UNNAMED_SUPPLIER);
  // The facts indexed once for the rules below; every fact credited joins the index.
  const index = indexFacts(state.facts);
  const body = state.facts.filter(
    (f) => f.relation === "supplies" && !(state.sentences[f.sentence] as Sentence).headline,
  );
  const asserted = body.filter((f) => f.modality === "asserted");
  // Every supplier the body tells, however hedged: with only one, it is the document's supplier.
  const told = new Set(body.map((f) => f.source));
  const suppliersOf = new Map<string, Set<string>>();
  for (const f of asserted) suppliersOf.set(f.target, (suppliersOf.get(f.target) ?? new Set()).add(f.source));
  const weapons = new Set(
    concatLists(state.mentions)
      .filter((m) => m.type === "WeaponSystem")
      .map((m) => m.name),
  );
  // "S|model" where a sentence telling S's supply of the model also names a recipient of S.
  const soldTo = new Set(
    asserted
      .filter(
        (f) =>
          weapons.has(f.target) &&
          asserted.some((g) => g.sentence === f.sentence && g.source === f.source && !weapons.has(g.target)),
      )
      .map((f) => `${f.source}|${f.target}`),
  );
  const countries = new Set(
    concatLists(state.mentions)
      .filter((m) => m.type === "Country")
      .map((m) => m.name),
  );
  // A partner country moves no model known to come from another (a company's models are its own).
  const fromPartner = (source: string, models: readonly string[]): boolean =>
    !countries.has(source) || models.every((w) => (table.modelOrigin.get(w) ?? source) === source);
  const groups = new Map<string, Fact[]>();
  for (const f of unnamed) {
    const key = `${f.sentence}|${f.trigger}|${f.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // The facts held, keyed by sentence and pair: built at the first credit (many documents credit
  // none), from state.facts as it stands here (the rules below only read it until then).
  let have: Set<string> | null = null;
  // Adds the facts of `facts` from `source`, with `over`, once per sentence and pair.
  const credit = (facts: readonly Fact[], source: string, over: Partial<Fact>): void => {
    have ??= new Set(state.facts.map((f) => `${f.sentence}|${f.source}|${f.relation}|${f.target}`));
    for (const f of facts) {
      const g = { ...f, ...over, source };
      const key = `${g.sentence}|${source}|${g.relation}|${g.target}`;
      if (g.target === source || have.has(key)) continue;
      have.add(key);
      state.facts.push(g);
      index.add(g);
    }
  };
  const of = (names: string[]): Set<string> => new Set(names.flatMap((n) => [...(suppliersOf.get(n) ?? [])]));
  for (const group of groups.values()) {
    const sentence = (group[0] as Fact).sentence;
    const first = group[0] as Fact;
    if (first.rule.endsWith(UNDER_DEAL)) {
      // "Algeria will receive 16 Su-30 jets" after Russia's contract for Algeria: the deal's seller.
      const rule = first.rule.slice(0, -UNDER_DEAL.length).replace(BACK_GOODS, "");
      const recipients = group.map((f) => f.target).filter((n) => !weapons.has(n));
      const models = group.map((f) => f.target).filter((n) => weapons.has(n));
      const deal = registeredSeller(
        state,
        index,
        sentence,
        { recipients, models, trigger: first.trigger },
        table,
      );
      for (const s of deal?.sources ?? [])
        credit(group, s, { rule: `${rule}+register`, modality: "asserted", resolved: deal?.resolved ?? [] });
      const partner = deal ? null : signedPartner(state, index, sentence, recipients, table);
      if (partner && fromPartner(partner.source, models))
        credit(group, partner.source, {
          rule: `${rule}+signed`,
          modality: "asserted",
          resolved: partner.resolved,
        });
      continue;
    }
    if ((group[0] as Fact).rule.endsWith(BACK_GOODS)) {
      // "China donated six Z-9 helicopters. Kenya received the helicopters.": the deal told just before.
      const recipients = group.map((f) => f.target);
      const back = backReferredSupplier(state, index, sentence, recipients, table);
      if (back) credit(group, back.source, { resolved: back.resolved });
      continue;
    }
    const models = group.map((f) => f.target).filter((n) => weapons.has(n));
    const recipients = group.map((f) => f.target).filter((n) => !weapons.has(n));
    const byGoods = of(models);
    // "The Saudi defence ministry agreed to buy Cheongung M-SAM II" after Saudi Arabia's deal with
    // LIG Nex1: goods that name no seller take that of the deal told to the same buyer just before.
    const deal =
      byGoods.size === 0
        ? registeredSeller(state, index, sentence, { recipients, models, trigger: first.trigger }, table)
        : null;
    if (deal) {
      for (const s of deal.sources)
        credit(group, s, { rule: `${first.rule}+register`, resolved: deal.resolved });
      continue;
    }
    // "Greece signed a contract with Dassault Aviation. Under the deal, Greece will receive six Rafale
    // jets.": the partner of the deal signed just before, when it makes no model known to come from elsewhere.
    const partner =
      byGoods.size === 0 && of(recipients).size === 0
        ? (signedPartner(state, index, sentence, recipients, table) ??
          partnerAfter(state, index, sentence, recipients, first.trigger, table))
        : null;
    if (partner && fromPartner(partner.source, models)) {
      credit(group, partner.source, {
        rule: `${first.rule}+signed`,
        modality: "asserted",
        resolved: partner.resolved,
      });
      continue;
    }
    let source: string;
    let credited: string[];
    let mark = "+document";
    const ahead =
      byGoods.size === 0 && of(recipients).size === 0
        ? forwardSupplier(state, index, sentence, recipients, table)
        : null;
    if (ahead && models.every((w) => (table.modelOrigin.get(w) ?? ahead.source) === ahead.source)) {
      // "Poland ordered 180 K2 tanks. South Korea delivered the first ten tanks.": the delivery after it.
      const { sentence: at, trigger, resolved } = ahead;
      credit(group, ahead.source, {
        sentence: at,
        trigger,
        resolved,
        rule: `${(group[0] as Fact).rule}+ahead`,
      });
      continue;
    }
    const lead = byGoods.size === 0 && of(recipients).size === 0 ? headlineSupplier(state, recipients) : null;
    if (lead !== null && [...told].every((s) => s === lead)) {
      // "Japan hands over patrol vessels to Philippines" over "Two patrol vessels were handed over
      // to the Philippine Coast Guard": the body names no supplier, the headline one.
      source = lead;
      credited = [...recipients, ...models.filter((w) => table.modelOrigin.get(w) === lead)];
      mark = "+headline";
    } else if (byGoods.size > 0) {
      if (byGoods.size > 1) continue;
      source = [...byGoods][0] as string;
      const s = source;
      const matched = models.filter((w) => suppliersOf.get(w)?.has(s) || table.modelOrigin.get(w) === s);
      // Goods S was told to send to others, now moved to a recipient S is not told to supply, were
      // moved by someone else.
      const elsewhere =
        recipients.length > 0 &&
        !recipients.some((r) => suppliersOf.get(r)?.has(s)) &&
        matched.some((w) => soldTo.has(`${s}|${w}`));
      if (elsewhere) continue;
      credited = [...matched, ...recipients];
    } else {
      const byRecipient = of(recipients);
      let candidates = byRecipient;
      if (byRecipient.size === 0 && recipients.length === 0 && told.size === 1 && asserted.length > 0)
        candidates = told;
      const s = candidates.size === 1 ? ([...candidates][0] as string) : null;
      if (
        s === null ||
        models.length === 0 ||
        (!models.every((w) => table.modelOrigin.get(w) === s) &&
          !referredBack(state, sentence, models, s, asserted))
      ) {
        // "BAE Systems delivered two warships. NPaOc Araguari was handed over to the Brazilian Navy.":
        // the supply told just before, when nothing else in reach speaks.
        const near = nearestSupplier(
          state,
          index,
          sentence,
          { recipients, models, trigger: first.trigger, receipt: receiptFrame(table, first.rule) },
          table,
        );
        if (near)
          for (const x of near.sources)
            credit(
              group.filter((f) => near.targets.includes(f.target)),
              x,
              { rule: `${first.rule}${NEAREST}`, resolved: near.resolved },
            );
        continue;
      }
      source = s;
      credited = [...models, ...recipients];
    }
    // "Ukraine has received 31 Abrams tanks" where Germany is Ukraine's one supplier told: a model
    // that another country makes is not that supplier's.
    if (models.some((w) => (table.modelOrigin.get(w) ?? source) !== source)) continue;
    credit(
      group.filter((f) => credited.includes(f.target)),
      source,
      { rule: `${(group[0] as Fact).rule}${mark}` },
    );
  }
  state.facts.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The one supplier that the headline lines assert, when it supplies one of `recipients` or the
 * country of one (a body's country: "to Philippines" for "the Philippine Coast Guard"); else null.
 */
function headlineSupplier(state: DocState, recipients: string[]): string | null {
  if (recipients.length === 0) return null;
  const lines = state.facts.filter(
    (f) =>
      f.relation === "supplies" &&
      f.modality === "asserted" &&
      f.source !== UNNAMED_SUPPLIER &&
      (state.sentences[f.sentence] as Sentence).headline,
  );
  const suppliers = new Set(lines.map((f) => f.source));
  if (suppliers.size !== 1) return null;
  const countries = new Set(recipients);
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && countries.has(f.source)) countries.add(f.target);
  for (const m of concatLists(state.mentions))
    if (m.country && recipients.includes(m.name)) countries.add(m.country);
  const lead = [...suppliers][0] as string;
  return lines.some((f) => countries.has(f.target)) && !countries.has(lead) ? lead : null;
}

/**
 * Whether the models of sentence `s` are named in a phrase that refers back to goods of `supplier`
 * told in an earlier body sentence: "the 10 BRDM-2 reconnaissance vehicles" (a determiner, perhaps a
 * number, the models and their class noun) or "These drones – Bayraktar TB2 and Bayraktar Akinci –"
 * (a determiner and the class noun set off before them), where an earlier sentence holds the class
 * noun together with an asserted supply by `supplier` or after its demonym ("Russian armored patrol
 * vehicles"). "14 Leclerc tanks", "the locally built Jinnah-class frigate" refer back to nothing.
 */
function referredBack(
  state: DocState,
  s: number,
  models: string[],
  supplier: string,
  asserted: Fact[],
): boolean {
  const sentence = state.sentences[s] as Sentence;
  const mentions = (state.mentions[s] ?? []).filter(
    (m) => m.type === "WeaponSystem" && models.includes(m.name),
  );
  if (mentions.length === 0) return false;
  const first = Math.min(...mentions.map((m) => m.first));
  const last = Math.max(...mentions.map((m) => m.last));
  const noun = classNoun(sentence.tokens, first, last);
  if (!noun) return false;
  for (let j = 0; j < s; j++) {
    const earlier = state.sentences[j] as Sentence;
    if (earlier.headline) continue;
    const at = earlier.tokens.findIndex((t) => t.pos === "NOUN" && t.lemma === noun);
    if (at < 0) continue;
    if (asserted.some((f) => f.sentence === j && f.source === supplier)) return true;
    const demonym = (state.mentions[j] ?? []).some(
      (m: Mention) =>
        m.kind === "demonym" && m.name === supplier && m.last <= at && m.last >= at - DEMONYM_REACH,
    );
    if (demonym) return true;
  }
  return false;
}

/**
 * The lemma of the class noun of models named from token `first` to `last` (one past the end) behind
 * a determiner that refers back: the last noun right after them, adjectives between ("the Huey II helicopters", "the 12 BTR-82
 * armoured vehicles"), or the
 * noun of "these drones" set off by a dash, comma or bracket right before them; else null.
 */
function classNoun(tokens: Token[], first: number, last: number): string | null {
  let k = first - 1;
  if (tokens[k]?.pos === "NUM") k--;
  if (DEFINITE_PLURAL_DETERMINER_WORDS.has(tokens[k]?.lower ?? "")) {
    let n = last;
    while (tokens[n]?.pos === "NOUN" || tokens[n]?.pos === "ADJ") n++;
    return tokens[n - 1]?.pos === "NOUN" && n > last ? (tokens[n - 1] as Token).lemma : null;
  }
  if (!/^[–—(,-]$/u.test(tokens[first - 1]?.text ?? "")) return null;
  const head = tokens[first - 2];
  return head?.pos === "NOUN" && DEFINITE_PLURAL_DETERMINER_WORDS.has(tokens[first - 3]?.lower ?? "")
    ? head.lemma
    : null;
}

/** True when the frame of rule `rule` has its recipient as the clause's subject ("Ukraine received", "Jordan has taken delivery"). */
function receiptFrame(table: FrameTable, rule: string): boolean {
  const frame = frameOfRule(table, rule);
  return frame?.roles.subject === "recipient" || frame?.roles["governor-subject"] === "recipient";
}
