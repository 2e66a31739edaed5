/**
 * supplies rules: active ("supplying Russia with missiles"), passive ("supplied by Iran to
 * Russia"), converse ("received shells from"), personnel ("deployed troops to") and nominal
 * ("Iran's shipments of drones to Russia", "US military aid to Ukraine") triggers.
 */
import {
  type Chunk,
  type ChunkHead,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  officialState,
} from "../chunks.ts";
import type { WordSets } from "../stage-words.ts";
import {
  MODALITY_RANK,
  type Subject,
  type ZoneChunk,
  mentionsIn,
  modalityOf,
  subjectBefore,
  wordsBefore,
  zoneAfter,
  type Zone,
} from "../clause.ts";
import type { ModalityTable } from "../modality-cues.ts";
import { COMPANY_NOUNS, SAY_VERBS } from "../lexicon/coreference.ts";
import { type Frame, type FrameTable, type GrammaticalRole, frameFor } from "../frames.ts";
import {
  CONCLUDING_PARTICIPLES,
  UNCONCLUDED_WORDS,
  AMOUNT_TOTAL_NOUNS,
  DEAL_NOUNS,
  DEAL_RELATIVE_PREPOSITIONS,
  DEAL_RELATIVE_WORDS,
  THING_RELATIVE_WORDS,
  MEMBER_NOUNS,
  NOTIFYING_VERBS,
  NON_MATERIAL_QUALIFIERS,
  COMMODITY_OBJECTS,
  AGENT_PARTICLES,
  OWNER_VERBS,
  PERSONNEL_WORDS,
  RELAY_VERBS,
  SUPPLY_QUANTITY_NOUNS,
  TWO_WAY_SUPPLY_VERBS,
  USE_VERBS,
} from "../lexicon/triggers.ts";
import { PAST_GERUND_OPENERS, RELATIVE_PRONOUNS, THIRD_PERSON_SUBJECTS } from "../lexicon/grammar.ts";
import type { Modality } from "../../model/ontology.ts";
import type { Fact, Mention, Token } from "../types.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import { capturedAround, capturedBetween, receivedGoodsOrigin } from "./received-origin.ts";
import { goodsPossessors, soleActorBefore } from "./goods-possessor.ts";
import { meansRecipients, meansSuppliers } from "./means-supplies.ts";
import { armsInObjects } from "./object-arms.ts";
import { goodsZoneAfterCause } from "./served-cause.ts";
import { FUTURE, committedFuture, toldFuture } from "./committed-futures.ts";
import { subjectPredicateHedge, underPredicate } from "../subject-predicates.ts";
import { WORDS, acronymInBrackets, lastWord, singular, isVerbOrAux, VERB_GROUP_FILLER } from "../words.ts";
import {
  BE_FORMS,
  DEFINITE_PLURAL_DETERMINER_WORDS,
  type Emit,
  actorHeads,
  chunkActorNames,
  clauseStart,
  framingCues,
  frameOfRule,
  headType,
  possessorHeads,
  recipientHeads,
  zoneHeads,
} from "./shared.ts";
import { LOWER_FIRST, POSSESSIVE_ENDING, POSSESSIVE_MARK, DOUBLE_QUOTE_MARK } from "../letters.ts";
import { purposeInPhrase } from "./deal-purpose.ts";
import { unknownSigner } from "./unknown-signer.ts";
import { firmSigners } from "./firm-signers.ts";
import { proceedingVerb } from "./proceeded-deals.ts";
import {
  announcedReceipt,
  thirdPartyConfirmation,
  unsidedConfirmation,
  type Confirmer,
} from "./announced-receipts.ts";

/** Particles of a phrasal supply verb, stepped over before its object ("handed over"). */
const PARTICLES = new Set(AGENT_PARTICLES);
/** Nouns of a firm a demonym may qualify ("a Turkish company"): the firm, not the state. */
const UNNAMED_FIRMS: ReadonlySet<string> = new Set(COMPANY_NOUNS);
const COMMODITIES = new Set(COMMODITY_OBJECTS);
const NON_MATERIAL = new Set(NON_MATERIAL_QUALIFIERS);
const PERSONNEL_NOUNS = new Set(PERSONNEL_WORDS);
const DEALS = new Set(DEAL_NOUNS);
const MEMBER = new Set(MEMBER_NOUNS);
const QUANTITY = new Set(SUPPLY_QUANTITY_NOUNS);
const TOTAL = new Set(AMOUNT_TOTAL_NOUNS);
const RELAY = new Set(RELAY_VERBS);

const USE = new Set(USE_VERBS);
const OWNER = new Set(OWNER_VERBS);
const TWO_WAY = new Set(TWO_WAY_SUPPLY_VERBS);

/**
 * The source of the facts of a transfer whose clause names no supplier ("Jordan has taken delivery
 * of eight Black Hawk helicopters", "These drones were handed over to the army"): the relations
 * stage gives them the supplier that the document names for the same goods or recipient, or drops
 * them (see unnamedSuppliers in 5-relations.ts). No entity can bear this name.
 */
export const UNNAMED_SUPPLIER = "\u0000unnamed supplier";

/**
 * The rule mark of a supply whose recipient is a person ("handed over the vehicles to Ugandan
 * Defence Minister X"): the relations stage puts in the person's place the one country the
 * document ties them to, or drops the fact (see person-recipients.ts).
 */
export const PERSON_RECIPIENT = "+person-recipient";

/**
 * Emits the facts of an asserted transfer with no supplier in its clause, from UNNAMED_SUPPLIER to
 * its recipients and named items, when goods are told: a named weapon, or an arms word in the zone
 * ("received $200 million in military aid"; not "received the delegation").
 */
function emitUnnamedSupplier(
  ix: SentenceIndex,
  zone: Zone,
  parties: { recipients: ChunkHead[]; items: Mention[] },
  table: FrameTable,
  emit: Emit,
  fact: { trigger: string; rule: string; modality: Modality; future?: boolean },
): void {
  // "Algeria will receive 16 Su-30 jets": a future receipt stands only under a deal told before
  // (deal-register.ts), which the mark asks for.
  const future = fact.modality === "planned" && fact.future === true;
  if (fact.modality !== "asserted" && !future) return;
  // A generic word ("tanks", "drones") names no particular goods to find the supplier by; a
  // carrier ("sent via transport aircraft") is no goods.
  const tokens = ix.sentence.tokens;
  const named = parties.items.filter(
    (m) => m.kind !== "generic-weapon" && !/^(?:via|by|aboard)$/u.test(tokens[m.first - 1]?.lower ?? ""),
  );
  // "Kenya received the helicopters": goods referred back to, whose supplier only a deal told just
  // before can give (receipt-back.ts).
  const back = named.length === 0 && !armsIn(tokens, zone, table.arms);
  if (back && !backGoodsIn(tokens, zone, table)) return;
  const rule = `${back ? `${fact.rule}${BACK_GOODS}` : fact.rule}${future ? UNDER_DEAL : ""}`;
  for (const r of parties.recipients)
    emit(UNNAMED_SUPPLIER, "supplies", r.name, fact.trigger, rule, fact.modality);
  for (const w of named)
    emit(
      UNNAMED_SUPPLIER,
      "supplies",
      w.name,
      fact.trigger,
      `${fact.rule}${future ? UNDER_DEAL : ""}`,
      fact.modality,
    );
}

/** Magnitudes before "in" ("million in aid"). */
const MAGNITUDE_IN = /^(?:million|billion|thousand|m|bn)$/u;

/** Magnitudes and "worth" before "of" ("billion of", "worth of"). */
const MAGNITUDE_OF = /^(?:million|billion|m|bn|worth)$/u;

/** A comma, semicolon or colon. */
const COMMA_OR_COLON = /^[,;:]$/u;

/** Ends in a digit. */
const FINAL_DIGIT = /\d$/u;

/** A currency's sign ("$", "US$", "€"). */
const CURRENCY_SIGN = /^(?:US|A|C|NZ|HK|S)?[$€£¥]$/u;

/** An amount, maybe with its currency ("$5", "US$1.2"). */
const AMOUNT = /^\p{L}{0,3}[$€£¥]?\d[\d.,]*$/u;

/** A currency's sign or a word of a sum ("US$", "million", "bn"). */
const SUM_WORD = /^(?:\p{L}{0,3}[$€£¥]|million|billion|m|bn)$/u;

/** A currency's code or abbreviation written before its amount ("USD", "SEK", "NOK", "Rs"). */
const CURRENCY_CODE = /^(?:[A-Z]{3}|Rs\.?)$/u;

/**
 * The token at `k` is money's sign, code or amount: "$", "US$", "€5", "USD$67", "SEK 1.7 billion",
 * "Rs 1,561 crore", "R$ 67 million" (a code only right before an amount or a sign it is joined to).
 */
function currencyAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k] as Token;
  if (CURRENCY_SIGN.test(w.text) || AMOUNT.test(w.text)) return true;
  const next = tokens[k + 1];
  if (next === undefined) return false;
  // "R$ 67 million", "NT$ 5 billion" split before the sign: the letters are the sign's.
  if (CURRENCY_SIGN.test(next.text) && !next.space) return SIGN_LETTERS.test(w.text);
  return next.pos === "NUM" && (CURRENCY_CODE.test(w.text) || (w.pos === "SYM" && SIGN_LETTERS.test(w.text)));
}

/** Capital letters that stand before a currency's sign or as its code ("R", "NT", "USD"). */
const SIGN_LETTERS = /^\p{Lu}{1,3}$/u;

/**
 * The verb right before a time adverbial that ends at token `k` ("announced | on July 3 |", "unveiled
 * | Monday |"), or -1: the adverbial stands between a verb and its object.
 */
function verbBeforeTime(tokens: Token[], k: number): number {
  const w = tokens[k] as Token;
  if (w.pos !== "NUM" && w.pos !== "PROPN" && w.pos !== "NOUN") return -1;
  const start = timeAdverbialStart(tokens, k);
  if (start <= 0 || start > k) return -1;
  return tokens[start - 1]?.pos === "VERB" ? start - 1 : -1;
}

/** Tags of the words of an object's phrase before its head. */
const OBJECT_PHRASE_TAGS = /^(?:DET|ADJ|NUM|ADV|NOUN)$/u;

/**
 * The verb whose object is the noun at `t` ("approved the sale", "took delivery"): its index,
 * or -1. Determiners, adjectives and numbers may stand between.
 */
function governingVerb(tokens: Token[], t: number, copula = false): number {
  let floor = Math.max(0, t - 8);
  for (let k = t - 1; k >= floor; k--) {
    // "an 86 million euro ($91 million) deal": a parenthesised amount stands between.
    if (tokens[k]?.text === ")") {
      const open = amountOpening(tokens, k);
      floor = Math.max(0, floor - (k - open));
      k = open;
    }
    const w = tokens[k] as Token;
    // "announced on July 3 a new package of military aid": a time adverbial right after the verb.
    const afterTime = verbBeforeTime(tokens, k);
    if (afterTime >= 0) return afterTime;
    // "notified Congress of the possible sale of": the notifying verb past its addressee.
    if (w.lower === "of") {
      const notifying = notifyingBefore(tokens, k);
      if (notifying >= 0) return notifying;
    }
    // "Russia is the largest arms supplier to X": with `copula`, a form of "be" governs too; a
    // verb hyphened to the word before it only qualifies the noun ("a 1.3 trillion-won deal", "a
    // government-backed deal"); a spaced dash does not ("Hanwha - an arms maker - signed a deal").
    const modifier = (tokens[k - 1]?.text === "-" && !w.space) || attributiveParticiple(tokens, k);
    if ((w.pos === "VERB" && !modifier) || (copula && w.pos === "AUX" && w.lemma === "be")) return k;
    // "has become one of the most prolific drone exporters".
    if (copula && w.lower === "of" && tokens[k - 1]?.lower === "one") {
      k--;
      continue;
    }
    // "approved $4.7 billion of potential weapons sales", "$1 billion worth of sales": "of" after an amount too.
    const amount =
      (w.lower === "in" && MAGNITUDE_IN.test(tokens[k - 1]?.lower ?? "")) ||
      (w.lower === "of" && MAGNITUDE_OF.test(tokens[k - 1]?.lower ?? ""));
    if ((w.lower === "of" && QUANTITY.has(tokens[k - 1]?.lower ?? "")) || amount) {
      // "announced a $400 million package of military aid", "pledged €200 million in defence
      // assistance": look past the quantity and its amount.
      for (let j = k - 2; j >= Math.max(0, k - 8); j--) {
        const v = tokens[j] as Token;
        if (v.pos === "VERB") return j;
        const timed = verbBeforeTime(tokens, j);
        if (timed >= 0) return timed;
        // "approved a total of $1 billion worth of weapons sales": the amount's own "a total of".
        if (v.lower === "of" && TOTAL.has(tokens[j - 1]?.lower ?? "")) {
          j--;
          continue;
        }
        if (v.pos === "ADP" || COMMA_OR_COLON.test(v.text)) return -1;
      }
      return -1;
    }
    // Determiners, adjectives, numbers, amounts ("an $8 billion sale"), noun modifiers ("the
    // security assistance") and hyphenated ones ("a government-to-government contract") stand between.
    const hyphenated = w.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
    // "finalized its purchase": a possessive pronoun stands where a determiner would.
    const possessive =
      WORDS.possessivePronouns.has(w.lower) ||
      // "remains India's biggest arms supplier": a named possessor stands there too.
      (copula &&
        (POSSESSIVE_MARK.test(w.lower) ||
          (w.pos === "PROPN" && POSSESSIVE_MARK.test(tokens[k + 1]?.lower ?? ""))));
    // "a US$23.27 million deal": a currency, with its country's letters, stands there too.
    // "a Ksh9.87 billion deal": an amount with its currency's letters (its decimal point split off).
    const point =
      w.text === "." && FINAL_DIGIT.test(tokens[k - 1]?.text ?? "") && tokens[k + 1]?.pos === "NUM";
    const currency = point || currencyAt(tokens, k);
    if (!OBJECT_PHRASE_TAGS.test(w.pos) && !currency && !hyphenated && !possessive && !modifier) return -1;
  }
  return -1;
}

/** Modalities that a word right before an approved sale gives only as the approval's formula ("a possible sale", "the proposed sale"). */
const APPROVED_HEDGES: ReadonlySet<Modality> = new Set<Modality>(["possible", "planned"]);

/** Words before a participle that make it an adjective of the noun after it ("the proposed sale"). */
const ATTRIBUTIVE_OPENERS = /^(?:the|a|an|its|their|his|her)$/u;

/**
 * True when the past participle at `k` qualifies the noun after it, between an article or a
 * possessive pronoun and the noun ("approved the proposed sale", "its planned purchase"): it
 * governs nothing, and the walk to the governing verb goes on past it.
 */
function attributiveParticiple(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k] as Token;
  return (
    w.pos === "VERB" &&
    w.lower.endsWith("ed") &&
    ATTRIBUTIVE_OPENERS.test(tokens[k - 1]?.lower ?? "") &&
    /^(?:NOUN|ADJ)$/u.test(tokens[k + 1]?.pos ?? "")
  );
}

/** How many words may stand between "for" and the sale it takes ("for a $2 billion sale"). */
const APPROVAL_PHRASE_REACH = 8;

/**
 * The verb that governs a noun of approval (lexicon approvalNouns) which takes the supply noun at
 * `t`: by a verb of approving right after the noun, `near` ("has made a determination approving a
 * possible sale"), or by "for" ("made a determination for the possible sale", "granted
 * preliminary approval for a $2 billion sale"). Its index, or -1.
 */
function approvalGovernor(tokens: Token[], t: number, near: number, table: FrameTable): number {
  if (near >= 0) {
    const v = tokens[near] as Token;
    const noun = tokens[near - 1];
    if (!v.lower.endsWith("ing") || !table.approval.has(v.lemma) || noun?.pos !== "NOUN") return -1;
    return table.approvalNoun.has(noun.lower) ? governingVerb(tokens, near - 1) : -1;
  }
  for (let k = t - 1; k >= Math.max(1, t - APPROVAL_PHRASE_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.lower === "for") {
      const noun = tokens[k - 1] as Token;
      return noun.pos === "NOUN" && table.approvalNoun.has(noun.lower) ? governingVerb(tokens, k - 1) : -1;
    }
    if (!OBJECT_PHRASE_TAGS.test(w.pos) && !currencyAt(tokens, k)) return -1;
  }
  return -1;
}

const NOTIFYING = new Set(NOTIFYING_VERBS);
const SAY = new Set(SAY_VERBS);
/** How many words a notified addressee may span ("the US Congress"). */
const ADDRESSEE_REACH = 4;
/** Tags of the words of a notified addressee. */
const ADDRESSEE_TAGS = /^(?:DET|ADJ|NOUN|PROPN)$/u;

/**
 * The verb of notifying right before the addressee that ends before token `k` ("notified Congress
 * | of", "has notified the US Congress | that"): its index, or -1.
 */
function notifyingBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 1 - ADDRESSEE_REACH); j--) {
    const w = tokens[j] as Token;
    if (w.pos === "VERB") return NOTIFYING.has(w.lemma) && j < k - 1 ? j : -1;
    if (!ADDRESSEE_TAGS.test(w.pos)) return -1;
  }
  return -1;
}

/** Tags of the words between a clause's subject and its verb ("is willing to", "will also"). */
const PREDICATE_FILLERS = /^(?:AUX|ADV|PART|ADJ)$/u;

/** Pronouns that, as a clause's subject, may stand for the subject of the verb that frames the clause ("said it has notified"; lexicon grammar THIRD_PERSON_SUBJECTS). */
const THIRD_PERSON_SUBJECT_SET = new Set(THIRD_PERSON_SUBJECTS);

/** A sale told in a notification's that-clause (see notifiedSale). */
interface NotifiedSale {
  /** The notifier, the supplier a pronoun subject of the sale stands for. */
  notifiers: ChunkHead[];
  /** The notification's own hedge ("has not notified Congress": negated). */
  hedge: Modality;
}

/** The actors a supply clause names: its subject's heads and the mentions of its zone (toldFuture's parties). */
function partiesOf(subject: Subject, zone: Zone): Set<string> {
  const out = new Set(actorHeads(subject.heads).map((h) => h.name));
  for (const { chunk } of zone.chunks) chunkActorNames(chunk, out);
  return out;
}

/**
 * The subject of the verb at `v`, or, when that subject is a pronoun right after a verb of saying
 * ("The State Department said it has notified"), the subject of that verb.
 */
function subjectOrFramer(ix: SentenceIndex, v: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const heads = actorHeads(subjectBefore(ix, v).heads);
  if (heads.length > 0) return heads;
  const p = relativeBefore(tokens, v);
  if (!THIRD_PERSON_SUBJECT_SET.has(tokens[p]?.lower ?? "")) return [];
  const framer = tokens[p - 1]?.lower === "that" ? p - 2 : p - 1;
  const say = tokens[framer];
  return say?.pos === "VERB" && SAY.has(say.lemma) ? actorHeads(subjectBefore(ix, framer).heads) : [];
}

/**
 * "The State Department has notified Congress that it is willing to sell 50 tanks to Bahrain",
 * "notified lawmakers that the United States will sell …": the supply verb at `t`, whose subject is
 * `subject`, stands in the that-clause of a verb of notifying (past its addressee). Gives the
 * notifier and the notification's hedge; null otherwise.
 */
function notifiedSale(ix: SentenceIndex, t: number, subject: Subject): NotifiedSale | null {
  const tokens = ix.sentence.tokens;
  // Past auxiliaries, adverbs and an adjective of will ("it is willing to sell").
  let p = t - 1;
  while (p > 0 && (PREDICATE_FILLERS.test((tokens[p] as Token).pos) || tokens[p]?.lower === "to")) p--;
  const first = subject.chunk && subject.chunk.first < t ? subject.chunk.first : p;
  if (!subject.chunk && !THIRD_PERSON_SUBJECT_SET.has(tokens[p]?.lower ?? "")) return null;
  if (tokens[first - 1]?.lower !== "that") return null;
  const v = notifyingBefore(tokens, first - 1);
  if (v < 0) return null;
  return { notifiers: subjectOrFramer(ix, v), hedge: verbModality(ix, v) };
}

/** How many tokens a parenthesised amount may span ("($91 million)"). */
const AMOUNT_REACH = 6;

/** Parts of speech of the words that may open a noun phrase before its head ("the two new"). */
const MODIFIER_POS = /^(?:DET|ADJ|NUM)$/u;

/**
 * The index of the token before the "(" that opens a parenthesis of numbers and currency closed
 * at `k` ("($91 million)"), or `k` itself when the parenthesis holds anything else.
 */
function amountOpening(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - AMOUNT_REACH); j--) {
    const w = tokens[j] as Token;
    if (w.text === "(") return j - 1 >= 0 ? j - 1 : k;
    if (w.pos !== "NUM" && !SUM_WORD.test(w.text)) return k;
  }
  return k;
}

/**
 * The verb of use ("used", "launched") whose object opens at token `t`, or -1; determiners,
 * adjectives, numbers and hyphenated modifiers ("Iranian-designed") may stand between.
 */
function userVerb(tokens: Token[], t: number): number {
  for (let k = t - 1; k >= Math.max(0, t - 6); k--) {
    const w = tokens[k] as Token;
    if (USE.has(w.lower)) return k;
    const hyphenated = w.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
    if (!hyphenated && !MODIFIER_POS.test(w.pos)) return -1;
  }
  return -1;
}

/**
 * The agents of a passive verb of using right at token `k` ("were used by the Azerbaijani army",
 * "are operated by the Navy"): countries and bodies that hold the goods.
 */
function passiveUsers(ix: SentenceIndex, k: number, zone: Zone): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let v = k;
  while (v < k + 3 && VERB_GROUP_FILLER.test(tokens[v]?.pos ?? "")) v++;
  if (v === k || !USE.has(tokens[v]?.lower ?? "") || tokens[v + 1]?.lower !== "by") return [];
  const chunk = zone.chunks.find((c) => c.prep === "by" && c.chunk.first === v + 2);
  return chunk ? recipientHeads(chunkHeads(chunk.chunk)) : [];
}

/** The parties of a deal or a leave noun that an infinitive of supplying follows. */
interface DealParties {
  /** The party that signs or holds the deal: the subject of its verb, or its possessor. */
  signers: ChunkHead[];
  /** The counterparty named with "with". */
  partners: ChunkHead[];
  /** The chunk of the verb's subject ("The US Congress has given its approval to sell"), or null. */
  chunk: Chunk | null;
  /** The verb's own words and its cues ("has not signed a deal to buy", "is seeking a deal to buy"). */
  cues: string[];
}

/**
 * "Poland signed a deal to buy …", "Armenia signed a contract with India to purchase …", "the
 * US Congress has given its final approval to sell …": the signer (subject of the verb governing
 * the deal or leave noun, or its possessor) and the counterparty named with "with", when the verb
 * at `t` follows "a deal (with X) to" or "approval to".
 */
function dealParties(ix: SentenceIndex, t: number, table: FrameTable): DealParties {
  const none: DealParties = { signers: [], partners: [], chunk: null, cues: [] };
  const tokens = ix.sentence.tokens;
  if (tokens[t - 1]?.lower !== "to") return none;
  // "signed a contract today to buy", "a deal last week to purchase": past a time adverbial.
  const time = t > 2 ? timeAdverbialStart(tokens, t - 2) : -1;
  let n = pastTimeOrPlace(ix, time > 0 ? time - 1 : t - 2);
  let partners: ChunkHead[] = [];
  const partner = ix.chunkAt[n];
  if (partner && tokens[partner.first - 1]?.lower === "with") {
    partners = actorHeads(chunkHeads(partner));
    n = pastTimeOrPlace(ix, partner.first - 2);
  }
  const noun = singular(tokens[n]?.lower ?? "");
  if (!DEALS.has(noun) && !table.permit.has(noun)) return none;
  const owner = ix.chunkAt[n - 1];
  const signers = owner ? possessorHeads(owner) : [];
  if (signers.length > 0) return { signers, partners, chunk: null, cues: [] };
  const verb = governingVerb(tokens, n);
  if (verb < 0) return { ...none, partners };
  const subject = subjectBefore(ix, verb);
  const v = tokens[verb] as Token;
  return {
    signers: subject.passive ? [] : subject.heads,
    partners,
    chunk: subject.passive ? null : subject.chunk,
    cues: [v.lower, v.lemma, ...subject.cues, ...framingCues(ix, subject)],
  };
}

/**
 * The zone without its by-phrases whose nearest verb before them, past the supply verb at `t`, is a
 * verb of making ("delivered to Ghana by the US were manufactured by Oshkosh"): that agent made
 * the goods.
 */
function withoutMakers(ix: SentenceIndex, t: number, zone: Zone, table: FrameTable): Zone {
  const tokens = ix.sentence.tokens;
  const made = (c: ZoneChunk): boolean => {
    if (c.prep !== "by") return false;
    for (let k = c.chunk.first - 2; k > t; k--) {
      const w = tokens[k] as Token;
      if (w.pos === "VERB") return table.makers.has(w.lemma) || table.makers.has(w.lower);
    }
    return false;
  };
  return zone.chunks.some(made) ? { ...zone, chunks: zone.chunks.filter((c) => !made(c)) } : zone;
}

/**
 * True when the zone's to-phrase names a place by its name ("to Kaliningrad", "to Guam"), not a
 * capital standing for its government ("to Kyiv") nor an actor.
 */
function placeDestination(zone: Zone): boolean {
  return zone.chunks.some(
    (c) =>
      c.prep === "to" &&
      chunkHeads(c.chunk).some(
        (h) => h.mention !== null && h.mention.kind !== "capital" && actorOf(h.mention).type === "Location",
      ),
  );
}

/** The parties a supply verb found, to tell whether they are only a deal's co-signers. */
interface SupplyParties {
  suppliers: readonly ChunkHead[];
  recipients: readonly ChunkHead[];
  accused: readonly ChunkHead[];
  passive: boolean;
}

/**
 * True when the suppliers are two or more signers of the deal whose infinitive is the verb at `t`
 * and the clause names no recipient ("Russia and India signed a contract to supply the S-400"): one
 * of them is the buyer. A recipient ("… to supply Ukraine with tanks") or a counterparty named with
 * "with" leaves the signers suppliers.
 */
function coSigners(ix: SentenceIndex, t: number, table: FrameTable, parties: SupplyParties): boolean {
  if (parties.passive || parties.accused.length > 0 || parties.recipients.length > 0) return false;
  if (parties.suppliers.length < 2) return false;
  const deal = dealParties(ix, t, table);
  if (deal.partners.length > 0 || deal.signers.length < 2) return false;
  const signers = new Set(actorHeads(deal.signers).map((h) => h.name));
  return parties.suppliers.filter((h) => signers.has(h.name)).length >= 2;
}

/** How many words after a deal noun its infinitive may stand ("contracts with Warsaw's Armament Agency on Friday to supply …"). */
const DEAL_INFINITIVE_REACH = 16;
/** How many words an infinitive's object may take before the deal noun it names ("to implement last month's deals to export …"). */
const CHAINED_DEAL_REACH = 5;

/** Punctuation that ends the phrase in which a deal noun's infinitive may stand. */
const INFINITIVE_BREAK = /^[;:.,]$/u;

/**
 * The first infinitive ("to" and a verb) after token `from` in its clause, past a counterparty,
 * a parenthesis between dashes or a phrase of time ("on Friday"); -1 when a finite verb, a
 * clause stop or a comma comes first.
 */
function infinitiveAfter(tokens: readonly Token[], from: number): number {
  const end = Math.min(tokens.length - 1, from + DEAL_INFINITIVE_REACH);
  for (let k = from; k < end; k++) {
    const w = tokens[k] as Token;
    if (INFINITIVE_BREAK.test(w.text) || isVerbOrAux(w)) return -1;
    if (w.lower === "to" && tokens[k + 1]?.pos === "VERB") return k + 1;
  }
  return -1;
}

/**
 * True when an infinitive of a supply verb follows the deal noun at `t`, past a counterparty
 * named with "with" ("a contract with Egypt to deliver …", "a deal to buy …"), a phrase of time
 * ("inked contracts with the Armament Agency on Friday to supply …"), or an infinitive whose
 * object is a deal noun with its own supply infinitive ("signed contracts with Poland to implement
 * last month's deals to export …").
 */
function supplyInfinitive(ix: SentenceIndex, t: number, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  const supplyVerb = (k: number): boolean =>
    frameFor(table, "verb", (tokens[k] as Token).lemma, "supplies") !== undefined;
  const first = infinitiveAfter(tokens, t + 1);
  if (first < 0) return false;
  if (supplyVerb(first)) return true;
  for (let k = first + 1; k <= Math.min(tokens.length - 1, first + CHAINED_DEAL_REACH); k++) {
    if (!DEALS.has(singular((tokens[k] as Token).lower))) continue;
    const next = tokens[k + 1]?.lower === "to" && tokens[k + 2]?.pos === "VERB" ? k + 2 : -1;
    return next >= 0 && supplyVerb(next);
  }
  return false;
}

/**
 * "received their first six AH-64E helicopters as part of a procurement agreement with the United
 * States", "bought the jets under a contract with Dassault": the party a deal noun of the zone is
 * made with.
 */
