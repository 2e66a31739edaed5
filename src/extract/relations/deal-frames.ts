/**
 * supplies across sentences, through a deal frame: a sentence that tells a supply opens a deal (its
 * suppliers and the kinds of goods it names); a sentence just after whose subject refers back to it,
 * by a definite phrase headed by one of those kinds of goods or by a deal noun ("The boats, two
 * Defender-class vessels, were unveiled", "The Mi-171Sh helicopters will arrive in December", "The
 * contract for the Rafale jets was signed"), names the deal's goods: each model named in that subject
 * is supplied by the deal's suppliers. The fact's evidence is the later sentence; the supplier it
 * takes from the earlier one is kept as a resolution of the subject phrase, as coreference keeps
 * pronouns.
 */
import type { Modality } from "../../model/ontology.ts";
import { modalityOf } from "../clause.ts";
import type { FrameTable } from "../frames.ts";
import { singular, WORDS } from "../words.ts";
import type { DocState, Fact, Mention, Resolution, Sentence, Token } from "../types.ts";

/** How many sentences back the deal a subject refers to may be told. */
export const DEAL_FRAME_REACH = 2;

const RANK: Record<Modality, number> = { asserted: 0, possible: 1, planned: 2, negated: 3, denied: 4 };

/** The words of a deal: its suppliers, each with the least hedged status and a mention, and its kinds of goods. */
interface Deal {
  sentence: number;
  suppliers: Map<string, { modality: Modality; mention: Mention | undefined }>;
  goods: Set<string>;
  /** True when the deal names a model it supplies: its goods are told, no later subject completes them. */
  named: boolean;
}

/** The weapon head words of a sentence, singular ("boats" → "boat"), broad model heads aside. */
function goodsWords(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  for (const t of sentence.tokens) {
    const w = singular(t.lower);
    if (WORDS.weaponHeads.has(w) && !WORDS.broadModelHeads.has(w)) out.add(w);
  }
  return out;
}

/** The deals told in the body: per sentence, the suppliers of its asserted or hedged supplies. */
function dealsOf(state: DocState, actors: Set<string>): Map<number, Deal> {
  const deals = new Map<number, Deal>();
  for (const f of state.facts) {
    if (f.relation !== "supplies" || !actors.has(f.source)) continue;
    if (f.modality === "negated" || f.modality === "denied") continue;
    const sentence = state.sentences[f.sentence] as Sentence;
    if (sentence.headline) continue;
    let deal = deals.get(f.sentence);
    if (!deal) {
      deal = { sentence: f.sentence, suppliers: new Map(), goods: goodsWords(sentence), named: false };
      deals.set(f.sentence, deal);
    }
    const model = (state.mentions[f.sentence] ?? []).find(
      (m) =>
        m.name === f.target &&
        m.type === "WeaponSystem" &&
        m.kind !== "generic-weapon" &&
        m.rule !== "weapon-class",
    );
    if (model) deal.named = true;
    const had = deal.suppliers.get(f.source);
    if (!had || RANK[f.modality] < RANK[had.modality]) {
      const mention = (state.mentions[f.sentence] ?? []).find((m) => m.name === f.source);
      deal.suppliers.set(f.source, { modality: f.modality, mention });
    }
  }
  return deals;
}

/**
 * The end (one past the last token) of the subject phrase that opens sentence `tokens` with a
 * word of `back` ("The boats, two Defender-class vessels,", "These drones – A and B –"), before
 * its verb; -1 when the sentence opens otherwise. A participle after a comma ("The vessels, named
 * A and B,") is an apposition, not the verb.
 */
function backSubjectEnd(tokens: Token[], cover: (Mention | undefined)[], back: ReadonlySet<string>): number {
  if (!back.has(tokens[0]?.lower ?? "")) return -1;
  let inApposition = false;
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (cover[k]) continue;
    if (tok.text === "," || /^[–—]$/u.test(tok.text)) {
      // A comma or dash closes an apposition it opened; one after the head opens it.
      inApposition = !inApposition;
      continue;
    }
    if (tok.pos === "AUX" || (tok.pos === "VERB" && !inApposition)) return k;
  }
  return -1;
}

