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
import { indexSentence } from "../chunks.ts";
import { MODALITY_RANK as RANK, modalityOf, subjectBefore } from "../clause.ts";
import { perTable, type FrameTable } from "../frames.ts";
import { GOODS_PRONOUNS, INDEFINITE_ARTICLES, RELATIVE_PRONOUNS } from "../lexicon/grammar.ts";
import { SHIP_NAMING_WORDS } from "../lexicon/weapons.ts";
import { singular, WORDS, isVerbOrAux } from "../words.ts";
import type { DocState, Fact, Mention, Resolution, Sentence, Token } from "../types.ts";
import { BE_FORMS, resolutionOf } from "./shared.ts";
import { tablesOf } from "../lexicon-tables.ts";
import { type ModalityTable, modalityCuesOf } from "../modality-cues.ts";
import { wordsOf } from "../stage-words.ts";

/** How many sentences back the deal a subject refers to may be told. */
const DEAL_FRAME_REACH = 2;

/** The words of a deal: its suppliers, each with the least hedged status and a mention, and its kinds of goods. */
interface Deal {
  sentence: number;
  suppliers: Map<string, { modality: Modality; mention: Mention | undefined }>;
  goods: Set<string>;
  /** True when the deal names a model it supplies: its goods are told, no later subject completes them. */
  named: boolean;
  /** The actors the deal supplies. */
  recipients: Set<string>;
}

/** True when a goods word (singular) is one of `goods` or of the same kind ("vessel" for "boat"). */
export function ofKind(word: string, goods: ReadonlySet<string>, table: FrameTable): boolean {
  return goods.has(word) || [...(table.goodsKinds.get(word) ?? [])].some((w) => goods.has(w));
}

/** No nouns of a goods kind (goodsWords reads weapon words only). */
const NO_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/**
 * The kinds of goods a sentence names, singular: its weapon head words ("boats" → "boat"), broad
 * model heads aside, the last word of each weapon class it names ("armoured vehicles" → "vehicle")
 * and, when `kinds` (supplyWords.goodsKinds) is given, its nouns of a goods kind ("trucks").
 */
export function goodsWords(
  sentence: Sentence,
  mentions: readonly Mention[],
  kinds: ReadonlyMap<string, ReadonlySet<string>> = NO_KINDS,
): Set<string> {
  const out = new Set<string>();
  for (const t of sentence.tokens) {
    const w = singular(t.lower);
    if ((WORDS.weaponHeads.has(w) && !WORDS.broadModelHeads.has(w)) || (t.pos === "NOUN" && kinds.has(w)))
      out.add(w);
  }
  for (const m of mentions)
    if (m.type === "WeaponSystem" && m.rule === "weapon-class")
      out.add(singular((sentence.tokens[m.last - 1] as Token).lower));
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
      deal = {
        sentence: f.sentence,
        suppliers: new Map(),
        goods: goodsWords(sentence, state.mentions[f.sentence] ?? []),
        named: false,
        recipients: new Set(),
      };
      deals.set(f.sentence, deal);
    }
    if (actors.has(f.target)) deal.recipients.add(f.target);
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
function backSubjectEnd(
  tokens: Token[],
  cover: (Mention | undefined)[],
  back: ReadonlySet<string>,
  aside: boolean[] = [],
): number {
  if (!back.has(tokens[0]?.lower ?? "")) return -1;
  let inApposition = false;
  let relative = false;
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (relative) aside[k] = true;
    if (cover[k]) continue;
    if (tok.text === "," || /^[–—]$/u.test(tok.text)) {
      // A comma or dash closes an apposition it opened; one after the head opens it. "The vessels,
      // which are now part of the navy, were named …": a relative clause set off so is an aside,
      // its verbs not the subject's.
      inApposition = !inApposition;
      relative = inApposition && ASIDE_RELATIVES.has(tokens[k + 1]?.lower ?? "");
      continue;
    }
    if (relative) continue;
    if (tok.pos === "AUX" || (tok.pos === "VERB" && !inApposition)) return k;
  }
  return -1;
}

/** Relative pronouns that open a clause set off by commas inside a subject ("The vessels, which are …,"). */
const ASIDE_RELATIVES = new Set(RELATIVE_PRONOUNS);

/**
 * The subject of a body sentence that refers back to goods told before: it opens with a word of
 * back-reference, names no other goods ("The old ..."), every mention in it passes `fits`, and its
 * head is one of `goods` or a deal noun. Gives the subject's end (its verb's index) and its
 * mentions, or null.
 */