function dealPartners(ix: SentenceIndex, zone: Zone): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (const c of zone.chunks)
    if (c.prep === "with" && DEALS.has(singular(tokens[c.chunk.first - 2]?.lower ?? "")))
      return actorHeads(chunkHeads(c.chunk));
  return [];
}

/** Prepositions that put the goods under an aid scheme ("as part of", "under", "through"). */
const SCHEME_PREPOSITIONS = new Set(["under", "through"]);
/** How many words after its owner a scheme's noun may stand ("the U.S. military assistance program"). */
const SCHEME_REACH = 5;

/**
 * The partner of a deal in a phrase that opens the sentence before the clause's subject ("Under a
 * deal with Airbus, Kazakhstan received eight A400M aircraft", "Through a contract with Hanwha,
 * Norway bought …"), or none.
 */
function frontedDealPartners(ix: SentenceIndex, subject: Subject): ChunkHead[] {
  const first = subject.chunk?.first ?? 0;
  if (first < 2 || !SCHEME_PREPOSITIONS.has(ix.sentence.tokens[0]?.lower ?? "")) return [];
  return dealPartners(ix, zoneUntil(zoneAfter(ix, 0), first));
}

/**
 * "received a shipment of arms as part of the U.S. military assistance program", "under France's
 * military aid programme": the country or body that owns or qualifies an aid scheme the goods come
 * under (lexicon programmeNouns).
 */
function programmeOwners(ix: SentenceIndex, zone: Zone, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (const c of zone.chunks) {
    const partOf = c.prep === "of" && tokens[c.chunk.first - 2]?.lower === "part";
    if (!partOf && !SCHEME_PREPOSITIONS.has(c.prep)) continue;
    let scheme = false;
    for (let k = c.chunk.first; k < Math.min(zone.end, c.chunk.last + SCHEME_REACH); k++) {
      const w = tokens[k] as Token;
      if (k >= c.chunk.last && !/^(?:NOUN|ADJ|PROPN)$/u.test(w.pos)) break;
      if ((w.pos === "NOUN" || w.pos === "PROPN") && table.programme.has(w.lower)) scheme = true;
    }
    if (!scheme) continue;
    const possessors = possessorHeads(c.chunk);
    return recipientHeads(possessors.length > 0 ? possessors : chunkHeads(c.chunk));
  }
  return [];
}

/** Words that may stand between a recipient unit and the "of" of the body it belongs to. */
const UNIT_PHRASE = /^(?:DET|ADJ|NUM|NOUN|PROPN)$/u;
/** How many words a recipient unit's phrase may span before its "of" ("the 19th Jungle Brigade “Napo” of"). */
const UNIT_REACH = 8;

/** How many purpose nouns a chain may link before its body ("in support of efforts for the rebuilding of"). */
const PURPOSE_CHAIN = 4;

/**
 * "donating equipment in support of efforts for the rebuilding of the Armed Forces of Liberia",
 * "gifted trucks for the modernisation of the Ghana Army": a body or country at the end of a phrase
 * of purpose, opened by "in support of", by "for" or "to", or by an infinitive of helping ("to
 * boost the capacity of the UPDF", "to enhance the capabilities of the MNDF"; lexicon
 * beneficiaryVerbs), whose nouns are all purpose nouns (lexicon supply-words purposeNouns) linked
 * by "of" or "for", is what the goods are for: it receives. Any other word in the chain ("in
 * support of the fight against X", "to counter the capabilities of X") ends it.
 */
function purposeRecipients(ix: SentenceIndex, zone: Zone, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  // Back past an article and adjectives that no name took ("the", "a new"; the tagger may read a
  // lower-case "new" before a name as part of it).
  const past = (k: number): number => {
    for (let w = tokens[k]; w && k >= zone.start && !ix.cover[k]; w = tokens[--k])
      if (!MODIFIER_POS.test(w.pos) && !(w.pos === "PROPN" && LOWER_FIRST.test(w.text))) break;
    return k;
  };
  const out: ChunkHead[] = [];
  for (const c of zone.chunks) {
    let k = past(c.chunk.first - 1);
    if (c.prep !== "of" || tokens[k]?.lower !== "of") continue;
    let opened = false;
    for (let nouns = 0; nouns < PURPOSE_CHAIN; nouns++) {
      k = past(k - 1);
      const noun = tokens[k];
      if (!noun || k < zone.start || ix.cover[k] || !table.purpose.has(noun.lower)) break;
      const j = past(k - 1);
      const link = j >= zone.start ? (tokens[j] as Token).lower : "";
      // "in support of", "for the rebuilding of", "to the modernisation of": the chain's opening;
      // "efforts for the rebuilding of", "support of efforts": a link to another purpose noun.
      if (noun.lower === "support" && link === "in") opened = true;
      // "to boost the capacity of X", "to enhance the capabilities of X": an infinitive of
      // purpose whose object (lexicon beneficiaryVerbs) is the body's means.
      else if (
        tokens[j]?.pos === "VERB" &&
        table.beneficiary.has(tokens[j]?.lemma ?? "") &&
        tokens[j - 1]?.lower === "to"
      )
        opened = true;
      else if ((link === "of" || link === "for") && table.purpose.has(tokens[past(j - 1)]?.lower ?? "")) {
        k = j;
        continue;
      } else opened = link === "for" || link === "to";
      break;
    }
    if (opened)
      out.push(
        ...chunkHeads(c.chunk).filter(
          (h) => h.mention?.type === "Organization" || h.mention?.type === "Country",
        ),
      );
  }
  return out;
}

/**
 * The recipient phrases of the zone (introduced by one of `preps`) and, for a unit known by a
 * phrase that is no country ("to the 19th Jungle Brigade “Napo” of the Ecuadorian Army", "to a
 * brigade of the Ecuadorian Army"), the body or country its of-phrase names.
 */
function recipientsIn(ix: SentenceIndex, zone: Zone, preps: string[], table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  // "to fight Al-Shabaab": the object of an infinitive after "to" receives nothing; "to be used
  // by the Kenya Defence Forces", "for use by": the user receives.
  const heads = zoneHeads(
    {
      ...zone,
      chunks: zone.chunks.filter(
        (c) =>
          !(c.prep === "to" && infinitiveObject(tokens, c.chunk.first, table.beneficiary)) ||
          userAgent(tokens, c),
      ),
    },
    preps,
  );
  if (preps.includes("to"))
    heads.push(...zoneHeads({ ...zone, chunks: zone.chunks.filter((c) => userAgent(tokens, c)) }, ["by"]));
  for (const c of zone.chunks) {
    if (c.prep !== "of") continue;
    let k = c.chunk.first - 2;
    const floor = Math.max(zone.start, k - UNIT_REACH);
    while (
      k >= floor &&
      (UNIT_PHRASE.test((tokens[k] as Token).pos) || DOUBLE_QUOTE_MARK.test((tokens[k] as Token).text))
    ) {
      const unit = ix.chunkAt[k];
      if (unit && chunkHeads(unit).some((h) => h.mention?.type === "Country")) break;
      k--;
    }
    if (k >= floor && preps.includes((tokens[k] as Token).lower) && k < c.chunk.first - 2)
      heads.push(
        ...chunkHeads(c.chunk).filter(
          (h) => h.mention?.type === "Organization" || h.mention?.type === "Country",
        ),
      );
  }
  if (preps.includes("to")) heads.push(...purposeRecipients(ix, zone, table));
  // "to EU member states": a body that only qualifies its member receives nothing; "to a NATO
  // country, Poland": the member named in apposition receives. "an order for 30 Airbus military
  // helicopters": a firm that names the goods' maker receives nothing either.
  const out: ChunkHead[] = [];
  for (const h of heads) {
    if (h.mention?.type === "Organization" && makerOfGoods(ix, zone, h.mention, table)) continue;
    // "to the Chinese region of Taiwan": a demonym that qualifies a part of its country names the
    // part's holder; the part named after "of" receives.
    if (h.mention?.kind === "demonym") {
      const part = partOf(ix, h.mention);
      if (part) {
        for (const p of part) out.push(p);
        continue;
      }
    }
    const noun = h.mention?.type === "Organization" ? memberNoun(tokens, h.mention) : -1;
    if (noun < 0) {
      out.push(h);
      continue;
    }
    const named = tokens[noun + 1]?.text === "," ? ix.chunkAt[noun + 2] : undefined;
    if (named) for (const c of chunkHeads(named)) if (c.mention?.type === "Country") out.push(c);
  }
  return out;
}

/** Most modifiers between a maker's name and its goods ("30 Airbus military transport helicopters"). */
const MAKER_MODIFIERS = 3;

/**
 * True when the organization `m` qualifies goods right after it, past a few modifiers: a named
 * weapon ("Saab Gripen jets") or a noun of goods ("Airbus military helicopters", "Embraer transport
 * aircraft"): the maker of the goods, not a party of the transfer.
 */
function makerOfGoods(ix: SentenceIndex, zone: Zone, m: Mention, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = m.last; k < Math.min(tokens.length, m.last + MAKER_MODIFIERS + 1); k++) {
    const w = tokens[k] as Token;
    if (zone.weapons.some((x) => x.first === k)) return true;
    if (w.pos === "NOUN" && goodsHead(w.lower, table)) return true;
    if (!NOUN_OR_ADJ.test(w.pos)) return false;
  }
  return false;
}

/** Nouns of a part of a country that a demonym may qualify ("the Chinese region of Taiwan"). */
const PART_NOUNS = new Set(["region", "province", "island", "territory", "part", "city", "state"]);

/**
 * The countries named after "of" when the demonym `m` qualifies a noun of a part ("the Chinese
 * region of Taiwan", "the Chinese province of Taiwan"): the part, not the demonym's country; an
 * empty list when the part is no country ("the Indian state of Manipur"); null when `m` qualifies
 * no such noun.
 */
function partOf(ix: SentenceIndex, m: Mention): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  if (!PART_NOUNS.has(tokens[m.last]?.lower ?? "") || tokens[m.last + 1]?.lower !== "of") return null;
  const named = ix.chunkAt[m.last + 2];
  return named
    ? chunkHeads(named).filter((h) => h.mention?.type === "Country" && h.mention.kind !== "demonym")
    : [];
}

/**
 * Where the noun of a member that a body's mention qualifies stands, inside the mention or right
 * after it ("a NATO ally", "NATO member states"); -1 when there is none.
 */
function memberNoun(tokens: readonly Token[], m: Mention): number {
  if (MEMBER.has(tokens[m.last + 1]?.lower ?? "")) return m.last + 1;
  return m.last > m.first && MEMBER.has(tokens[m.last]?.lower ?? "") ? m.last : -1;
}

/** How many common words may stand between a demonym and the company it qualifies ("Turkish armored vehicles company"). */
const MAKER_REACH = 5;

/** Tags of a noun or adjective. */
const NOUN_OR_ADJ = /^(?:NOUN|ADJ)$/u;

/**
 * "from South Korean company LIG Nex1", "a deal with Turkish armored vehicles company
 * Katmerciler": a demonym alone in a with- or from-phrase, then common nouns and a named
 * organization, is that organization's qualifier; the organization takes the phrase's
 * preposition (the company sells, not its country).
 */
function namedMakers(ix: SentenceIndex, zone: Zone): Zone {
  const tokens = ix.sentence.tokens;
  const chunks = [...zone.chunks];
  for (let i = 0; i < chunks.length - 1; i++) {
    const c = chunks[i] as ZoneChunk;
    const next = chunks[i + 1] as ZoneChunk;
    if ((c.prep !== "with" && c.prep !== "from") || next.prep !== "") continue;
    const heads = chunkHeads(c.chunk);
    if (!heads.every((h) => h.mention?.type === "Country" && h.mention.kind === "demonym")) continue;
    if (next.chunk.first - c.chunk.last > MAKER_REACH) continue;
    let common = true;
    for (let k = c.chunk.last; k < next.chunk.first; k++)
      if (!NOUN_OR_ADJ.test((tokens[k] as Token).pos)) common = false;
    if (!common || !chunkHeads(next.chunk).some((h) => h.mention?.type === "Organization")) continue;
    chunks.splice(i, 2, { chunk: next.chunk, prep: c.prep });
  }
  return { ...zone, chunks };
}

/**
 * "bought 24 helicopters from Russia … to replace eight Mi-17 helicopters purchased from the Soviet
 * Union": the weapons after an infinitive of purpose whose verb supplies nothing are not the goods,
 * and the actors after it take no part ("to help Kyiv", "to support Russia": the beneficiary's
 * object still receives, see recipientsIn).
 */
function purposeCut(ix: SentenceIndex, zone: Zone, table: FrameTable): Zone {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const verb = tokens[k + 1];
    if (tokens[k]?.lower !== "to" || verb?.pos !== "VERB") continue;
    if (frameFor(table, "verb", verb.lemma, "supplies")) continue;
    const beneficiary = table.beneficiary.has(verb.lemma);
    return {
      ...zone,
      chunks: beneficiary ? zone.chunks : zone.chunks.filter((c) => c.chunk.first < k),
      weapons: zone.weapons.filter((w) => w.first < k),
    };
  }
  return zone;
}

/**
 * True when a verb stands between the chunk opening at `first` and the "to" before it ("to fight
 * X"), other than one of `beneficiary` ("to support X": X still receives).
 */
function infinitiveObject(tokens: Token[], first: number, beneficiary: ReadonlySet<string>): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tokens[k] as Token;
    if (w.lower === "to") return false;
    if (isVerbOrAux(w)) return !beneficiary.has(w.lemma);
    if (!/^(?:DET|ADJ|NUM|ADV)$/u.test(w.pos)) return false;
  }
  return false;
}

/**
 * True when the chunk is the agent of a participle that modifies a noun before it ("weapons
 * requested by Taiwan", "frigates built by Navantia", an adverb aside: "jointly developed by"),
 * not of a passive ("the delivery was carried out by France").
 */
function participleAgent(tokens: Token[], c: ZoneChunk): boolean {
  return agentParticiple(tokens, c) >= 0;
}

/**
 * The participle whose agent the chunk is, modifying a noun before it, or -1. A passive infinitive
 * or gerund is the participle's too: "Patriot missiles to be purchased by Saudi Arabia", "frigates
 * being built by Navantia".
 */
function agentParticiple(tokens: Token[], c: ZoneChunk): number {
  if (c.prep !== "by") return -1;
  let k = c.chunk.first - 2;
  if (tokens[k]?.pos === "ADV") k--;
  const w = tokens[k];
  if (w?.pos !== "VERB" || w.lower.endsWith("ing")) return -1;
  let b = tokens[k - 1]?.pos === "ADV" ? k - 2 : k - 1;
  if (tokens[b]?.lower === "being") b--;
  else if (tokens[b]?.lower === "be" && tokens[b - 1]?.lower === "to") b -= 2;
  const before = tokens[b];
  return before?.pos === "NOUN" || before?.pos === "PROPN" ? k : -1;
}

/**
 * The agents of a buying participle in a supply noun's phrase, who buy what it describes ("the sale
 * of $9 billion for Patriot missiles to be purchased by Saudi Arabia", "helicopters bought by the
 * Navy"): the voice of the verb of buying makes its agent the buyer.
 */
function buyingAgents(tokens: Token[], zone: Zone, table: FrameTable): ChunkHead[] {
  const buying = zone.chunks.filter((c) => {
    const p = agentParticiple(tokens, c);
    return (
      p >= 0 && frameFor(table, "verb", (tokens[p] as Token).lemma, "supplies")?.roles.subject === "recipient"
    );
  });
  return buying.length === 0 ? [] : recipientHeads(zoneHeads({ ...zone, chunks: buying }, ["by"]));
}

/**
 * True when the chunk is the agent of a passive predicate that tells something other than carrying
 * the transfer out ("The transfer of the frigates was shouldered by the Philippine government",
 * "was welcomed by Kyiv", "was received by the army"): who bears its costs, reacts to it or takes
 * it is not its supplier. The agent stays for a verb of performing it (lexicon performVerbs: "was
 * carried out by France"), a verb whose governor frame makes its subject the supplier ("was
 * approved by the State Department", "was financed by the Netherlands", as in the active voice)
 * and a verb of supplying.
 */
function otherPredicateAgent(tokens: Token[], c: ZoneChunk, table: FrameTable): boolean {
  if (c.prep !== "by") return false;
  let k = c.chunk.first - 2;
  // ("carried out by", "paid for by": the verb's particle.)
  if (/^(?:ADP|PART)$/u.test(tokens[k]?.pos ?? "")) k--;
  const verb = tokens[k];
  if (verb?.pos !== "VERB" || verb.lower.endsWith("ing")) return false;
  let a = k - 1;
  if (tokens[a]?.pos === "ADV") a--;
  if (!BE_FORMS.has(tokens[a]?.lower ?? "")) return false;
  if (table.perform.has(verb.lemma)) return false;
  // ("was approved by", "was financed by": a governing verb's frame says what its subject is.)
  const governor = frameFor(table, "governor", verb.lemma, "supplies");
  const own = governor ?? frameFor(table, "verb", verb.lemma, "supplies");
  return own?.roles.subject !== "supplier";
}

/** True when the chunk is the agent of a noun of asking right before it ("a request by X", "an appeal from X"). */
function requestAgent(tokens: Token[], c: ZoneChunk, table: FrameTable): boolean {
  return (c.prep === "by" || c.prep === "from") && table.request.has(tokens[c.chunk.first - 2]?.lower ?? "");
}

/** True when the chunk is the agent of "to be used by", "for use by" (the user of the goods). */
function userAgent(tokens: Token[], c: ZoneChunk): boolean {
  if (c.prep !== "by") return false;
  let k = c.chunk.first - 2;
  while (k >= 0 && (tokens[k] as Token).pos === "DET") k--;
  return (
    /^(?:used|use|operated)$/u.test(tokens[k]?.lower ?? "") &&
    /^(?:be|for)$/u.test(tokens[k - 1]?.lower ?? "")
  );
}

/** Prepositions that open a time or place phrase between a deal noun and its "to" ("an agreement on Friday to"). */
const TIME_OR_PLACE = new Set(["on", "in", "at", "during", "last", "this", "earlier"]);

/**
 * The index before a short time or place phrase ending at `n` ("an agreement on Friday to
 * import", "a deal in June 2018 to buy", "a contract in Beijing to"), or `n` when none ends there.
 */
function pastTimeOrPlace(ix: SentenceIndex, n: number): number {
  const tokens = ix.sentence.tokens;
  for (let j = n; j >= Math.max(1, n - 3); j--) {
    const w = tokens[j] as Token;
    if (TIME_OR_PLACE.has(w.lower)) return j < n ? j - 1 : n;
    const m = ix.cover[j];
    if ((m && m.type !== "Location") || !/^(?:PROPN|NUM|NOUN|DET)$/u.test(w.pos)) return n;
  }
  return n;
}

/** How many words before a weapon its origin may stand ("Swedish-made Saab JAS 39 Gripen"). */
const ORIGIN_REACH = 6;

/**
 * "Serbia received Chinese FK-3 systems", "import Chinese-made attack submarines", "12
 * Swedish-made Saab JAS 39 Gripen fighter jets": without a "from" phrase, a demonym, or a
 * country hyphened to "made" or "built", in the weapon's own noun phrase (past numbers,
 * modifiers and its maker's name) names its supplier.
 */
function demonymSuppliers(ix: SentenceIndex, weapons: Mention[], table: FrameTable): ChunkHead[] {
  const out: ChunkHead[] = [];
  for (const w of weapons) {
    const d = originOf(ix, w, table.origin);
    if (d && !out.some((h) => h.name === d.name)) out.push({ mention: d, name: d.name, unnamed: false });
  }
  return out;
}

/** The country a weapon's noun phrase says it comes from (see demonymSuppliers), or null. */
function originOf(ix: SentenceIndex, w: Mention, origin: ReadonlySet<string>): Mention | null {
  const tokens = ix.sentence.tokens;
  const floor = Math.max(0, w.first - ORIGIN_REACH);
  for (let k = w.first - 1; k >= floor; k--) {
    const m = ix.cover[k];
    if (m) {
      if (m.type === "Country" && m.kind === "demonym") return m;
      // The maker's name or another weapon of the phrase ("Saab", "the Su-30") stands between.
      if (m.type !== "Organization" && m.type !== "WeaponSystem") return null;
      k = m.first;
      continue;
    }
    const tok = tokens[k] as Token;
    if (origin.has(tok.lower) && tokens[k - 1]?.text === "-") {
      const c = ix.cover[k - 2];
      return c && c.type === "Country" ? c : null;
    }
    if (!/^(?:ADJ|NUM|NOUN|PROPN)$/u.test(tok.pos) && tok.text !== "-") return null;
  }
  return null;
}

/**
 * "the largest importer of Russian arms", "a buyer of Chinese military equipment": the country of
 * a demonym right before an arms word in the zone's first of-phrase (one unnamed weapon class).
 */
function armsOrigin(ix: SentenceIndex, zone: Zone, arms: ReadonlySet<string>): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (tokens[zone.start]?.lower !== "of") return [];
  for (let k = zone.start + 1; k < Math.min(zone.end, zone.start + 4); k++) {
    const m = ix.cover[k];
    if (m?.type === "Country" && m.kind === "demonym")
      return arms.has(tokens[m.last]?.lower ?? "") ? [{ mention: m, name: m.name, unnamed: false }] : [];
    // "the largest recipient of US military aid", "a buyer of US weapons": a country's name that
    // modifies the arms word after it, adjectives between.
    if (m?.type === "Country" && m.first === k && armsAfterModifier(tokens, m.last + 1, arms))
      return [{ mention: m, name: m.name, unnamed: false }];
    if (!MODIFIER_POS.test((tokens[k] as Token).pos)) return [];
  }
  return [];
}

/** Most adjectives between a country's name and the arms word it modifies ("US military aid"). */
const ARMS_MODIFIER_REACH = 2;

/** True when an arms word follows at `k`, past at most ARMS_MODIFIER_REACH adjectives, and heads its phrase. */
function armsAfterModifier(tokens: Token[], k: number, arms: ReadonlySet<string>): boolean {
  let j = k;
  while (j < k + ARMS_MODIFIER_REACH && tokens[j]?.pos === "ADJ") j++;
  const head = tokens[j];
  return head !== undefined && arms.has(head.lower) && tokens[j + 1]?.pos !== "NOUN";
}

/**
 * True when a word of capture (lexicon capturedWords) stands between the clause's start and the
 * verb at `t`: its goods were taken from their owner ("Captured Russian tanks were handed over",
 * "Iranian rifles seized at sea were sent to Ukraine").
 */
function capturedGoods(ix: SentenceIndex, t: number, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = clauseStart(ix, t); k < t; k++)
    if (table.captured.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * The country of a demonym before a weapon's head or an arms word, modifiers between, in tokens
 * [from, to): "A Chinese military ambulance", "Turkish military equipment", "Turkish armoured
 * vehicles" (not "Russian-made trucks", which names their maker, "Turkish aid", too broad to tell
 * goods, nor "Chinese generators", a noun of materiel alone that may be civilian goods).
 */
function goodsOrigin(ix: SentenceIndex, from: number, to: number, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < to; k++) {
    const m = ix.cover[k];
    if (m?.type !== "Country" || m.kind !== "demonym" || m.first !== k) continue;
    for (let j = m.last; j < to; j++) {
      const w = tokens[j] as Token;
      if (ix.cover[j] || !/^(?:ADJ|NOUN)$/u.test(w.pos)) break;
      // A noun of materiel alone ("Chinese generators", "a Turkish ambulance") may be civilian goods:
      // only a weapon's head or an arms word ("a Turkish military ambulance") tells military goods.
      const head = singular(w.lower);
      const weapon = WORDS.weaponHeads.has(head) && !table.broadGoodsHeads.has(head);
      if (weapon || (table.arms.has(w.lower) && !table.broadArms.has(w.lower)))
        return [{ mention: m, name: m.name, unnamed: false }];
    }
  }
  return [];
}

/** True when the country is hyphened to a participle of origin after it ("Russian-made", "US-built"). */
function madeIn(ix: SentenceIndex, h: ChunkHead): boolean {
  const m = h.mention;
  return m !== null && ix.sentence.tokens[m.last]?.text === "-";
}

/**
 * True when the head is a country that only qualifies goods: hyphened to a participle
 * ("Russian-made helicopters"), or a demonym right before a weapon or an arms word ("Chinese
 * drones", "Iranian weapons"); "Ukrainian forces" still names a recipient.
 */
function originOfGoods(ix: SentenceIndex, h: ChunkHead, table: FrameTable): boolean {
  const m = h.mention;
  if (m?.type !== "Country") return false;
  const next = ix.sentence.tokens[m.last];
  if (!next) return false;
  // "sold Kenya Bayraktar drones": a country's name before the goods is the first of two objects.
  if (next.text === "-") return true;
  return m.kind === "demonym" && (ix.cover[m.last]?.type === "WeaponSystem" || table.arms.has(next.lower));
}

/** True when an arms word stands in the zone ("pledged military aid to", "earmarked 30 tanks"). */
function armsIn(tokens: Token[], zone: Zone, arms: ReadonlySet<string>): boolean {
  for (let k = zone.start; k < zone.end; k++) if (arms.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * True when the zone's with-phrase holds a named weapon or an arms word other than the broad ones
 * (aid, assistance, security), before punctuation or a verb: "supporting the Army with military
 * equipment".
 */
function withArms(ix: SentenceIndex, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  const at = tokens.findIndex((w, k) => k >= zone.start && k < zone.end && w.lower === "with");
  if (at < 0) return false;
  for (let k = at + 1; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (w.pos === "PUNCT" || w.pos === "VERB") return false;
    if (ix.cover[k]?.type === "WeaponSystem" || (table.arms.has(w.lower) && !table.broadArms.has(w.lower)))
      return true;
  }
  return false;
}

/** Words after a supply noun that its own phrase may span ("a donation by South Africa of military equipment"). */
const NOUN_PHRASE_REACH = 8;

/**
 * True when an arms word stands in the phrase after the supply noun at `t`, before its recipient
 * ("to", "for"), a verb or punctuation: "the donation of military surplus equipment to …".
 */
function armsInPhrase(tokens: Token[], t: number, arms: ReadonlySet<string>): boolean {
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + NOUN_PHRASE_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "to" || w.lower === "for" || isVerbOrAux(w) || w.pos === "PUNCT") return false;
    if (arms.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when goods stand in the phrase after the noun at `t`, before a preposition of a party, a
 * verb or punctuation: a weapon, an arms word or a weapon's head word ("the purchase of howitzers
 * from Austria"; not "the purchase of land").
 */
function goodsInPhrase(ix: SentenceIndex, t: number, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + NOUN_PHRASE_REACH); k++) {
    const w = tokens[k] as Token;
    // "the delivery of heavy-duty trucks": a hyphen inside a word does not end the phrase.
    if (DOUBLE_QUOTE_MARK.test(w.text) || w.text === "-") continue;
    if (/^(?:to|for|from|with|by)$/u.test(w.lower) || /^(?:VERB|AUX|PUNCT)$/u.test(w.pos)) return false;
    if (ix.cover[k]?.type === "WeaponSystem" || table.arms.has(w.lower) || goodsHead(w.lower, table))
      return true;
  }
  return false;
}

/**
 * True when the word is a weapon's head word that tells goods alone ("rifles", "boats"; not
 * "systems") or a noun of military goods that are no weapon ("trucks", "ambulances", "uniforms").
 */
function goodsHead(word: string, table: FrameTable): boolean {
  const head = singular(word);
  return (WORDS.weaponHeads.has(head) && !table.broadGoodsHeads.has(head)) || table.materiel.has(head);
}

/**
 * The rule mark of a transfer whose only goods are a definite phrase of goods referred back to
 * ("Kenya received the helicopters"): its supplier is only that of the deal told just before.
 */
export const BACK_GOODS = "+back";

/**
 * The rule mark of a future receipt with no supplier ("Algeria will receive 16 Su-30 jets"): it is
 * committed, and takes its seller, only under a concluded deal told before (deal-register.ts).
 */
export const UNDER_DEAL = "+under-deal";

/** The cues of a receipt or purchase that a deal concluded before commits ("will receive", "agreed to buy"). */
const UNDER_DEAL_CUES: ReadonlySet<string> = new Set(["will", "agreed", "agree", "agrees"]);

/**
 * True when the zone opens on a definite phrase of goods: "the", "these" or "those", at most two
 * numbers or adjectives, and a noun of goods (goodsHead) that ends the phrase ("the six helicopters").
 */
function backGoodsIn(tokens: Token[], zone: Zone, table: FrameTable): boolean {
  // "took delivery of the drones": the noun's of-phrase.
  const start = tokens[zone.start]?.lower === "of" ? zone.start + 1 : zone.start;
  const det = tokens[start];
  if (!det || !DEFINITE_PLURAL_DETERMINER_WORDS.has(det.lower)) return false;
  for (let k = start + 1; k < Math.min(zone.end, start + 4); k++) {
    const w = tokens[k] as Token;
    if (w.pos === "NOUN") return goodsHead(w.lower, table) && tokens[k + 1]?.pos !== "NOUN";
    if (w.pos !== "ADJ" && w.pos !== "NUM") return false;
  }
  return false;
}

/** True when a noun of goods (goodsHead) stands in the zone: "took delivery of heavy-duty trucks". */
function goodsNounIn(tokens: Token[], zone: Zone, table: FrameTable): boolean {
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (w.pos === "NOUN" && goodsHead(w.lower, table)) return true;
  }
  return false;
}

