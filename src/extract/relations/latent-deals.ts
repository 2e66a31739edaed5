/**
 * Latent deals: a deal told with its giver and its taker but no goods ("The United States announced
 * a new $400 million package for Ukraine.", "Germany pledged a new package worth 500 million euros to
 * Ukraine.") is a supply only when the sentences just after it tell its goods: a named weapon as the
 * object of a clause that takes the deal up, by a definite deal noun of the same head or a pronoun
 * opening the sentence as the subject of a verb of inclusion or giving ("The package includes Patriot
 * interceptors", "It will deliver HIMARS launchers"), or by the deal's taker as the subject of a verb
 * of receipt ("Ukraine will receive Patriot interceptors"), or by goods naming a weapon as the
 * subject of a passive verb of giving to the taker ("Four NASAMS systems are being sent to
 * Ukraine"). Then the deal's sentence gives
 * supplies(giver, taker), with the modality of its own clause, and the later clause finds that supply
 * told just before it, as it finds a deal told with goods (contents.ts, unnamed-suppliers.ts): the
 * later clause's goods take the deal's giver there, each fact with the sentence that states it.
 * Precision first: the giver is a country or a body of one (one the mention names, or a known body
 * of a government: "The White House unveiled a new security package for Kyiv"), the verb one of announcing, approving
 * or pledging (supply-words latentDealVerbs; not of signing, whose subject is as often the buyer:
 * "Egypt signed a new deal for ..."), the taker a country or a body that is the whole object of
 * "for" or "to" in the deal noun's own phrase (not "for French support", "to France's satisfaction"); the later sentence names no country or body other than the
 * deal's parties and theirs, and a sentence between them names none either. A package no later
 * sentence fills with a named weapon ("a sanctions package", "a loan package") gives nothing.
 */
import type { Modality } from "../../model/ontology.ts";
import type { SentenceIndex } from "../chunks.ts";
import { modalityOf, subjectBefore } from "../clause.ts";
import type { FrameTable } from "../frames.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
import { bodyCountry } from "../own-countries.ts";
import { tablesOf } from "../lexicon-tables.ts";
import { type WordSets, wordsOf } from "../stage-words.ts";
import type { DocState, Mention, Token } from "../types.ts";
import { dealNouns, givingVerb } from "./deal-frames.ts";
import { type Emit, bodySentencesAfter } from "./shared.ts";

/** How many body sentences after the deal its goods may be told. */
const REACH = 2;
/** How many tokens after the verb the deal noun may stand ("announced a new $400 million military package"). */
const NOUN_REACH = 7;
/** How many tokens after the deal noun its "for" or "to" may stand ("a package worth 500 million euros to"). */
const TAKER_REACH = 5;
/** How many tokens a fronted adverbial may run before its comma ("Under the package,", "On Monday,"). */
const FRONTED_REACH = 6;

/** The lemma of the auxiliary that makes a verb of giving passive ("are being sent", "will be delivered"). */
const PASSIVE_AUX_LEMMA = "be";
/** How many tokens after the passive verb the taker's "to" may stand ("sent to", "shipped this week to"). */
const TO_REACH = 4;

/** The parties of a deal told without goods: its giver and its taker, its verb and its noun. */
interface LatentDeal {
  giver: Mention;
  taker: Mention;
  verb: Token;
  noun: Token;
}

/**
 * Emits supplies(giver, taker) for each latent deal a verb of body sentence `ix` tells, when a later
 * sentence in reach fills it with a named weapon (see the file's header). Run on a sentence that
 * tells no supply of its own.
 */
