/**
 * Supply roles across sentences (the discourse layer of supplies). A body sentence whose subject
 * refers back to the one deal told in the sentences just before it or in the headline, by a
 * definite description of the deal ("The contract", "The deal", "The first batch"), of its goods
 * ("The helicopters", "The two ships", "Two of the jets"), by a portion of them ("The first two")
 * or by "they", and whose own predicate tells that deal done, completes the deal:
 *  - a deal told only as planned ("Peru will buy four frigates from South Korea") is made a
 *    committed transfer by a predicate, stated as done, that concludes it or moves its goods ("The
 *    contract was signed on Friday", "The first two were delivered in March");
 *  - a deal told with its supplier but no recipient ("Canada donated 39 armoured vehicles") takes
 *    the recipient after "to" of a verb of giving ("They were delivered to Ukraine in January"), or
 *    the country after "in" of a verb of arriving ("The drones arrived in Niger").
 * Precision first: every supply told in reach (REACH body sentences back, the headline within it)
 * has the same suppliers and recipients (one deal; none of it denied or negated), the subject names
 * nothing but that deal's parties, its goods or a deal noun, the later sentence's own predicate is
 * asserted ("is expected to be signed", "has not been signed" complete nothing) and it names no
 * supplier of its own. The facts' evidence is the later sentence; the supplier taken from the earlier
 * one is kept as a resolution of the subject phrase, as coreference keeps pronouns (rule
 * `supply-discourse`).
 */
import type { Modality } from "../../model/ontology.ts";
import { MODALITY_RANK as RANK, modalityOf, plainWords } from "../clause.ts";
import { type ModalityTable, modalityCuesOf } from "../modality-cues.ts";
import type { FrameTable } from "../frames.ts";
import { singular, isVerbOrAux } from "../words.ts";
import type { DocState, Fact, Mention, Sentence, Token } from "../types.ts";
import { dealNouns, givingVerb, goodsWords, ofKind } from "./deal-frames.ts";
import { BE_FORMS, resolutionOf } from "./shared.ts";
import { DEFINITE_SINGULAR_DETERMINERS } from "../lexicon/grammar.ts";
import { NOTIFYING_VERBS } from "../lexicon/triggers.ts";

const NOTIFYING = new Set(NOTIFYING_VERBS);

/** How many body sentences back the deal a subject refers to may be told. */
const REACH = 3;

/** The supplies one sentence tells: one deal when every sentence in reach tells the same parties. */
interface Told {
  sentence: number;
  facts: Fact[];
  suppliers: Set<string>;
  recipients: Set<string>;
  /** The weapons the supplies move. */
  items: Set<string>;
  goods: Set<string>;
  /** The suppliers, and the recipients, as one key each (sorted, spelt once for every sentence in reach). */
  suppliersKey: string;
  recipientsKey: string;
}

/** Pronouns that stand for goods as the subject of a passive verb of giving ("They were delivered to …"). */
const GOODS_SUBJECTS = new Set(["they"]);

/** How many tokens a fronted adverbial may run before its comma ("On Monday,", "In March last year,"). */
const FRONTED_REACH = 6;

/** How many tokens after the verb "to" or "in" may stand ("were delivered on Tuesday to"). */
const TAKER_REACH = 6;
/** How many tokens after "to" its recipient may start ("to the Royal Norwegian Navy"). */
const TAKER_NAME_REACH = 4;

/** The kind of reference a subject makes: to the deal, to its goods, to a portion of them, or by a pronoun. */
type Reference = "deal" | "goods" | "portion" | "pronoun";

/**
 * Adds the facts that complete a deal told before (see the file's header). Runs after the supplies
 * of every sentence, their document suppliers and the deal frames are known.
 */
