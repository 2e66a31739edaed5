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
import { DEFINITE_PLURAL_DETERMINER_WORDS, resolutionOf } from "./shared.ts";

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
  const bySentence = new Map<number, Fact[]>();
  for (const f of supplies) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const goodsMemo = new Map<number, Set<string>>();
  const goodsOf = (i: number): Set<string> => {
    let words = goodsMemo.get(i);
    if (!words) {
      words = goodsWords(state.sentences[i] as Sentence, state.mentions[i] ?? [], table.goodsKinds);
      goodsMemo.set(i, words);
    }
    return words;
  };
  // The deal told so far, grown sentence by sentence (one pass over the document).
  const deal: ToldDeal = { suppliers: new Set(), goods: new Set(), modelHeads: new Set(), facts: [] };
  let broken = false;
  const named = new Set<string>();
  const added: Fact[] = [];
  for (const sentence of state.sentences) {
    const mentions = state.mentions[sentence.index] ?? [];
    const own = bySentence.get(sentence.index) ?? [];
    const open = !broken && deal.facts.length > 0 && deal.suppliers.size === 1 && deal.goods.size > 0;
    if (!sentence.headline && open)
      added.push(...namedGoods(state, sentence, mentions, own, deal, named, supplied, goodsOf, table));
    for (const m of mentions) named.add(m.name);
    if (own.length === 0) continue;
    // This sentence's supplies join the deal told so far.
    for (const f of own) {
      if (RANK[f.modality] >= RANK.negated || f.modality === "possible") broken = true;
      deal.suppliers.add(f.source);
      deal.facts.push(f);
      if (actors.has(f.target)) continue;
      const m = mentions.find((x) => x.name === f.target && x.type === "WeaponSystem");
      if (m && m.rule !== "weapon-class") deal.modelHeads.add(headOf(sentence.tokens, m));
    }
    for (const w of goodsOf(sentence.index)) deal.goods.add(w);
  }
  if (added.length === 0) return;
  state.facts.push(...added);
  state.facts.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The facts of the model that body sentence `sentence` names by a subject referring back to the
 * goods of `deal` (the one deal told before it), or none.
 */
function namedGoods(
  state: DocState,
  sentence: Sentence,
  mentions: readonly Mention[],
  own: readonly Fact[],
  deal: ToldDeal,
  named: ReadonlySet<string>,
  supplied: Set<string>,
  goodsOf: (i: number) => Set<string>,
  table: FrameTable,
): Fact[] {
  if (own.some((f) => !deal.suppliers.has(f.source))) return [];
  const subject = namingSubject(sentence, mentions, table);
  if (!subject || named.has(subject.model.name)) return [];
  if (!ofKind(subject.head, deal.goods, table)) return [];
  // A deal that names a model of the kind already: a later model is other goods.
  if ([...deal.modelHeads].some((h) => ofKind(h, new Set([subject.head]), table))) return [];
  // "The F-35 jets are far more expensive than the F-16": a second model is a comparison.
  const models = mentions.filter((m) => m.type === "WeaponSystem" && m.rule !== "weapon-class");
  if (models.some((m) => m.name !== subject.model.name && !m.rule?.startsWith("ship-"))) return [];
  const dealSentences = new Set(deal.facts.map((f) => f.sentence));
  if (!topicHeld(state, sentence.index, deal.goods, dealSentences, goodsOf, table)) return [];
  const modality: Modality = deal.facts.some((f) => f.modality === "asserted") ? "asserted" : "planned";
  const out: Fact[] = [];
  for (const source of deal.suppliers) {
    const key = `${source}|${subject.model.name}`;
    if (supplied.has(key)) continue;
    supplied.add(key);
    const from = supplierMention(state, deal.facts, source);
    out.push({
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
  return out;
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
function topicHeld(
  state: DocState,
  s: number,
  goods: ReadonlySet<string>,
  dealSentences: ReadonlySet<number>,
  goodsOf: (i: number) => Set<string>,
  table: FrameTable,
): boolean {
  let body = 0;
  for (let i = s - 1; i >= 0; i--) {
    const sentence = state.sentences[i] as Sentence;
    if (sentence.headline) continue;
    if (++body > TOPIC_GAP) return false;
    if (![...goodsOf(i)].some((w) => ofKind(w, goods, table))) continue;
    // "The Jamaica Defence Force already operates several patrol boats", "The coast guard lost three
    // patrol boats": goods of the kind counted or owned in the object of a sentence that tells no
    // supply of the deal are other goods (the recipient's own), and a later model is theirs.
    return dealSentences.has(i) || !heldGoods(sentence, goods, table);
  }
  return false;
}

/** Most words between a goods word and the count or owner word before it ("three new patrol boats"). */
const HELD_REACH = 3;

/**
 * True when `sentence` has, after its first verb, goods of the deal's kinds counted or owned
 * (supplyWords heldGoodsWords, or a number with no definite determiner) in their own phrase:
 * "operates several patrol boats", "lost three patrol boats", "its own boats"; not "deploy the two
 * gifted vessels".
 */
function heldGoods(sentence: Sentence, goods: ReadonlySet<string>, table: FrameTable): boolean {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === "VERB");
  if (verb < 0) return false;
  for (let g = verb + 1; g < tokens.length; g++) {
    if ((tokens[g] as Token).pos !== "NOUN" || !ofKind(singular((tokens[g] as Token).lower), goods, table))
      continue;
    for (let k = g - 1; k > verb && k >= g - HELD_REACH; k--) {
      const w = tokens[k] as Token;
      // "deploy the two gifted vessels": a definite count refers back to the deal's goods.
      if (w.pos === "NUM" && !DEFINITE_PLURAL_DETERMINER_WORDS.has(tokens[k - 1]?.lower ?? "")) return true;
      if (table.heldGoods.has(w.lower)) return true;
      if (w.pos !== "ADJ" && w.pos !== "NOUN") break;
    }
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