/** Words that open a party's phrase before the goods of a verb of giving ("presented to the Navy a Dornier aircraft"). */
const PARTY_PREPOSITIONS = new Set(["to", "for", "on"]);

/** Tags of the words of a noun phrase of goods ("the 30 Land Rover vehicles", "non-refundable aid"). */
const GOODS_PHRASE_WORD = /^(?:DET|ADJ|NUM|NOUN|PROPN|SYM)$/u;

/** True when the word is a noun of goods: a weapon's head word, materiel, or an arms noun other than troops. */
function goodsNoun(word: string, table: FrameTable): boolean {
  return goodsHead(word, table) || (table.arms.has(word) && !PERSONNEL_NOUNS.has(word));
}

/**
 * Where the noun phrase at `k` ends (exclusive): its words, a hyphen or quote inside it, and "of"
 * or "in" after an amount or a quantity noun ("$5 million in military aid", "40 million euros in
 * assistance", "a batch of rifles",
 * "P46.6 million worth of equipment"); "worth" without "of" closes it ("equipment worth $2 million").
 */
function goodsPhraseEnd(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  while (j < end) {
    const w = tokens[j] as Token;
    if (w.lower === "worth") {
      if (tokens[j + 1]?.lower !== "of") return j;
      j += 2;
      continue;
    }
    if ((w.lower === "of" || w.lower === "in") && j > k) {
      const prev = (tokens[j - 1] as Token).lower;
      const amount = tokens.slice(k, j).some((p) => MAGNITUDE_IN.test(p.lower));
      if (!amount && !QUANTITY.has(singular(prev))) return j;
      j++;
      continue;
    }
    // "to the Police Force a King Air aircraft": a determiner opens the next phrase.
    if (w.pos === "DET" && j > k) return j;
    // "pick-up trucks": the parts of a hyphened word are inside it whatever their tags.
    const next = tokens[j + 1];
    const hyphened =
      (w.text === "-" && !w.space && next?.space === false) ||
      (next?.text === "-" && !next.space) ||
      (tokens[j - 1]?.text === "-" && !w.space);
    const inside = hyphened || DOUBLE_QUOTE_MARK.test(w.text) || currencyAt(tokens, j);
    if (!GOODS_PHRASE_WORD.test(w.pos) && !inside) return j;
    j++;
  }
  return j;
}

/**
 * True when the object of the verb of giving at `t` is goods: the first noun phrase after it that
 * names no party (past a to-, for- or on-phrase of a party, a first object that is a party, and
 * "with") holds a weapon or is headed by a noun of goods: "presented 60 rifles to the Police",
 * "presented to the Police Force a King Air aircraft", "presented the Army with 30 vehicles",
 * "granted the Philippines ten patrol vessels"; not "presented the defence budget to Parliament",
 * "presented evidence of Russian drones", "granted asylum to". In the passive or a reduced
 * relative the goods may be the noun before the verb ("Ten vehicles were presented to the Army").
 */
function givenGoods(ix: SentenceIndex, t: number, zone: Zone, before: boolean, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  if (before) {
    let k = t - 1;
    while (k >= 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
    const w = tokens[k];
    if (w && (ix.cover[k]?.type === "WeaponSystem" || goodsNoun(w.lower, table))) return true;
  }
  let k = zone.start;
  let goods = false;
  while (k < zone.end) {
    const w = tokens[k] as Token;
    if (w.pos === "ADV" || w.pos === "PART" || w.lower === "with") {
      // "presented the Army with 30 Land Rover vehicles": what comes with is the goods.
      goods ||= w.lower === "with";
      k++;
      continue;
    }
    const party = PARTY_PREPOSITIONS.has(w.lower);
    const from = party ? k + 1 : k;
    const end = goodsPhraseEnd(tokens, from, zone.end);
    if (end === from) return false;
    let weapon = false;
    let actor = -1;
    let head = "";
    for (let j = from; j < end; j++) {
      const m = ix.cover[j];
      if (m?.type === "WeaponSystem") weapon = true;
      else if (m) actor = m.last;
      if ((tokens[j] as Token).pos === "NOUN") head = (tokens[j] as Token).lower;
    }
    if (weapon && !party) return true;
    if (goods) return goodsNoun(head, table);
    // A party ("to the Navy", or a first object: "granted Moldova 40 million euros in aid") is
    // passed over up to the end of its name; what follows it is the next phrase.
    if (actor >= 0) {
      k = Math.min(end, actor + 1);
      continue;
    }
    if (party) return false;
    return goodsNoun(head, table);
  }
  return false;
}

/**
 * "Canada sent Ukraine armoured vehicles", "shipped Israel 2,000 bombs": the first of two objects
 * of a verb whose object is the goods is the recipient, when it names an actor and the goods (a
 * weapon or an arms word) follow it at once.
 */
function ditransitiveRecipients(ix: SentenceIndex, first: Chunk, zone: Zone, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const next = tokens[first.last];
  if (!next || !/^(?:DET|NUM|ADJ|NOUN|PROPN)$/u.test(next.pos)) return [];
  const goods =
    zone.weapons.some((w) => w.first >= first.last) ||
    armsIn(tokens, { ...zone, start: first.last, end: Math.min(zone.end, first.last + 6) }, table.arms);
  if (!goods) return [];
  return recipientHeads(chunkHeads(first)).filter((h) => !originOfGoods(ix, h, table));
}

/**
 * "HII delivered the US Navy's Virginia-class submarine Delaware", "handed over the Philippines'
 * new frigate": a country or an armed force named as the owner of the goods that the verb's object
 * names receives them (not a maker: "delivered Rheinmetall's Skyranger systems"; not the supplier).
 */
function possessingForces(
  ix: SentenceIndex,
  object: Chunk,
  zone: Zone,
  suppliers: ChunkHead[],
  table: FrameTable,
): ChunkHead[] {
  const owners = possessorHeads(object);
  const last = owners.at(-1)?.mention;
  if (!last || !zone.weapons.some((w) => w.first > last.first && w.first <= object.last + 1)) return [];
  return recipientHeads(owners).filter(
    (h) =>
      (headType(h) === "Country" ||
        (headType(h) === "Organization" && ix.words.forceWords.has(lastWord(h.name)))) &&
      !suppliers.some((s) => s.name === h.name) &&
      !originOfGoods(ix, h, table),
  );
}

function hasPersonnel(ix: SentenceIndex, zone: Zone): boolean {
  for (let k = zone.start; k < zone.end; k++)
    if (PERSONNEL_NOUNS.has((ix.sentence.tokens[k] as Token).lower)) return true;
  return false;
}

/** Tokens between a supply verb and a "no" before its goods ("received no more drones"). */
const NONE_REACH = 3;

/** Words that make "no … than" a lower bound ("no fewer than 12 boats"), not none. */
const BOUND_WORDS = new Set(["fewer", "less", "more"]);

/** True for "no" or "none" as a determiner of quantity (not "No. 5", not "no fewer than"). */
function isNone(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || (w.lower !== "no" && w.lower !== "none") || tokens[k + 1]?.text === ".") return false;
  return !(BOUND_WORDS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "than");
}

/** Tags of the words between a trigger and "none" after it ("delivered almost none"). */
const NONE_MODIFIER_TAGS = /^(?:DET|ADV|ADJ)$/u;
/** Tags of a verb group's words before its trigger ("have yet"). */
const NONE_VERB_GROUP_TAGS = /^(?:AUX|PART|ADV)$/u;
/** Tags of the words of a subject phrase before its verb group ("none of the tanks"). */
const NONE_SUBJECT_TAGS = /^(?:NOUN|PROPN|ADJ|NUM)$/u;

/**
 * True when the goods of the supply verb at `t` are "no" goods: "Lebanon had received no drones
 * from Iran", "sent none of the jets", or, before a passive verb, "No Leopard tanks have been
 * delivered to Ukraine" (the noun phrase and the auxiliaries between "No" and the verb).
 */
function noneMoved(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k <= Math.min(tokens.length - 1, t + NONE_REACH); k++) {
    if (isNone(tokens, k)) return true;
    if (!NONE_MODIFIER_TAGS.test((tokens[k] as Token).pos)) break;
  }
  let k = t - 1;
  while (k >= 0 && NONE_VERB_GROUP_TAGS.test((tokens[k] as Token).pos)) k--;
  const verbGroup = k < t - 1;
  while (k >= 0 && NONE_SUBJECT_TAGS.test((tokens[k] as Token).pos)) k--;
  return verbGroup && k >= 0 && k < t - 2 && isNone(tokens, k);
}

/** The most words of the object between a governing verb and its passive infinitive ("expects the first F-16V jets to be"). */
const GOVERNED_OBJECT_REACH = 8;

/**
 * The governing verb of a passive infinitive trigger at `t` whose object stands between them
 * ("Taiwan expects the first F-16V jets to be delivered by the United States", "wants the howitzers
 * to be supplied by Korea"), as cue words (its form and lemma); none otherwise. The object is no
 * subject before the trigger, so the clause's own cues never reach the verb.
 */
function infinitiveGovernor(tokens: Token[], t: number): string[] {
  if (tokens[t - 1]?.lower !== "be" || tokens[t - 2]?.lower !== "to") return [];
  let k = t - 3;
  const floor = Math.max(0, t - 3 - GOVERNED_OBJECT_REACH);
  while (k >= floor && /^(?:DET|ADJ|NUM|NOUN|PROPN|PRON)$/u.test((tokens[k] as Token).pos)) k--;
  const verb = tokens[k];
  return k < t - 3 && verb?.pos === "VERB" ? [verb.lower, verb.lemma] : [];
}

/** The supply frame `frame` of the verb at token `t`: its roles filled from the clause. */
export function supplyVerb(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, table: FrameTable): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // "Another contract to acquire six Apache helicopters from the US is also on the table": an
  // infinitive after a noun that is its clause's subject is only as done as the predicate says.
  if (tokens[t - 1]?.lower === "to" && tokens[t - 2]?.pos === "NOUN")
    emit = underPredicate(emit, subjectPredicateHedge(ix, t, t - 2));
  const before = subjectBefore(ix, t);
  const subject =
    trailingParticipleSubject(ix, t, table) ??
    (actorHeads(before.heads).length > 0 ? before : (participleSubject(ix, t) ?? before));
  let zone = purposeCut(ix, namedMakers(ix, zoneAfter(ix, t)), table);
  // "Having received F-16 jets from the Netherlands, Romania is retiring its MiG-21s": the fronted
  // clause ends at the comma before its subject.
  if (subject !== before && subject.chunk && subject.chunk.first > t)
    zone = zoneUntil(zone, subject.chunk.first - 1);
  // "Navantia will provide support services for 22 frigates", "provides maintenance for the
  // Navy's frigates": work on goods given as the object is a service, not a supply.
  if (frame.roles.subject === "supplier" && serviceObject(ix, zone, table)) return;
  const cueWords = [
    ...subject.cues,
    ...wordsBefore(tokens, t, 2),
    ...framingCues(ix, subject),
    ...infinitiveGovernor(tokens, t),
  ];
  let modality: Modality = noneMoved(tokens, t) ? "negated" : modalityOf(cueWords, ix.modalityCues);
  // "France will sell CAESAR howitzers to Armenia in a deal announced on Tuesday", "will deliver
  // the jets under a contract signed in 2019", "Under a deal announced last week, the Czech army
  // will acquire …": a future supply under a concluded deal is committed.
  const fronted = {
    ...zone,
    start: 0,
    end: subject.chunk && subject.chunk.first < t ? subject.chunk.first : 0,
  };
  if (
    modality === "planned" &&
    modalityOf(
      cueWords.filter((w) => w !== "will"),
      ix.modalityCues,
    ) === "asserted" &&
    (concludedDeal(tokens, zone, ix.modalityCues) || concludedDeal(tokens, fronted, ix.modalityCues))
  )
    modality = "asserted";
  // "The United States announced Monday it would provide Ukraine with ammunition", "As part of a
  // new aid package, the United States will send …": an announced gift or a package's is committed.
  if (
    modality === "planned" &&
    frame.roles.subject === "supplier" &&
    subject.chunk &&
    modalityOf(
      cueWords.filter((w) => !FUTURE.has(w)),
      ix.modalityCues,
    ) === "asserted" &&
    committedFuture(ix, subject.chunk.first, zone, table)
  )
    modality = "asserted";
  // "Estonia has agreed to buy South Korean artillery in a 46 million-euro deal", "Russia has also
  // agreed to donate 30 T-72 tanks", "Norway has pledged to provide Ukraine with eight Leopard tanks":
  // an agreement or a pledge to hand over or buy goods counted or named, or at a price told as a
  // deal, is the committed transfer, not an intent ("agreed in principle to buy", "agreed to provide
  // support", "agreed to buy tanks in a deal expected to be signed" stay planned).
  if (modality === "planned" && committedTransfer(ix, t, zone, cueWords, table)) modality = "asserted";
  // "Sweden and Thailand finalized an agreement today in which Bangkok will buy …": a future in
  // the relative clause of a concluded deal tells the deal's terms.
  const relative = relativeDeal(ix, t);
  if (
    relative &&
    modality === "planned" &&
    modalityOf(
      cueWords.filter((w) => w !== "will"),
      ix.modalityCues,
    ) === "asserted"
  )
    modality = "asserted";
  // "received two Y-12 aircraft which the KDF procured from Harbin", "the frigates, which were
  // supplied by Spain": a relative clause on weapons tells their supply, under the hedge of the
  // clause that holds them ("Russia denied that it received drones which Iran supplied").
  const antecedent = relativeGoods(ix, t, subject);
  if (antecedent && MODALITY_RANK[antecedent.hedge] > MODALITY_RANK[modality]) modality = antecedent.hedge;
  // "notified Congress that it is willing to sell 50 tanks": a notified sale is committed, under
  // the notification's own hedge.
  const notified = frame.roles.subject === "supplier" ? notifiedSale(ix, t, subject) : null;
  if (notified) modality = modality === "planned" ? notified.hedge : modality;
  // "The US Coast Guard will transfer two Island-class patrol boats to Ukraine during a ceremony",
  // "Ukraine will receive Leopard 1 tanks from Germany and Denmark": goods handed over in the plain
  // future, with no other hedge on the clause, are a transfer told as settled (after a notification,
  // whose own hedge rules: "has not notified Congress that it will sell").
  if (
    modality === "planned" &&
    !notified &&
    toldFuture(ix, t, frame.id, zone, table, cueWords, partiesOf(subject, zone))
  )
    modality = "asserted";
  const lemma = tok.lemma;
  // "Australia leased two Heron drones from Israel": a verb of either direction with a source and
  // no recipient tells what its subject received, as "bought … from" does.
  if (
    frame.roles.subject === "supplier" &&
    TWO_WAY.has(lemma) &&
    actorHeads(zoneHeads(zone, ["from"])).length > 0 &&
    actorHeads(zoneHeads(zone, ["to"])).length === 0
  ) {
    const bought = frameFor(table, "verb", "buy", "supplies");
    if (bought) supplyVerb(ix, t, emit, bought, table);
    return;
  }
  const directObject = zone.chunks.find((c) => c.prep === "" && c.chunk.first <= t + 2);
  const rule = frame.id;
  if (frame.roles.subject === "recipient") {
    receiptVerb(ix, t, emit, frame, table, {
      subject,
      zone,
      modality,
      cueWords,
      relative,
      antecedent,
      directObject,
    });
    return;
  }
  if (communicates(tokens, t, ix.words, ix, table)) return;
  // "handed back the upgraded radars to the Air Force", "was handed back to the Navy after a refit":
  // goods returned to their owner are no supply.
  if (returnedGoods(tokens, t, zone)) return;
  // "provided Ukraine with political support": no goods, only backing.
  if (zone.weapons.length === 0 && !armsIn(tokens, zone, table.arms) && nonMaterial(tokens, zone)) return;
  // "is supporting the Army with military equipment"; not "supported Kyiv with humanitarian aid".
  if (frame.requires === "with-arms" && !withArms(ix, zone, table)) return;
  if (frame.requires === "arms" && !armsForVerb(ix, t, subject, zone, table, antecedent)) return;
  // "presented 60 rifles to the Police", not "presented the defence budget to Parliament".
  if (
    frame.requires === "goods" &&
    !givenGoods(ix, t, zone, subject.passive || reducedRelative(ix, t, subject, zone), table)
  )
    return;
  // "help the U.K. provide continued support to the MQ-9 Reaper", "an airlift using the Chinese
  // Y-20 transport planes": a weapon in the recipient's phrase or in a phrase of means is no good sent.
  let items: Mention[] = zone.weapons.filter((w) => !beneficiaryOrMeans(ix, zone.start, w, table));
  const { heads: accused, credited } = accusedOf(ix, t, table);
  if (tokens[t - 1]?.text === "," && tokens[t + 1]?.lower === "by" && !tok.lower.endsWith("ing")) {
    appositiveSupply(ix, t, emit, zone, table, modality, rule);
    return;
  }
  const reduced = reducedRelative(ix, t, subject, zone);
  // "the Rafale jets which France delivered", "the frigates, which were supplied by Spain": the
  // weapons a relative clause's verb has as its antecedent are its goods.
  if (antecedent && accused.length === 0)
    items = [...items, ...antecedent.weapons.filter((w) => !items.includes(w))];
  const ends: VerbEnds = {
    suppliers: [],
    recipients: [],
    items,
    modality,
    signerChunk: !subject.passive && subject.chunk ? subject.chunk : null,
  };
  const site = { subject, zone, antecedent, accused };
  if ((subject.passive || reduced) && accused.length === 0) {
    if (!passiveEnds(ix, t, table, site, reduced, ends)) return;
  } else activeEnds(ix, t, frame, table, site, { notified, cueWords, directObject }, ends);
  deliveredEnds(ix, t, emit, frame, table, site, { reduced, credited }, ends);
}

/**
 * The persons of the zone's to-phrase, when the zone names goods (a weapon or an arms word): "to
 * Ugandan Defence Minister X" receives the vehicles; "presented a cheque to the Chief Justice" no goods.
 */
function personsAfterTo(ix: SentenceIndex, zone: Zone, items: Mention[], table: FrameTable): ChunkHead[] {
  if (!goodsIn(ix, zone, items, table)) return [];
  return recipientsIn(ix, zone, ["to"], table).filter((h) => headType(h) === "Person");
}

/** True when the zone names goods: a weapon among `items`, an arms word or a noun of goods. */
function goodsIn(ix: SentenceIndex, zone: Zone, items: Mention[], table: FrameTable): boolean {
  return (
    items.length > 0 ||
    armsIn(ix.sentence.tokens, zone, table.arms) ||
    goodsNounIn(ix.sentence.tokens, zone, table)
  );
}

/** How many words may stand between a country or body and the noun of the service goods left ("from US Navy service"). */
const SERVICE_REACH = 2;

/** The country a mention names or belongs to: a country (or demonym), or a body with its country. */
function countryNamed(m: Mention): string | undefined {
  if (m.type === "Country") return m.name;
  return m.type === "Organization" ? m.country : undefined;
}

/** Tags of the words of a passive's agent phrase ("by two Italian air force KC-767 tankers"). */
const AGENT_PHRASE_POS = /^(?:DET|NUM|ADJ|NOUN|PROPN)$/u;

/**
 * True when an agent of the passive verb in `zone` ("by" and its noun phrase) holds a named weapon:
 * equipment renders a service ("an escort provided by two KC-767 tankers") or carries the goods
 * ("delivered to Haiti by a Canadian C-17 aircraft"), and no party named in it hands goods over.
 */
function equipmentAgent(ix: SentenceIndex, zone: Zone): boolean {
  const tokens = ix.sentence.tokens;
  return zone.chunks.some(({ prep, chunk }) => {
    if (prep !== "by") return false;
    let end = chunk.last;
    while (end < tokens.length && AGENT_PHRASE_POS.test((tokens[end] as Token).pos)) end++;
    return zone.weapons.some((w) => w.first >= chunk.first && w.first <= end);
  });
}

/**
 * The former owner of goods moved by a passive with no agent, named in its sentence: the country
 * or the body of a country that the goods left ("decommissioned from US Navy service", "retired
 * from American service"), that "former" or "ex-" qualifies ("The former Danish Navy corvette",
 * "ex-USS Cyclone"), or the country of a moved ship's prefix ("HMS Argyll has been sold to the
 * Chilean navy"; lexicon shipPrefixCountries). Null unless the sentence names exactly one such
 * country and every recipient of the transfer is another country or a body of another country.
 */
function formerOwner(
  ix: SentenceIndex,
  recipients: ChunkHead[],
  items: Mention[],
  table: FrameTable,
): string | null {
  const tokens = ix.sentence.tokens;
  if (recipients.length === 0) return null;
  const owners = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    // "ex-USS Cyclone": the prefix glued to "ex-" is one token.
    const glued = /^ex-(.+)$/u.exec(w.text);
    const prefixed = glued ? table.shipPrefixCountry.get(glued[1] as string) : undefined;
    if (prefixed) owners.add(prefixed);
    if (table.former.has(w.lower) || w.lower === "from") {
      const at = tokens[k + 1]?.text === "-" || tokens[k + 1]?.pos === "DET" ? k + 2 : k + 1;
      const named = mentionsIn(ix, at, at + 1).filter((m) => m.first === at);
      for (const m of named) {
        // "former U.S.-built cutters": the country hyphened to a participle made them.
        if (tokens[m.last]?.text === "-") continue;
        const country = countryNamed(m) ?? (m.rule === "ship-prefix" ? prefixCountry(m, table) : undefined);
        if (!country) continue;
        if (w.lower === "from" ? serviceAfter(tokens, m.last, table) : goodsAfter(ix, m.last))
          owners.add(country);
      }
    }
  }
  for (const m of items) {
    const country = m.rule === "ship-prefix" ? prefixCountry(m, table) : undefined;
    if (country) owners.add(country);
  }
  if (owners.size !== 1) return null;
  const owner = [...owners][0] as string;
  // "transferred to the Navy after it was retired from Philippine Coast Guard service": a transfer
  // within one country, or to a body of no known country, is not told as leaving its owner.
  const foreign = recipients.every((r) => {
    const country = r.mention ? countryNamed(r.mention) : r.name;
    return country !== undefined && country !== owner;
  });
  return foreign ? owner : null;
}

/** The country of the prefix that opens a ship's name ("HMS Argyll": United Kingdom). */
function prefixCountry(m: Mention, table: FrameTable): string | undefined {
  return table.shipPrefixCountry.get(m.text.split(/\s+/u)[0] ?? "");
}

/** How many words may stand between a former owner and the goods it qualifies ("former US Navy Cyclone-class ships"). */
const FORMER_REACH = 4;

/**
 * True when goods follow the former owner ending at `from` within FORMER_REACH words of a noun
 * phrase: a weapon or a weapon's head noun ("The former Danish Navy corvette"), not a person
 * ("former US President", "former Russian defence minister").
 */
function goodsAfter(ix: SentenceIndex, from: number): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < Math.min(tokens.length, from + FORMER_REACH); k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k]?.type === "WeaponSystem") return true;
    if (WORDS.weaponHeads.has(singular(w.lower))) return true;
    if (w.text === "-" || ix.cover[k]?.type === "Organization") continue;
    if (ix.cover[k] || !/^(?:PROPN|NOUN|ADJ|NUM)$/u.test(w.pos)) return false;
  }
  return false;
}

/** True when a noun of service or stocks follows `from` within SERVICE_REACH name words ("US Navy service"). */
function serviceAfter(tokens: Token[], from: number, table: FrameTable): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 1 + SERVICE_REACH); k++) {
    const w = tokens[k] as Token;
    if (table.ownerService.has(w.lower)) return true;
    if (w.pos !== "PROPN" && w.pos !== "NOUN" && w.pos !== "ADJ") return false;
  }
  return false;
}

/**
 * True when the weapon `w` stands in a phrase opened by "to" or "for" (with `beneficiary`: what the
 * goods of a verb serve, "support to the MQ-9 Reaper", "spare parts for its F-16 fleet") or by a word of means (lexicon
 * meansWords: "using the Chinese Y-20 transport planes", "aboard a C-17"), with only the words of
 * one noun phrase between; a comma, a conjunction or a verb ends the phrase ("to Iraq, along with
 * AIM-120 missiles" keeps the missiles).
 */
function beneficiaryOrMeans(
  ix: SentenceIndex,
  start: number,
  w: Mention,
  table: FrameTable,
  beneficiary = true,
): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = w.first - 1; k >= start; k--) {
    const x = tokens[k] as Token;
    if ((beneficiary && (x.lower === "to" || x.lower === "for")) || table.means.has(x.lower)) return true;
    // "delivered to Ukraine the first IRIS-T system", "the delivery to Ukraine of 18 howitzers": the
    // recipient's phrase ends at its actor, unless the actor owns the weapon ("to Ukraine's F-16 fleet").
    const actor = ix.cover[k];
    if (
      actor &&
      actor.type !== "WeaponSystem" &&
      actor.kind !== "demonym" &&
      actor.last === k + 1 &&
      !/^(?:'s|’s|'|’)$/u.test(tokens[k + 1]?.text ?? "")
    )
      return false;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PART|PRON)$/u.test(x.pos) && x.lower !== "of") return false;
  }
  return false;
}

/** Most tokens of a served platform's phrase between "for" and the weapon ("for its ageing F-16 fleet", "for high-mobility"). */
const SERVED_REACH = 5;

/**
 * True when the weapon `w` is what other goods serve: it stands in a for-phrase right after a noun
 * of parts or consumables (lexicon partsNouns) or after a weapon, with only the words of one noun
 * phrase between ("ammunition for HIMARS", "spare parts for T-72 tanks", "AIM-9X missiles for its
 * F-16 fleet"). It is not itself supplied. A name in brackets after such a weapon is that weapon
 * ("ammunition for high-mobility artillery rocket systems (HIMARS)").
 */
export function servedPlatform(ix: SentenceIndex, w: Mention, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  const named = ix.cover[w.first - 2];
  if (tokens[w.first - 1]?.text === "(" && named?.type === "WeaponSystem" && named !== w)
    return servedPlatform(ix, named, table);
  for (let k = w.first - 1, words = 0; k >= 0 && words <= SERVED_REACH; k--) {
    const x = tokens[k] as Token;
    if (x.lower === "for") {
      const goods = tokens[k - 1];
      return !!goods && (ix.cover[k - 1]?.type === "WeaponSystem" || table.parts.has(goods.lower));
    }
    // "for high-mobility artillery rocket systems", "for National Advanced Surface-to-Air Missile
    // Systems": a hyphen joins the words of the phrase, and neither it nor what it glues counts.
    const glued = x.text === "-" || (tokens[k + 1]?.text === "-" && tokens[k + 1]?.space === false);
    if (glued) continue;
    words++;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PART|PRON)$/u.test(x.pos)) return false;
  }
  return false;
}

/** The zone cut at token `end` (exclusive). */
function zoneUntil(zone: Zone, end: number): Zone {
  return {
    ...zone,
    end: Math.min(zone.end, end),
    chunks: zone.chunks.filter((c) => c.chunk.first < end),
    weapons: zone.weapons.filter((m) => m.first < end),
  };
}

/**
 * The subject of a perfect participle that opens or closes the sentence ("Having sent 3,000 troops
 * to Somalia, Uganda is …", "Uganda is the largest contributor, having sent 3,000 troops to
 * Somalia", "Romania, having received F-16 jets from Norway, now flies …"): the main clause's
 * subject, when its chunk stands right after the fronted clause's comma or opens the sentence, and
 * is followed by the main verb or auxiliary or by the participle's comma; else null.
 */
function participleSubject(ix: SentenceIndex, t: number): Subject | null {
  const tokens = ix.sentence.tokens;
  // The first word of the participle's clause: "having", or a preposition of time before it or
  // before a gerund ("After buying …", "after having received …", "Upon receiving …").
  let open = t - 1;
  if (tokens[open]?.lower === "having") {
    if (PAST_GERUND.has(tokens[open - 1]?.lower ?? "")) open--;
  } else if (!((tokens[t] as Token).lower.endsWith("ing") && PAST_GERUND.has(tokens[open]?.lower ?? "")))
    return null;
  let chunk: Chunk | null = null;
  if (open === 0) {
    const comma = tokens.findIndex((w, k) => k > t && w.text === ",");
    chunk = comma > 0 ? (ix.chunkAt[comma + 1] ?? null) : null;
    if (chunk?.first !== comma + 1) return null;
  } else if (tokens[open - 1]?.text === ",") {
    chunk = ix.chunkAt[0] ?? null;
    if (chunk?.first !== 0) return null;
  }
  const next = chunk ? tokens[chunk.last] : undefined;
  // "Romania, having received F-16 jets from Norway, now flies …": the subject set off before it.
  const setOff = chunk !== null && chunk.last === open - 1;
  if (!chunk || (!setOff && next?.pos !== "AUX" && next?.pos !== "VERB")) return null;
  return { heads: chunkHeads(chunk), chunk, cues: ["having"], passive: false };
}