function referringSubject(
  sentence: Sentence,
  mentions: readonly Mention[],
  goods: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  table: FrameTable,
  fits: (m: Mention) => boolean,
): { end: number; inSubject: Mention[] } | null {
  const tokens = sentence.tokens;
  const cover: (Mention | undefined)[] = [];
  for (const m of mentions) for (let k = m.first; k < m.last; k++) cover[k] = m;
  const aside: boolean[] = [];
  const end = backSubjectEnd(tokens, cover, table.backReference, aside);
  if (end < 0 || tokens.slice(0, end).some((t, k) => !aside[k] && table.otherGoods.has(t.lower))) return null;
  const inSubject = mentions.filter((m) => m.first < end && !aside[m.first]);
  if (!inSubject.every(fits)) return null;
  return refersBack(tokens, cover, end, goods, nouns, table, aside) ? { end, inSubject } : null;
}

/**
 * The modality of a sentence that completes a deal, "will" aside (the deal's own future is its
 * status), and proper nouns aside ("delivered in May").
 */
function completingModality(tokens: readonly Token[], cues: ModalityTable): Modality {
  return modalityOf(
    tokens
      .filter((t) => t.pos !== "PROPN")
      .map((t) => t.lower)
      .filter((w) => w !== "will"),
    cues,
  );
}

/**
 * True when the predicate that starts at `end` (auxiliaries, adverbs and "not" skipped) has as its
 * verb one of the table's deal predicates ("were handed over", "will be delivered", "were
 * commissioned"); false for any other verb and for a predicate with none ("are far more expensive").
 */
function tellsTheDeal(tokens: Token[], end: number, table: FrameTable): boolean {
  for (let k = end; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.pos === "AUX" || tok.pos === "ADV" || tok.pos === "PART") continue;
    return tok.pos === "VERB" && (table.dealPredicates.has(tok.lemma) || table.dealPredicates.has(tok.lower));
  }
  return false;
}

/**
 * A transfer told with its recipients but no supplier the document could give it ("unnamed"), one
 * handed over by a person whose state the sentence does not name ("person": "Minister X handed over
 * the aircraft to Y"), or a purchase told by its buyer alone ("buyer": "the air force bought five
 * planes").
 */
interface OpenDeal {
  sentence: number;
  recipients: Mention[];
  models: string[];
  goods: Set<string>;
  kind: "unnamed" | "person" | "buyer";
}

/**
 * The open deals of the body: the sentences whose transfers named no supplier (the UNNAMED_SUPPLIER
 * facts of supply.ts) and took none from the document (no supplies fact of the sentence is left).
 */
function openDeals(state: DocState, unnamed: readonly Fact[]): Map<number, OpenDeal> {
  const open = new Map<number, OpenDeal>();
  const told = new Set(state.facts.filter((f) => f.relation === "supplies").map((f) => f.sentence));
  for (const f of unnamed) {
    const sentence = state.sentences[f.sentence] as Sentence;
    if (sentence.headline || told.has(f.sentence) || f.modality !== "asserted") continue;
    let deal = open.get(f.sentence);
    if (!deal) {
      deal = {
        sentence: f.sentence,
        recipients: [],
        models: [],
        goods: goodsWords(sentence, state.mentions[f.sentence] ?? []),
        kind: "unnamed",
      };
      open.set(f.sentence, deal);
    }
    const mention = (state.mentions[f.sentence] ?? []).find((m) => m.name === f.target);
    if (!mention) continue;
    if (mention.type === "WeaponSystem") deal.models.push(f.target);
    else if (!deal.recipients.some((m) => m.name === f.target)) deal.recipients.push(mention);
  }
  for (const [s, deal] of open) if (deal.recipients.length === 0) open.delete(s);
  return open;
}

/**
 * "The Estonian Army received new rifles on Monday. The rifles have been provided by Norway.": a
 * subject that refers back to an open deal (by the kind of goods it named, or a deal noun) names the
 * deal's supplier, a country or an organisation, by its predicate (see supplierPredicate): a verb of
 * giving in the passive with its agent after "by", a gift noun with the giver after "from" ("The
 * boats are a gift from Australia"), or, after a purchase told by its buyer, a verb of buying in the
 * passive with the seller after "from" ("The PC-7 planes were purchased from Pilatus"). That supplier
 * supplies the deal's recipients and models, and the models in the subject. True when facts were added.
 */