export function latentDeals(ix: SentenceIndex, emit: Emit, table: FrameTable, state: DocState): void {
  if (ix.sentence.headline) return;
  const tokens = ix.sentence.tokens;
  const bodies = tablesOf(state).governmentBodies;
  for (let t = 0; t < tokens.length; t++) {
    const deal = dealOf(ix, t, table, bodies);
    if (!deal || !filledLater(state, ix.sentence.index, deal, table, bodies)) continue;
    const modality: Modality = modalityOf(subjectBefore(ix, t).cues, ix.modalityCues);
    // "The US Senate approved a $40 billion package for Ukraine": a body approves or announces
    // its state's deal; the state gives.
    const giver =
      deal.giver.type === "Organization"
        ? (bodyCountry(deal.giver, bodies) ?? deal.giver.name)
        : deal.giver.name;
    emit(giver, "supplies", deal.taker.name, deal.verb.text, "supply-latent-deal", modality);
  }
}

/** The goods-less deal the verb at `t` tells: a giver subject, a deal noun object and a taker after "for" or "to"; or null. */
function dealOf(
  ix: SentenceIndex,
  t: number,
  table: FrameTable,
  bodies: ReadonlyMap<string, string>,
): LatentDeal | null {
  const tokens = ix.sentence.tokens;
  const verb = tokens[t] as Token;
  if (verb.pos !== "VERB" || !table.latentDeal.has(verb.lemma)) return null;
  const giver = subjectBefore(ix, t)
    .heads.map((h) => h.mention)
    .find((m) => m && stateActor(m, bodies));
  if (!giver) return null;
  const nouns = dealNouns(table);
  let n = -1;
  for (let k = t + 1; k < tokens.length && k <= t + NOUN_REACH; k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k] || w.pos === "VERB" || w.text === ",") return null;
    if (w.pos === "NOUN" && nouns.has(w.lemma) && tokens[k + 1]?.pos !== "NOUN") {
      n = k;
      break;
    }
  }
  if (n < 0) return null;
  // The phrase names no goods of its own: a deal with goods is the supply frames' ("an arms
  // package"); a word too broad to tell arms ("a security package") leaves it goods-less.
  for (let k = t + 1; k < n; k++) {
    const w = tokens[k] as Token;
    if ((table.arms.has(w.lower) && !table.broadArms.has(w.lower)) || table.materiel.has(w.lower))
      return null;
  }
  for (let k = n + 1; k < tokens.length && k <= n + TAKER_REACH; k++) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB" || w.text === "," || w.text === ";") return null;
    if (w.lower !== "for" && w.lower !== "to") continue;
    const taker = ix.cover[k + 1];
    if (!taker || !stateActor(taker, bodies) || !wholeObject(tokens, taker) || taker.name === giver.name)
      return null;
    return { giver, taker, verb, noun: tokens[n] as Token };
  }
  return null;
}

/**
 * True when the mention is the whole object of its "for" or "to", not a demonym or a possessor
 * modifying a noun after it ("for French support", "to France's satisfaction").
 */
function wholeObject(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last];
  if (m.kind === "demonym" || POSSESSIVE_MARK.test(next?.lower ?? "")) return false;
  return !next || (next.pos !== "NOUN" && next.pos !== "ADJ" && next.pos !== "PROPN");
}

/**
 * True when the mention is a country or a body of one (a body the entity stage ties to its country,
 * or one of the lexicon's government `bodies`).
 */
function stateActor(m: Mention, bodies: ReadonlyMap<string, string>): boolean {
  return m.type === "Country" || bodyCountry(m, bodies) !== undefined;
}

/**
 * True when a body sentence in REACH after sentence `s` takes the deal up with a named weapon (by
 * a definite deal noun or "it" and a verb of inclusion or giving, or by the taker and a verb of
 * receipt) and it, and each body sentence between, names no country or body but the deal's parties.
 */