/** A group of suppliers named together in a list of goods ("from Russia and China"), and where it stands. */
interface SupplierGroup {
  first: number;
  last: number;
  heads: ChunkHead[];
}

/**
 * "Egypt bought Su-35 jets from Russia and Rafale jets from France", "Among the purchases are F-15
 * planes from the US, a Rafale deal with France and another for Typhoon aircraft from Britain": a
 * list whose members each name their goods and then their own supplier (after "from", or after
 * "with" on a deal noun) pairs each weapon with the supplier group that follows it, not with every
 * supplier of the list; suppliers with no weapon between them ("from Russia and China") are one
 * group. Gives the groups in order when there are two or more; else null (every supplier the frame
 * found supplies every weapon).
 */
function supplierGroups(ix: SentenceIndex, zone: Zone): SupplierGroup[] | null {
  const tokens = ix.sentence.tokens;
  const groups: SupplierGroup[] = [];
  for (const c of zone.chunks) {
    const dealWith = c.prep === "with" && DEALS.has(singular(tokens[c.chunk.first - 2]?.lower ?? ""));
    if (c.prep !== "from" && !dealWith) continue;
    const heads = actorHeads(zoneHeads({ ...zone, chunks: [c] }, [c.prep]));
    if (heads.length === 0) continue;
    const last = groups[groups.length - 1];
    if (last && !zone.weapons.some((w) => w.first >= last.last && w.first < c.chunk.first)) {
      last.heads.push(...heads);
      last.last = c.chunk.last;
      continue;
    }
    groups.push({ first: c.chunk.first, last: c.chunk.last, heads });
  }
  return groups.length >= 2 ? groups : null;
}

/** The suppliers of weapon `w` in a paired list (see supplierGroups): the group right after it. */
function pairedWith(groups: readonly SupplierGroup[], w: Mention): ChunkHead[] {
  return groups.find((g) => g.first >= w.last)?.heads ?? [];
}

/** How many tokens before a trailing participle's comma the verb that governs it may stand. */
const GOVERNING_REACH = 14;

/** Relative pronouns: a verb after one is a relative clause's, not the one a trailing participle shares. */
const CLAUSE_RELATIVES = new Set(RELATIVE_PRONOUNS);

/** Tags of the words of a governing verb's direct object ("228 humanitarian assistance projects"). */
const OBJECT_WORD_TAGS = /^(?:DET|ADJ|NUM|ADV|NOUN|PRON)$/u;

/**
 * The subject of a present participle that follows a finite clause after a comma ("SOUTHCOM has
 * funded 228 projects, donating $15 million in equipment to Honduras", "Norway stepped up its
 * support, handing over 20 CV90s to the Latvian Army", "Latvia expanded its fleet, receiving two
 * boats from Norway"): the participle's clause has no subject of its own and shares that of the
 * nearest finite verb before the comma, in the same clause (no other comma, no participle, no
 * relative between). Null when that verb's direct object is a name other than a weapon's, or a
 * class of actors stands between (lexicon actorClassNouns), which the participle may describe
 * instead ("sanctioned Shahed Aviation Industries, supplying drones to Russia", "cracked down on
 * three firms, supplying …"), and when the verb is passive or has no named subject.
 */
function trailingParticipleSubject(ix: SentenceIndex, t: number, table: FrameTable): Subject | null {
  const tokens = ix.sentence.tokens;
  if (tokens[t - 1]?.text !== "," || !(tokens[t] as Token).lower.endsWith("ing")) return null;
  let v = t - 2;
  for (; v >= 0 && v >= t - 1 - GOVERNING_REACH; v--) {
    const w = tokens[v] as Token;
    if (ix.cover[v]) continue;
    if (w.pos === "VERB") break;
    if (w.pos === "PUNCT" || CLAUSE_RELATIVES.has(w.lower)) return null;
  }
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB" || verb.lower.endsWith("ing")) return null;
  const subject = subjectBefore(ix, v);
  if (subject.passive || actorHeads(subject.heads).length === 0) return null;
  if (tokens.slice(v + 1, t - 1).some((w) => table.actorClass.has(w.lower))) return null;
  for (let k = v + 1; k < t - 1; k++) {
    const m = ix.cover[k];
    if (m?.type === "WeaponSystem") {
      k = m.last - 1;
      continue;
    }
    const chunk = ix.chunkAt[k];
    if (m || (chunk && chunkHeads(chunk).length > 0) || tokens[k]?.pos === "PROPN") return null;
    if (!OBJECT_WORD_TAGS.test((tokens[k] as Token).pos)) break;
  }
  return { ...subject, cues: [...subject.cues, (verb as Token).lower] };
}

/**
 * A verb of receiving or buying in the passive ("The KT-1 trainers were purchased from KAI by the
 * Peruvian Air Force", "Twelve Z-10 helicopters were bought from China", "The navy's boats were
 * acquired from Israel Shipyards"): its subject is the goods, a named weapon or a word of goods
 * ("The company was acquired by Z" tells no supply); the from-phrase sells them to the by-phrase's
 * actor or to the owner the subject names.
 */
function passiveReceipt(
  ix: SentenceIndex,
  t: number,
  zone: Zone,
  subject: Subject,
  table: FrameTable,
  out: (supplier: string, target: string) => void,
): void {
  const tokens = ix.sentence.tokens;
  const start = subject.chunk ? Math.min(subject.chunk.first, t) : clauseStart(ix, t);
  const goods = weaponsBefore(ix, t).filter((w) => w.first >= start && !servedPlatform(ix, w, table));
  const goodsWord = tokens
    .slice(start, t)
    .some((w) => w.pos === "NOUN" && (table.arms.has(w.lower) || goodsHead(w.lower, table)));
  if (goods.length === 0 && !goodsWord) return;
  const suppliers = actorHeads(zoneHeads(zone, ["from"]));
  const owners = ix.chunks.filter((c) => c.first >= start && c.last <= t).flatMap(possessorHeads);
  const buyers = recipientHeads([...zoneHeads(zone, ["by"]), ...owners]);
  emitPurchases(suppliers.flatMap(statesIn(ix)), goods, buyers, out);
}

/**
 * The supplies of a purchase: each seller in `from` supplies each buyer but itself and each of the
 * `goods`, none of them when two sellers and two weapons or more leave which sold which untold ("F-5
 * and Mirage jets, bought from the United States and France").
 */
function emitPurchases(
  from: readonly ChunkHead[],
  goods: readonly Mention[],
  buyers: readonly ChunkHead[],
  out: (supplier: string, target: string) => void,
): void {
  const sold = from.length > 1 && goods.length > 1 ? [] : goods;
  for (const s of from) {
    for (const w of sold) out(s.name, w.name);
    for (const r of buyers) if (r.name !== s.name) out(s.name, r.name);
  }
}

/**
 * "three JF-17 jets procured from Pakistan", "the FK-3 system recently procured from China": when
 * the verb at `t` is a bare past participle right after a noun phrase that names weapons (past
 * adverbs and up to two common nouns), those weapons, and the verb whose object the phrase is
 * ("Nigeria inducted three JF-17 jets …"), or -1; else null.
 */
function describedWeapons(
  ix: SentenceIndex,
  t: number,
): { weapons: Mention[]; verb: number; first: number } | null {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (!bareParticiple(tok)) return null;
  let k = coordinatedParticiple(tokens, t) - 1;
  while (k >= 0 && tokens[k]?.pos === "ADV") k--;
  // "would replace T-55 tanks, bought from the Soviet Union": a reduced relative set off by a comma.
  if (tokens[k]?.text === ",") k--;
  return weaponsPhraseAt(ix, k);
}

/**
 * Where a past participle's phrase starts: at an earlier participle it is coordinated with ("two
 * patrol boats built and donated by Japan", "the jets refurbished and sold by Israel"), or at `t`.
 */
function coordinatedParticiple(tokens: readonly Token[], t: number): number {
  const before = tokens[t - 2];
  if (tokens[t - 1]?.lower !== "and" || !before || before.pos !== "VERB") return t;
  return PRESENT_FORM.test(before.lower) ? t : t - 2;
}

/**
 * The noun phrase of weapons that ends at token `end` (past up to two common nouns after its last
 * weapon: "two MA600 aircraft", "the FK-3 system"): its weapons, and the verb of having or
 * receiving whose object the phrase is, or -1; null when no weapon heads a phrase there.
 */
function weaponsPhraseAt(
  ix: SentenceIndex,
  end: number,
): { weapons: Mention[]; verb: number; first: number } | null {
  const tokens = ix.sentence.tokens;
  let k = end;
  const stop = end + 1;
  for (let nouns = 0; k >= 0 && nouns < 2 && !ix.cover[k] && tokens[k]?.pos === "NOUN"; nouns++) k--;
  const head = ix.cover[k];
  if (!head || head.type !== "WeaponSystem") return null;
  // The whole noun phrase: weapons, numbers, adjectives, nouns and "of" ("the first of 36 Gripen jets").
  let first = head.first;
  while (first > 0 && first > head.first - 8) {
    const w = tokens[first - 1] as Token;
    // A weapon before the head is part of the phrase ("two Snake-class patrol boats").
    const before = ix.cover[first - 1];
    if (before?.type === "WeaponSystem") {
      first = before.first;
      continue;
    }
    // "T-54 and T-55 tanks", "F-5, F-16 and Mirage jets": coordinated models share the phrase.
    const coordinated = ix.cover[first - 2];
    if (
      (w.lower === "and" || w.text === ",") &&
      coordinated?.type === "WeaponSystem" &&
      coordinated.last === first - 1
    ) {
      first = coordinated.first;
      continue;
    }
    // An actor ends it; a chunk that names none ("military" in "Mi-17 military transport
    // helicopters") is a modifier of the phrase.
    const chunk = ix.chunkAt[first - 1];
    if (chunk && chunkHeads(chunk).length > 0) break;
    if (!(/^(?:DET|ADJ|NUM|NOUN|PROPN)$/u.test(w.pos) || w.lower === "of")) break;
    first--;
    // The phrase opens at its determiner ("the first of 36 …" goes on past "of").
    if (w.pos === "DET" && tokens[first - 1]?.lower !== "of") break;
  }
  const weapons = mentionsIn(ix, first, stop).filter((m) => m.type === "WeaponSystem" && m.last <= stop);
  // The verb of having or showing before the phrase, past a short adverbial ("presented for the
  // first time the …"); another verb ("shot down") names no owner.
  let verb = tokens[first - 1]?.text === "," ? ownerBeforeCommas(ix, first - 1) : -1;
  if (verb >= 0) return { weapons, verb, first };
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    const w = tokens[j] as Token;
    if (isVerbOrAux(w)) verb = OWNER.has(w.lower) ? j : -1;
    if (
      w.pos === "VERB" ||
      w.pos === "AUX" ||
      ix.chunkAt[j] ||
      !/^(?:ADP|DET|ADJ|NOUN|NUM|ADV)$/u.test(w.pos)
    )
      break;
    // The first word before the phrase must be its verb or open an adverbial ("for the first time").
    if (j === first - 1 && w.pos !== "ADV" && w.pos !== "NOUN") break;
  }
  return { weapons, verb, first };
}

const GOODS_RELATIVES = new Set(THING_RELATIVE_WORDS);
const PAST_GERUND = new Set(PAST_GERUND_OPENERS);
/** Endings of a verb form that is no past participle ("building", "builds"). */
const PRESENT_FORM = /(?:ing|s)$/u;
/** How many quantifier words may stand before "of which" ("the last of which", "all three of which"). */
const QUANTIFIER_REACH = 3;
/** Tags of the words of a quantifier before "of which" ("the last", "two", "some"). */
const QUANTIFIER_TAGS = /^(?:DET|ADJ|NUM|NOUN|PRON)$/u;

/** The weapons a relative clause's verb takes from its antecedent (see relativeGoods). */
interface RelativeGoods {
  weapons: Mention[];
  /** The verb of having or receiving whose object the antecedent is ("received two Y-12 aircraft which …"), or -1. */
  verb: number;
  /** True when the relative word is the clause's object ("which the KDF procured"), false when its subject ("which were supplied by"). */
  object: boolean;
  /** The hedge of the clause that holds the antecedent ("denied that it received drones which …": denied). */
  hedge: Modality;
}

/** How many words before a noun phrase the verb that takes it as its object may stand. */
const GOVERNOR_REACH = 6;

/** The modality of the verb at `v` in its own clause: its subject's cues, the words before it and the frame around it. */
function verbModality(ix: SentenceIndex, v: number): Modality {
  const held = subjectBefore(ix, v);
  return modalityOf(
    [...held.cues, ...wordsBefore(ix.sentence.tokens, v, 2), ...framingCues(ix, held)],
    ix.modalityCues,
  );
}

/** The hedge of the verb that takes the phrase starting at `first` as its object, within its clause; asserted when there is none. */
function governorHedge(ix: SentenceIndex, first: number): Modality {
  const tokens = ix.sentence.tokens;
  for (let k = first - 1; k >= Math.max(0, first - GOVERNOR_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB") return verbModality(ix, k);
    if (w.pos === "PUNCT" || w.pos === "AUX") break;
  }
  return "asserted";
}

/**
 * "received two Y-12 aircraft which the KDF procured from Harbin", "the Rafale jets that France
 * delivered in 2016", "eight Agosta submarines, the last of which the company handed over to
 * Pakistan", "the frigates, which were supplied by Spain": the verb at `t` stands in a relative
 * clause ("which", "that") whose antecedent is a noun phrase of weapons; those weapons are the
 * clause's goods. Gives them with the verb of having or receiving whose object the antecedent is,
 * and whether the relative word is the clause's object (its subject `subject` stands between it
 * and the verb) or its subject; null otherwise.
 */
function relativeGoods(ix: SentenceIndex, t: number, subject: Subject): RelativeGoods | null {
  const tokens = ix.sentence.tokens;
  let rel = relativeBefore(tokens, t);
  let object = false;
  if (!GOODS_RELATIVES.has(tokens[rel]?.lower ?? "")) {
    // The clause's own subject, a phrase or a pronoun, between the relative word and the verb.
    const first = subject.chunk && subject.chunk.first < t ? subject.chunk.first : rel;
    if (subject.chunk && subject.chunk.last > rel + 1) return null;
    if (!subject.chunk && tokens[rel]?.pos !== "PRON") return null;
    rel = relativeOverModifiers(ix, first - 1);
    object = true;
    if (!GOODS_RELATIVES.has(tokens[rel]?.lower ?? "")) return zeroRelativeGoods(ix, rel, t);
  }
  let end = rel - 1;
  // "eight submarines, the last of which": the quantifier stands for the phrase before its comma.
  if (tokens[rel]?.lower === "which" && tokens[end]?.lower === "of") {
    end--;
    for (let n = 0; n < QUANTIFIER_REACH && end > 0 && !ix.cover[end]; n++) {
      if (!QUANTIFIER_TAGS.test((tokens[end] as Token).pos)) break;
      end--;
    }
    if (tokens[end]?.text !== ",") return null;
  }
  if (tokens[end]?.text === ",") end--;
  const phrase = end >= 0 ? weaponsPhraseAt(ix, end) : null;
  if (!phrase || phrase.weapons.length === 0) return null;
  const hedge = phrase.verb >= 0 ? verbModality(ix, phrase.verb) : governorHedge(ix, phrase.first);
  return { weapons: phrase.weapons, verb: phrase.verb, object, hedge };
}

/** How many modifiers before a chunk's head may stand between it and a relative word ("the Federal Government"). */
const SUBJECT_MODIFIER_REACH = 3;
/** Tags of such modifiers: words the chunk left out, naming no actor ("Federal", "new", "defence"). */
const SUBJECT_MODIFIER_TAGS = /^(?:ADJ|PROPN|NOUN)$/u;

/**
 * "helicopters that the Federal Government ordered from Russia", "which the new government bought":
 * a relative clause's subject may keep out of its chunk the article and the modifiers that name no
 * actor before its head. The index of the relative word before them, when one stands there; `k`
 * (the word before the chunk) otherwise.
 */
function relativeOverModifiers(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (j > k - SUBJECT_MODIFIER_REACH && j > 0 && !ix.cover[j]) {
    if (!SUBJECT_MODIFIER_TAGS.test((tokens[j] as Token).pos)) break;
    j--;
  }
  if (DEFINITE_OPENERS.test(tokens[j]?.lower ?? "")) j--;
  return GOODS_RELATIVES.has(tokens[j]?.lower ?? "") ? j : k;
}

/** Words that open a definite noun phrase, the antecedent of a relative clause with no relative word. */
const DEFINITE_OPENERS = /^(?:the|these|those|its|their|his|her|our)$/u;
/** Tags of a word that opens a verb's own object ("bought Rafale jets", "bought two jets"). */
const ZERO_RELATIVE_OBJECT = /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON)$/u;

/**
 * "Serbia displayed the FK-3 systems it acquired from China", "the Harpoon missiles Taiwan bought
 * from the United States": a relative clause with no relative word, its subject right after a
 * definite noun phrase of weapons ending at `end` (opened by "the", "these", "its" or a possessor),
 * takes those weapons as its object. Gives them as relativeGoods does, or null.
 */
function zeroRelativeGoods(ix: SentenceIndex, end: number, t: number): RelativeGoods | null {
  const tokens = ix.sentence.tokens;
  if (end < 1 || (tokens[end]?.pos !== "NOUN" && ix.cover[end]?.type !== "WeaponSystem")) return null;
  // The clause's object is the antecedent: "bought Rafale jets from France" after "Besides the
  // S-400 systems" has its own, and the phrase before is no antecedent.
  let next = t + 1;
  while (tokens[next]?.pos === "ADV" || tokens[next]?.pos === "PART") next++;
  if (ZERO_RELATIVE_OBJECT.test(tokens[next]?.pos ?? "") || ix.chunkAt[next]) return null;
  const phrase = weaponsPhraseAt(ix, end);
  if (!phrase || phrase.weapons.length === 0) return null;
  const opener = tokens[phrase.first] as Token;
  const possessed = POSSESSIVE_MARK.test(tokens[phrase.first - 1]?.text ?? "");
  if (!DEFINITE_OPENERS.test(opener.lower) && !possessed) return null;
  const hedge = phrase.verb >= 0 ? verbModality(ix, phrase.verb) : governorHedge(ix, phrase.first);
  return { weapons: phrase.weapons, verb: phrase.verb, object: true, hedge };
}

/** A form of a verb that is no bare past participle ("donating", "donates"). */
const ING_OR_S = /(?:ing|s)$/u;

/** True when `tok` is a bare past participle: a form other than its lemma, with no "-ing" or "-s" ("bought", "acquired"). */
function bareParticiple(tok: Token): boolean {
  return tok.lower !== tok.lemma && !ING_OR_S.test(tok.lower);
}
/** Tags of the words of a noun phrase of goods ("20 new military trucks"). */
const GOODS_PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN)$/u;
/** How many words a noun phrase of goods may span before the participle that describes it ("20 new military trucks donated by"). */
const GOODS_PHRASE_REACH = 6;

/**
 * "Kenya received military equipment donated by China", "the army received 20 trucks supplied by
 * Japan": when the verb at `t` is a bare past participle right after a noun phrase headed by a noun
 * of goods (an arms word other than aid or security, or a weapon's head word), and a verb of
 * receiving takes that phrase as its object, that verb's index; else -1.
 */
function receivedGoods(ix: SentenceIndex, t: number, table: FrameTable): number {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (!bareParticiple(tok)) return -1;
  let k = t - 1;
  while (k >= 0 && tokens[k]?.pos === "ADV") k--;
  const head = tokens[k];
  if (!head || head.pos !== "NOUN" || ix.cover[k]) return -1;
  const goods =
    (table.arms.has(head.lower) && !table.broadArms.has(head.lower)) || goodsHead(head.lower, table);
  if (!goods) return -1;
  for (let j = k - 1; j >= Math.max(0, k - GOODS_PHRASE_REACH); j--) {
    const w = tokens[j] as Token;
    // A chunk that names an actor ends the phrase; one that names none ("military") is a modifier.
    const chunk = ix.chunkAt[j];
    if (chunk && chunkHeads(chunk).length > 0) return -1;
    if (w.pos === "VERB") {
      const frame = frameFor(table, "verb", w.lemma, "supplies");
      return frame?.roles.subject === "recipient" && !communicates(tokens, j, ix.words) ? j : -1;
    }
    if (!GOODS_PHRASE_TAGS.test(w.pos)) return -1;
  }
  return -1;
}

/** How many words an adverbial set off by commas may span ("received, on Monday April 8, a dozen drones"). */
const COMMA_ADVERBIAL_REACH = 8;

/**
 * "The army received, on Monday April 8, a dozen combat drones": the verb of having before an
 * adverbial set off by commas, whose closing comma is at `close`; its index, or -1.
 */
function ownerBeforeCommas(ix: SentenceIndex, close: number): number {
  const tokens = ix.sentence.tokens;
  for (let j = close - 1; j >= Math.max(1, close - COMMA_ADVERBIAL_REACH); j--) {
    const w = tokens[j] as Token;
    if (w.text === ",") {
      const v = tokens[j - 1] as Token;
      return j < close - 1 && v.pos === "VERB" && OWNER.has(v.lower) ? j - 1 : -1;
    }
    if (ix.chunkAt[j] || !/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|ADV)$/u.test(w.pos)) return -1;
  }
  return -1;
}

/** How far back from an infinitive the verb whose subject it shares may stand. */
const INFINITIVE_REACH = 30;

/**
 * The subject of the owner verb at `v`; for an infinitive ("bought 24 helicopters … to replace
 * eight Mi-17 helicopters"), the subject of the finite verb before it in the sentence.
 */