function givenBy(
  state: DocState,
  sentence: Sentence,
  deal: OpenDeal,
  table: FrameTable,
  nouns: ReadonlySet<string>,
  added: Fact[],
): boolean {
  const tokens = sentence.tokens;
  const mentions = state.mentions[sentence.index] ?? [];
  const apposed = appositiveGift(tokens, mentions, deal.goods, nouns, table);
  if (apposed) {
    const own = completingModality(tokens, modalityCuesOf(state));
    const phrase = sentence.text.slice(0, (tokens[apposed.end - 1] as Token).end - sentence.start);
    return RANK[own] < RANK.negated && supplyDeal(sentence.index, deal, apposed, [], phrase, own, added);
  }
  // "Two C-295 planes were delivered to the air force. They were purchased from Spain.": "they"
  // before a passive refers back to the goods of the open deal.
  const subject =
    tokens[0]?.lower === "they" && tokens[1]?.pos === "AUX" && deal.goods.size > 0
      ? { end: 1, inSubject: [] }
      : referringSubject(sentence, mentions, deal.goods, nouns, table, (m) => m.type === "WeaponSystem");
  if (!subject) return false;
  const { end, inSubject } = subject;
  const told = supplierPredicate(tokens, mentions, end, table, deal.kind === "person" ? "gift" : deal.kind);
  if (!told) return false;
  const own = completingModality(tokens, modalityCuesOf(state));
  if (RANK[own] >= RANK.negated) return false;
  const phrase = sentence.text.slice(0, (tokens[end - 1] as Token).end - sentence.start);
  const models = inSubject
    .filter((m) => m.kind !== "generic-weapon" && m.rule !== "weapon-class")
    .map((m) => m.name);
  return supplyDeal(sentence.index, deal, told, models, phrase, own, added);
}

/**
 * Adds the facts of `agent` supplying an open deal's recipients and models and the `models` named
 * with it; each recipient keeps its antecedent (the `phrase` that referred back to the deal).
 */
function supplyDeal(
  s: number,
  deal: OpenDeal,
  told: { agent: Mention; trigger: string },
  models: readonly string[],
  phrase: string,
  modality: Modality,
  added: Fact[],
): boolean {
  const { agent, trigger } = told;
  const ends: { name: string; from?: Mention }[] = [
    ...deal.recipients.map((m) => ({ name: m.name, from: m })),
    ...[...new Set([...deal.models, ...models])].map((name) => ({ name })),
  ];
  let any = false;
  for (const e of ends) {
    if (e.name === agent.name) continue;
    any = true;
    added.push({
      source: agent.name,
      relation: "supplies",
      target: e.name,
      sentence: s,
      trigger,
      rule: "supply-deal-frame",
      modality,
      ...(e.from
        ? {
            resolved: [resolutionOf(phrase, e.name, deal.sentence, e.from)],
          }
        : {}),
    });
  }
  return any;
}

/**
 * The supplier that the predicate starting at `end` names, a country or an organisation, with its
 * trigger word: "were provided by Norway" (a verb of giving in the passive; "were built and
 * supplied by X" reads the second verb), "are a gift from Australia" (a form of "be" and a gift
 * noun, lexicon giftNouns) and, when `form` is "buyer" or "unnamed", "were purchased from Pilatus"
 * (a verb of buying in the passive, no buyer after "by"). `form` "gift" reads only the first two.
 */
