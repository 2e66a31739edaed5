/**
 * Goods a later sentence names (the discourse layer of supplies): "The United States donated patrol
 * boats to St. Vincent and the Grenadines. … The two Defender-class interceptor vessels can exceed
 * 40 knots." A deal told with goods of a kind but no model ("patrol boats", "a new patrol craft")
 * is identified by a later subject that refers back to those goods with a definite description
 * naming a model for the first time ("The two Defender-class interceptor vessels", "The Bay Class
 * boat"): the model is supplied by the deal's supplier, with the deal's modality (a planned deal's
 * goods stay planned).
 * Precision first: every supply the document tells before the sentence (headline included) is from
 * the same suppliers and none is told as possible, denied or negated; no deal before names a model
 * of that kind already (then the later model is other goods); the goods stay the topic (a sentence
 * within TOPIC_GAP body sentences before names goods of the kind); the subject opens with a word of
 * back-reference (supplyWords backReferenceWords), names no actor and no word of other goods ("the
 * old Defender boats", supplyWords otherGoodsWords), and its head is of the deal's kind
 * (supplyWords goodsKinds); the sentence tells no supply of another supplier. The fact's evidence is
 * the later sentence (rule `supply-discourse-goods`); the supplier keeps its mention in the deal's
 * sentence as a resolution of the subject phrase.
 */
import type { Modality } from "../../model/ontology.ts";
import { MODALITY_RANK as RANK } from "../clause.ts";
import type { FrameTable } from "../frames.ts";
import { isVerbOrAux, singular } from "../words.ts";
import type { DocState, Fact, Mention, Sentence, Token } from "../types.ts";
import { goodsWords, ofKind } from "./deal-frames.ts";
import { resolutionOf } from "./shared.ts";

/** How many body sentences may stand between the last mention of the deal's goods and the naming subject. */
const TOPIC_GAP = 3;
/** How many tokens a fronted adverbial may run before its comma ("On Monday,"). */
const FRONTED_REACH = 6;
/** The rule of the facts this module adds. */
const RULE = "supply-discourse-goods";

/** The deal the document has told before a sentence: its suppliers, goods kinds and facts. */
interface ToldDeal {
  suppliers: Set<string>;
  /** The kinds of goods the deal sentences name ("boat", "craft"). */
  goods: Set<string>;
  /** The singular heads of the models the deal already supplies ("vessel" for "Damen vessels"). */
  modelHeads: Set<string>;
  facts: Fact[];
}

/** The subject that names the goods: its model mention, its head word and the subject's text. */
interface NamingSubject {
  model: Mention;
  head: string;
  text: string;
}

/**
 * Adds the supplies of models named by a later subject that refers back to a deal's goods (see the
 * file's header). Runs after every other supply of the document is known.
 */
export function identifiedGoods(state: DocState, table: FrameTable): void {
  const actors = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type !== "WeaponSystem") actors.add(m.name);
  const supplies = state.facts.filter((f) => f.relation === "supplies" && actors.has(f.source));
  if (supplies.length === 0) return;
  const supplied = new Set(
    state.facts.filter((f) => f.relation === "supplies").map((f) => `${f.source}|${f.target}`),
  );
  const named = new Set<string>();
  const added: Fact[] = [];
  for (const sentence of state.sentences) {
    const mentions = state.mentions[sentence.index] ?? [];
    const seenBefore = new Set(named);
    for (const m of mentions) named.add(m.name);
    if (sentence.headline) continue;
    const deal = dealBefore(state, supplies, sentence.index, actors, table);
    if (!deal) continue;
    if (supplies.some((f) => f.sentence === sentence.index && !deal.suppliers.has(f.source))) continue;
    const subject = namingSubject(sentence, mentions, table);
    if (!subject || seenBefore.has(subject.model.name)) continue;
    if (!ofKind(subject.head, deal.goods, table)) continue;
    // A deal that names a model of the kind already: a later model is other goods.
    if ([...deal.modelHeads].some((h) => ofKind(h, new Set([subject.head]), table))) continue;
    if (!topicHeld(state, sentence.index, deal.goods, table)) continue;
    const modality: Modality = deal.facts.some((f) => f.modality === "asserted") ? "asserted" : "planned";
    for (const source of deal.suppliers) {
      const key = `${source}|${subject.model.name}`;
      if (supplied.has(key)) continue;
      supplied.add(key);
      const from = supplierMention(state, deal.facts, source);
      added.push({
        source,
        relation: "supplies",
        target: subject.model.name,
        sentence: sentence.index,
        trigger: subject.head,
        rule: RULE,
        modality,
        ...(from ? { resolved: [resolutionOf(subject.text, source, from.sentence, from.mention)] } : {}),
      });
    }
  }
  if (added.length === 0) return;
  state.facts.push(...added);
  state.facts.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The one deal the document tells before sentence `s`: every supply before it from the same
 * suppliers, asserted or planned, moving goods of a kind; null otherwise.
 */