function ownerOf(ix: SentenceIndex, v: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (tokens[v - 1]?.lower !== "to") return subjectBefore(ix, v).heads;
  for (let k = v - 2; k >= Math.max(0, v - INFINITIVE_REACH); k--) {
    const w = tokens[k] as Token;
    if (/^[;:“”"]$/u.test(w.text)) break;
    // Past other infinitives and gerunds ("for use in combating drug trafficking and to replace").
    if (w.pos === "VERB" && tokens[k - 1]?.lower !== "to" && !w.lower.endsWith("ing"))
      return subjectBefore(ix, k).heads;
  }
  return [];
}

/**
 * "the aid package given to Kyiv by Washington": a participle right after a common noun, with no
 * auxiliary and an agent ("by") before any object, is a reduced passive relative clause.
 */
function reducedRelative(ix: SentenceIndex, t: number, subject: Subject, zone: Zone): boolean {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const start = coordinatedParticiple(tokens, t);
  const cues =
    start < t ? subject.cues.filter((w) => w !== "and" && w !== tokens[start]?.lower) : subject.cues;
  if (subject.passive || cues.length > 0 || subject.chunk) return false;
  // "the patrol vessel (OPV) provided by India to …": the noun before the noun's acronym.
  const noun = acronymInBrackets(tokens, start - 3) ? start - 4 : start - 1;
  // "the Bayraktar TB2 sold by Turkey to …": a weapon's name stands for the noun.
  const named = ix.cover[noun]?.type === "WeaponSystem" && ix.cover[noun]?.last === noun + 1;
  if ((tokens[noun]?.pos !== "NOUN" && !named) || !bareParticiple(tok)) return false;
  const first = zone.chunks[0];
  return (
    first !== undefined &&
    (first.prep === "by" || (first.prep === "to" && zone.chunks.some((c) => c.prep === "by")))
  );
}

/**
 * "The vessel P 625 acquired by the Sri Lanka Navy from China", "the frigate bought by Peru from
 * South Korea": a bare past participle of buying right after the goods it describes (a noun, a
 * weapon's name, or a ship's number), its agent first, with no auxiliary and no actor before it.
 */
function reducedBuy(ix: SentenceIndex, t: number, subject: Subject, zone: Zone): boolean {
  if (reducedRelative(ix, t, subject, zone)) return true;
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (subject.passive || subject.cues.length > 0 || actorHeads(subject.heads).length > 0) return false;
  if (!bareParticiple(tok) || zone.chunks[0]?.prep !== "by") return false;
  const before = tokens[t - 1];
  return (
    before !== undefined && (ix.cover[t - 1]?.type === "WeaponSystem" || /^(?:NOUN|NUM)$/u.test(before.pos))
  );
}

/** Countries named right before a personnel noun earlier in the clause ("North Korean troops"). */
function personnelOwners(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const out: ChunkHead[] = [];
  for (let k = clauseStart(ix, t); k < t; k++) {
    if (!PERSONNEL_NOUNS.has((tokens[k] as Token).lower)) continue;
    const m = mentionsIn(ix, Math.max(0, k - 8), k).find((x) => x.last === k && x.type === "Country");
    if (m) out.push({ mention: m, name: m.name, unnamed: true });
  }
  return out;
}

/** How many words a noun phrase of effort may span before its infinitive ("the continuous efforts to"). */
const EFFORT_REACH = 4;

/** The party accused or thanked for a deed, and the verb that does it. */
interface Credit {
  heads: ChunkHead[];
  /** True for a verb of thanks or praise: the deed is taken as done. */
  credited: boolean;
  /** The index of the verb of accusing or thanking, or -1. */
  at: number;
}

/**
 * The accused of "accused X of/for <verb>ing" when the verb at `t` is that gerund (or an infinitive
 * after a noun phrase there: "accused Iran of attempts to arm"), else none; `credited` when the
 * verb is one of thanks or praise ("thanked China for donating …"), whose object did the act.
 */
function accusedOf(ix: SentenceIndex, t: number, table: FrameTable): Credit {
  const none = { heads: [], credited: false, at: -1 };
  const tokens = ix.sentence.tokens;
  let p = t - 1;
  if (tokens[p]?.lower === "to") {
    // "for the continuous efforts to provide": past a short noun phrase to its preposition.
    let k = p - 1;
    while (
      k > p - 1 - EFFORT_REACH &&
      (/^(?:DET|ADJ|NOUN)$/u.test(tokens[k]?.pos ?? "") ||
        WORDS.possessivePronouns.has(tokens[k]?.lower ?? "")) &&
      !ix.chunkAt[k]
    )
      k--;
    if (k === p - 1 || tokens[p - 1]?.pos !== "NOUN") return none;
    p = k;
  }
  const prep = tokens[p]?.lower;
  // "thanked X on backing reform and granting aid": a gerund coordinated with the first deed thanked.
  if (prep === "and" && (tokens[t] as Token).lower.endsWith("ing")) return creditedBefore(ix, t, table);
  if (prep !== "of" && prep !== "for") return none;
  // "thanked China for inviting him and for the support … and for the efforts to provide": the
  // last of coordinated for-phrases after a verb of thanks.
  if (prep === "for" && tokens[p - 1]?.lower === "and") return creditedBefore(ix, p, table);
  // "accused Chinese companies of": a demonym-modified generic noun stands for the country.
  const chunk = ix.chunkAt[p - 1] ?? (tokens[p - 1]?.pos === "NOUN" ? ix.chunkAt[p - 2] : null);
  if (!chunk) return none;
  const verb =
    tokens[chunk.first - 1]?.pos === "VERB"
      ? tokens[chunk.first - 1]
      : creditVerbBefore(tokens, chunk, table);
  if (!verb) return none;
  // A verb of thanks need not be an assesses row of its own.
  const credited = table.credit.has(verb.lemma);
  if (!credited && frameFor(table, "verb", verb.lemma, "assesses")?.roles.object !== "topic") return none;
  return { heads: actorHeads(chunkHeads(chunk)), credited, at: tokens.indexOf(verb) };
}

/** How many words the head of a thanked party's phrase may span before its of-phrase ("the Government of"). */
const THANKED_HEAD_REACH = 6;

/**
 * The verb of thanks whose object's head the chunk is the of-phrase of ("thanked the Government of
 * the Republic of Korea for …"), past "of", determiners and the head's nouns; else the token before the chunk.
 */
function creditVerbBefore(tokens: Token[], chunk: Chunk, table: FrameTable): Token | undefined {
  const before = tokens[chunk.first - 1];
  if (before?.lower !== "of" && before?.lower !== "the") return before;
  for (let k = chunk.first - 1; k >= Math.max(0, chunk.first - 1 - THANKED_HEAD_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB") return table.credit.has(w.lemma) ? w : before;
    if (w.lower !== "of" && !/^(?:DET|NOUN|PROPN|ADJ)$/u.test(w.pos)) return before;
  }
  return before;
}

/** How far back the first of coordinated for-phrases after a verb of thanks may stand. */
const CREDIT_REACH = 40;

/** The object of a verb of thanks whose first for-phrase stands before the "for" at `p`. */
function creditedBefore(ix: SentenceIndex, p: number, table: FrameTable): Credit {
  const tokens = ix.sentence.tokens;
  for (let k = p - 2; k > Math.max(0, p - CREDIT_REACH); k--) {
    const w = tokens[k] as Token;
    if (/^[;:“”"]$/u.test(w.text)) break;
    // "thanked X on backing reform": "on" and a gerund tell the deed thanked, as "for" does.
    if (w.lower !== "for" && !(w.lower === "on" && tokens[k + 1]?.lower.endsWith("ing"))) continue;
    const chunk = ix.chunkAt[k - 1];
    const verb = chunk ? creditVerbBefore(tokens, chunk, table) : undefined;
    if (chunk && verb && table.credit.has(verb.lemma))
      return { heads: actorHeads(chunkHeads(chunk)), credited: true, at: tokens.indexOf(verb) };
  }
  return { heads: [], credited: false, at: -1 };
}

/** The index of the word before the verb at `t` and its auxiliaries and adverbs (where a relative pronoun stands). */
function relativeBefore(tokens: Token[], t: number): number {
  let rel = t - 1;
  while (rel > 0 && VERB_GROUP_FILLER.test((tokens[rel] as Token).pos)) rel--;
  return rel;
}

/** Words before an example list of a class of actors ("like France", "such as Germany", "including Poland"). */
function opensExamples(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return w === "like" || w === "including" || (w === "as" && tokens[k - 1]?.lower === "such");
}

/**
 * "Countries who supply Armenia with weapons, like France and India, …": a relative clause on a
 * plural noun of a class of actors (lexicon actorClassNouns) whose members are named after
 * "like", "such as" or "including" in the zone: the members are the subjects.
 */
function classMembers(ix: SentenceIndex, t: number, zone: Zone, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const rel = relativeBefore(tokens, t);
  if (!/^(?:who|that|which)$/u.test(tokens[rel]?.lower ?? "")) return [];
  if (!table.actorClass.has(tokens[rel - 1]?.lower ?? "")) return [];
  const members = zone.chunks.filter((c) => opensExamples(tokens, c.chunk.first - 1));
  return actorHeads(members.flatMap((c) => chunkHeads(c.chunk)));
}

/** Object pronouns that may stand for the main clause's subject from inside a relative clause. */
const OBJECT_PRONOUNS = new Set(["them", "it"]);

/**
 * "The Houthi rebels have close ties to Iran, which has provided them with weapons": an object
 * pronoun right after the verb of a relative clause (", which" or ", who" before it) cannot be
 * the clause's own antecedent; it stands for the main clause's subject when that is one actor
 * other than the suppliers.
 */
function relativeObjectPronoun(ix: SentenceIndex, t: number, suppliers: ChunkHead[]): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (!OBJECT_PRONOUNS.has(tokens[t + 1]?.lower ?? "")) return [];
  const rel = relativeBefore(tokens, t);
  if (!/^(?:which|who)$/u.test(tokens[rel]?.lower ?? "") || tokens[rel - 1]?.text !== ",") return [];
  // The main clause's subject: the actor phrase that opens the sentence.
  let k = 0;
  while (k < rel && (tokens[k] as Token).pos === "DET") k++;
  const opening = ix.chunkAt[k];
  if (!opening || opening.first > k) return [];
  const main = recipientHeads(chunkHeads(opening));
  // "them" stands for a plural phrase ("The Houthi rebels"), "it" for a singular one ("Russia").
  let end = opening.first;
  while (end + 1 < rel && /^(?:NOUN|PROPN|ADJ)$/u.test((tokens[end + 1] as Token).pos)) end++;
  const plural = /s$/u.test((tokens[end] as Token).lower);
  const them = tokens[t + 1]?.lower === "them";
  // A country is "it" whatever its name ("the United States").
  if (plural !== them || (them && main.some((h) => h.mention?.type === "Country"))) return [];
  if (main.length !== 1 || suppliers.some((s) => s.name === (main[0] as ChunkHead).name)) return [];
  return main;
}

/**
 * A ministry, government, department or legislature of a known country supplies as its state too
 * ("Polish Defence Ministry sent": the ministry and Poland; "the US Congress has given its final
 * approval to sell": the Congress and the United States).
 */
function asState(
  head: ChunkHead,
  bodies: ReadonlyMap<string, string>,
  stateBodyWords: ReadonlySet<string>,
): ChunkHead[] {
  const m = head.mention;
  // "The State Department said it will sell", "The Pentagon delivered": a body of one country's
  // government the lexicon knows by name (its governmentBodies table) supplies as that country.
  const body = m?.type === "Organization" && !m.country ? bodies.get(m.name) : undefined;
  if (body) return [head, { ...head, name: body }];
  if (m?.type !== "Organization" || !m.country) return [head];
  const words = m.name.toLowerCase().split(/\s+/u);
  return words.some((w) => stateBodyWords.has(w)) ? [head, { ...head, name: m.country }] : [head];
}

/**
 * The grammatical roles of a frame row's `roles` that give `role` and that `keep` takes, in the
 * roles' order (a loop over the keys: Object.entries built a list of pairs at every trigger).
 */
function rolesGiving(roles: Frame["roles"], role: string, keep: (g: string) => boolean): string[] {
  const out: string[] = [];
  for (const g in roles) if (roles[g as GrammaticalRole] === role && keep(g)) out.push(g);
  return out;
}

/** A role a noun's prepositional phrase fills ("to", "from", "with"; not "of", not "subject"). */
function phrasePreposition(g: string): boolean {
  return g.length <= 4 && g !== "of";
}

/** A preposition of a party to a supply (PARTY_PREPOSITIONS: "to", "for", "on"). */
function partyPreposition(g: string): boolean {
  return PARTY_PREPOSITIONS.has(g);
}

/** asState over the government bodies and state body words of the lexicon `ix` is read with. */
function statesIn(ix: SentenceIndex): (head: ChunkHead) => ChunkHead[] {
  const bodies = ix.tables.governmentBodies;
  const words = ix.words.stateBodyWords;
  return (head) => asState(head, bodies, words);
}

/**
 * True when the verb's object is a message, speech or the like ("sent a letter to Kim"; the stage
 * words nonSupplyObjects of `words`); a particle right after the verb is stepped over ("handed over
 * 90 prisoners to Ukraine").
 */
function communicates(
  tokens: Token[],
  t: number,
  words: WordSets,
  ix?: SentenceIndex,
  table?: FrameTable,
): boolean {
  const particle = PARTICLES.has(tokens[t + 1]?.lower ?? "") ? 1 : 0;
  let end = t + 5 + particle;
  for (let k = t + 1 + particle; k < Math.min(tokens.length, end); k++) {
    const w = tokens[k] as Token;
    // "received a red-carpet welcome": a hyphen inside a compound modifier neither ends the phrase
    // nor takes one of its words.
    if (w.text === "-" && !w.space && tokens[k + 1]?.space === false) {
      end++;
      continue;
    }
    if (words.nonSupplyObjects.has(w.lower) && !(w.lower === "number" && tokens[k + 1]?.lower === "of")) {
      // "sent rescuers and Bayraktar TB2 drones to Syria": a named weapon joined after them is goods.
      if (ix && weaponJoinedAfter(ix, k)) continue;
      return true;
    }
    const next = tokens[k + 1];
    if (
      COMMODITIES.has(w.lower) &&
      !(next && (/^(?:NOUN|PROPN|ADJ)$/u.test(next.pos) || /^(?:,|and)$/u.test(next.lower)))
    )
      return true;
    // "received a ceremonial guard of honour from the Army": the of-phrase of the object's head
    // names what the object is (a ceremony, a message), not goods it holds; goods joined after it
    // are still goods ("sent 500 tonnes of wheat and 20 Kirpi armoured vehicles to Somalia", "…
    // and military equipment to Somalia").
    if (
      w.lower === "of" &&
      k > t + 1 + particle &&
      words.nonSupplyObjects.has(next?.lower ?? "") &&
      !(ix && (weaponJoinedAfter(ix, k + 1) || (table && armsJoinedAfter(tokens, k + 1, table))))
    )
      return true;
    if (w.pos === "ADP" || w.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * True when "and" or a comma follows token `k` and the phrase after it is headed by an arms word
 * of `table` other than the broad ones ("and military equipment"; not "and a military salute", whose
 * head is no arms word, nor "and humanitarian aid").
 */
function armsJoinedAfter(tokens: Token[], k: number, table: FrameTable): boolean {
  if (!/^(?:,|and)$/u.test(tokens[k + 1]?.lower ?? "")) return false;
  let head = -1;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + GOODS_PHRASE_REACH; j++) {
    const w = tokens[j] as Token;
    const glued = w.text === "-" && !w.space && tokens[j + 1]?.space === false;
    if (!glued && !GOODS_PHRASE_TAGS.test(w.pos)) break;
    if (!glued) head = j;
  }
  const word = head < 0 ? "" : (tokens[head] as Token).lower;
  return table.arms.has(word) && !table.broadArms.has(word);
}

/** Most words between "and" and a named weapon it joins ("and 12 Bayraktar TB2 drones"). */
const JOINED_WEAPON_REACH = 3;

/** True when "and" or a comma follows token `k` and a weapon's mention starts within JOINED_WEAPON_REACH words after it. */
function weaponJoinedAfter(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  if (!/^(?:,|and)$/u.test(tokens[k + 1]?.lower ?? "")) return false;
  for (let j = k + 2; j <= k + 1 + JOINED_WEAPON_REACH && j < tokens.length; j++) {
    const m = ix.cover[j];
    if (m?.type === "WeaponSystem" && m.first === j) return true;
  }
  return false;
}

/**
 * True when "back" follows the verb at `t` or stands right before a to-phrase of its zone ("handed
 * back the radars", "gave the frigate back to the Navy"): the goods go back to their owner.
 */
function returnedGoods(tokens: Token[], t: number, zone: Zone): boolean {
  if (tokens[t + 1]?.lower === "back") return true;
  for (let k = zone.start; k < zone.end; k++)
    if ((tokens[k] as Token).lower === "back" && tokens[k + 1]?.lower === "to") return true;
  return false;
}

/**
 * True when a noun of the zone is qualified as non-material ("political support", "moral backing")
 * and nothing is listed beside it ("diplomatic backing and 20 mortars" names goods too).
 */
function nonMaterial(tokens: Token[], zone: Zone): boolean {
  for (let k = zone.start; k < zone.end; k++) if ((tokens[k] as Token).lower === "and") return false;
  for (let k = zone.start; k < zone.end - 1; k++)
    if (NON_MATERIAL.has((tokens[k] as Token).lower) && tokens[k + 1]?.pos !== "PUNCT") return true;
  return false;
}

function weaponsBefore(ix: SentenceIndex, t: number): Mention[] {
  const start = clauseStart(ix, t);
  return mentionsIn(ix, start, t).filter((m) => m.type === "WeaponSystem" && m.last <= t);
}

/** How many words a definite supply noun's determiner may stand before it ("the announced sale"). */
const DEFINITE_REACH = 4;

/** True when the supply noun at `t` is definite ("the sale", "the announced sale", "this delivery"). */
function definite(tokens: Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - DEFINITE_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.lower === "the" || w.lower === "this") return true;
    if (!/^(?:ADJ|NOUN|NUM|VERB)$/u.test(w.pos) || w.text !== w.lower) return false;
  }
  return false;
}

/** Participles that say a deal was concluded ("a deal announced by", "a contract signed in 2019"). */
const CONCLUDED = new Set(CONCLUDING_PARTICIPLES);
const UNCONCLUDED = new Set(UNCONCLUDED_WORDS);

/** Words a deal noun's own phrase may span before the participle that concludes it. */
const DEAL_PHRASE_REACH = 6;

/**
 * True when the zone holds a deal noun concluded: followed by a participle of concluding past its own
 * phrase ("in a deal between the two countries announced by X", "under a contract signed in 2019"), or opened by "under" ("under the contract").
 */
function concludedDeal(tokens: Token[], zone: Zone, cues: ModalityTable): boolean {
  for (let k = zone.start; k < zone.end; k++) {
    if (!DEALS.has(singular((tokens[k] as Token).lower))) continue;
    // The participle may follow the deal's own phrase ("a deal between the two countries announced by").
    for (let j = k + 1; j < Math.min(zone.end, k + 1 + DEAL_PHRASE_REACH); j++) {
      const w = tokens[j] as Token;
      if (CONCLUDED.has(w.lower)) return true;
      if (w.pos === "PUNCT" || isVerbOrAux(w)) break;
    }
    // "under a deal still being negotiated", "under a proposed contract": not concluded.
    // (A relative clause past the zone's end hedges the deal too: "under a contract that is still
    // being negotiated".)
    const phrase = tokens.slice(k + 1, k + 1 + DEAL_PHRASE_REACH).map((w) => w.lower);
    const open =
      modalityOf(
        tokens.slice(Math.max(0, k - 4), k).map((w) => w.lower),
        cues,
      ) !== "asserted";
    if (open || phrase.some((w) => UNCONCLUDED.has(w))) continue;
    const under = underBefore(tokens, zone.start, k);
    // "under a proposed $1.2 billion contract": the words of the deal's own phrase hedge it too.
    const own = tokens.slice(under + 1, k).map((w) => w.lower);
    if (under >= 0 && modalityOf(own, cues) === "asserted" && !own.some((w) => UNCONCLUDED.has(w)))
      return true;
  }
  return false;
}

/** How many words "under" may stand before its deal noun ("under a €281.5 million ($295 million) contract"). */
const UNDER_REACH = 12;

/** Tags of the words between "under" and its deal noun ("a new", "the 2020", "a $1.2 billion"). */
const DEAL_PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN|SYM)$/u;

/**
 * The "under" that opens the phrase of the deal noun at `k` ("under the contract", "under a $1.2
 * billion contract", "under a €281.5 million ($295 million) contract"), or -1.
 */
function underBefore(tokens: Token[], start: number, k: number): number {
  for (let j = k - 1; j >= Math.max(start, k - UNDER_REACH); j--) {
    const w = tokens[j] as Token;
    if (w.lower === "under") return j;
    const amount = currencyAt(tokens, j) || w.text === "(" || w.text === ")";
    if (!amount && w.text !== "-" && !DEAL_PHRASE_TAGS.test(w.pos)) return -1;
  }
  return -1;
}

const RELATIVE_PREPOSITIONS = new Set(DEAL_RELATIVE_PREPOSITIONS);
const RELATIVE_WORDS = new Set(DEAL_RELATIVE_WORDS);

/** How many tokens before a supply verb the relative word of a deal's clause may stand ("in which Bangkok will buy"). */
const RELATIVE_DEAL_REACH = 8;

/** The parties of a concluded deal whose relative clause tells a supply. */
interface RelativeDeal {
  /** The subject of the verb that concluded the deal ("Sweden and Thailand finalized an agreement"). */
  signers: ChunkHead[];
  /** The counterparty named with "with" ("signed a contract with Navantia under which …"). */
  partners: ChunkHead[];
}

/**
 * "Sweden and Thailand finalized an agreement today in which Bangkok will buy four jets from Saab",
 * "Chile signed a contract with Navantia on Monday under which it will receive four frigates": the
 * supply verb at `t` stands in a relative clause ("in which", "under which", "whereby") of a deal
 * noun that a verb of concluding, itself asserted, takes as its object (past a phrase of time or
 * place and a counterparty named with "with"): the deal is concluded, so the clause's future tells
 * its terms. Null when the verb has no such clause, or the deal is only planned ("will sign an
 * agreement under which", "are negotiating a deal under which") or left open ("a proposed deal").
 */
function relativeDeal(ix: SentenceIndex, t: number): RelativeDeal | null {
  const tokens = ix.sentence.tokens;
  for (let k = t - 1; k >= Math.max(1, t - RELATIVE_DEAL_REACH); k--) {
    const w = tokens[k] as Token;
    if (INFINITIVE_BREAK.test(w.text) || w.pos === "VERB") return null;
    const word = RELATIVE_WORDS.has(w.lower);
    if (!word && !(w.lower === "which" && RELATIVE_PREPOSITIONS.has(tokens[k - 1]?.lower ?? ""))) continue;
    let n = word ? k - 1 : k - 2;
    const time = n > 0 ? timeAdverbialStart(tokens, n) : -1;
    if (time > 0) n = time - 1;
    n = pastTimeOrPlace(ix, n);
    let partners: ChunkHead[] = [];
    const partner = ix.chunkAt[n];
    if (partner && partner.last === n + 1 && tokens[partner.first - 1]?.lower === "with") {
      partners = actorHeads(chunkHeads(partner));
      n = pastTimeOrPlace(ix, partner.first - 2);
    }
    if (!DEALS.has(singular(tokens[n]?.lower ?? ""))) return null;
    const phrase = tokens.slice(Math.max(0, n - 4), k).map((x) => x.lower);
    if (phrase.some((x) => UNCONCLUDED.has(x))) return null;
    const verb = governingVerb(tokens, n);
    const v = tokens[verb];
    if (!v || !CONCLUDED.has(v.lower)) return null;
    const subject = subjectBefore(ix, verb);
    const cues = [...subject.cues, ...wordsBefore(tokens, verb, 2), ...framingCues(ix, subject)];
    if (subject.passive || modalityOf(cues, ix.modalityCues) !== "asserted") return null;
    return { signers: actorHeads(subject.heads), partners };
  }
  return null;
}

/**
 * The signers of a deal told by a relative clause that are not on the side of its `recipients`,
 * when one signer is, and not among its `suppliers` already: countries and organisations, not
 * persons ("Sweden and Thailand finalized an agreement in which Bangkok will buy": Sweden).
 */
function dealCounterparty(deal: RelativeDeal, recipients: ChunkHead[], suppliers: ChunkHead[]): ChunkHead[] {
  const buying = (p: ChunkHead): boolean => recipients.some((r) => sameSide(p, r) || sameSide(r, p));
  if (!deal.signers.some(buying)) return [];
  return deal.signers.filter(
    (p) => !buying(p) && headType(p) !== "Person" && !suppliers.some((s) => s.name === p.name),
  );
}

/**
 * True when the rest of the sentence after the deal noun at `k` leaves the deal open: a negation or
 * a word of an unconcluded deal ("in a $7 billion deal, but the contract has not yet been signed");
 * a future there tells the deal's effects ("a deal that will boost its defence").
 */
function leftOpenAfter(tokens: Token[], k: number, cues: ModalityTable): boolean {
  const rest = tokens.slice(k + 1).map((w) => w.lower);
  const modality = modalityOf(rest, cues);
  return modality === "negated" || modality === "denied" || rest.some((w) => UNCONCLUDED.has(w));
}

/** How many words before a deal noun its price may stand ("a 46 million-euro ($54 million) deal"). */
const PRICE_REACH = 10;

/** Words after a deal noun that open its price ("a deal worth $54 million", "valued at"). */
const WORTH_WORDS = /^(?:worth|valued)$/u;

/** Parts of speech of a deal noun's own phrase before it, where its price stands ("a 46 million-euro deal"). */
const PRICE_PHRASE_POS = /^(?:DET|ADJ|NOUN|NUM|PUNCT)$/u;

/** Punctuation a price before a deal noun may hold ("46 million-euro ($54 million)"). */
const PRICE_PHRASE_PUNCT = /^[-()]$/u;

/** A magnitude or currency word of a price ("million", "euro", "dollars"). */
const PRICE_WORD =
  /^(?:million|billion|trillion|m|bn|euros?|dollars?|pounds?|won|yen|yuan|rubles?|roubles?|rupees?)$/u;

/**
 * True when the zone holds a deal noun with its price: an amount in its own phrase before it ("in a
 * 46 million-euro ($54 million) deal", "under a $2 billion contract") or after "worth" or "valued
 * at" right after it ("a deal worth $54 million"), the deal not left open ("a proposed deal", "a
 * deal still being negotiated").
 */
function pricedDeal(tokens: Token[], zone: Zone, cues: ModalityTable): boolean {
  for (let k = zone.start; k < zone.end; k++) {
    if (!DEALS.has(singular((tokens[k] as Token).lower))) continue;
    const phrase = tokens.slice(k + 1, Math.min(zone.end, k + 1 + DEAL_PHRASE_REACH)).map((w) => w.lower);
    const before = tokens.slice(Math.max(zone.start, k - PRICE_REACH), k).map((w) => w.lower);
    const open = modalityOf(before, cues) !== "asserted" || before.some((w) => UNCONCLUDED.has(w));
    if (open || phrase.some((w) => UNCONCLUDED.has(w)) || leftOpenAfter(tokens, k, cues)) continue;
    const worth = WORTH_WORDS.test(tokens[k + 1]?.lower ?? "");
    const from = worth ? k + 2 : Math.max(zone.start, k - PRICE_REACH);
    const to = worth ? Math.min(zone.end, k + 2 + AMOUNT_REACH) : k;
    for (let j = to - 1; j >= from; j--) {
      const w = tokens[j] as Token;
      const amount = w.pos === "NUM" || currencyAt(tokens, j);
      if (amount || PRICE_WORD.test(w.lower)) return true;
      // Only the deal's own phrase before it: an article, adjectives, a parenthesis, hyphens.
      if (!worth && !PRICE_PHRASE_POS.test(w.pos)) break;
      if (!worth && w.pos === "PUNCT" && !PRICE_PHRASE_PUNCT.test(w.text)) break;
    }
  }
  return false;
}

/**
 * True when the verb at `t` follows "to" after a verb of commitment (lexicon commitmentVerbs: "has
 * agreed to donate", "pledged to provide") that is the clause's only hedge, and its goods are
 * counted or named in the zone ("30 T-72 tanks", "eight Leopard tanks") or its deal has a price.
 */
function committedTransfer(
  ix: SentenceIndex,
  t: number,
  zone: Zone,
  cueWords: string[],
  table: FrameTable,
): boolean {
  const tokens = ix.sentence.tokens;
  const commit = tokens[t - 2];
  if (tokens[t - 1]?.lower !== "to" || !commit || !table.commitment.has(commit.lemma)) return false;
  const forms = new Set([commit.lower, commit.lemma, `${commit.lower} to`]);
  if (
    modalityOf(
      cueWords.filter((w) => !forms.has(w)),
      ix.modalityCues,
    ) !== "asserted"
  )
    return false;
  if (pricedDeal(tokens, zone, ix.modalityCues)) return true;
  // "agreed to buy 12 jets in a deal expected to be signed next year": the deal is still open.
  for (let k = zone.start; k < zone.end; k++)
    if (DEALS.has(singular((tokens[k] as Token).lower)) && leftOpenAfter(tokens, k, ix.modalityCues))
      return false;
  return countedGoods(ix, zone, table);
}

/** How many words may stand between a number and the goods it counts ("30 refurbished Bushmaster vehicles"). */
const COUNT_REACH = 4;

/** True when the zone names a weapon or counts goods ("two Bell 412 helicopters", "40 trucks"). */
function countedGoods(ix: SentenceIndex, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    if (ix.cover[k]?.type === "WeaponSystem" && ix.cover[k]?.kind !== "generic-weapon") return true;
    if ((tokens[k] as Token).pos !== "NUM") continue;
    for (let j = k + 1; j < Math.min(zone.end, k + 1 + COUNT_REACH); j++) {
      const w = tokens[j] as Token;
      if (ix.cover[j]?.type === "WeaponSystem" || goodsNoun(w.lower, table)) return true;
    }
  }
  return false;
}

/** How many supply facts told before a definite supply noun may refer back to (bounds the cost per noun). */
const TOLD_REACH = 32;
/** Modalities of a supply that did not happen and was not planned. */
const REFUSED: ReadonlySet<Modality> = new Set(["negated", "denied"]);

/**
 * "Baku denounced the announced sale of CAESAR systems to Yerevan": a definite supply noun that
 * names no supplier refers back to a supply told before in the document of the same named items
 * to the same recipients; the latest supplier told supplying every one of them supplies.
 */
function toldSuppliers(told: readonly Fact[], s: number, ends: Set<string>): ChunkHead[] {
  if (ends.size === 0) return [];
  const window: Fact[] = [];
  for (let i = told.length - 1; i >= 0 && window.length < TOLD_REACH; i--) {
    const f = told[i] as Fact;
    // ("Hungary refused to send weapons to Ukraine": a supply refused or denied is none to refer back to.)
    if (f.relation === "supplies" && f.sentence < s && !REFUSED.has(f.modality)) window.push(f);
  }
  for (const f of window) {
    if (!ends.has(f.target)) continue;
    const covered = new Set<string>();
    for (const g of window) if (g.source === f.source && ends.has(g.target)) covered.add(g.target);
    if (covered.size === ends.size) return [{ mention: null, name: f.source, unnamed: false }];
  }
  return [];
}

/** Words that make a supply noun one of arms ("arms deliveries", "military aid"). */
const ARMS_WORDS = /^(?:arms|weapons|military|ammunition|munitions|lethal|defence|defense|security)$/u;

/** A supply noun's frame: "Iran's shipments of drones to Russia", "US military aid to Ukraine". */
export function supplyNoun(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  told: readonly Fact[] = [],
): void {
  // "India's purchase of S-400 systems from Russia remains under negotiation": a supply noun that
  // is its clause's subject is only as done as the predicate says.
  emit = underPredicate(emit, subjectPredicateHedge(ix, t, t));
  if (frame.requires === "gift") {
    supplyGift(ix, t, emit, frame, table, told);
    return;
  }
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // "the Navy supply ship SAS Drakensberg", "supply lines": the noun only qualifies another.
  if (table.modified.has(tokens[t + 1]?.lower ?? "")) return;
  const zone = namedMakers(ix, zoneAfter(ix, t));
  const prepsFor = (role: string): string[] => rolesGiving(frame.roles, role, phrasePreposition);
  const recipients = recipientHeads(recipientsIn(ix, zone, prepsFor("recipient"), table));
  if (prepsFor("supplier").includes("by")) recipients.push(...buyingAgents(tokens, zone, table));
  // "the main arms supplier of Saudi Arabia": an actor of the of-phrase (not a demonym of the goods).
  if (frame.roles.of === "recipient")
    recipients.push(...recipientHeads(zoneHeads(zone, ["of"])).filter((h) => h.mention?.kind !== "demonym"));
  const items = (zone.chunks.length === 0 || zone.chunks[0]?.prep !== "" ? zone.weapons : []).filter(
    // "a contract with India for Pinaka launchers": a deal noun's for-phrase holds its goods;
    // "the transfer of ammunition for HIMARS": a goods noun's for-phrase names what they serve.
    (w) => !beneficiaryOrMeans(ix, zone.start, w, table, false) && !servedPlatform(ix, w, table),
  );
  // "the sale of the weapons requested by Taiwan": the agent of a participle in the noun's phrase
  // did what the participle says (asked, built), not the supply.
  // "came in response to a request by the Sri Lankan government": the agent of a noun of asking.
  const agents = {
    ...zone,
    chunks: zone.chunks.filter(
      (c) =>
        !participleAgent(tokens, c) &&
        !requestAgent(tokens, c, table) &&
        !otherPredicateAgent(tokens, c, table),
    ),
  };
  let suppliers = actorHeads(zoneHeads(agents, prepsFor("supplier")));
  // "awarded Hanwha Ocean a contract": the verb stands before the noun's indirect object.
  const awardee = frame.roles["governor-object"] ? indirectObject(ix, t) : null;
  const direct = awardee ? awardee.verb : governingVerb(tokens, t, frame.governedBy?.includes("be"));
  // "has proceeded with the purchase of howitzers from Israel": a verb of going on governs through "with".
  const near = direct >= 0 ? direct : proceedingVerb(tokens, t, table.proceed, table.proceedParticles);
  // "made a determination approving a possible sale", "granted approval for the sale": the verb
  // that governs the noun of approval governs the sale.
  const leave = awardee || frame.governedBy ? -1 : approvalGovernor(tokens, t, near, table);
  const verb = leave >= 0 ? leave : near;
  const verbLemma = verb < 0 ? "" : (tokens[verb] as Token).lemma;
  const buyer = frame.roles["governor-subject"] === "recipient";
  // "The contract for four frigates for the Pakistan Navy was signed between Pakistan and China":
  // a deal noun whose concluding verb follows it names its parties with "between".
  const concluded = frame.governedBy && buyer ? concludedAfter(ix, zone, frame.governedBy) : -1;
  // "Vietnam's deal with Russia for T-90 tanks was signed in 2016": concluded in the passive.
  const signed =
    frame.governedBy && buyer && verb < 0 && concluded < 0
      ? passiveConcluding(ix, zone, frame.governedBy)
      : -1;
  // "Lithuania says the contract with KNDS is for 44 Leopard 2 tanks": the deal's goods told by a copula.
  if (
    frame.roles.with === "supplier" &&
    buyer &&
    concluded < 0 &&
    copularDeal(ix, t, verb, emit, frame, table, told)
  )
    return;
  // "signed a contract with India for Pinaka launchers": only under a verb of concluding it.
  if (frame.governedBy && !frame.governedBy.includes(verbLemma) && concluded < 0 && signed < 0) return;
  if (frame.requires === "weapon" && zone.weapons.length === 0) return;
  // "signed an agreement with the US for the purchase of KC-46 tankers", not "an agreement with
  // Germany linked to Berlin's purchase of the Arrow 3".
  if (frame.purposes && !purposeTold(tokens, t, frame.purposes)) return;
  // "awarded a contract to MBDA to develop a missile defence system": work on goods, not their sale.
  if (frame.governedBy && serviceDeal(ix, t, zone, table)) return;
  // "delivered another shipment of JDAM kits to Israel": the supply verb's own frame covers it (a
  // verb of giving only when its object is goods: "granted a contract to MBDA" is the noun's).
  const own = leave >= 0 ? undefined : frameFor(table, "verb", verbLemma, "supplies");
  if (own && own.requires !== "goods") return;
  const governor = frameFor(table, "governor", verbLemma, "supplies");
  let cues: string[] = [];
  // "signed an agreement on the purchase of howitzers from Austria", "is negotiating a contract for
  // the purchase of helicopters": a noun in a deal noun's phrase tells a supply only as far as the
  // deal is concluded.
  const held = verb < 0 && !frame.governedBy ? heldDeal(ix, t, table) : null;
  // A purchase noun names no arms of its own (a supply noun's row asks for them): "the purchase of land".
  if (held && buyer && !goodsInPhrase(ix, t, table)) return;
  // "The World Bank funded the purchase of tractors for Malawi": whoever pays for a purchase
  // supplies only arms or military goods ("financed the purchase of patrol boats for the Navy").
  const funded =
    verb >= 0 && buyer && governor?.roles.subject === "supplier" && governor.roles.for === "recipient";
  if (funded && !goodsInPhrase(ix, t, table)) return;
  const personRecipients: ChunkHead[] = [];
  if (held) cues = held.cues;
  if (held && held.verb >= 0 && buyer) {
    // The deal's signer buys what its purchase noun tells ("Lithuania signed an agreement on the
    // purchase of tanks from Germany"); a person who signs it buys for their country.
    const subject = subjectBefore(ix, held.verb);
    if (!subject.passive) {
      recipients.push(...recipientHeads(subject.heads));
      personRecipients.push(...subject.heads.filter((h) => headType(h) === "Person"));
    }
    cues = [...cues, ...subject.cues, ...framingCues(ix, subject)];
  } else if (frame.roles.with === "supplier" && buyer) {
    dealBetweenParties(ix, t, emit, frame, table, {
      zone,
      items,
      suppliers,
      verb,
      concluded,
      signed,
      cues,
      recipientPreps: prepsFor("recipient"),
    });
    return;
  }
  const ends: NounEnds = { suppliers, recipients, personRecipients, items, cues };
  const noun = (ix.sentence.tokens[t] as Token).lemma;
  governedEnds(ix, frame, table, { zone, verb, awardee, governor, buyer, told, noun }, ends);
  cues = ends.cues;
  suppliers = endsBeyondPhrase(ix, t, frame, table, { zone, items, buyer, told }, ends.suppliers, recipients);
  // "the handover of the RFNS Puamau to Prime Minister X": a person receives for the country the
  // document ties them to (see person-recipients.ts), when goods are named.
  const persons = recipients.length === 0 && !buyer ? personsAfterTo(ix, zone, items, table) : [];
  if (recipients.length === 0 && items.length === 0 && persons.length === 0 && personRecipients.length === 0)
    return;
  // Without a named weapon only aid, or a supply noun qualified by arms words, counts ("transfer of power" does not).
  if (frame.requires === "arms" && !armsOfNoun(ix, t, zone, table)) return;
  // "approved a possible Foreign Military Sale to France", "approved the proposed sale of
  // helicopters to Norway": the approval's formula, not a hedge.
  const approved = leave >= 0 || (verb >= 0 && table.approval.has(verbLemma));
  const before = wordsBefore(tokens, t, 4).filter(
    (w) => !approved || !APPROVED_HEDGES.has(modalityOf([w], ix.modalityCues)),
  );
  let modality = modalityOf([...cues, ...before], ix.modalityCues);
  // "is negotiating a contract for the purchase of": talks about a deal, not a supply.
  if (held && !held.concluded && modality === "asserted") modality = "planned";
  // "Jordan has taken delivery of eight Black Hawk helicopters": a recipient with no supplier;
  // "The delivery was part of the supply of 30 T-72 tanks": goods with no supplier.
  if (suppliers.length === 0 && (recipients.length > 0 || items.length > 0))
    emitUnnamedSupplier(ix, zone, { recipients, items }, table, emit, {
      trigger: tok.text,
      rule: frame.id,
      modality,
    });
  emitNounSupplies(ix, zone, emit, tok.text, frame.id, modality, {
    suppliers,
    recipients,
    persons,
    personRecipients,
    items,
  });
}

/**
 * True when a supply noun is one of arms: a weapon named in its phrase, arms words before it ("arms
 * deliveries", "military aid") or in its phrase, or goods named by a weapon's head word ("made a
 * donation of rifles to Latvia").
 */
function armsOfNoun(ix: SentenceIndex, t: number, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  return (
    zone.weapons.length > 0 ||
    ARMS_WORDS.test(tokens[t - 1]?.lower ?? "") ||
    ARMS_WORDS.test(tokens[t - 2]?.lower ?? "") ||
    armsInPhrase(tokens, t, table.arms) ||
    goodsInPhrase(ix, t, table)
  );
}

/** A deal noun between parties and what its frame found around it (supplyNoun). */
interface PartiesDeal {
  zone: Zone;
  /** The goods named in the noun's phrase. */
  items: Mention[];
  /** The suppliers named in the noun's phrase (a from- or by-phrase). */
  suppliers: ChunkHead[];
  /** The verb that governs the noun, or -1. */
  verb: number;
  /** The verb after the noun that concludes it with "between", or -1. */
  concluded: number;
  /** The verb after the noun that concludes it in the passive, or -1. */
  signed: number;
  /** The hedge words read so far. */
  cues: string[];
  /** The prepositions of the noun's recipient. */
  recipientPreps: string[];
}

/**
 * A deal noun between parties ("signed a contract with Egypt for four corvettes", "The contract for
 * four frigates was signed between Pakistan and China"): which of them sells is told by a recipient
 * named with "for" or "to", by a sale word on the deal noun, or by the origin of the item; else the
 * signer buys. A supply infinitive after the noun tells it by its own frame ("signed a contract
 * with Egypt to deliver four corvettes").
 */
function dealBetweenParties(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  { zone, items, suppliers, verb, concluded, signed, cues: dealCues, recipientPreps }: PartiesDeal,
): void {
  const tokens = ix.sentence.tokens;
  let cues = dealCues;
  // "signed a contract with Egypt to deliver four corvettes": the infinitive's own frame tells
  // which party sells.
  if (supplyInfinitive(ix, t, table)) return;
  // A deal between parties: which of them sells is told by a recipient named with "for" or
  // "to", by a sale word on the deal noun, or by the origin of the item; else the signer buys.
  const subject = concluded < 0 && verb >= 0 ? subjectBefore(ix, verb) : null;
  let signers =
    concluded >= 0 ? zoneHeads({ ...zone, start: concluded }, ["between"]) : (subject?.heads ?? []);
  if (subject) cues = subject.cues;
  // "Fincantieri, one of the largest shipbuilders, and the Ministry of Defense of Indonesia(,)
  // have signed a contract": two parties co-sign, the first with its appositive.
  const co = subject && subject.heads.length < 2 && verb >= 0 ? appositiveCoSigners(ix, verb) : null;
  if (co) {
    signers = co.heads;
    cues = co.cues;
  }
  // "Vietnam's deal with Russia for T-90 tanks was signed in 2016", "The deal with Russia for
  // T-90 tanks was signed by Vietnam": the deal's owner, or the agent of its concluding verb, signed
  // it, under the hedge of the words before that verb ("was not signed", "is expected to be signed").
  if (signed >= 0) {
    signers = [...ownerBefore(ix, t, table), ...zoneHeads({ ...zone, start: signed }, ["by"])];
    cues = tokens.slice(t + 1, signed).map((w) => w.lower);
  }
  // "Two Turkish vehicle manufacturers, Otokar and Nurol Makina, on Wednesday signed contracts with
  // Estonia": signers described as firms sell; the unnamed firm of "The Turkish company signed a
  // contract with Estonia" leaves the seller untold (its partner is not thereby the seller).
  const firms =
    subject && !subject.passive && concluded < 0 && signed < 0 ? firmSigners(ix, verb, UNNAMED_FIRMS) : null;
  if (firms?.length === 0) return;
  if (firms) signers = firms;
  // "Yugoimport signed a contract with Cyprus": a signer no mention names leaves the sides untold.
  if (signers.length === 0 && subject && !subject.passive && unknownSigner(ix, verb)) return;
  const sides = dealSides(
    ix,
    t,
    zone,
    actorHeads(signers),
    suppliers,
    concluded,
    recipientPreps,
    table,
    firms !== null,
  );
  if (!sides) return;
  // "agreed a contract with Navantia": the verb that concludes the deal is no hedge ("agreed to buy" is).
  const near = wordsBefore(tokens, t, 4).filter((w) => verb < 0 || w !== (tokens[verb] as Token).lower);
  emitDeal(ix, t, sides, items, frame, [...cues, ...near], emit);
}

/** The ends of a supply noun's frame as its parts fill them (supplyNoun). */
interface NounEnds {
  suppliers: ChunkHead[];
  recipients: ChunkHead[];
  /** Persons who receive for the country the document ties them to. */
  personRecipients: ChunkHead[];
  items: Mention[];
  /** The hedge words read so far. */
  cues: string[];
}

/** Where a supply noun stands: its phrase, the verb that governs it and that verb's frame. */
interface NounGovernor {
  zone: Zone;
  /** The verb that governs the noun, or -1. */
  verb: number;
  /** The verb and indirect object of "awarded Hanwha Ocean a contract", or null. */
  awardee: { verb: number; chunk: Chunk | null } | null;
  /** The verb's own supply frame as a governor of the noun, if any. */
  governor: Frame | undefined;
  /** True when the noun's row is a purchase (its governor's subject receives). */
  buyer: boolean;
  /** The document's facts told before the sentence. */
  told: readonly Fact[];
  /** The supply noun's lemma ("delivery", "sale"). */
  noun: string;
}

/**
 * The ends a supply noun takes from the verb that governs it: the awarder and awardee of a contract
 * ("The Navy awarded MBDA a contract for missiles"), the winner of an order, whoever pays for a
 * purchase, the subject that takes delivery, or the subject that approves or grants a sale ("The
 * United States approved the sale of F-16V jets to Taiwan"). Fills `ends` in place.
 */
function governedEnds(
  ix: SentenceIndex,
  frame: Frame,
  table: FrameTable,
  { zone, verb, awardee, governor, buyer, told, noun }: NounGovernor,
  ends: NounEnds,
): void {
  const { recipients, personRecipients, items } = ends;
  let { suppliers, cues } = ends;
  if (verb >= 0 && frame.roles["governor-object"] === "supplier") {
    // "The Navy awarded MBDA a contract for missiles", "awarded a contract to Kership for …": the
    // awardee supplies the awarder, or whoever the goods are for; "Metal Shark was awarded an order
    // from the US Navy": in the passive the subject is the awardee.
    const subject = subjectBefore(ix, verb);
    // "a contract to MBDA to deliver missiles to the Navy": the to-phrase before the infinitive names
    // the awardee, the infinitive's own object or to-phrase the receiver.
    const inf = infinitiveStart(ix, zone);
    suppliers = suppliers.filter((h) => h.mention !== null && h.mention.first < inf);
    // "a contract to Rheinmetall for the delivery of 30 vehicles to the Army": a to-phrase after a
    // supply noun of the deal's own phrase names whom the goods go to, not another awardee.
    const sent = supplyNounBefore(ix, zone, table);
    if (sent < inf) {
      suppliers = suppliers.filter((h) => h.mention !== null && h.mention.first < sent);
      if (recipients.length === 0)
        recipients.push(
          ...recipientsIn(
            ix,
            { ...zone, start: sent, chunks: zone.chunks.filter((c) => c.chunk.first > sent) },
            ["to"],
            table,
          ),
        );
    }
    if (recipients.length === 0) recipients.push(...infinitiveRecipients(ix, zone, inf, table));
    // "to deliver surface-to-air missiles for its two José Rizal-class frigates": a weapon after
    // "for" or "to" in the infinitive's phrase is what the goods serve.
    const goods = items.filter((w) => w.first > inf && !beneficiaryOrMeans(ix, inf + 2, w, table));
    if (goods.length > 0) items.splice(0, items.length, ...goods);
    if (subject.passive) suppliers = actorHeads(subject.heads);
    else {
      if (awardee?.chunk) suppliers.push(...actorHeads(chunkHeads(awardee.chunk)));
      if (recipients.length === 0) recipients.push(...recipientHeads(subject.heads));
    }
    cues = [...subject.cues, ...framingCues(ix, subject)];
  } else if (verb >= 0 && frame.roles["governor-subject"] === "supplier") {
    // "Hanwha won a contract to build K9 howitzers for Poland": the winner of the order supplies.
    const subject = subjectBefore(ix, verb);
    suppliers = actorHeads(subject.heads);
    cues = [...subject.cues, ...framingCues(ix, subject)];
  } else if (
    verb >= 0 &&
    buyer &&
    governor?.roles.subject === "supplier" &&
    governor.roles.for === "recipient"
  ) {
    // "The Netherlands financed the purchase of patrol boats for the Ghana Navy": whoever pays for
    // a purchase supplies the body it is for, as the seller does.
    const subject = subjectBefore(ix, verb);
    recipients.push(...recipientHeads(recipientsIn(ix, zone, ["for"], table)));
    suppliers = [...suppliers, ...actorHeads(subject.heads).flatMap(statesIn(ix))];
    cues = [...subject.cues, ...framingCues(ix, subject)];
  } else if (verb >= 0 && (buyer || governor?.roles.subject === "recipient")) {
    // "Ukraine took delivery of IRIS-T systems from Germany": the subject receives.
    const subject = subjectBefore(ix, verb);
    recipients.push(...recipientHeads(subject.heads));
    cues = subject.cues;
  } else if (suppliers.length === 0 && governor?.roles.subject === "supplier") {
    // "The United States approved the sale of F-16V jets to Taiwan": the subject supplies; "The US
    // State Department approved the sale": the department and its state.
    const subject = subjectBefore(ix, verb);
    // "Kyiv announced the delivery of the first F-16 jets", Ukraine told as a taker before: the
    // taker makes its delivery known (announced-receipts.ts).
    const takers = recipientHeads(subject.heads);
    const lemma = (ix.sentence.tokens[verb] as Token).lemma;
    // ("Ukraine later announced the sale of its old jets": a noun of selling keeps its announcer the seller.)
    if (
      recipients.length === 0 &&
      !table.selling.has(noun) &&
      announcedReceipt(lemma, takers, told, table.announcing)
    ) {
      recipients.push(...takers);
      ends.cues = [...subject.cues, ...framingCues(ix, subject)];
      return;
    }
    // "Ukraine confirmed the delivery of 18 Leopard 2 tanks": with no recipient named, a confirmer
    // the document has not told as a giver may be the taker; it supplies nothing (announced-receipts.ts).
    if (
      recipients.length === 0 &&
      !table.selling.has(noun) &&
      unsidedConfirmation(lemma, actorHeads(subject.heads), told, table.confirming)
    ) {
      ends.suppliers = [];
      ends.cues = [...subject.cues, ...framingCues(ix, subject)];
      return;
    }
    // "The Pentagon confirmed the delivery of Leopard 2 tanks to Ukraine", "Reuters could not confirm
    // the delivery of …": a confirmer that is a third party supplies nothing; the goods may still
    // take the supplier the document tells (announced-receipts.ts).
    if (
      recipients.length > 0 &&
      !table.selling.has(noun) &&
      thirdPartyConfirmation(
        lemma,
        confirmersOf(ix, subject),
        { goods: items.map((w) => w.name), recipients: recipients.map((h) => h.name) },
        told,
        table.modelOrigin,
        table.confirming,
      )
    ) {
      ends.suppliers = [];
      ends.cues = [...subject.cues, ...framingCues(ix, subject)];
      return;
    }
    suppliers = actorHeads(subject.heads).flatMap(statesIn(ix));
    // "thanked the Government of Korea for granting non-refundable aid to the armed forces": the
    // thanked party did the deed, taken as done.
    const { heads, credited, at } = accusedOf(ix, verb, table);
    if (credited) suppliers = actorHeads(heads).flatMap(statesIn(ix));
    // "The minister thanked Japan for granting non-refundable aid": with no recipient named, the
    // one who thanks (or, for a person, the country the document ties them to) received it.
    if (credited && recipients.length === 0) {
      const thanker = subjectBefore(ix, at);
      recipients.push(...recipientHeads(thanker.heads));
      personRecipients.push(...thanker.heads.filter((h) => headType(h) === "Person"));
    }
    // "U.S. State Secretary Antony Blinken announced … aid": the official's state supplies too.
    const state = subject.chunk ? officialState(subject.chunk) : null;
    if (state) suppliers.push({ mention: state, name: actorOf(state).name, unnamed: true });
    cues = [...subject.cues, ...framingCues(ix, subject)];
  }
  ends.suppliers = suppliers;
  ends.cues = cues;
}

/**
 * The actors of a confirming verb's subject, each with its state: a country its own, a body the
 * country its mention or the lexicon's government bodies tie it to, a person the country of the
 * official's title ("German Defence Minister Boris Pistorius").
 */
function confirmersOf(ix: SentenceIndex, subject: Subject): Confirmer[] {
  const official = subject.chunk ? officialState(subject.chunk) : null;
  return actorHeads(subject.heads).map((h) => {
    const type = headType(h);
    if (type === "Person")
      return { name: h.name, state: official ? actorOf(official).name : undefined, person: true };
    const m = h.mention;
    const state =
      type === "Country" ? h.name : (m?.country ?? (m ? ix.tables.governmentBodies.get(m.name) : undefined));
    return { name: h.name, state, person: false };
  });
}

/**
 * The ends of a supply noun found beyond its own phrase: the possessor or a country modifier before
 * the noun ("Iran's deliveries", for a purchase the buyer: "Poland's purchase of K2 tanks"), the
 * receiver of a supply infinitive in the phrase or the country where the goods arrive, a demonym on
 * the goods, the other party of the buyer's deal, or the supplier of the same goods told before.
 * Adds to `recipients`; returns the suppliers.
 */
function endsBeyondPhrase(
  ix: SentenceIndex,
  t: number,
  frame: Frame,
  table: FrameTable,
  { zone, items, buyer, told }: { zone: Zone; items: Mention[]; buyer: boolean; told: readonly Fact[] },
  suppliers: ChunkHead[],
  recipients: ChunkHead[],
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let found = suppliers;
  const possessor = frame.roles.possessor ?? (buyer ? "recipient" : "supplier");
  if (found.length === 0 || possessor === "recipient") {
    // The possessor or a country modifier right before the noun: "Iran's deliveries", "US military aid";
    // for a purchase noun the buyer: "Poland's purchase of K2 tanks", for an agent noun the one it
    // serves: "India's largest arms supplier".
    // "Kim's military assistance": a person's possession of a supply is their country's, not named here.
    const owners = ownerBefore(ix, t, table).filter((h) => h.mention?.type !== "Person");
    if (possessor === "recipient") recipients.push(...recipientHeads(owners));
    else found = owners;
  }
  // "a new package of military aid worth $150 million to provide Ukraine with capabilities": the
  // object or to-phrase of a supply infinitive in the noun's own phrase receives its goods.
  if (recipients.length === 0 && !buyer) {
    const inf = infinitiveStart(ix, zone);
    if (inf < zone.end) recipients.push(...infinitiveRecipients(ix, zone, inf, table));
  }
  // "A shipment of Egyptian military aid has arrived in the Somali capital Mogadishu": the country
  // where a supply noun's goods arrive receives them.
  if (recipients.length === 0 && !buyer) recipients.push(...arrivalCountry(ix, t));
  // "Myanmar has taken delivery of two Russian Su-30 jets": a demonym before a received weapon;
  // "the largest buyer of Russian arms": a demonym before an arms word.
  if (found.length === 0 && recipients.length > 0)
    found = [...demonymSuppliers(ix, items, table), ...armsOrigin(ix, zone, table.arms)];
  // "signing an agreement with Germany linked to Berlin's purchase of the Arrow 3": the party of
  // the deal that is not the buyer sells.
  if (found.length === 0 && buyer && recipients.length > 0) found = dealCounterparts(ix, t, recipients);
  // "Australia has boosted PNG's defence capability with the handover of 12 vehicles to the PNGDF":
  // the subject of the verb whose phrase of means the noun opens.
  // "Germany has strengthened Ukraine's defence with military aid": the country whose defence the
  // verb strengthens receives, when the noun's phrase names no recipient.
  if (found.length === 0 && !buyer && recipients.length === 0)
    recipients.push(...meansRecipients(ix, t, table));
  if (found.length === 0 && !buyer && recipients.length > 0)
    found = meansSuppliers(ix, t, table).filter((h) => !recipients.some((r) => r.name === h.name));
  // "a deal between Mexico and the U.S. for the purchase of helicopters from U.S. contractors": the
  // party of the deal that is not on the seller's side buys.
  if (buyer && recipients.length === 0 && found.length > 0)
    recipients.push(...dealBetweenBuyers(ix, t, found));
  if (found.length === 0 && !buyer && (recipients.length > 0 || items.length > 0) && definite(tokens, t))
    found = toldSuppliers(
      told,
      ix.sentence.index,
      // A generic weapon word ("submarines") names no particular supply.
      new Set([
        ...recipients.map((r) => r.name),
        ...items.filter((m) => m.kind !== "generic-weapon").map((m) => m.name),
      ]),
    );
  return found;
}

/**
 * Emits a supply noun's triples: each supplier to each recipient (persons with their mark) and
 * each item, an item to the supplier of its own group when the phrase pairs goods and suppliers.
 */
function emitNounSupplies(
  ix: SentenceIndex,
  zone: Zone,
  emit: Emit,
  trigger: string,
  rule: string,
  modality: Modality,
  ends: {
    suppliers: ChunkHead[];
    recipients: ChunkHead[];
    persons: ChunkHead[];
    personRecipients: ChunkHead[];
    items: Mention[];
  },
): void {
  const { recipients, persons, personRecipients, items } = ends;
  let { suppliers } = ends;
  // "Among the purchases are F-15 jets from the US and Typhoon aircraft from Britain", "took
  // delivery of Leopard tanks from Germany and Challenger tanks from Britain", "deliveries of Su-35
  // jets from Russia and of Rafale jets from France": each weapon from its own supplier, whatever
  // the supply noun.
  const groups = supplierGroups(ix, zone);
  if (groups) suppliers = groups.flatMap((g) => g.heads);
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, trigger, rule, modality);
    for (const r of [...persons, ...personRecipients])
      emit(s.name, "supplies", r.name, trigger, `${rule}${PERSON_RECIPIENT}`, modality);
    for (const w of items)
      if (!groups || pairedWith(groups, w).some((h) => h.name === s.name))
        emit(s.name, "supplies", w.name, trigger, rule, modality);
  }
}