export function discourseSupplies(state: DocState, table: FrameTable): void {
  const told = toldSupplies(state);
  if (told.size === 0) return;
  const nouns = dealNouns(table);
  const asserted = new Set(
    state.facts
      .filter((f) => f.relation === "supplies" && f.modality === "asserted")
      .map((f) => `${f.source}|${f.target}`),
  );
  const added: Fact[] = [];
  // The deal in reach of each sentence, read here and by concludedLater (the facts and supplies
  // told that it reads do not change in between).
  const supplies = suppliesBySentence(state.facts);
  const reaches = state.sentences.map((sentence) => oneDealInReach(state, told, sentence, supplies));
  for (const sentence of state.sentences) {
    const reach = reaches[sentence.index];
    if (!reach) continue;
    const { deal, inReach, facts } = reach;
    const mentions = state.mentions[sentence.index] ?? [];
    const tokens = sentence.tokens;
    const goods = new Set(inReach.flatMap((d) => [...d.goods]));
    const ref = referenceOf(tokens, mentions, deal, goods, nouns, table);
    if (!ref) continue;
    const own = modalityOf(plainWords(tokens), modalityCuesOf(state));
    if (own !== "asserted") continue;
    let v = ref.end;
    while (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV" || tokens[v]?.pos === "PART") v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== "VERB") continue;
    const passive = tokens.slice(ref.end, v).some((t) => BE_FORMS.has(t.lower));
    // "They" and a bare portion stand for goods only as what is given ("They were delivered").
    if ((ref.kind === "pronoun" || ref.kind === "portion") && !passive && !table.arrival.has(verb.lower))
      continue;
    const phrase = sentence.text.slice(0, (tokens[ref.end - 1] as Token).end - sentence.start);
    const emit = (source: string, target: string, modality: Modality): void => {
      if (source === target || asserted.has(`${source}|${target}`)) return;
      asserted.add(`${source}|${target}`);
      const from = mentionOf(state, inReach, source);
      added.push({
        source,
        relation: "supplies",
        target,
        sentence: sentence.index,
        trigger: verb.text,
        rule: "supply-discourse",
        modality,
        ...resolvedTo(phrase, source, from),
      });
    };
    const among = (words: ReadonlySet<string>): boolean => words.has(verb.lower) || words.has(verb.lemma);
    const arriving = table.arrival.has(verb.lower);
    // "The contract was signed", "The first two were delivered", "The drones arrived": the deal done.
    const completes =
      (passive || arriving) &&
      (among(table.completion) || (ref.kind === "deal" && among(table.dealCompletion)));
    // A planned deal told done: its supplies are committed.
    if (completes) for (const f of facts) if (f.modality === "planned") emit(f.source, f.target, "asserted");
    // A recipient named only now: "were delivered to X", "arrived in X".
    const taker = takerOf(tokens, mentions, v, verb, table);
    if (!taker || deal.suppliers.has(taker.name)) continue;
    if (deal.recipients.size > 0 && !deal.recipients.has(taker.name) && !ofRecipients(state, taker, deal))
      continue;
    if (!completes && facts.every((f) => f.modality !== "asserted")) continue;
    for (const source of deal.suppliers) emit(source, taker.name, "asserted");
  }
  signedBefore(state, table, told, nouns, asserted, added);
  concludedLater(state, table, reaches, nouns, asserted, added);
  if (added.length === 0) return;
  state.facts.push(...added);
  state.facts.sort((a, b) => a.sentence - b.sentence);
}

/**
 * "France and Greece signed a deal for Athens to buy three French warships. Macron said that Greece
 * would buy the three frigates from France.": a supply whose only hedge is "will" or "would", told
 * after a sentence in reach that tells a deal signed (a deal noun and a verb of signing, lexicon
 * signingVerbs, stated as done) naming its supplier and its recipient and goods of the same kind,
 * is the signed deal's delivery: a committed transfer. No supply of other parties may be told
 * between them.
 */
function signedBefore(
  state: DocState,
  table: FrameTable,
  told: ReadonlyMap<number, Told>,
  nouns: ReadonlySet<string>,
  asserted: Set<string>,
  added: Fact[],
): void {
  for (const [s, deal] of told) {
    const sentence = state.sentences[s] as Sentence;
    if (sentence.headline) continue;
    const planned = deal.facts.filter((f) => f.modality === "planned");
    if (planned.length === 0 || planned.length < deal.facts.length) continue;
    const words = plainWords(sentence.tokens);
    if (
      !words.some((w) => FUTURES.has(w)) ||
      modalityOf(
        words.filter((w) => !FUTURES.has(w)),
        modalityCuesOf(state),
      ) !== "asserted"
    )
      continue;
    let body = 0;
    for (let i = s - 1; i >= 0; i--) {
      const before = state.sentences[i] as Sentence;
      if (!before.headline && ++body > REACH) break;
      const other = told.get(i);
      if (other && ![...other.suppliers].every((x) => deal.suppliers.has(x))) break;
      const signing = signingOf(before, table, nouns, modalityCuesOf(state));
      if (!signing) continue;
      const names = new Set((state.mentions[i] ?? []).map((m) => m.name));
      const kinds = goodsWords(before, state.mentions[i] ?? []);
      const sameGoods = [...deal.goods].some((w) => ofKind(w, kinds, table));
      // A signing that names other goods or not both parties may be of the same deal told again.
      if (!sameGoods || ![...deal.suppliers, ...deal.recipients].every((x) => names.has(x))) continue;
      const from = (state.mentions[i] ?? []).find((m) => deal.suppliers.has(m.name));
      for (const f of planned)
        commitPlanned(
          f,
          {},
          resolvedTo(signing.text, f.source, from ? { sentence: i, mention: from } : undefined),
          asserted,
          added,
        );
      break;
    }
  }
}

/**
 * "Romania wants to buy 54 Abrams tanks from the United States. The U.S. State Department approved
 * the sale on Thursday.", "... Congress was notified of the sale.": a later body sentence whose verb
 * of concluding a deal (lexicon dealCompletionVerbs, or a notifying verb) takes a definite deal noun
 * as its object ("approved the sale", "signed the contract", "notified of this deal"), stated as
 * done, concludes the one deal told as planned in reach: its supplies are committed. A deal in reach
 * told as possible, denied or negated, two deals in reach, or a supplier of the sentence's own
 * complete nothing.
 */
function concludedLater(
  state: DocState,
  table: FrameTable,
  reaches: readonly (DealInReach | null)[],
  nouns: ReadonlySet<string>,
  asserted: Set<string>,
  added: Fact[],
): void {
  for (const sentence of state.sentences) {
    const reach = reaches[sentence.index];
    if (!reach) continue;
    const { inReach, facts } = reach;
    const tokens = sentence.tokens;
    if (modalityOf(plainWords(tokens), modalityCuesOf(state)) !== "asserted") continue;
    const object = concludedDealObject(tokens, nouns, table);
    if (!object) continue;
    for (const f of facts) {
      if (f.modality !== "planned") continue;
      const at = { sentence: sentence.index, trigger: object.verb.text };
      commitPlanned(
        f,
        at,
        resolvedTo(object.noun.text, f.source, mentionOf(state, inReach, f.source)),
        asserted,
        added,
      );
    }
  }
}

/**
 * Adds planned supply `f` as committed by a later sentence (rule supply-discourse), at `at` when the
 * sentence that commits it is another, with its resolution; once per supplier and recipient.
 */
function commitPlanned(
  f: Fact,
  at: Partial<Pick<Fact, "sentence" | "trigger">>,
  resolution: Pick<Fact, "resolved">,
  asserted: Set<string>,
  added: Fact[],
): void {
  const key = `${f.source}|${f.target}`;
  if (asserted.has(key)) return;
  asserted.add(key);
  added.push({ ...f, ...at, modality: "asserted", rule: "supply-discourse", ...resolution });
}

/**
 * Words that open a deal noun referring back to a deal told before ("the sale", "this deal"): the
 * definite determiners a singular noun takes.
 */
const DEFINITE_SINGULAR_DETERMINER_WORDS = new Set(DEFINITE_SINGULAR_DETERMINERS);
/** How many modifiers may stand between that word and the deal noun ("the $1 billion tank sale"). */
const DEAL_MODIFIERS = 2;

/**
 * The verb of concluding and its definite deal noun object in `tokens` ("approved the sale",
 * "notified of the sale", "signed the tank deal"), or null. "make" concludes nothing by itself.
 */
function concludedDealObject(
  tokens: readonly Token[],
  nouns: ReadonlySet<string>,
  table: FrameTable,
): { verb: Token; noun: Token } | null {
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v] as Token;
    if (verb.pos !== "VERB" || verb.lemma === "make") continue;
    const notifying = NOTIFYING.has(verb.lemma);
    if (!notifying && !table.dealCompletion.has(verb.lower) && !table.dealCompletion.has(verb.lemma))
      continue;
    let k = v + 1;
    if (notifying && tokens[k]?.lower === "of") k++;
    if (!DEFINITE_SINGULAR_DETERMINER_WORDS.has(tokens[k]?.lower ?? "")) continue;
    for (let n = k + 1; n <= k + 1 + DEAL_MODIFIERS && n < tokens.length; n++) {
      const w = tokens[n] as Token;
      if (w.pos === "NOUN" && nouns.has(w.lemma) && tokens[n + 1]?.pos !== "NOUN") return { verb, noun: w };
      if (w.pos !== "ADJ" && w.pos !== "NOUN") break;
    }
  }
  return null;
}