function dealBefore(
  state: DocState,
  supplies: readonly Fact[],
  s: number,
  actors: ReadonlySet<string>,
  table: FrameTable,
): ToldDeal | null {
  const facts = supplies.filter((f) => f.sentence < s);
  if (facts.length === 0) return null;
  if (facts.some((f) => RANK[f.modality] >= RANK.negated || f.modality === "possible")) return null;
  const suppliers = new Set(facts.map((f) => f.source));
  if (suppliers.size !== 1) return null;
  const goods = new Set<string>();
  const modelHeads = new Set<string>();
  for (const i of new Set(facts.map((f) => f.sentence))) {
    const sentence = state.sentences[i] as Sentence;
    const mentions = state.mentions[i] ?? [];
    for (const w of goodsWords(sentence, mentions, table.goodsKinds)) goods.add(w);
    for (const f of facts) {
      if (f.sentence !== i || actors.has(f.target)) continue;
      const m = mentions.find((x) => x.name === f.target && x.type === "WeaponSystem");
      if (m && m.rule !== "weapon-class") modelHeads.add(headOf(sentence.tokens, m));
    }
  }
  if (goods.size === 0) return null;
  return { suppliers, goods, modelHeads, facts };
}

/** The singular head word of weapon mention `m`, or of the noun just after it ("Bay Class boat" → "boat"). */
function headOf(tokens: readonly Token[], m: Mention): string {
  const after = tokens[m.last];
  const word = after && after.pos === "NOUN" ? after : (tokens[m.last - 1] as Token);
  return singular(word.lower);
}

/**
 * The subject opening `tokens` (after an opening quotation mark and a fronted adverbial with its
 * comma) when it is a definite description naming a model: a word of back-reference, then numbers,
 * adjectives and nouns around one weapon model mention (not a class), up to its verb; null when it
 * names an actor, a word of other goods, a second model or anything else.
 */
function namingSubject(
  sentence: Sentence,
  mentions: readonly Mention[],
  table: FrameTable,
): NamingSubject | null {
  const tokens = sentence.tokens;
  let k = 0;
  while (tokens[k]?.pos === "PUNCT" && tokens[k]?.text !== ",") k++;
  const comma = tokens.findIndex((t, i) => i > k && i <= k + FRONTED_REACH && t.text === ",");
  if (
    comma > 0 &&
    (tokens[k]?.pos === "ADP" || tokens[k]?.pos === "ADV") &&
    tokens.slice(k, comma).every((t) => !isVerbOrAux(t))
  )
    k = comma + 1;
  const first = tokens[k];
  if (!first || !table.backReference.has(first.lower)) return null;
  let model: Mention | null = null;
  let last: Token | null = null;
  for (let i = k + 1; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const m = mentions.find((x) => x.first <= i && i < x.last);
    if (m) {
      if (m.type !== "WeaponSystem") return null;
      if (m.rule !== "weapon-class") {
        if (model) return null;
        model = m;
      }
      last = tokens[m.last - 1] as Token;
      i = m.last - 1;
      continue;
    }
    if (isVerbOrAux(tok)) {
      if (!model || !last) return null;
      const from = (tokens[k] as Token).start - sentence.start;
      const text = sentence.text.slice(from, (tokens[i - 1] as Token).end - sentence.start);
      return { model, head: singular(last.lower), text };
    }
    if (table.otherGoods.has(tok.lower)) return null;
    if (tok.pos === "NUM" || tok.pos === "ADJ" || tok.pos === "NOUN" || tok.text === "-") {
      last = tok;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * True when a body sentence among the TOPIC_GAP before `s` (or a deal's sentence) names goods of
 * the deal's kinds: the goods are still what the text speaks of.
 */
function topicHeld(state: DocState, s: number, goods: ReadonlySet<string>, table: FrameTable): boolean {
  let body = 0;
  for (let i = s - 1; i >= 0; i--) {
    const sentence = state.sentences[i] as Sentence;
    if (sentence.headline) continue;
    if (++body > TOPIC_GAP) return false;
    const words = goodsWords(sentence, state.mentions[i] ?? [], table.goodsKinds);
    if ([...words].some((w) => ofKind(w, goods, table))) return true;
  }
  return false;
}

/** The mention of supplier `name` in the nearest deal sentence that names it, with that sentence. */
function supplierMention(
  state: DocState,
  facts: readonly Fact[],
  name: string,
): { sentence: number; mention: Mention } | undefined {
  const sentences = [...new Set(facts.filter((f) => f.source === name).map((f) => f.sentence))].sort(
    (a, b) => b - a,
  );
  for (const i of sentences) {
    const mention = (state.mentions[i] ?? []).find((m) => m.name === name);
    if (mention) return { sentence: i, mention };
  }
  return undefined;
}