/**
 * "its J-10C jets, supplied by China, …": a reduced passive after the weapons it describes, set off
 * by commas: the agent supplies the weapons, and whoever used, received or took them into service
 * (the subject of the verb of using, the country they arrive in, the body they join).
 */
function appositiveSupply(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  zone: Zone,
  table: FrameTable,
  modality: Modality,
  rule: string,
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const before = mentionsIn(ix, Math.max(0, t - 12), t).filter(
    (m) => m.type === "WeaponSystem" && m.last <= t - 1 && m.last >= t - 4,
  );
  // "Ukraine used Leopard tanks, delivered by Germany": the user of the weapons received them.
  const user = before.length > 0 ? userVerb(tokens, Math.min(...before.map((m) => m.first))) : -1;
  const users = user >= 0 ? recipientHeads(subjectBefore(ix, user).heads) : [];
  // The agent stands inside the appositive: "The TB2 drones, supplied by Turkey, were used by
  // the Azerbaijani army": the by-phrase after its closing comma is the user's, who received them.
  const close = tokens.findIndex((w, k) => k > t && /^[,;:.]$/u.test(w.text));
  const inside = close < 0 ? zone : zoneUntil(zone, close);
  if (close > 0 && users.length === 0) users.push(...passiveUsers(ix, close + 1, zone));
  // "Four UH-1 helicopters, donated by the United States, arrived in Costa Rica": the country
  // the described goods arrive in received them.
  if (close > 0 && tokens[close]?.text === "," && users.length === 0)
    users.push(...arrivalCountry(ix, t, close + 1));
  // "Two Fast Patrol Vessels, gifted by Japan, joined the Sri Lanka Coast Guard fleet": the
  // body the described goods join received them.
  if (users.length === 0) users.push(...serviceEntrants(ix, t + 1, table));
  // "Egypt's F-16 jets, supplied by the United States, …": the possessor of the goods received them.
  if (users.length === 0 && before.length > 0)
    users.push(...goodsPossessors(ix, Math.min(...before.map((m) => m.first))));
  for (const s of actorHeads(zoneHeads(inside, ["by"]))) {
    for (const w of before) emit(s.name, "supplies", w.name, tok.text, rule, modality);
    for (const r of users) if (r.name !== s.name) emit(s.name, "supplies", r.name, tok.text, rule, modality);
  }
}

/**
 * True when a supply verb of a row that requires arms has them: a weapon, an arms word or a goods
 * noun among its objects, goods as its passive subject, goods a reduced relative describes, or
 * weapons a relative clause has as its antecedent.
 */
function armsForVerb(
  ix: SentenceIndex,
  t: number,
  subject: Subject,
  zone: Zone,
  table: FrameTable,
  antecedent: RelativeGoods | null,
): boolean {
  const tokens = ix.sentence.tokens;
  // "pledged to send tanks": the verb after it tells the supply (hedged by the pledge);
  // "pledged support to Kyiv": without arms among the objects, no supply.
  if (tokens[t + 1]?.lower === "to" && tokens[t + 2]?.pos === "VERB") return false;
  // "The patrol boat was turned over to the Navy by Japan": in the passive the goods are its
  // subject, a weapon or a noun of goods ("Thirty tanks were pledged"; not "the military base").
  const passiveGoods =
    subject.passive &&
    (weaponsBefore(ix, t).length > 0 ||
      tokens
        .slice(clauseStart(ix, t), t)
        .some((w) => w.pos === "NOUN" && (table.arms.has(w.lower) || goodsHead(w.lower, table))));
  const received = reducedRelative(ix, t, subject, zone) && receivedGoods(ix, t, table) >= 0;
  // "committed to Israel's security": a to-phrase right after the verb names a cause, no goods.
  const goods = goodsZoneAfterCause(ix, t, zone);
  return (
    goods.weapons.length > 0 ||
    armsInObjects(ix, goods, table) ||
    goodsNounIn(tokens, goods, table) ||
    passiveGoods ||
    received ||
    antecedent !== null
  );
}

/** The ends of a supply verb's frame as its parts fill them (supplyVerb). */
interface VerbEnds {
  suppliers: ChunkHead[];
  recipients: ChunkHead[];
  items: Mention[];
  /** The hedge of the supply. */
  modality: Modality;
  /** The phrase of the one who signs or acts, whose official's state supplies too. */
  signerChunk: Chunk | null;
}

/** Where a supply verb stands: its subject, its phrase, a relative clause's goods, and whom it accuses. */
interface VerbClause {
  subject: Subject;
  zone: Zone;
  antecedent: RelativeGoods | null;
  /** The accused of "accused Iran of arming the Houthis" (the would-be supplier). */
  accused: ChunkHead[];
}

/**
 * The ends of a supply verb in the passive or a reduced relative ("were delivered to Ukraine by
 * Germany", "helicopters donated by the United States"): the by-agent supplies (not equipment that
 * carries the goods, nor the maker of a verb of making), the subject or a to-phrase receives, or
 * whoever received, shows or was joined by the goods described. False when the agent is equipment.
 */
function passiveEnds(
  ix: SentenceIndex,
  t: number,
  table: FrameTable,
  { subject, zone, antecedent, accused }: VerbClause,
  reduced: boolean,
  ends: VerbEnds,
): boolean {
  let { suppliers, recipients, items, modality } = ends;
  // "with a refuelling escort provided by two Italian air force KC-767 tankers", "delivered to
  // Haiti by a Canadian C-17": an agent that is equipment renders a service or carries the goods.
  if (equipmentAgent(ix, zone)) return false;
  // "the MAV 5, a vehicle developed as a joint venture by X and Y": the agent of a verb of making
  // after the supply verb made the goods; it is no supplier.
  suppliers = actorHeads(zoneHeads(withoutMakers(ix, t, zone, table), ["by"]));
  recipients = recipientHeads([...recipientsIn(ix, zone, ["to"], table), ...subject.heads]);
  items = [...items, ...weaponsBefore(ix, t).filter((w) => !items.includes(w))];
  // "Kenya received 12 Mi-17 helicopters donated by the United States", "Kenya received two
  // helicopters which were donated by Japan": whoever received or shows the weapons the
  // participle or the relative clause describes is the recipient.
  const described = reduced
    ? describedWeapons(ix, t)
    : antecedent && !antecedent.object && accused.length === 0
      ? antecedent
      : null;
  // ("Washington welcomed the Patriot systems sent by Germany to Ukraine": a recipient told by
  // "to" is the one.)
  if (described && described.verb >= 0 && recipients.length === 0)
    recipients.push(...recipientHeads(ownerOf(ix, described.verb)));
  // "Kenya received military equipment donated by China": the receiver of the goods the participle describes.
  const receiver = reduced && !described ? receivedGoods(ix, t, table) : -1;
  if (receiver >= 0) recipients.push(...recipientHeads(ownerOf(ix, receiver)));
  // "Two patrol boats donated by Japan arrived in Manila": the country the goods arrive in.
  if (reduced && recipients.length === 0) recipients.push(...arrivalCountry(ix, t));
  // "Four helicopters donated by the US were inducted into the Air Force": the body they join.
  if (reduced && recipients.length === 0) recipients.push(...serviceEntrants(ix, t + 1, table));
  // "Russia denied that it received drones supplied by Iran", "Ukraine will receive equipment
  // donated by Canada": the receiving verb's own hedge holds for the participle it governs.
  const owner = receiver >= 0 ? receiver : (described?.verb ?? -1);
  if (owner >= 0) {
    const own = verbModality(ix, owner);
    if (MODALITY_RANK[own] > MODALITY_RANK[modality]) modality = own;
  }
  const owners = suppliers.length === 0 ? personnelOwners(ix, t) : [];
  if (owners.length > 0) {
    // "North Korean troops have been deployed to Russia": the troops' country sends them.
    suppliers = owners;
    recipients = recipientHeads(recipientsIn(ix, zone, ["to"], table));
  }
  Object.assign(ends, { suppliers, recipients, items, modality });
  return true;
}