/** The words of a future that is the only hedge of a delivery of a signed deal. */
const FUTURES = new Set(["will", "would"]);

/** The deal noun of a sentence that tells a deal signed, as done ("signed a deal", "The contracts, signed on Friday,"), or null. */
function signingOf(
  sentence: Sentence,
  table: FrameTable,
  nouns: ReadonlySet<string>,
  cues: ModalityTable,
): Token | null {
  const tokens = sentence.tokens;
  if (!tokens.some((t) => t.pos === "VERB" && (table.signing.has(t.lower) || table.signing.has(t.lemma))))
    return null;
  if (modalityOf(plainWords(tokens), cues) !== "asserted") return null;
  return tokens.find((t) => t.pos === "NOUN" && nouns.has(t.lemma)) ?? null;
}

/** The supplies each sentence tells (every modality), with their parties and kinds of goods. */
function toldSupplies(state: DocState): Map<number, Told> {
  const actors = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type !== "WeaponSystem") actors.add(m.name);
  const out = new Map<number, Told>();
  for (const f of state.facts) {
    if (f.relation !== "supplies" || !actors.has(f.source)) continue;
    let t = out.get(f.sentence);
    if (!t) {
      const sentence = state.sentences[f.sentence] as Sentence;
      t = {
        sentence: f.sentence,
        facts: [],
        suppliers: new Set(),
        recipients: new Set(),
        items: new Set(),
        goods: goodsWords(sentence, state.mentions[f.sentence] ?? []),
        suppliersKey: "",
        recipientsKey: "",
      };
      out.set(f.sentence, t);
    }
    t.facts.push(f);
    t.suppliers.add(f.source);
    if (actors.has(f.target)) t.recipients.add(f.target);
    else t.items.add(f.target);
  }
  for (const t of out.values()) {
    t.suppliersKey = [...t.suppliers].sort().join("|");
    t.recipientsKey = [...t.recipients].sort().join("|");
  }
  return out;
}