function supplierPredicate(
  tokens: Token[],
  mentions: readonly Mention[],
  end: number,
  table: FrameTable,
  form: OpenDeal["kind"] | "gift",
): { agent: Mention; trigger: string } | null {
  let k = end;
  let be = false;
  // Every auxiliary and adverb is stepped over, the ones after a form of "be" too ("were also
  // purchased"): the step is not inside the `||`, which would skip it once `be` is true.
  for (; tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV"; k++)
    if (BE_FORMS.has((tokens[k] as Token).lower)) be = true;
  if (!be) return null;
  const actorAfter = (word: string, from: number, reach: number): Mention | null => {
    const at = tokens.findIndex((t, j) => j > from && j <= from + reach && t.lower === word);
    if (at < 0) return null;
    const first = mentions.find((m) => m.first > at && m.first <= at + AGENT_REACH);
    // "from Swiss manufacturer Pilatus", "from Switzerland manufacturer Pilatus Limited", "from
    // Germany's Rheinmetall": the body a country or its demonym describes.
    const described =
      first?.type === "Country"
        ? mentions.find(
            (m) =>
              m.type === "Organization" &&
              m.first >= first.last &&
              m.first <= first.last + 2 &&
              tokens
                .slice(first.last, m.first)
                .every((w) => w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "PART"),
          )
        : undefined;
    const agent = described ?? first;
    if (!agent || (agent.type !== "Country" && agent.type !== "Organization")) return null;
    for (let j = at + 1; j < agent.first; j++) if ((tokens[j] as Token).pos === "VERB") return null;
    return agent;
  };
  // "are a gift from Australia", "is a generous donation from the Government of Japan".
  const gift = giftNounAt(tokens, k, table);
  if (gift >= 0) {
    const agent = tokens[gift + 1]?.lower === "from" ? actorAfter("from", gift, 1) : null;
    return agent ? { agent, trigger: (tokens[gift] as Token).text } : null;
  }
  let verb = tokens[k];
  if (verb?.pos === "VERB" && !givingVerb(table, verb.lemma) && !buyingVerb(table, verb)) {
    const next = tokens[k + 2];
    if (tokens[k + 1]?.lower === "and" && next?.pos === "VERB") verb = next;
  }
  if (!verb || verb.pos !== "VERB") return null;
  const v = tokens.indexOf(verb);
  if (givingVerb(table, verb.lemma)) {
    const agent = actorAfter("by", v, BY_REACH);
    return agent ? { agent, trigger: verb.text } : null;
  }
  if (form === "gift" || table.spending.has(verb.lemma) || !buyingVerb(table, verb)) return null;
  // "were purchased from Embraer by the Nigerian Air Force": a buyer after "by" is the sentence's own.
  if (actorAfter("by", v, BY_REACH)) return null;
  const agent = actorAfter("from", v, BY_REACH);
  return agent ? { agent, trigger: verb.text } : null;
}

/** How many tokens the head of a subject may run before a comma opens its apposition ("The 500 new rifles,"). */
const APPOSED_REACH = 6;

/**
 * "The rifles, a donation from Norway, will equip two battalions": a subject referring back to the
 * deal's goods (a word of back-reference, then a goods head before the comma) whose apposition is a
 * gift noun and its giver after "from", a country or an organisation; that giver, the trigger and
 * the subject's end (its comma), or null.
 */
function appositiveGift(
  tokens: Token[],
  mentions: readonly Mention[],
  goods: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  table: FrameTable,
): { agent: Mention; trigger: string; end: number } | null {
  if (!table.backReference.has(tokens[0]?.lower ?? "")) return null;
  const comma = tokens.findIndex((t, k) => k > 1 && k <= APPOSED_REACH && t.text === ",");
  if (comma < 0 || tokens.slice(0, comma).some((t) => isVerbOrAux(t))) return null;
  if (mentions.some((m) => m.first < comma && m.type !== "WeaponSystem")) return null;
  const cover: (Mention | undefined)[] = [];
  for (const m of mentions) for (let k = m.first; k < m.last; k++) cover[k] = m;
  if (!refersBack(tokens, cover, comma, goods, nouns, table)) return null;
  const gift = giftNounAt(tokens, comma + 1, table);
  if (gift < 0 || tokens[gift + 1]?.lower !== "from") return null;
  const agent = mentions.find((m) => m.first > gift + 1 && m.first <= gift + 1 + AGENT_REACH);
  if (!agent || (agent.type !== "Country" && agent.type !== "Organization")) return null;
  // The apposition closes right after its giver, or its head noun: "a donation from Norway, will
  // equip", "a gift from the Norwegian government, will equip".
  let close = agent.last;
  while (close < agent.last + 2 && tokens[close]?.pos === "NOUN") close++;
  if (!/^[,–—]$/u.test(tokens[close]?.text ?? "")) return null;
  return { agent, trigger: (tokens[gift] as Token).text, end: comma };
}

/** The indefinite articles that open a gift noun's phrase ("a gift", "an outright donation"). */
const INDEFINITE = new Set(INDEFINITE_ARTICLES);

/** The index of the gift noun ("a gift", "a generous donation") that the tokens from `k` open, or -1. */
function giftNounAt(tokens: Token[], k: number, table: FrameTable): number {
  if (!INDEFINITE.has(tokens[k]?.lower ?? "")) return -1;
  for (let j = k + 1; j < k + 4; j++) {
    const tok = tokens[j];
    if (!tok) return -1;
    if (table.gifts.has(tok.lower)) return j;
    if (tok.pos !== "ADJ" && tok.pos !== "ADV") return -1;
  }
  return -1;
}

/** Pronouns that open a sentence about goods handed over before ("It is a gift from India"). */
const GOODS_PRONOUN = new Set(GOODS_PRONOUNS);

/**
 * "“It is a gift from India ahead of the celebrations,” the minister said": a sentence (after an
 * opening quote) whose subject is a pronoun of goods, with a form of "be" and a gift noun, names
 * the giver after "from"; or null.
 */
function pronounGift(
  tokens: Token[],
  mentions: readonly Mention[],
  table: FrameTable,
): { agent: Mention; trigger: string } | null {
  let k = 0;
  while (tokens[k]?.pos === "PUNCT") k++;
  if (!GOODS_PRONOUN.has(tokens[k]?.lower ?? "")) return null;
  const told = supplierPredicate(tokens, mentions, k + 1, table, "gift");
  return told && table.gifts.has(told.trigger.toLowerCase()) ? told : null;
}

/**
 * The handovers by a person (a supplies fact of a body sentence whose suppliers are all persons,
 * asserted: "Minister X handed over the aircraft to the President of Y"), as open deals whose
 * recipients and models are that sentence's other ends: a later sentence may name the state that gave.
 */
function personDeals(
  state: DocState,
  deals: ReadonlyMap<number, Deal>,
  table: FrameTable,
): Map<number, OpenDeal> {
  const open = new Map<number, OpenDeal>();
  for (const [s, deal] of deals) {
    const givers = [...deal.suppliers.values()];
    if (!givers.every((g) => g.mention?.type === "Person" && g.modality === "asserted")) continue;
    const mentions = state.mentions[s] ?? [];
    const recipients: Mention[] = [];
    const models: string[] = [];
    for (const f of state.facts) {
      if (f.sentence !== s || f.relation !== "supplies" || !deal.suppliers.has(f.source)) continue;
      const m = mentions.find((x) => x.name === f.target);
      if (!m || deal.suppliers.has(m.name)) continue;
      if (m.type === "WeaponSystem") {
        if (m.kind !== "generic-weapon" && m.rule !== "weapon-class" && !models.includes(m.name))
          models.push(m.name);
      } else if (m.type !== "Person" && !recipients.includes(m)) recipients.push(m);
    }
    const goods = goodsWords(state.sentences[s] as Sentence, mentions, table.goodsKinds);
    if (recipients.length > 0) open.set(s, { sentence: s, recipients, models, goods, kind: "person" });
  }
  return open;
}

/**
 * The purchases told by their buyer alone in a body sentence with no supplies fact ("Kenya ordered
 * six helicopters in 2020", "accepted five planes that the air force bought two years ago"): the one
 * country or body that is the asserted subject of the sentence's verbs of buying, when the sentence
 * names goods; open deals whose supplier a later sentence may name.
 */
function buyerDeals(state: DocState, table: FrameTable): Map<number, OpenDeal> {
  const open = new Map<number, OpenDeal>();
  const told = new Set(state.facts.filter((f) => f.relation === "supplies").map((f) => f.sentence));
  for (const sentence of state.sentences) {
    if (sentence.headline || told.has(sentence.index)) continue;
    // A sentence with no verb of buying or taking delivery names no buyer: its goods need no reading.
    if (!sentence.tokens.some((_, v) => buyerVerbAt(sentence.tokens, v, table))) continue;
    const mentions = state.mentions[sentence.index] ?? [];
    const goods = goodsWords(sentence, mentions, table.goodsKinds);
    if (goods.size === 0) continue;
    const ix = indexSentence(sentence, mentions, wordsOf(state), tablesOf(state), modalityCuesOf(state));
    const buyers = new Map<string, Mention>();
    let hedged = false;
    sentence.tokens.forEach((_, v) => {
      if (ix.cover[v] || !buyerVerbAt(sentence.tokens, v, table)) return;
      const subject = subjectBefore(ix, v);
      if (subject.passive) return;
      if (modalityOf(subject.cues, ix.modalityCues) !== "asserted") hedged = true;
      for (const h of subject.heads)
        if (h.mention && (h.mention.type === "Country" || h.mention.type === "Organization"))
          buyers.set(h.mention.name, h.mention);
    });
    const buyer = [...buyers.values()];
    if (hedged || buyer.length !== 1) continue;
    open.set(sentence.index, {
      sentence: sentence.index,
      recipients: buyer,
      models: [],
      goods,
      kind: "buyer",
    });
  }
  return open;
}

/**
 * Whether the subject before `end` is headed by a word that refers back to a deal: a kind of goods
 * it named or a word of the same kind (supplyWords.goodsKinds: "The vessels" after "patrol boats";
 * a weapon's head word, in a name or not: "The boats", "The Ka-226 helicopters"), a deal
 * noun ("The contract for …") or an arms word ("The equipment", "The weapons"; not aid or security).
 * The word must end its noun phrase ("The boat crews" is about crews).
 */
function refersBack(
  tokens: Token[],
  cover: (Mention | undefined)[],
  end: number,
  goods: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  table: FrameTable,
  aside: readonly boolean[] = [],
): boolean {
  for (let k = 1; k < end; k++) {
    const tok = tokens[k] as Token;
    if (aside[k] || (tok.pos !== "NOUN" && !cover[k])) continue;
    const next = tokens[k + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN") && cover[k + 1] === cover[k]) continue;
    const word = singular(tok.lower);
    if (goods.has(word) || [...(table.goodsKinds.get(word) ?? [])].some((w) => goods.has(w))) return true;
    if (cover[k]) continue;
    if (nouns.has(tok.lemma) || table.backNouns.has(tok.lower)) return true;
    if (table.arms.has(tok.lower) && !table.broadArms.has(tok.lower)) return true;
  }
  return false;
}

/** How many tokens after the predicate's verb "to" may stand ("were delivered on Tuesday to"). */
const TAKER_REACH = 6;
/** How many tokens after "to" its recipient may start ("to the Royal Norwegian Navy"). */
const TAKER_NAME_REACH = 4;

/**
 * "Poland signed a deal with South Korea for 180 K2 tanks. The first ten tanks were delivered to
 * the Polish Army on Tuesday.": the recipient after "to" of a predicate that tells the deal's goods
 * moved (the predicate starting at `end`), a country or a body that is the deal's recipient or a body
 * of its country (an affiliated_with fact of the document ties it there), receives from the deal's
 * suppliers. None when the sentence names its own supplier after "by" or "from".
 */
function dealTakers(
  tokens: Token[],
  mentions: readonly Mention[],
  end: number,
  deal: Deal,
  facts: readonly Fact[],
  table: FrameTable,
): Mention[] {
  if (!tellsTheDeal(tokens, end, table)) return [];
  let v = end;
  while (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV" || tokens[v]?.pos === "PART") v++;
  const agent = mentions.some(
    (m) =>
      m.first > v && m.type !== "WeaponSystem" && /^(?:by|from)$/u.test(tokens[m.first - 1]?.lower ?? ""),
  );
  if (agent) return [];
  const to = tokens.findIndex((t, k) => k > v && k <= v + TAKER_REACH && t.lower === "to");
  if (to < 0) return [];
  // "to the Polish Army": the body, not the demonym that names its country.
  const near = mentions.filter((m) => m.first > to && m.first <= to + TAKER_NAME_REACH);
  const taker = near.find((m) => m.type === "Organization") ?? near[0];
  if (!taker || (taker.type !== "Country" && taker.type !== "Organization")) return [];
  for (let k = to + 1; k < taker.first; k++) if ((tokens[k] as Token).pos === "VERB") return [];
  if (deal.recipients.has(taker.name)) return [taker];
  const ofDeal = facts.some(
    (f) => f.relation === "affiliated_with" && f.source === taker.name && deal.recipients.has(f.target),
  );
  return ofDeal ? [taker] : [];
}

/** The words that give a vessel its name (lexicon weapons.json shipNamingWords). */
const NAMING = new Set(SHIP_NAMING_WORDS);

/** How many sentences back the deal may be told whose goods a later sentence names ("The three patrol vessels … were named A, B and C"). */
const NAMING_DEAL_REACH = 8;

/**
 * "The three patrol vessels … were baptized with the names A, B and C": when the predicate that
 * starts at `end` (auxiliaries and adverbs skipped) is a naming word, the ships it names (the
 * entity stage's `ship-naming` mentions after it); else none.
 */
function namedByPredicate(tokens: Token[], mentions: readonly Mention[], end: number): Mention[] {
  let k = end;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") k++;
  if (!NAMING.has(tokens[k]?.lower ?? "")) return [];
  return mentions.filter((m) => m.first > k && m.rule === "ship-naming");
}

/** How many tokens after the verb "by" may stand ("were handed over on Friday by"). */
const BY_REACH = 8;
/** How many tokens after "by" its agent may start ("by the friendly country of Russia"). */
const AGENT_REACH = 5;

/** True when `lemma` has a supplies verb row whose subject is the supplier ("provide", "donate"). */
export function givingVerb(table: FrameTable, lemma: string): boolean {
  return (table.verb.get(lemma) ?? []).some(
    (f) => f.relation === "supplies" && f.roles.subject === "supplier",
  );
}

/** The deal nouns a definite subject may refer back with ("the contract", "the approval"). */
export const dealNouns = perTable(
  (table): ReadonlySet<string> =>
    new Set(table.frames.filter((f) => f.roles.subject === "deal").flatMap((f) => f.subjectNouns ?? [])),
);

/** The frame rows of a purchase noun: a noun of supplying whose possessor is the buyer ("Poland's purchase of …"). */
const purchaseRows = perTable(
  (table): ReadonlySet<string> =>
    new Set(
      table.frames
        .filter((f) => f.relation === "supplies" && f.pos === "noun" && f.roles.possessor === "recipient")
        .map((f) => f.id),
    ),
);

/** True when `lemma` is a verb of buying (a supplies verb row whose subject receives) or of spending (lexicon spendingVerbs). */
/**
 * True when the token at `v` is a verb that may tell its subject's purchase: a verb of buying
 * (not one of spending), or "took delivery of two frigates", a verb of taking with a noun of
 * receipt (lexicon receiptNouns).
 */
function buyerVerbAt(tokens: readonly Token[], v: number, table: FrameTable): boolean {
  const tok = tokens[v] as Token;
  if (tok.pos !== "VERB" || table.spending.has(tok.lemma)) return false;
  const taking = tok.lemma === "take" && table.receipt.has(tokens[v + 1]?.lower ?? "");
  return taking || buyingVerb(table, tok);
}

function buyingVerb(table: FrameTable, tok: Token): boolean {
  if (table.spending.has(tok.lemma) || table.spending.has(tok.lower)) return true;
  return (table.verb.get(tok.lemma) ?? []).some(
    (f) => f.relation === "supplies" && f.roles.subject === "recipient",
  );
}

/**
 * The buyer told by the sentence before a purchase noun: the subject (a country or a body, asserted,
 * not passive) of its first verb of buying or spending with arms after it ("Qatar has spent some
 * $30bn on military hardware", "Egypt bought more weapons last year"), or null.
 */
function buyerOf(state: DocState, sentence: Sentence, table: FrameTable): Mention | null {
  const tokens = sentence.tokens;
  const mentions = state.mentions[sentence.index] ?? [];
  const ix = indexSentence(sentence, mentions, wordsOf(state), tablesOf(state), modalityCuesOf(state));
  for (let v = 0; v < tokens.length; v++) {
    const tok = tokens[v] as Token;
    if (tok.pos !== "VERB" || ix.cover[v] || !buyingVerb(table, tok)) continue;
    const arms =
      mentions.some((m) => m.type === "WeaponSystem" && m.first > v) ||
      tokens.slice(v + 1).some((w) => table.arms.has(w.lower) && !table.broadArms.has(w.lower));
    if (!arms) return null;
    const subject = subjectBefore(ix, v);
    if (subject.passive || modalityOf(subject.cues, ix.modalityCues) !== "asserted") return null;
    const heads = subject.heads.filter(
      (h) => h.mention && (h.mention.type === "Country" || h.mention.type === "Organization"),
    );
    return heads.length === 1 ? (heads[0]?.mention ?? null) : null;
  }
  return null;
}

/**
 * "Qatar has spent some $30bn on military hardware. Among the purchases are F-15 planes from the US,
 * a Rafale deal with France and another for Typhoon aircraft from Britain.": a definite purchase
 * noun (one of backReferenceWords before it) whose sentence names its suppliers but no buyer (no
 * supplies fact of the sentence reaches an actor) refers back to the buying told in the sentence
 * just before; that sentence's buyer (see buyerOf) receives from each of the purchase's suppliers.
 */
function boughtBy(state: DocState, table: FrameTable, added: Fact[]): void {
  const rows = purchaseRows(table);
  const bySentence = new Map<number, Fact[]>();
  for (const f of state.facts)
    if (f.relation === "supplies") bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  for (const [s, facts] of bySentence) {
    const sentence = state.sentences[s] as Sentence;
    const before = state.sentences[s - 1];
    if (sentence.headline || !before || before.headline) continue;
    const mentions = state.mentions[s] ?? [];
    const weapons = new Set(mentions.filter((m) => m.type === "WeaponSystem").map((m) => m.name));
    if (facts.some((f) => !weapons.has(f.target))) continue;
    const purchases = facts.filter((f) => rows.has(f.rule) && RANK[f.modality] < RANK.negated);
    const tokens = sentence.tokens;
    const at = tokens.findIndex(
      (w, k) =>
        purchases.some((f) => f.trigger === w.text) && table.backReference.has(tokens[k - 1]?.lower ?? ""),
    );
    if (at < 0) continue;
    const buyer = buyerOf(state, before, table);
    if (!buyer) continue;
    const suppliers = new Map<string, Modality>();
    for (const f of purchases) {
      const had = suppliers.get(f.source);
      if (!had || RANK[f.modality] < RANK[had]) suppliers.set(f.source, f.modality);
    }
    const phrase = `${(tokens[at - 1] as Token).text} ${(tokens[at] as Token).text}`;
    for (const [source, modality] of suppliers) {
      if (source === buyer.name) continue;
      const trigger = purchases.find((f) => f.source === source)?.trigger ?? "";
      added.push({
        source,
        relation: "supplies",
        target: buyer.name,
        sentence: s,
        trigger,
        rule: "supply-deal-frame",
        modality,
        resolved: [resolutionOf(phrase, buyer.name, before.index, buyer)],
      });
    }
  }
}

/** The names of an open deal's recipients, as one key. */
function recipientsKey(o: OpenDeal): string {
  return o.recipients.map((m) => m.name).join("|");
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
export function dealFrames(state: DocState, table: FrameTable, unnamed: readonly Fact[]): void {
  const actors = new Set<string>();
  const countries = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "WeaponSystem") actors.add(m.name);
      if (m.type === "Country") countries.add(m.name);
    }
  const bought: Fact[] = [];
  boughtBy(state, table, bought);
  if (bought.length > 0) {
    state.facts.push(...bought);
    state.facts.sort((a, b) => a.sentence - b.sentence);
  }
  const deals = dealsOf(state, actors);
  const open = openDeals(state, unnamed);
  const persons = personDeals(state, deals, table);
  for (const [s, deal] of [...buyerDeals(state, table), ...persons]) if (!open.has(s)) open.set(s, deal);
  if (deals.size === 0 && open.size === 0) return;
  // "It is a gift from India": a pronoun refers back to the one handover by a person the body tells.
  const sole = persons.size === 1 ? [...persons.values()][0] : undefined;
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
    // The open deals after the latest deal (a handover by a person is both), nearest first: a
    // supplier named later is theirs only when they all have the same recipients.
    const since: OpenDeal[] = [];
    for (let i = sentence.index - 1; i >= (deal?.sentence ?? sentence.index - DEAL_FRAME_REACH); i--) {
      const o = open.get(i);
      if (o) since.push(o);
    }
    const opened = since[0];
    if (opened && since.every((o) => recipientsKey(o) === recipientsKey(opened))) {
      if (givenBy(state, sentence, opened, table, nouns, added) || opened.kind !== "person") continue;
    } else if (opened) continue;
    if (sole && sole.sentence < sentence.index) {
      const told = pronounGift(sentence.tokens, state.mentions[sentence.index] ?? [], table);
      const own = completingModality(sentence.tokens, modalityCuesOf(state));
      const first = sentence.tokens.find((t) => t.pos !== "PUNCT") as Token;
      if (
        told &&
        RANK[own] < RANK.negated &&
        supplyDeal(sentence.index, sole, told, [], first.text, own, added)
      )
        continue;
    }
    // "The three patrol vessels … were named A, B and C": naming the goods refers back further.
    const near = deal !== undefined;
    if (!deal && sentence.tokens.some((t) => NAMING.has(t.lower)))
      for (let i = sentence.index - 1; i >= sentence.index - NAMING_DEAL_REACH && !deal; i--)
        deal = deals.get(i);
    if (!deal) continue;
    const mentions = state.mentions[sentence.index] ?? [];
    const tokens = sentence.tokens;
    const suppliers = deal.suppliers;
    const subject = referringSubject(
      sentence,
      mentions,
      deal.goods,
      nouns,
      table,
      (m) => m.type === "WeaponSystem" || suppliers.has(m.name),
    );
    if (!subject) continue;
    const named = namedByPredicate(tokens, mentions, subject.end);
    if (named.length === 0 && (!near || !tellsTheDeal(tokens, subject.end, table))) continue;
    const { end, inSubject } = subject;
    const models = deal.named
      ? []
      : [
          ...inSubject.filter(
            (m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon" && m.rule !== "weapon-class",
          ),
          ...named,
        ];
    const takers =
      near && named.length === 0 ? dealTakers(tokens, mentions, end, deal, state.facts, table) : [];
    if (models.length === 0 && takers.length === 0) continue;
    const own = completingModality(tokens, modalityCuesOf(state));
    if (RANK[own] >= RANK.negated) continue;
    const phrase = sentence.text.slice(0, (tokens[end - 1] as Token).end - sentence.start);
    for (const [source, told] of deal.suppliers) {
      for (const w of [...models, ...takers]) {
        const origin = table.modelOrigin.get(w.name);
        if (origin && origin !== source && countries.has(source)) continue;
        if (w.name === source) continue;
        if (have.has(`${source}|${w.name}`)) continue;
        have.add(`${source}|${w.name}`);
        const modality = RANK[told.modality] > RANK[own] ? told.modality : own;
        const resolved: Resolution[] = told.mention
          ? [resolutionOf(phrase, source, deal.sentence, told.mention)]
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