/**
 * The ends of a supply verb in the active voice: its subject (or the accused, a class's members,
 * the notifier, a deal's signer) supplies; the recipients are its to-phrase or the row's other
 * prepositions, its direct object, an indirect object, the owner of a relative's goods, or the
 * partner of a fronted deal.
 */
function activeEnds(
  ix: SentenceIndex,
  t: number,
  frame: Frame,
  table: FrameTable,
  { subject, zone, antecedent, accused }: VerbClause,
  {
    notified,
    cueWords,
    directObject,
  }: { notified: NotifiedSale | null; cueWords: string[]; directObject: ZoneChunk | undefined },
  ends: VerbEnds,
): void {
  let { suppliers, recipients, modality, signerChunk } = ends;
  // "accused Iran of arming the Houthis": the accused would be the supplier.
  suppliers = accused.length > 0 ? accused : actorHeads(subject.heads);
  if (suppliers.length === 0) suppliers = classMembers(ix, t, zone, table);
  // "The State Department said it has notified Congress that it will sell": the pronoun is the notifier.
  if (suppliers.length === 0 && notified && !subject.chunk) suppliers = notified.notifiers;
  // "to", and the row's other prepositions of the recipient ("provide equipment for the Army").
  const preps = rolesGiving(frame.roles, "recipient", partyPreposition);
  recipients = recipientHeads(recipientsIn(ix, zone, preps, table));
  // "has given its final approval to sell Javelin missiles to Georgia", "signed a contract with
  // Egypt to deliver four corvettes": the deal's signer sells, to its counterparty if no other.
  const deal = suppliers.length === 0 && subject.heads.length === 0 ? dealParties(ix, t, table) : null;
  if (deal && deal.signers.length > 0) {
    suppliers = actorHeads(deal.signers);
    if (recipients.length === 0) recipients = recipientHeads(deal.partners);
    signerChunk = deal.chunk;
    modality = modalityOf([...cueWords, ...deal.cues], ix.modalityCues);
  }
  if (frame.roles.object === "recipient" && directObject)
    recipients.push(
      ...recipientHeads(chunkHeads(directObject.chunk)).filter((h) => !originOfGoods(ix, h, table)),
    );
  if (frame.roles.object === "recipient" && !directObject && recipients.length === 0)
    recipients.push(...relativeObjectPronoun(ix, t, suppliers));
  // "Egypt displayed the Rafale jets which France delivered in 2016": with no recipient told in
  // the clause, whoever has the antecedent's weapons received them.
  if (antecedent?.object && recipients.length === 0 && antecedent.verb >= 0)
    recipients.push(
      ...recipientHeads(ownerOf(ix, antecedent.verb)).filter(
        (r) => !suppliers.some((s) => s.name === r.name),
      ),
    );
  if (frame.roles.object === "item" && directObject && recipients.length === 0)
    recipients.push(...ditransitiveRecipients(ix, directObject.chunk, zone, table));
  if (frame.roles.object === "item" && directObject && recipients.length === 0)
    recipients.push(...possessingForces(ix, directObject.chunk, zone, suppliers, table));
  // "Under a deal with Kenya, Turkey delivered 118 vehicles": the partner of the fronted deal buys.
  if (recipients.length === 0 && !deal)
    recipients = recipientHeads(frontedDealPartners(ix, subject)).filter(
      (r) => !suppliers.some((s) => s.name === r.name),
    );
  Object.assign(ends, { suppliers, recipients, modality, signerChunk });
}

/**
 * The last checks on a supply verb's ends and its triples: co-signers of a deal tell no direction;
 * personnel, named ships and goods sent to a place with no one to receive them are forces moved;
 * a person after "to" receives for their country; an accusation is only possible; an official's
 * state supplies too; a passive with no agent is the goods' former owner's or their demonym's
 * country's, else an unnamed supplier's.
 */
function deliveredEnds(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  { subject, zone, accused }: VerbClause,
  { reduced, credited }: { reduced: boolean; credited: boolean },
  ends: VerbEnds,
): void {
  const tok = ix.sentence.tokens[t] as Token;
  const lemma = tok.lemma;
  const rule = frame.id;
  let { suppliers } = ends;
  const { recipients, items, modality, signerChunk } = ends;
  // "Russia and India signed a contract to supply the S-400 systems": the signers of a deal are its
  // seller and its buyer, and with no recipient told, which of them sells is not told either.
  if (coSigners(ix, t, table, { suppliers, recipients, accused, passive: subject.passive || reduced }))
    return;
  const personnelZone = subject.passive ? { ...zone, start: clauseStart(ix, t) } : zone;
  const personnel = frame.requires === "personnel";
  if (personnel && !hasPersonnel(ix, personnelZone) && items.length === 0) return;
  // "deployed destroyers near Taiwan": deploying one's own forces is a supply only toward a recipient.
  if (personnel && recipients.length === 0) return;
  // "The Royal Navy sent HMS Richmond to the Red Sea": a named ship sent somewhere is deployed.
  if (table.deploy.has(lemma) && items.length > 0 && items.every((m) => m.rule === "ship-prefix")) return;
  // "handed over the vehicles to Ugandan Defence Minister X": with no country or body to receive,
  // a person named after "to" receives for the country the document ties them to.
  const persons = recipients.length === 0 && !personnel ? personsAfterTo(ix, zone, items, table) : [];
  // "Hanwha presented its K9 howitzer at the exhibition": a weapon shown to no one is not given.
  if (frame.requires === "goods" && recipients.length === 0 && persons.length === 0) return;
  // "Russia sent S-400 systems to Kaliningrad", "The Pentagon sent F-22 jets to Guam": goods a verb
  // of deploying takes to a place, with no actor to receive them, are the sender's own forces moved.
  if (table.deploy.has(lemma) && recipients.length === 0 && persons.length === 0 && placeDestination(zone))
    return;
  // "thanked China for donating": the thanks take the act as done; an accusation does not.
  const mode = accused.length > 0 && !credited ? "possible" : modality;
  const state = signerChunk ? officialState(signerChunk) : null;
  if (state && accused.length === 0)
    suppliers = [...suppliers, { mention: state, name: actorOf(state).name, unnamed: true }];
  // "The vessels were handed over to the Philippines after they were decommissioned from US Navy
  // service": a passive with no agent is the goods' former owner's.
  const owner =
    suppliers.length === 0 && (subject.passive || reduced) ? formerOwner(ix, recipients, items, table) : null;
  if (owner) {
    for (const r of recipients) emit(owner, "supplies", r.name, tok.text, `${rule}+former-owner`, mode);
    for (const w of items) emit(owner, "supplies", w.name, tok.text, `${rule}+former-owner`, mode);
    return;
  }
  // "Two Turkish Bayraktar TB2 drones were delivered to Kazakhstan": with no agent, the country the
  // goods' demonym names sends them ("Russian-made jets were handed over" names their maker only;
  // "British Typhoon jets were sent to Romania" are its own forces moved; "American jets were
  // transferred to Romania from the Netherlands" come from another; "Captured Russian tanks were
  // handed over" were taken from their owner). Failing a model's demonym, "A Chinese military
  // ambulance was delivered to X": goods named by a noun, under the same guards.
  if (
    suppliers.length === 0 &&
    (subject.passive || reduced) &&
    recipients.length > 0 &&
    !table.deploy.has(lemma) &&
    actorHeads(zoneHeads(zone, ["from"])).length === 0 &&
    !capturedGoods(ix, t, table)
  ) {
    suppliers = demonymSuppliers(ix, items, table).filter((h) => !madeIn(ix, h));
    if (suppliers.length === 0) suppliers = goodsOrigin(ix, clauseStart(ix, t), t, table);
  }
  // "These drones were handed over to the army": a passive with no agent names no supplier.
  if (suppliers.length === 0 && (subject.passive || reduced))
    emitUnnamedSupplier(ix, zone, { recipients, items }, table, emit, {
      trigger: tok.text,
      rule,
      modality: mode,
    });
  for (const s of suppliers.flatMap(statesIn(ix))) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, rule, mode);
    for (const r of persons) emit(s.name, "supplies", r.name, tok.text, `${rule}${PERSON_RECIPIENT}`, mode);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, rule, mode);
  }
}

/** What a supply verb's frame found before it reads its roles (supplyVerb). */
interface VerbSite {
  subject: Subject;
  zone: Zone;
  /** The hedge of the clause as read so far. */
  modality: Modality;
  /** The words whose hedges were read. */
  cueWords: string[];
  /** A concluded deal whose relative clause holds the verb ("an agreement in which Bangkok will buy"). */
  relative: RelativeDeal | null;
  /** Weapons a relative clause on them tells the supply of ("jets which the KDF procured from X"). */
  antecedent: RelativeGoods | null;
  /** The verb's direct object, if any. */
  directObject: ZoneChunk | undefined;
}

/**
 * A supply verb whose subject receives ("Ukraine received IRIS-T systems from Germany", "India
 * bought S-400 systems from Russia", "were purchased from"): the supplier from its source phrase,
 * a deal or the goods' origin, the recipient the subject (or whoever holds the goods a participle
 * describes), each weapon from its own supplier.
 */
function receiptVerb(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  { subject, zone, modality: clauseModality, cueWords, relative, antecedent, directObject }: VerbSite,
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const lemma = tok.lemma;
  const rule = frame.id;
  let modality = clauseModality;
  // "Saab received an order from the armed forces": a message or an order is not a supply.
  if (communicates(tokens, t, ix.words, ix, table)) return;
  if (
    directObject &&
    directObject.chunk.items.some((it) => it.kind === "mention" && it.m.type === "Person") &&
    frameFor(table, "verb", lemma, "meets")
  )
    return;
  // "were purchased from": a past participle after a form of "be" ("is to buy" is no passive).
  if (subject.passive && tok.lower !== lemma && !PRESENT_FORM.test(tok.lower)) {
    passiveReceipt(ix, t, zone, subject, table, (s, target) =>
      emit(s, "supplies", target, tok.text, rule, modality),
    );
    return;
  }
  const described = subject.chunk ? null : describedWeapons(ix, t);
  // "The vessel P 625 acquired by the Sri Lanka Navy from the People's Republic of China", "the
  // frigate bought by Peru from South Korea": a reduced passive of buying names its buyer by "by".
  if (reducedBuy(ix, t, subject, zone)) {
    // "products purchased by Ukraine from a Turkish company": an unnamed firm is not its state.
    const from = actorHeads(zoneHeads(zone, ["from"])).filter(
      (h) => !(h.mention?.kind === "demonym" && UNNAMED_FIRMS.has(tokens[h.mention.last]?.lower ?? "")),
    );
    const buyers = recipientHeads(zoneHeads(zone, ["by"]));
    const goods = described?.weapons ?? weaponsBefore(ix, t);
    emitPurchases(from, goods, buyers, (s, target) => emit(s, "supplies", target, tok.text, rule, modality));
    if (from.length > 0) return;
  }
  if (described) {
    // "the FK-3 system procured from China", "jets bought from Saab": a participle after the
    // weapons it describes; whoever has them (the subject of the verb they are the object of) received them.
    const from = actorHeads(zoneHeads(zone, ["from"]));
    const owners = described.verb >= 0 ? recipientHeads(ownerOf(ix, described.verb)) : [];
    // "Ghana's Z-9 helicopters, bought from China": the possessor of the goods bought them.
    if (owners.length === 0) owners.push(...goodsPossessors(ix, described.first));
    emitPurchases(from, described.weapons, owners, (s, target) =>
      emit(s, "supplies", target, tok.text, rule, modality),
    );
    return;
  }
  const deal = subject.heads.length > 0 ? null : dealParties(ix, t, table);
  // "has not signed a deal to buy": the deal's verb hedges the purchase.
  if (deal) modality = modalityOf([...cueWords, ...deal.cues], ix.modalityCues);
  let suppliers = actorHeads(zoneHeads(zone, ["from"]));
  // "received 30 armoured vehicles courtesy of Turkey".
  if (suppliers.length === 0)
    suppliers = actorHeads(
      zoneHeads(
        { ...zone, chunks: zone.chunks.filter((c) => tokens[c.chunk.first - 2]?.lower === "courtesy") },
        ["of"],
      ),
    );
  if (suppliers.length === 0) suppliers = deal?.partners ?? [];
  if (suppliers.length === 0) suppliers = relative?.partners ?? [];
  if (suppliers.length === 0) suppliers = dealPartners(ix, zone);
  if (suppliers.length === 0) suppliers = frontedDealPartners(ix, subject);
  if (suppliers.length === 0) suppliers = programmeOwners(ix, zone, table);
  // "received ammunition for HIMARS": the platform the goods serve is not received.
  const received = zone.weapons.filter((w) => !servedPlatform(ix, w, table));
  // "relies on equipment from China", not "relies on China for diplomatic support".
  if (frame.requires === "arms" && !goodsIn(ix, zone, received, table)) return;
  // "received two Y-12 aircraft which the KDF procured from Harbin": the relative clause's object
  // is its antecedent's weapons; with no named subject, whoever has them received them.
  if (antecedent?.object) received.push(...antecedent.weapons.filter((w) => !received.includes(w)));
  // "received a new shipment of Russian military equipment": a demonym on unnamed goods; not
  // "received captured Russian tanks".
  if (suppliers.length === 0)
    suppliers = demonymSuppliers(ix, received, table).filter((h) => !capturedBetween(ix, t, h, table));
  if (suppliers.length === 0) suppliers = receivedGoodsOrigin(ix, t, table);
  let recipients = recipientHeads(deal ? deal.signers : subject.heads);
  if (antecedent?.object && recipients.length === 0 && antecedent.verb >= 0)
    recipients = recipientHeads(ownerOf(ix, antecedent.verb));
  // "The Ministry of Defence signed a contract with X to procure missiles for the Indian Army": a
  // ministry buys for the force named after "for", which receives (a country buyer stays).
  const forces = recipientHeads(recipientsIn(ix, zoneAfter(ix, t), ["for"], table)).filter((h) =>
    ix.words.forceWords.has(lastWord(h.name)),
  );
  if (forces.length > 0)
    recipients = [
      ...recipients.filter(
        (r) =>
          !r.name
            .toLowerCase()
            .split(/\s+/u)
            .some((w) => ix.words.stateBodyWords.has(w)),
      ),
      ...forces,
    ];
  // "Sweden and Thailand finalized an agreement in which Bangkok will buy jets from Saab": a party
  // that concluded the deal with the buyer sells it the goods too (not "will receive funding").
  if (relative && (received.length > 0 || armsIn(tokens, zone, table.arms)))
    suppliers = [...suppliers, ...dealCounterparty(relative, recipients, suppliers)];
  // "Ugandan Defence Minister X received 36 vehicles from India": the person receives for the
  // country the document ties them to, when goods are named.
  const persons =
    recipients.length === 0 && !deal && goodsIn(ix, zone, received, table)
      ? subject.heads.filter((h) => headType(h) === "Person")
      : [];
  if (suppliers.length === 0)
    emitUnnamedSupplier(ix, zone, { recipients, items: received }, table, emit, {
      trigger: tok.text,
      rule,
      modality,
      // "will receive", "agreed to buy", not "plans to receive" or "may get".
      future:
        modalityOf(
          [...cueWords, ...(deal?.cues ?? [])].filter((w) => !UNDER_DEAL_CUES.has(w)),
          ix.modalityCues,
        ) === "asserted",
    });
  // "bought Su-35 jets from Russia and Rafale jets from France": each weapon from its own supplier.
  const groups = supplierGroups(ix, zone);
  if (groups) suppliers = groups.flatMap((g) => g.heads);
  const states = statesIn(ix);
  for (const s of suppliers.flatMap(states)) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, rule, modality);
    for (const r of persons)
      emit(s.name, "supplies", r.name, tok.text, `${rule}${PERSON_RECIPIENT}`, modality);
    for (const w of received)
      if (!groups || pairedWith(groups, w).some((h) => states(h).some((a) => a.name === s.name)))
        emit(s.name, "supplies", w.name, tok.text, rule, modality);
  }
}

/** How many words a deal's with-partner may span before its copula ("Seoul-based weapons producer Hanwha Land Systems"). */
const PARTNER_REACH = 10;
/**
 * True when the rule (a frame row's id, maybe with a mark after "+") tells a purchase or a deal: a
 * row of buying ("buy", "purchase") or of a deal noun (a noun row that counts under governing verbs).
 */
function dealRow(table: FrameTable, rule: string): boolean {
  const row = frameOfRule(table, rule);
  return (
    row !== undefined &&
    (row.lemmas.includes("buy") || row.lemmas.includes("purchase") || row.governedBy !== undefined)
  );
}

/** How many sentences back the deal a definite deal noun refers to may be told (as contents.ts's DEAL_REACH). */
const TOLD_DEAL_REACH = 3;
/** How many auxiliaries and adverbs may stand between a deal's partner and its copula ("would also be"). */
const COPULA_REACH = 4;

/**
 * "The Estonian procurement agency says the contract with Hanwha Land Systems is for 12 K9 Thunder
 * howitzers": a definite deal noun whose with-partner a form of "be" and a for-phrase of named goods
 * follow tells the deal's contents; the partner sells them, to the subject of the verb of saying the
 * deal noun follows. Work on goods ("is for the maintenance of") is no sale. True when the shape
 * matched.
 */
function copularDeal(
  ix: SentenceIndex,
  t: number,
  verb: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  told: readonly Fact[],
): boolean {
  const tokens = ix.sentence.tokens;
  if (tokens[t + 1]?.lower !== "with" || !definite(tokens, t)) return false;
  // The partner's phrase runs to the copula ("with Seoul-based weapons producer Hanwha Land Systems is").
  let end = t + 2;
  while (end < t + 2 + PARTNER_REACH && !VERB_GROUP_FILLER.test(tokens[end]?.pos ?? "")) {
    const w = tokens[end];
    if (!w || w.pos === "VERB" || (w.pos === "PUNCT" && w.text !== "-")) return false;
    end++;
  }
  const partner = ix.chunkAt[end - 1];
  if (!partner || partner.last !== end) return false;
  const cues: string[] = [];
  // A chunk's `last` is the index after its final token.
  let k = partner.last;
  let copula = false;
  while (k < partner.last + COPULA_REACH && VERB_GROUP_FILLER.test(tokens[k]?.pos ?? "")) {
    copula ||= (tokens[k] as Token).lemma === "be";
    cues.push((tokens[k] as Token).lower);
    k++;
  }
  if (tokens[k]?.lower !== "for" || !copula) return false;
  const zone = zoneAfter(ix, k - 1);
  const items = zone.weapons.filter((w) => w.first > k && !servedPlatform(ix, w, table));
  if (items.length === 0 || serviceDeal(ix, k, zone, table)) return true;
  const suppliers = actorHeads(chunkHeads(partner));
  const recipients: ChunkHead[] = [];
  cues.push(...wordsBefore(tokens, t, 3));
  if (verb >= 0 && RELAY.has((tokens[verb] as Token).lemma)) {
    const subject = subjectBefore(ix, verb);
    recipients.push(...recipientHeads(subject.heads));
    cues.push(...subject.cues, ...framingCues(ix, subject));
  }
  const modality = modalityOf(cues, ix.modalityCues);
  const trigger = (tokens[t] as Token).text;
  for (const s of suppliers) {
    for (const r of recipients)
      if (!sameSide(s, r)) emit(s.name, "supplies", r.name, trigger, frame.id, modality);
    for (const w of items) emit(s.name, "supplies", w.name, trigger, frame.id, modality);
  }
  // "Estonia has agreed to buy South Korean artillery in a 46 million-euro deal. … the contract with
  // Hanwha is for 12 K9 howitzers": the definite deal is the one told just before to the same buyer,
  // whose supplier supplies its goods too (as a deal's contents do, see contents.ts).
  const buyers = new Set(recipients.flatMap((r) => [r.name, r.mention?.country ?? r.name]));
  const at = ix.sentence.index;
  for (const f of told)
    if (
      f.relation === "supplies" &&
      f.modality === "asserted" &&
      dealRow(table, f.rule) &&
      f.sentence < at &&
      f.sentence >= at - TOLD_DEAL_REACH &&
      buyers.has(f.target) &&
      !suppliers.some((p) => p.name === f.source)
    )
      for (const w of items) emit(f.source, "supplies", w.name, trigger, frame.id, modality);
  return true;
}

/** A deal noun whose phrase holds a supply or purchase noun, and how far the deal is concluded. */
interface HeldDeal {
  /** The verb whose object the deal noun is, or -1 ("under a contract for the purchase of"). */
  verb: number;
  /** True when that verb concludes the deal (the deal noun's own row counts under it), or there is none. */
  concluded: boolean;
  /** The words before the deal noun ("a proposed contract"). */
  cues: string[];
}

/**
 * The deal noun whose phrase holds the noun at `t`, past its determiners and a with-partner: "signed
 * an agreement on the purchase of howitzers", "a contract with Germany for the supply of tanks"; or
 * null. Whether the deal is concluded is told by its verb: one its own row counts under ("signed",
 * "sealed"), not "negotiating" or "discussed".
 */
function heldDeal(ix: SentenceIndex, t: number, table: FrameTable): HeldDeal | null {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0 && MODIFIER_POS.test((tokens[k] as Token).pos) && !ix.chunkAt[k]) k--;
  if (!table.dealPhrasePrepositions.has(tokens[k]?.lower ?? "")) return null;
  const partner = ix.chunkAt[k - 1];
  if (partner && tokens[partner.first - 1]?.lower === "with") k = partner.first - 1;
  const noun = singular(tokens[k - 1]?.lower ?? "");
  if (!DEALS.has(noun)) return null;
  const verb = governingVerb(tokens, k - 1);
  const lemma = verb < 0 ? "" : (tokens[verb] as Token).lemma;
  const concluding = frameFor(table, "noun", noun, "supplies")?.governedBy ?? [];
  return { verb, concluded: verb < 0 || concluding.includes(lemma), cues: wordsBefore(tokens, k - 1, 4) };
}

/**
 * A gift noun that tells how goods named before it came: "The Navy received a patrol craft as a
 * presentation from the United States' government to the Bahamas government", "The patrol boat was
 * a gift from the Netherlands to the Coast Guard". The from- or by-phrase gives; the to- or
 * for-phrase receives, else the subject of a verb of receiving before it. Goods (a weapon, a weapon
 * head word or an arms word) must stand in the clause before the noun.
 */
function supplyGift(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  told: readonly Fact[],
): void {
  const tokens = ix.sentence.tokens;
  if (madeBy(ix, t, emit, frame, told)) return;
  const article = tokens[t - 1]?.lower === "a" || tokens[t - 1]?.lower === "an" ? 1 : 0;
  const opener = tokens[t - 1 - article];
  const predicative = opener?.lemma === "be" && article === 1;
  if (!opener || (opener.lower !== "as" && !predicative)) return;
  const zone = zoneAfter(ix, t);
  const suppliers = actorHeads(zoneHeads(zone, ["from", "by"])).flatMap(statesIn(ix));
  if (suppliers.length === 0) return;
  const start = clauseStart(ix, t);
  let goods = false;
  for (let k = start; k < t && !goods; k++) {
    const w = tokens[k] as Token;
    goods = table.arms.has(w.lower) || WORDS.weaponHeads.has(singular(w.lower));
  }
  const items = weaponsBefore(ix, t);
  if (!goods && items.length === 0) return;
  const recipients = recipientHeads(recipientsIn(ix, zone, ["to", "for"], table));
  let cues: string[] = wordsBefore(tokens, t, 3);
  if (!predicative) {
    // "The Royal Thai Navy received a boost … as a gift from Japan": the receiver of the clause
    // (beside a to-phrase: "… as a presentation from the US government to the Bahamas government").
    for (let k = t - 2; k >= start; k--) {
      const w = tokens[k] as Token;
      if (w.pos !== "VERB") continue;
      if (frameFor(table, "verb", w.lemma, "supplies")?.roles.subject === "recipient") {
        const subject = subjectBefore(ix, k);
        recipients.push(...recipientHeads(actorHeads(subject.heads)));
        cues = [...cues, ...subject.cues, ...wordsBefore(tokens, k, 2)];
      }
      break;
    }
  }
  if (predicative) cues = [...cues, ...subjectBefore(ix, t - 2).cues];
  const modality = modalityOf(cues, ix.modalityCues);
  const trigger = (tokens[t] as Token).text;
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, trigger, frame.id, modality);
    for (const w of items) emit(s.name, "supplies", w.name, trigger, frame.id, modality);
  }
}

/** Participles of giving after which "by" names the giver of a gift told before ("The donation was made by X"). */
const GIVEN_BY = new Set(["made", "given", "provided", "offered", "presented", "funded", "financed"]);
/** How many sentences back the gift a definite gift noun refers to may be told. */
const GIFT_REACH = 3;

/**
 * "Sixty vehicles were donated to the PNG Defence Force by the Chinese government. … The donation
 * was made by China's Ministry of National Defence": a definite gift noun whose predicate names
 * its giver after "by" refers to the supply told last (within GIFT_REACH sentences); the giver
 * supplies that supply's recipients and goods too. True when the shape matched.
 */
function madeBy(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, told: readonly Fact[]): boolean {
  const tokens = ix.sentence.tokens;
  if (!definite(tokens, t) || tokens[t + 1]?.lemma !== "be") return false;
  if (!GIVEN_BY.has(tokens[t + 2]?.lower ?? "") || tokens[t + 3]?.lower !== "by") return false;
  const chunk = ix.chunkAt[t + 4];
  if (!chunk || chunk.first !== t + 4) return true;
  const givers = actorHeads(chunkHeads(chunk));
  const s = ix.sentence.index;
  let last = -1;
  for (let i = told.length - 1; i >= 0 && last < 0; i--) {
    const f = told[i] as Fact;
    if (f.sentence < s - GIFT_REACH) break;
    if (f.relation === "supplies" && f.sentence < s && f.modality === "asserted") last = f.sentence;
  }
  if (last < 0) return true;
  const ends = new Set(
    told.filter((f) => f.sentence === last && f.relation === "supplies").map((f) => f.target),
  );
  const modality = modalityOf(wordsBefore(tokens, t, 3), ix.modalityCues);
  for (const g of givers)
    for (const end of ends)
      emit(g.name, "supplies", end, (tokens[t] as Token).text, `${frame.id}+told`, modality);
  return true;
}

/** How many words after a deal noun its purpose may stand ("an agreement (LOA) with the US government for the purchase"). */
const PURPOSE_REACH = 10;

/**
 * True when one of `purposes` tells the purpose of the deal noun at `t`, within its clause: a noun
 * after "for" or "on" ("for the purchase of", "on the procurement of"), an infinitive after "to"
 * ("to buy") or a noun right before it ("a purchase agreement"); a verb before it ends the noun's
 * phrase ("an agreement with Germany linked to …").
 */
function purposeTold(tokens: Token[], t: number, purposes: readonly string[]): boolean {
  // "signed a purchase agreement with Israel for David's Sling", "a supply agreement with Hanwha
  // for K9 howitzers": a purpose noun right before the deal noun tells it as "for the purchase" does.
  const before = tokens[t - 1];
  if (before && before.pos !== "VERB" && (purposes.includes(before.lemma) || purposes.includes(before.lower)))
    return !sellerAfter(tokens, t + 1);
  const end = Math.min(tokens.length - 1, t + PURPOSE_REACH);
  for (let k = t + 1; k < end; k++) {
    const w = tokens[k] as Token;
    if (/^[;:.]$/u.test(w.text) || w.pos === "VERB") return false;
    let next = k + 1;
    while (/^(?:the|a|an)$/u.test(tokens[next]?.lower ?? "")) next++;
    // "for the largest K9 export deal": the purpose word may modify the phrase's head.
    if (w.lower === "for" || w.lower === "on") next = Math.max(next, purposeInPhrase(tokens, next, purposes));
    const head = tokens[next];
    if (!head || !purposes.includes(head.lemma)) continue;
    const told =
      (w.lower === "to" && head.pos === "VERB") ||
      ((w.lower === "for" || w.lower === "on") && head.pos !== "VERB");
    if (told) return !sellerAfter(tokens, next + 1);
  }
  return false;
}