/** The supplies facts of each sentence (every supplier), by sentence index. */
function suppliesBySentence(facts: readonly Fact[]): Map<number, Fact[]> {
  const out = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.relation !== "supplies") continue;
    const list = out.get(f.sentence);
    if (list) list.push(f);
    else out.set(f.sentence, [f]);
  }
  return out;
}

/** The supplies told in the REACH body sentences before sentence `s` and in a headline above them, nearest first. */
function dealsInReach(state: DocState, told: ReadonlyMap<number, Told>, s: number): Told[] {
  const out: Told[] = [];
  let body = 0;
  for (let i = s - 1; i >= 0; i--) {
    const sentence = state.sentences[i] as Sentence;
    if (!sentence.headline && ++body > REACH) break;
    const t = told.get(i);
    if (t) out.push(t);
  }
  return out;
}

/** The one deal a body sentence may complete, with every supply told in reach of it. */
interface DealInReach {
  /** The nearest supply told in reach, whose parties are the deal's. */
  deal: Told;
  inReach: Told[];
  /** The facts of every supply told in reach. */
  facts: Fact[];
}

/**
 * The one deal told in reach of body sentence `sentence` (dealsInReach, oneDeal), or null: none for
 * a headline, when a supply in reach is told as possible, denied or negated, or when the sentence
 * tells a supply of a supplier of its own (it tells its own deal).
 */