/** The deal nouns a definite subject may refer back with ("the contract", "the approval"). */
function dealNouns(table: FrameTable): Set<string> {
  return new Set(table.frames.filter((f) => f.roles.subject === "deal").flatMap((f) => f.subjectNouns ?? []));
}

/**
 * Adds, for each body sentence whose subject refers back to the latest deal told within
 * DEAL_FRAME_REACH sentences before it, when that deal named no model of its goods ("two patrol
 * boats", not "two Dornier 228 planes": the planes that carried them are other goods), a supplies fact from each of the deal's suppliers to each
 * model named in that subject. The subject must name no actor other than a supplier of the deal
 * ("The Russian Mi-17 helicopters" after a US sale refers to other goods) and no word of other goods
 * ("The old Kondor-class boats"), and a model known to come
 * from another country than a supplier is not that supplier's. The fact takes the supplier's status
 * in the deal, unless its own sentence is hedged further; it records the rule `supply-deal-frame`.
 */
export function dealFrames(state: DocState, table: FrameTable): void {
  const actors = new Set<string>();
  const countries = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "WeaponSystem") actors.add(m.name);
      if (m.type === "Country") countries.add(m.name);
    }
  const deals = dealsOf(state, actors);
  if (deals.size === 0) return;
  const nouns = dealNouns(table);
  const have = new Set(
    state.facts.filter((f) => f.relation === "supplies").map((f) => `${f.source}|${f.target}`),
  );
  const added: Fact[] = [];
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    let deal: Deal | undefined;
    for (let i = sentence.index - 1; i >= sentence.index - DEAL_FRAME_REACH && !deal; i--)
      deal = deals.get(i);
    if (!deal || deal.named) continue;
    const mentions = state.mentions[sentence.index] ?? [];
    const tokens = sentence.tokens;
    const cover: (Mention | undefined)[] = [];
    for (const m of mentions) for (let k = m.first; k < m.last; k++) cover[k] = m;
    const end = backSubjectEnd(tokens, cover, table.backReference);
    if (end < 0) continue;
    if (tokens.slice(0, end).some((t) => table.otherGoods.has(t.lower))) continue;
    const inSubject = mentions.filter((m) => m.first < end);
    if (inSubject.some((m) => m.type !== "WeaponSystem" && !deal.suppliers.has(m.name))) continue;
    // The subject's head words: a kind of goods the deal named, or a deal noun.
    let refers = false;
    for (let k = 1; k < end && !refers; k++) {
      const tok = tokens[k] as Token;
      if (tok.pos !== "NOUN" && !cover[k]) continue;
      const w = singular(tok.lower);
      refers = deal.goods.has(w) || (!cover[k] && nouns.has(tok.lemma));
    }
    if (!refers) continue;
    const models = inSubject.filter(
      (m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon" && m.rule !== "weapon-class",
    );
    if (models.length === 0) continue;
    const own = modalityOf(tokens.map((t) => t.lower).filter((w) => w !== "will"));
    if (RANK[own] >= RANK.negated) continue;
    const phrase = sentence.text.slice(0, (tokens[end - 1] as Token).end - sentence.start);
    for (const [source, told] of deal.suppliers) {
      for (const w of models) {
        const origin = table.modelOrigin.get(w.name);
        if (origin && origin !== source && countries.has(source)) continue;
        if (have.has(`${source}|${w.name}`)) continue;
        have.add(`${source}|${w.name}`);
        const modality = RANK[told.modality] > RANK[own] ? told.modality : own;
        const resolved: Resolution[] = told.mention
          ? [
              {
                text: phrase,
                name: source,
                antecedent: {
                  sentence: deal.sentence,
                  start: told.mention.start,
                  end: told.mention.end,
                  text: told.mention.text,
                },
              },
            ]
          : [];
        added.push({
          source,
          relation: "supplies",
          target: w.name,
          sentence: sentence.index,
          trigger: (tokens[0] as Token).text,
          rule: "supply-deal-frame",
          modality,
          ...(resolved.length > 0 ? { resolved } : {}),
        });
      }
    }
  }
  if (added.length === 0) return;
  state.facts.push(...added);
  state.facts.sort((a, b) => a.sentence - b.sentence);
}