/**
 * True when a "from" phrase follows token `k` in its clause: "an agreement with Germany for the
 * procurement of submarines from TKMS" names the purchase's own seller, the partner buying with the subject.
 */
function sellerAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (/^[;:.]$/u.test(w.text)) return false;
    if (w.lower === "from") return true;
  }
  return false;
}

/** Forms of the verbs of arriving whose place receives the goods of the supply noun they have as subject. */
const ARRIVE = /^(?:arriv(?:e|es|ed|ing)|reach(?:es|ed|ing)?|land(?:s|ed|ing)?|dock(?:s|ed|ing)?)$/u;
/** Words that make an arrival a stop on the way ("on its way to", "en route", "bound for", "via"). */
const TRANSIT = /^(?:way|route|transit|bound|destined|via|onward|through)$/u;

/** How many words may stand between a participle and the predicate of the goods it describes ("gifted by the Government of Japan joined"). */
const ENTRY_REACH = 12;
/** The endings of a past or present form of a verb of entering service ("joined", "joins"). */
const ENTRY_ENDING = /(?:ed|s)$/u;
/** Words between a verb of entering service and the body the goods join ("entered service with the", "were inducted into the"). */
const ENTRY_FILLERS = /^(?:service|into|in|with|to|the|its|a|formally|officially)$/u;

/**
 * The body or country that the goods a participle describes join, when the goods are the
 * subject of a verb of entering service (lexicon serviceEntryVerbs) after it: "Two Fast Patrol
 * Vessels, gifted by Japan, joined the Sri Lanka Coast Guard fleet", "Four helicopters donated by
 * the US were inducted into the Air Force", "entered service with the Navy". Read from token
 * `from` to the first verb; none for a hedged or planned entry ("will join").
 */
function serviceEntrants(ix: SentenceIndex, from: number, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let k = from;
  while (k < Math.min(tokens.length, from + ENTRY_REACH) && !isVerbOrAux(tokens[k] as Token)) {
    if (tokens[k]?.lower === "which" || tokens[k]?.lower === "that") return [];
    k++;
  }
  const aux = k;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k];
  // A past or present form ("joined", "joins"; the tagger leaves "inducted" unlemmatised), not a
  // base form after a modal ("could join").
  const stem = verb?.lower.replace(ENTRY_ENDING, "") ?? "";
  if (!verb || verb.pos !== "VERB" || stem === verb.lower || !table.serviceEntry.has(stem)) return [];
  if (
    modalityOf(
      tokens.slice(from, k + 1).map((w) => w.lower),
      ix.modalityCues,
    ) !== "asserted"
  )
    return [];
  // "were inducted into": a passive needs its auxiliary; "joined" and "entered" stand alone.
  if (stem !== "join" && stem !== "enter" && aux === k) return [];
  for (let j = k + 1; j < tokens.length; j++) {
    const chunk = ix.chunkAt[j];
    const heads = chunk ? actorHeads(chunkHeads(chunk)) : [];
    if (heads.length > 0) return recipientHeads(heads);
    if (!ENTRY_FILLERS.test(tokens[j]?.lower ?? "")) return [];
  }
  return [];
}

/**
 * The country where the goods of the supply noun at `t` (its phrase read from `from`) arrive, when
 * the noun heads the subject of
 * a verb of arriving ("A shipment of Egyptian military aid has arrived in the Somali capital
 * Mogadishu", "The first batch of S-400 reached Turkey"): a country, or a capital as its country,
 * after "in", "at" or "reach"; none for a stop on the way ("arrived in Poland on its way to Ukraine"),
 * a hedged arrival, or a noun in a relative clause or another verb's object.
 */
function arrivalCountry(ix: SentenceIndex, t: number, from = t + 1): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (governingVerb(tokens, t) >= 0) return [];
  let k = from;
  while (k < Math.min(tokens.length, t + 10)) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || w.pos === "PUNCT" || w.lower === "which" || w.lower === "that") break;
    k++;
  }
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k]?.lower ?? "";
  if (!ARRIVE.test(verb)) return [];
  if (tokens.slice(k + 1).some((w) => TRANSIT.test(w.lower))) return [];
  // "may have arrived in Khartoum, officials suspect": a hedged arrival tells no receipt.
  if (
    modalityOf(
      tokens.slice(t).map((w) => w.lower),
      ix.modalityCues,
    ) !== "asserted"
  )
    return [];
  const start =
    tokens[k + 1]?.lower === "in" || tokens[k + 1]?.lower === "at" || verb.startsWith("reach") ? k + 1 : -1;
  if (start < 0) return [];
  for (const m of mentionsIn(ix, start, Math.min(tokens.length, start + 6))) {
    const country = m.type === "Country" ? m.name : m.kind === "capital" ? m.country : undefined;
    if (country) return [{ mention: m, name: country, unnamed: false }];
    if (m.type !== "Location") return [];
  }
  return [];
}

/** The two sides of a deal: who supplies, and who receives. */
interface DealSides {
  suppliers: ChunkHead[];
  recipients: ChunkHead[];
}

/**
 * The verb governing the deal noun at `t` and the actor between them, its indirect object
 * ("awarded Hanwha Ocean a contract", "awarded French defense contractor MBDA a contract"; none in
 * "awarded a contract to Kership"), or null.
 */
function indirectObject(ix: SentenceIndex, t: number): { verb: number; chunk: Chunk | null } | null {
  const tokens = ix.sentence.tokens;
  const direct = governingVerb(tokens, t);
  if (direct >= 0) return { verb: direct, chunk: null };
  let k = t - 1;
  while (k > 0 && MODIFIER_POS.test((tokens[k] as Token).pos)) k--;
  const chunk = ix.chunkAt[k];
  if (!chunk || chunk.last !== k + 1 || actorHeads(chunkHeads(chunk)).length === 0) return null;
  // A description stands before the name.
  for (let j = chunk.first - 1; j >= Math.max(0, chunk.first - 1 - DESCRIPTION_REACH); j--) {
    const w = tokens[j] as Token;
    if (w.pos === "VERB") return { verb: j, chunk };
    if (!/^(?:ADJ|NOUN|PROPN)$/u.test(w.pos)) return null;
  }
  return null;
}

/** How many words of description may stand between an awarding verb and the awardee's name. */
const DESCRIPTION_REACH = 4;

/** The index of the first "to" before a verb in the zone ("a contract to supply …"), or the zone's end. */
function infinitiveStart(ix: SentenceIndex, zone: Zone): number {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end - 1; k++)
    if ((tokens[k] as Token).lower === "to" && tokens[k + 1]?.pos === "VERB") return k;
  return zone.end;
}

/**
 * The first supply noun of the zone ("for the delivery of", "for the supply of"; a noun row of the
 * supplies frames), or the zone's end when there is none.
 */
function supplyNounBefore(ix: SentenceIndex, zone: Zone, table: FrameTable): number {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const tok = tokens[k] as Token;
    if (tok.pos === "NOUN" && frameFor(table, "noun", tok.lemma, "supplies") && tokens[k + 1]?.lower === "of")
      return k;
  }
  return zone.end;
}

/**
 * The receivers told by a supply infinitive at `inf` in the zone: its object where its frame makes
 * the object the recipient ("to supply the US Navy with patrol boats"), else its to-phrase ("to
 * deliver missiles to the Navy").
 */
function infinitiveRecipients(ix: SentenceIndex, zone: Zone, inf: number, table: FrameTable): ChunkHead[] {
  const verb = ix.sentence.tokens[inf + 1];
  const frame = verb ? frameFor(table, "verb", verb.lemma, "supplies") : undefined;
  if (!frame) return [];
  const after = { ...zone, start: inf + 2, chunks: zone.chunks.filter((c) => c.chunk.first > inf + 1) };
  const object = ix.chunkAt[inf + 2];
  if (frame.roles.object === "recipient" && object?.first === inf + 2)
    return recipientHeads(actorHeads(chunkHeads(object)));
  return recipientHeads(recipientsIn(ix, after, ["to"], table));
}

/**
 * True when the phrase of the deal noun at `t` names work on goods before any of its goods ("a
 * contract to develop a missile defence system", "a deal for the upgrade of its F-16s"; lexicon
 * serviceWords): no sale is told. A weapon word that describes an actor ("missile maker MBDA") is
 * not goods.
 */
function serviceDeal(ix: SentenceIndex, t: number, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  const goods = zone.weapons.filter((w) => !describesActor(ix, w));
  const end = Math.min(zone.end, ...goods.map((w) => w.first));
  for (let k = t + 1; k < end; k++) if (table.service.has((tokens[k] as Token).lemma)) return true;
  return false;
}

/** The head noun of a service ("support services", "repair service"). */
const SERVICE_HEAD = "service";
/** Tags of the words of a common noun phrase ("the", "22", "technical", "support"). */
const COMMON_PHRASE_POS = /^(?:DET|NUM|ADJ|NOUN)$/u;

/**
 * True when a giving verb's object right after it is work on goods rather than goods: a common
 * noun phrase that holds a word of work (lexicon serviceWords: "maintenance", "repair",
 * "sustainment") or "service(s)" ("provide support services for 22 frigates", "provides
 * maintenance for the frigates of the Spanish Navy"; not "provided Ukraine with maintenance kits"
 * nor "supplied tanks and maintenance equipment", whose phrase right after the verb is a name or goods).
 */
function serviceObject(ix: SentenceIndex, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (!COMMON_PHRASE_POS.test(w.pos) || ix.cover[k]) return false;
    // ("delivered two refurbished aircraft", "supplied upgraded tanks": a participle of work describes goods.)
    if (w.pos === "NOUN" && (singular(w.lower) === SERVICE_HEAD || table.service.has(w.lemma))) return true;
  }
  return false;
}

/** How many common nouns may stand between a weapon word and the actor it describes ("missile maker MBDA"). */
const DESCRIBER_REACH = 2;

/** True when the weapon mention `w` only qualifies a noun before a named actor ("missile maker MBDA"). */
function describesActor(ix: SentenceIndex, w: Mention): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = w.last; k < Math.min(tokens.length, w.last + DESCRIBER_REACH + 1); k++) {
    const chunk = ix.chunkAt[k];
    if (chunk) return k > w.last && chunk.first === k && actorHeads(chunkHeads(chunk)).length > 0;
    if ((tokens[k] as Token).pos !== "NOUN") return false;
  }
  return false;
}

/**
 * The verb of concluding a deal noun in the passive, as the noun's own predicate ("the deal … was
 * signed", "has been concluded"): its index in the zone, or -1.
 */
function passiveConcluding(ix: SentenceIndex, zone: Zone, lemmas: readonly string[]): number {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB" && !lemmas.includes(w.lemma)) return -1;
    if (w.pos !== "VERB" || w.lower === w.lemma || PRESENT_FORM.test(w.lower)) continue;
    return tokens[k - 1]?.lemma === "be" ? k : -1;
  }
  return -1;
}

/**
 * The index of a participle of concluding (one of `lemmas`) after the deal noun's own phrase,
 * with a "between" phrase after it ("The contract for … was signed between A and B", "a contract
 * signed between A and B"), or -1.
 */
function concludedAfter(ix: SentenceIndex, zone: Zone, lemmas: readonly string[]): number {
  const tokens = ix.sentence.tokens;
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (w.pos !== "VERB" || !lemmas.includes(w.lemma) || w.lower === w.lemma || w.lower.endsWith("ing"))
      continue;
    return zone.chunks.some((c) => c.prep === "between" && c.chunk.first > k) ? k : -1;
  }
  return -1;
}

/** True when the actor `party` is, or owns, the recipient `r` ("Pakistan" and "Pakistan Navy"). */
function sameSide(party: ChunkHead, r: ChunkHead): boolean {
  if (party.name === r.name) return true;
  const m = r.mention;
  return m?.type === "Organization" && (m.country === party.name || m.name.startsWith(`${party.name} `));
}

/**
 * The sides of a deal noun at `t` concluded by `signers` with `partners` (named with "with" or
 * "from"): a recipient named in the noun's phrase by one of `preps` ("for", "to") receives, and the parties
 * that are not on its side supply ("Pakistan and China signed a contract for frigates for the
 * Pakistan Navy"); a sale word before the noun makes the signers sell ("signed an export deal
 * with Germany"); an item said to come from a signer ("Israeli-made"), or a model the signer's
 * country makes ("signed a deal with Germany for Arrow 3"), makes that signer sell;
 * else the signers buy from the partners ("Armenia signed a contract with India for …").
 */
function dealSides(
  ix: SentenceIndex,
  t: number,
  zone: Zone,
  signers: ChunkHead[],
  partners: ChunkHead[],
  concluded: number,
  preps: string[],
  table: FrameTable,
  describedFirms = false,
): DealSides | null {
  const tokens = ix.sentence.tokens;
  const phrase = concluded >= 0 ? { ...zone, end: concluded } : zone;
  // A demonym in the phrase describes the item ("for Israeli-made interceptors"), it receives nothing.
  const named = recipientHeads(recipientsIn(ix, phrase, preps, table)).filter(
    (r) => r.mention?.kind !== "demonym" && !partners.some((p) => p.name === r.name),
  );
  if (named.length > 0) {
    const sellers = signers.filter((s) => !named.some((r) => sameSide(s, r)));
    // "The Ministry of Defence signed contracts with HAL for helicopters for the Indian Army": a
    // firm of the with-phrase sells, not a state body that signed with it.
    const firms = partners.filter((p) => firm(p, table) && !named.some((r) => sameSide(p, r)));
    const suppliers =
      firms.length > 0 && !signers.some((s) => firm(s, table))
        ? firms
        : sellers.length > 0
          ? sellers
          : partners;
    return suppliers.length > 0 ? { suppliers, recipients: named } : null;
  }
  const origins = zone.weapons.map(
    (w) => originOf(ix, w, table.origin)?.name ?? table.modelOrigin.get(w.name),
  );
  if (partners.length === 0 && (concluded >= 0 || signers.length > 1)) {
    // "A contract for Pinaka rocket launchers was signed between Armenia and India": the one party
    // the item comes from sells to the others; "signed between the Egyptian Armed Forces and the
    // French Dassault Aviation company": the one firm among states and their bodies sells. Parties
    // that co-sign as one subject are read the same way ("Egypt and France signed a deal for 30
    // Rafale jets", "Navantia and the Chilean Ministry of Defence signed a contract for frigates").
    const fromItem = signers.filter((s) => origins.includes(s.name));
    const firms = signers.filter((s) => firm(s, table));
    const sellers = fromItem.length > 0 ? fromItem : firms;
    if (sellers.length !== 1 || signers.length < 2) return null;
    return { suppliers: sellers, recipients: recipientHeads(signers.filter((s) => s !== sellers[0])) };
  }
  if (signers.length === 0 || partners.length === 0) {
    return partners.length > 0 ? { suppliers: partners, recipients: recipientHeads(signers) } : null;
  }
  const sale = wordsBefore(tokens, t, 3).some((w) => table.saleDeal.has(w));
  const fromSigner = origins.some((o) => o !== undefined && signers.some((s) => s.name === o));
  // "South Korea's Hanwha has signed a deal with Poland for K9 howitzers", "Naval Group signed a
  // contract with the Hellenic Navy for three frigates": a firm that signs with a state, or with a
  // body of a state (its name has a word of a state's body or forces), sells to it.
  // Signers described as firms ("manufacturers, Otokar and Nurol Makina,") are firms whatever type
  // their names were given, and a firm co-signing with a person ("Otokar and Nurol Makina", the
  // second read as a person's name) still sells: a state does not sell arms to a firm.
  const firmWithState =
    (describedFirms ||
      (signers.some((s) => firm(s, table)) &&
        signers.every((s) => firm(s, table) || s.mention?.type === "Person"))) &&
    partners.every(
      (p) => p.mention?.type === "Country" || (p.mention?.type === "Organization" && !firm(p, table)),
    );
  return sale || fromSigner || firmWithState
    ? { suppliers: signers, recipients: recipientHeads(partners) }
    : { suppliers: partners, recipients: recipientHeads(signers) };
}

/** Most words of the appositive after the first of two co-signing parties ("X, one of the largest shipbuilders, and Y"). */
const CO_SIGNER_APPOSITIVE_WORDS = 15;

/** Tags of the words between a subject and its verb ("have also signed"). */
const VERB_GROUP_POS = new Set(["AUX", "ADV", "PART"]);

/** Tags that open an appositive noun phrase ("one of the …", "a French shipbuilder", "the world's largest …"). */
const APPOSITIVE_OPENER_POS = new Set(["DET", "ADJ", "NUM"]);

/**
 * "Fincantieri, one of the most important shipbuilding groups in the world, and the Ministry of
 * Defense of Indonesia(,) have signed": a subject of two named parties, the first set off with an
 * appositive (a noun phrase with no verb) between commas, before the verb at `verb`. The heads of
 * both parties and the words skipped before the verb (modality cues), or null when the words
 * before the verb are not of that shape.
 */
function appositiveCoSigners(ix: SentenceIndex, verb: number): { heads: ChunkHead[]; cues: string[] } | null {
  const tokens = ix.sentence.tokens;
  const cues: string[] = [];
  let j = verb - 1;
  for (let w = tokens[j]; w && VERB_GROUP_POS.has(w.pos); w = tokens[--j]) cues.push(w.lower, w.lemma);
  if (tokens[j]?.text === ",") j--;
  let second: Chunk | null | undefined = ix.chunkAt[j];
  if (!second || second.last !== j + 1) return null;
  // "the Ministry of Defense of Indonesia": the party is the head before its of-phrase.
  for (let hops = 0; hops < 2 && tokens[second.first - 1]?.lower === "of"; hops++) {
    const head: Chunk | null | undefined = ix.chunkAt[second.first - 2];
    if (!head || head.last !== second.first - 1) break;
    second = head;
  }
  let k = second.first - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "and" || tokens[k - 1]?.text !== ",") return null;
  for (let c = k - 2, words = 0; c > 0 && words < CO_SIGNER_APPOSITIVE_WORDS; c--, words++) {
    const w = tokens[c] as Token;
    if (isVerbOrAux(w) || (w.pos === "PUNCT" && w.text !== ",")) return null;
    if (w.text !== ",") continue;
    // The comma that opens the appositive: a named party right before it, a noun phrase after
    // ("Damen, a Dutch shipbuilder, and"; not a list "Airbus, Leonardo and", whose member is named).
    // The chunker may hold the party and its appositive as one chunk.
    const first = ix.chunkAt[c - 1];
    const opener = tokens[c + 1] as Token;
    const named = (ix.chunkAt[c + 1]?.items ?? []).some(
      (it) => it.kind === "mention" && it.m.first > c && it.m.kind !== "demonym",
    );
    if (!first || first.last >= k || !APPOSITIVE_OPENER_POS.has(opener.pos) || named) return null;
    const party = chunkHeads(first).filter((h) => h.mention !== null && h.mention.first < c);
    const heads = [...party, ...chunkHeads(second)].filter((h) => !h.unnamed);
    return heads.length === 2 ? { heads, cues } : null;
  }
  return null;
}

/**
 * True when the party is a firm: an organisation whose name has no word of a state's body or
 * forces ("Hanwha Aerospace", "Dassault Aviation"; not "Ministry of Defence", "Egyptian Armed
 * Forces", "Defense Acquisition Program Administration").
 */
function firm(party: ChunkHead, table: FrameTable): boolean {
  const m = party.mention;
  return (
    m?.type === "Organization" &&
    !m.name
      .toLowerCase()
      .split(/[\s-]+/u)
      .some((w) => table.stateBody.has(w))
  );
}

/** Emits a deal's facts: its suppliers to its recipients and its items. */
function emitDeal(
  ix: SentenceIndex,
  t: number,
  sides: DealSides,
  items: Mention[],
  frame: Frame,
  cues: string[],
  emit: Emit,
): void {
  const tok = ix.sentence.tokens[t] as Token;
  const modality = modalityOf(cues, ix.modalityCues);
  for (const s of sides.suppliers) {
    for (const r of sides.recipients)
      if (!sameSide(s, r)) emit(s.name, "supplies", r.name, tok.text, frame.id, modality);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, frame.id, modality);
  }
}

/** How many tokens before a purchase noun the deal it belongs to may stand. */
const DEAL_BEFORE_REACH = 12;

/**
 * The index of a deal noun followed by `prep` ("an agreement with", "a deal between") before the
 * purchase noun at `t`, in its clause; -1 when there is none.
 */
function dealNounBefore(tokens: Token[], t: number, prep: string): number {
  for (let k = t - 1; k >= Math.max(1, t - DEAL_BEFORE_REACH); k--) {
    const w = tokens[k] as Token;
    if (/^[;:.]$/u.test(w.text)) return -1;
    if (DEALS.has(singular(w.lower)) && tokens[k + 1]?.lower === prep) return k;
  }
  return -1;
}

/** The parties of `parties` that are not on the side of any of `side`, when one of them is; none otherwise. */
function otherSide(parties: ChunkHead[], side: ChunkHead[]): ChunkHead[] {
  const on = (p: ChunkHead): boolean => side.some((b) => sameSide(p, b) || sameSide(b, p));
  return parties.some(on) ? parties.filter((p) => !on(p)) : [];
}

/**
 * The parties of a deal noun with a with-partner before the purchase noun at `t`, in its clause,
 * that are not on the buyers' side, when one party is: "after signing an agreement with Germany
 * linked to Berlin's purchase of …" (Germany buys; the signer sells).
 */
function dealCounterparts(ix: SentenceIndex, t: number, buyers: ChunkHead[]): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const k = dealNounBefore(tokens, t, "with");
  const partner = k < 0 ? undefined : ix.chunkAt[k + 2];
  const verb = partner ? governingVerb(tokens, k) : -1;
  if (!partner || verb < 0) return [];
  return otherSide(actorHeads([...signersOf(ix, verb), ...chunkHeads(partner)]), buyers);
}

/**
 * "a deal between Mexico and the U.S. for the purchase of 18 Black Hawk helicopters from U.S.
 * contractors", "The agreement between India and Russia on the purchase of S-400 systems from
 * Russia": the parties named with "between" after a deal noun before the purchase noun at `t`, in
 * its clause, that are not on a seller's side, when one of them is on it; none otherwise.
 */
function dealBetweenBuyers(ix: SentenceIndex, t: number, sellers: ChunkHead[]): ChunkHead[] {
  const k = dealNounBefore(ix.sentence.tokens, t, "between");
  const parties = k < 0 ? undefined : ix.chunkAt[k + 2];
  const heads = parties ? recipientHeads(chunkHeads(parties)) : [];
  return heads.length > 1 ? otherSide(heads, sellers) : [];
}

/** Conjunctions that open an adverbial clause of a gerund whose subject is the main clause's ("after signing"). */
const GERUND_OPENERS = new Set(["after", "before", "by", "while", "when", "upon"]);

/**
 * The subject of the verb at `v`; for a gerund opened by "after", "by" … ("Israel concluded …,
 * after signing an agreement"), the subject of the sentence's first verb before it.
 */
function signersOf(ix: SentenceIndex, v: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const own = subjectBefore(ix, v).heads;
  if (
    own.length > 0 ||
    !(tokens[v] as Token).lower.endsWith("ing") ||
    !GERUND_OPENERS.has(tokens[v - 1]?.lower ?? "")
  )
    return own;
  for (let j = 0; j < v - 1; j++) if ((tokens[j] as Token).pos === "VERB") return subjectBefore(ix, j).heads;
  return [];
}

/** The possessor or actor phrase right before the noun at `t`, past arms and time modifiers. */
function ownerBefore(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = t - 1; k >= Math.max(0, t - 8); k--) {
    // "Germany has continued its military assistance to Ukraine": "its" or "their" stands for the
    // one actor the sentence names before it.
    if (ix.words.ownerPronouns.has((tokens[k] as Token).lower)) return soleActorBefore(ix, k);
    const chunk = ix.chunkAt[k];
    if (chunk) {
      const owners = possessorHeads(chunk);
      if (owners.length > 0) return owners;
      // "US security assistance": a title word the phrase ends on ("security", as in "security
      // adviser") qualifies the noun; the actor before it owns it.
      const last = chunk.items[chunk.items.length - 1];
      const qualified =
        last?.kind === "title" && !last.head && table.ownerModifiers.has(last.word)
          ? { ...chunk, items: chunk.items.slice(0, -1) }
          : chunk;
      const heads = actorHeads(chunkHeads(qualified));
      // "its military assistance": a phrase that names no actor, after "its" or "their".
      if (heads.length === 0 && ix.words.ownerPronouns.has(tokens[chunk.first - 1]?.lower ?? ""))
        return soleActorBefore(ix, chunk.first - 1);
      return heads;
    }
    // "its 34-billion-baht procurement", "Poland's $6 billion purchase": an amount stands between.
    const tok = tokens[k] as Token;
    const hyphened = tok.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
    if (tok.pos === "NUM" || hyphened || /^[$€£¥]$/u.test(tok.text)) continue;
    if (!table.ownerModifiers.has(tok.lower)) return [];
  }
  return [];
}

/**
 * The subject of the verb at `v`; for a verb right after "and" with none of its own ("The Philippine
 * Navy commissioned a frigate and showcased American-provided vessels"), the subject of the verb
 * before "and", which the two verbs share.
 */
function sharedSubject(ix: SentenceIndex, v: number): ChunkHead[] {
  const own = subjectBefore(ix, v).heads;
  const tokens = ix.sentence.tokens;
  if (own.length > 0 || tokens[v - 1]?.lower !== "and") return own;
  for (let j = v - 2; j >= 0; j--) {
    const w = tokens[j] as Token;
    if (w.text === ";" || w.text === ":") return [];
    // ("its first guided-missile frigate": a participle hyphened into a noun phrase is no verb.)
    const hyphened = tokens[j + 1]?.text === "-" || tokens[j - 1]?.text === "-";
    if (w.pos === "VERB" && !hyphened) return subjectBefore(ix, j).heads;
  }
  return [];
}

/** How many tokens after a hyphened participle the weapons it describes may reach. */
const MODIFIED_REACH = 6;

/**
 * A participle hyphened to its agent before a noun phrase ("Ukraine fired US-supplied ATACMS
 * missiles", "the China-gifted frigate P625"): the agent supplies the weapons of the phrase, and
 * whoever owns them (a possessor, "Kyiv's US-supplied F-16s", or the subject of a verb of use or
 * having the phrase is the object of) received them.
 */
export function supplyModifier(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
): void {
  const tokens = ix.sentence.tokens;
  const agent = ix.cover[t - 2];
  if (tokens[t - 1]?.text !== "-" || !agent || agent.last !== t - 1) return;
  const suppliers = actorHeads([{ mention: agent, name: actorOf(agent).name, unnamed: false }]);
  if (suppliers.length === 0) return;
  // The noun phrase after the participle: modifiers, numbers, nouns and the weapons it names.
  const items: Mention[] = [];
  let end = t + 1;
  for (; end < Math.min(tokens.length, t + 1 + MODIFIED_REACH); end++) {
    const m = ix.cover[end];
    if (m) {
      if (m.type !== "WeaponSystem") break;
      if (m.first === end)
        items.push(...mentionsIn(ix, end, end + 1).filter((w) => w.type === "WeaponSystem"));
      continue;
    }
    const w = tokens[end] as Token;
    if (!/^(?:ADJ|NUM|NOUN|PROPN)$/u.test(w.pos) && w.text !== "-" && !DOUBLE_QUOTE_MARK.test(w.text)) break;
  }
  if (items.length === 0) return;
  // Past determiners and adjectives before the agent: a possessor, or a verb of use or having.
  let k = agent.first - 1;
  while (k >= 0 && k > agent.first - 4 && MODIFIER_POS.test((tokens[k] as Token).pos)) k--;
  let recipients: ChunkHead[] = [];
  const owner = POSSESSIVE_ENDING.test(tokens[k]?.lower ?? "") ? ix.cover[k - 1] : null;
  if (owner && owner.last === k && frame.roles.possessor === "recipient")
    recipients = recipientHeads([{ mention: owner, name: actorOf(owner).name, unnamed: false }]);
  else if (
    k >= 0 &&
    OWNER.has((tokens[k] as Token).lower) &&
    frame.roles["governor-subject"] === "recipient" &&
    // "Russia displayed a US-supplied Bradley captured in Kursk": the holder took the goods.
    !capturedAround(ix, k, end, table)
  )
    recipients = recipientHeads(sharedSubject(ix, k));
  // "The China-gifted frigate arrived at Sri Lanka's Colombo Port": the country it arrives in receives.
  if (recipients.length === 0) recipients = arrivalCountry(ix, agent.first, end);
  const modality = modalityOf(wordsBefore(tokens, agent.first, 3), ix.modalityCues);
  const tok = tokens[t] as Token;
  for (const s of suppliers) {
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, frame.id, modality);
    for (const r of recipients)
      if (r.name !== s.name) emit(s.name, "supplies", r.name, tok.text, frame.id, modality);
  }
}