function oneDealInReach(
  state: DocState,
  told: ReadonlyMap<number, Told>,
  sentence: Sentence,
  supplies: ReadonlyMap<number, readonly Fact[]>,
): DealInReach | null {
  if (sentence.headline) return null;
  const inReach = dealsInReach(state, told, sentence.index);
  const deal = inReach[0];
  if (!deal || !oneDeal(inReach)) return null;
  const facts = inReach.flatMap((d) => d.facts);
  if (facts.some((f) => RANK[f.modality] >= RANK.negated || f.modality === "possible")) return null;
  // (The sentence's own supplies, read from their index: not every fact of the document again.)
  if (supplies.get(sentence.index)?.some((f) => !deal.suppliers.has(f.source))) return null;
  return { deal, inReach, facts };
}

/** True when every supply in reach has the same suppliers and the same recipients (or none): one deal. */
function oneDeal(deals: readonly Told[]): boolean {
  const suppliers = (deals[0] as Told).suppliersKey;
  const recipients = deals.find((d) => d.recipients.size > 0);
  return deals.every(
    (d) =>
      d.suppliersKey === suppliers &&
      (d.recipients.size === 0 || !recipients || d.recipientsKey === recipients.recipientsKey),
  );
}

/**
 * The resolution a later fact keeps: the words of the later sentence (`text`) that stand for the
 * supplier `name`, read from its mention in an earlier sentence, as coreference keeps pronouns; none
 * when no earlier mention is known.
 */
function resolvedTo(
  text: string,
  name: string,
  from: { sentence: number; mention: Mention } | undefined,
): Pick<Fact, "resolved"> {
  return from ? { resolved: [resolutionOf(text, name, from.sentence, from.mention)] } : {};
}

/** The mention of `name` in the nearest sentence in reach that names it, with that sentence. */
function mentionOf(
  state: DocState,
  deals: readonly Told[],
  name: string,
): { sentence: number; mention: Mention } | undefined {
  for (const d of deals) {
    const mention = (state.mentions[d.sentence] ?? []).find((m) => m.name === name);
    if (mention) return { sentence: d.sentence, mention };
  }
  return undefined;
}

/**
 * The subject that opens `tokens` (after a fronted adverbial and its comma) when it refers back to
 * the deal: "They", or a phrase opened by a word of back-reference, a number or a portion word
 * whose every noun is a deal noun or goods of the deal's kinds, whose names are the deal's
 * parties or weapons, and which holds no word of other goods ("The old boats"). Its end (the index
 * of its verb) and its kind, or null.
 */
function referenceOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  deal: Told,
  goods: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  table: FrameTable,
): { end: number; kind: Reference } | null {
  let k = 0;
  const comma = tokens.findIndex((t, i) => i <= FRONTED_REACH && t.text === ",");
  if (
    comma > 0 &&
    (tokens[0]?.pos === "ADP" || tokens[0]?.pos === "ADV") &&
    tokens.slice(0, comma).every((t) => t.pos !== "VERB" && t.pos !== "AUX")
  )
    k = comma + 1;
  const first = tokens[k];
  if (!first) return null;
  if (GOODS_SUBJECTS.has(first.lower))
    return isVerbOrAux(tokens[k + 1]) ? (goods.size > 0 ? { end: k + 1, kind: "pronoun" } : null) : null;
  if (!table.backReference.has(first.lower) && first.pos !== "NUM" && !table.portion.has(first.lower))
    return null;
  const cover: (Mention | undefined)[] = [];
  for (const m of mentions) for (let i = m.first; i < m.last; i++) cover[i] = m;
  let kind: Reference | null = null;
  let portion = false;
  for (let i = k; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const m = cover[i];
    if (m) {
      if (m.type === "WeaponSystem") {
        // "The aircraft" after "TB2 drones" are other goods: a weapon is the deal's by its head's kind or its name.
        if (!ofKind(singular((tokens[m.last - 1] as Token).lower), goods, table) && !deal.items.has(m.name))
          return null;
        if (kind !== "deal") kind = "goods";
        i = m.last - 1;
        continue;
      }
      if (deal.suppliers.has(m.name) || deal.recipients.has(m.name)) {
        i = m.last - 1;
        continue;
      }
      return null;
    }
    if (isVerbOrAux(tok)) {
      if (i === k) return null;
      if (kind) return { end: i, kind };
      return portion ? { end: i, kind: "portion" } : null;
    }
    if (table.otherGoods.has(tok.lower) && tok.lower !== "remaining") return null;
    if (tok.pos === "NUM" || table.portion.has(tok.lower)) {
      portion = true;
      continue;
    }
    if (tok.pos === "NOUN") {
      const word = singular(tok.lower);
      if (nouns.has(tok.lemma) || nouns.has(word)) kind = "deal";
      else if (ofKind(word, goods, table)) {
        if (kind !== "deal") kind = "goods";
      } else if (
        goods.size === 0 ||
        !(table.backNouns.has(tok.lower) || (table.arms.has(tok.lower) && !table.broadArms.has(tok.lower)))
      )
        return null;
      else if (kind !== "deal") kind = "goods";
      continue;
    }
    if (tok.pos === "PUNCT" || tok.pos === "PROPN" || tok.pos === "VERB") return null;
  }
  return null;
}

/**
 * The recipient that the predicate whose verb is at `v` names: a country or a body after "to" of a
 * verb of giving ("were handed over to the Kenyan Air Force"), or a country after "in" of a verb
 * of arriving ("arrived in Niger"); none when the sentence names an agent after "by" or "from".
 */
function takerOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  v: number,
  verb: Token,
  table: FrameTable,
): Mention | undefined {
  const arriving = table.arrival.has(verb.lower);
  if (!arriving && !givingVerb(table, verb.lemma)) return undefined;
  if (
    mentions.some(
      (m) =>
        m.first > v && m.type !== "WeaponSystem" && /^(?:by|from)$/u.test(tokens[m.first - 1]?.lower ?? ""),
    )
  )
    return undefined;
  const prep = arriving ? "in" : "to";
  const at = tokens.findIndex((t, k) => k > v && k <= v + TAKER_REACH && t.lower === prep);
  if (at < 0) return undefined;
  for (let k = v + 1; k < at; k++)
    if ((tokens[k] as Token).pos === "VERB" || (tokens[k] as Token).text === ",") return undefined;
  const near = mentions.filter((m) => m.first > at && m.first <= at + TAKER_NAME_REACH);
  const taker = near.find((m) => m.type === "Organization") ?? near[0];
  if (!taker || (taker.type !== "Country" && (arriving || taker.type !== "Organization"))) return undefined;
  for (let k = at + 1; k < taker.first; k++) if ((tokens[k] as Token).pos === "VERB") return undefined;
  return taker;
}

/** True when the document ties body `taker` to one of the deal's recipients ("the Polish Army" to Poland). */
function ofRecipients(state: DocState, taker: Mention, deal: Told): boolean {
  return state.facts.some(
    (f) => f.relation === "affiliated_with" && f.source === taker.name && deal.recipients.has(f.target),
  );
}