function filledLater(
  state: DocState,
  s: number,
  deal: LatentDeal,
  table: FrameTable,
  bodies: ReadonlyMap<string, string>,
): boolean {
  const parties = new Set([
    deal.giver.name,
    bodyCountry(deal.giver, bodies) ?? deal.giver.name,
    deal.taker.name,
  ]);
  const own = (m: Mention): boolean =>
    (m.type !== "Country" && m.type !== "Organization") ||
    parties.has(m.name) ||
    (m.country !== undefined && parties.has(m.country));
  for (const sentence of bodySentencesAfter(state, s, REACH)) {
    const mentions = state.mentions[sentence.index] ?? [];
    if (!mentions.every(own)) return false;
    if (!mentions.some((m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon")) continue;
    if (takesUp(sentence.tokens, mentions, deal, table, wordsOf(state))) return true;
  }
  return false;
}

/**
 * True when the sentence opens (after a fronted adverbial and its comma) with a subject that takes
 * the deal up and its verb: a phrase headed by the deal's noun that a determiner referring back
 * (`words` referringDeterminers: "The package", "This deal") or an owner's pronoun (ownerPronouns:
 * "Its package") opens, or a pronoun that stands for the deal (dealPronouns: "It"), before a verb
 * of inclusion or giving; or the taker before a verb of receipt.
 */
function takesUp(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  deal: LatentDeal,
  table: FrameTable,
  words: WordSets,
): boolean {
  let k = 0;
  const comma = tokens.findIndex((w, i) => i <= FRONTED_REACH && w.text === ",");
  if (comma > 0 && tokens.slice(0, comma).every((w) => w.pos !== "VERB" && w.pos !== "AUX")) k = comma + 1;
  let end = -1;
  let taker = false;
  const first = tokens[k];
  if (!first) return false;
  const named = mentions.find((m) => m.first === k);
  if (named && named.name === deal.taker.name) {
    end = named.last;
    taker = true;
  } else if (words.dealPronouns.has(first.lower)) end = k + 1;
  else if (words.referringDeterminers.has(first.lower) || words.ownerPronouns.has(first.lower)) {
    for (let i = k + 1; i < tokens.length && i <= k + 4; i++) {
      const w = tokens[i] as Token;
      if (w.pos === "NOUN" && w.lemma === deal.noun.lemma && tokens[i + 1]?.pos !== "NOUN") {
        end = i + 1;
        break;
      }
      if (w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "NUM") return false;
    }
  }
  if (end < 0) return goodsSent(tokens, mentions, k, deal, table);
  let v = end;
  while (tokens[v] && (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV" || tokens[v]?.pos === "PART"))
    v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB") return false;
  const rows = table.verb.get(verb.lemma) ?? [];
  if (taker) return rows.some((f) => f.relation === "supplies" && f.roles.subject === "recipient");
  return rows.some((f) => f.roles.subject === "deal") || givingVerb(table, verb.lemma);
}

/**
 * True when the sentence, from token `k`, opens with goods that name a weapon as the subject of a
 * passive verb of giving whose "to" names the deal's taker: "Four NASAMS systems are being sent to
 * Ukraine", "HIMARS launchers will be delivered to Kyiv". The goods phrase has no verb of its own
 * and names no actor; the taker is the first actor after the verb.
 */
function goodsSent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
  deal: LatentDeal,
  table: FrameTable,
): boolean {
  let v = k;
  while (tokens[v] && tokens[v]?.pos !== "AUX" && tokens[v]?.pos !== "VERB") v++;
  const subject = mentions.filter((m) => m.first >= k && m.last <= v);
  if (!subject.some((m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon")) return false;
  if (subject.some((m) => m.type !== "WeaponSystem")) return false;
  let passive = false;
  while (tokens[v] && (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV" || tokens[v]?.pos === "PART")) {
    if ((tokens[v] as Token).lemma === PASSIVE_AUX_LEMMA) passive = true;
    v++;
  }
  const verb = tokens[v];
  if (!passive || !verb || verb.pos !== "VERB" || !givingVerb(table, verb.lemma)) return false;
  for (let i = v + 1; i < tokens.length && i <= v + TO_REACH; i++) {
    const w = tokens[i] as Token;
    if (w.pos === "VERB" || w.text === "," || w.text === ";") return false;
    if (w.lower !== "to") continue;
    const taker = mentions.find((m) => m.first === i + 1);
    return taker?.name === deal.taker.name;
  }
  return false;
}
