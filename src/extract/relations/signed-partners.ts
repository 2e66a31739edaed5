/**
 * The seller of a receipt or purchase told under a deal signed just before with a partner (the
 * discourse layer of supplies): "Greece signed a contract with Dassault Aviation on Monday. Under the
 * deal, Greece will receive six Rafale jets." A transfer with no supplier in its clause
 * (UNNAMED_SUPPLIER) to one buyer, in a sentence that refers back to a deal by a definite deal noun
 * ("Under the deal", "As part of the agreement"), takes the one partner of the deal signed in the
 * REACH body sentences before it: the country or body after "with" in a sentence whose verb of
 * signing (supplyWords signingVerbs) has a deal noun and that names the buyer. A future under that
 * signed deal is committed ("will receive").
 * Precision first: the signing must be asserted and tell no supply of its own (a deal with goods is
 * the deal register's, deal-register.ts), name the buyer (or a body of the buyer) and exactly one
 * partner, who is not the buyer's own; the later sentence must be asserted but for its future. The
 * facts' evidence is the later sentence; the partner keeps its mention in the signing sentence as a
 * resolution of the deal noun.
 * The partner may also be named after the purchase (partnerAfter): "India has signed a $737 million
 * contract for the procurement of 145 M777 howitzers. The deal was inked Wednesday with BAE
 * Systems.", "Brazil signed a contract to buy four Scorpene submarines. The contract was signed with
 * Naval Group." A purchase with no seller in its clause (UNNAMED_SUPPLIER, asserted) to one buyer
 * takes the one country or body after "with" in the first of the REACH body sentences after it whose
 * subject is a definite deal noun and whose verb, in the passive, is one of signing or concluding a
 * deal (supplyWords signingVerbs, dealCompletionVerbs). That sentence must be asserted, tell no
 * supply of its own and name no other country or body before "with" than the buyer's own; the
 * partner must not be the buyer's own. The facts keep the purchase's sentence as evidence; the
 * partner keeps its mention in the later sentence as a resolution of the purchase's verb.
 */
import { modalityOf, plainWords } from "../clause.ts";
import { modalityCuesOf } from "../modality-cues.ts";
import type { FrameTable } from "../frames.ts";
import { COMPANY_NOUNS } from "../lexicon/coreference.ts";
import { PART_OF_NOUNS } from "../lexicon/descriptions.ts";
import { COMPANION_OPENERS, DEFINITE_SINGULAR_DETERMINERS } from "../lexicon/grammar.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
import { TOLD_FUTURE_AUXILIARIES } from "../lexicon/triggers.ts";
import type { DocState, Mention, Resolution, Sentence, Token } from "../types.ts";
import { dealNouns } from "./deal-frames.ts";
import type { FactIndex } from "./fact-index.ts";
import { BE_FORMS, bodySentencesAfter, resolutionOf } from "./shared.ts";

/** How many body sentences back the signing may be told. */
const REACH = 2;
/** Words that make the "with" after them a co-signer's ("together with", "along with"). */
const COMPANIONS = new Set(COMPANION_OPENERS);
/** How many modifiers may stand between the determiner and the deal noun ("the $1 billion deal"). */
const DEAL_MODIFIERS = 2;
/**
 * The words of a told future, the only hedge a transfer under a signed deal may have ("will
 * receive"; not "would receive", as often a condition's as a future's).
 */
const FUTURES: ReadonlySet<string> = new Set(TOLD_FUTURE_AUXILIARIES);
/** Tags of the words between a verb of signing and its deal noun ("a new $2 billion defence"). */
const DEAL_OBJECT_TAGS = /^(?:DET|ADJ|NUM|NOUN|PROPN)$/u;
/** Most words between a verb of signing and its deal noun ("signed a $2 billion contract"). */
const SIGNED_NOUN_REACH = 5;
/** Determiners that make a deal noun refer back ("the deal", "this contract"). */
const DEFINITE = new Set(DEFINITE_SINGULAR_DETERMINERS);
/** How many tokens may stand between the deal's verb and its "with" ("was inked Wednesday with"). */
const WITH_REACH = 4;
/** Nouns of a firm or its part whose of-phrase names the partner ("the US subsidiary of BAE Systems"). */
const FIRM_NOUNS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, ...PART_OF_NOUNS]);

/** The partner a transfer to `recipients` in sentence `s` takes from a deal signed just before, or null. */
export function signedPartner(
  state: DocState,
  index: FactIndex,
  s: number,
  recipients: readonly string[],
  table: FrameTable,
): { source: string; resolved: Resolution[] } | null {
  const recipient = oneBuyer(state, index, s, recipients);
  if (!recipient) return null;
  const sentence = state.sentences[s] as Sentence;
  const nouns = dealNouns(table);
  const noun = definiteDealNoun(sentence.tokens, nouns);
  if (!noun) return null;
  if (
    modalityOf(
      plainWords(sentence.tokens).filter((w) => !FUTURES.has(w)),
      modalityCuesOf(state),
    ) !== "asserted"
  )
    return null;
  let body = 0;
  for (let i = s - 1; i >= 0 && body < REACH; i--) {
    const before = state.sentences[i] as Sentence;
    if (before.headline) continue;
    body++;
    if (index.suppliesIn(i).length > 0) return null;
    const verb = signingVerb(before.tokens, nouns, table);
    if (verb < 0) continue;
    if (modalityOf(plainWords(before.tokens), modalityCuesOf(state)) !== "asserted") return null;
    const mentions = state.mentions[i] ?? [];
    const own = (m: Mention): boolean =>
      m.name === recipient || m.country === recipient || index.affiliated(m.name, recipient);
    if (!mentions.some(own)) return null;
    const partners = mentions.filter(
      (m) =>
        (m.type === "Country" || m.type === "Organization") &&
        before.tokens[m.first - 1]?.lower === "with" &&
        // "Greece, which signed a defence deal last year, held talks with France": the "with" of
        // another verb names no partner of the signing.
        inSigningPhrase(before.tokens, verb, m.first - 1) &&
        // "signed a contract together with Cyprus": a co-signer, no partner.
        !COMPANIONS.has(before.tokens[m.first - 2]?.lower ?? "") &&
        !own(m),
    );
    const partner = partners[0];
    if (!partner || new Set(partners.map((m) => m.name)).size !== 1) return null;
    return { source: partner.name, resolved: [resolutionOf(noun.text, partner.name, i, partner)] };
  }
  return null;
}

/**
 * The one buyer of `recipients` in sentence `s`: the only one, or the country of which every other
 * is a body ("the Greek Air Force" and Greece); null for several buyers.
 */
function oneBuyer(
  state: DocState,
  index: FactIndex,
  s: number,
  recipients: readonly string[],
): string | null {
  if (recipients.length === 1) return recipients[0] as string;
  const mentions = state.mentions[s] ?? [];
  const countries = recipients.filter((r) => mentions.some((m) => m.name === r && m.type === "Country"));
  const country = countries[0];
  if (!country || countries.length !== 1) return null;
  const bodyOf = (r: string): boolean =>
    mentions.some((m) => m.name === r && m.country === country) || index.affiliated(r, country);
  return recipients.every((r) => r === country || bodyOf(r)) ? country : null;
}

/** The definite deal noun of `tokens` ("the deal", "this $1 billion contract"), or null. */
function definiteDealNoun(tokens: readonly Token[], nouns: ReadonlySet<string>): Token | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!DEFINITE.has((tokens[k] as Token).lower)) continue;
    for (let n = k + 1; n <= k + 1 + DEAL_MODIFIERS && n < tokens.length; n++) {
      const w = tokens[n] as Token;
      if (w.pos === "NOUN" && nouns.has(w.lemma) && tokens[n + 1]?.pos !== "NOUN") return w;
      if (w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "NUM" && !/^[-$€£]$/u.test(w.text)) break;
    }
  }
  return null;
}

/**
 * The index of a verb of signing (supplyWords signingVerbs) whose object is a deal noun ("signed a
 * contract", "inked a $2 billion deal"), or in the passive its subject ("A contract was signed"), or -1: a verb and a deal noun elsewhere in the sentence
 * ("which signed the treaty ... a deal") do not make a signing.
 */
function signingVerb(tokens: readonly Token[], nouns: ReadonlySet<string>, table: FrameTable): number {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.pos !== "VERB" || !(table.signing.has(t.lower) || table.signing.has(t.lemma))) continue;
    for (let n = v + 1; n <= v + SIGNED_NOUN_REACH && n < tokens.length; n++) {
      const w = tokens[n] as Token;
      if (w.pos === "NOUN" && nouns.has(w.lemma)) return v;
      if (!DEAL_OBJECT_TAGS.test(w.pos) && !/^[-$€£]$/u.test(w.text)) break;
    }
    let k = v - 1;
    while (k >= 0 && (tokens[k] as Token).pos === "AUX") k--;
    const subject = tokens[k];
    if (k < v - 1 && subject?.pos === "NOUN" && nouns.has(subject.lemma)) return v;
  }
  return -1;
}

/** True when no other verb stands between the verb of signing at `v` and the "with" at `k`. */
function inSigningPhrase(tokens: readonly Token[], v: number, k: number): boolean {
  return k > v && tokens.slice(v + 1, k).every((t) => t.pos !== "VERB" && t.pos !== "AUX");
}

/**
 * True when mention `m` heads the with-phrase opened at `at`: no verb stands before it, every "of"
 * before it follows a firm noun ("the US subsidiary of BAE Systems", not "the approval of the
 * European Union", "the help of France"), and it is no possessor ("France's approval") or modifier
 * of a noun after it ("the US subsidiary").
 */
function headsWithPhrase(tokens: readonly Token[], at: number, m: Mention): boolean {
  if (m.first <= at) return false;
  for (let k = at + 1; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") return false;
    if (t.lower === "of" && !FIRM_NOUNS.has(tokens[k - 1]?.lemma ?? "")) return false;
  }
  const next = tokens[m.last];
  if (next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN")) return false;
  return !POSSESSIVE_MARK.test(next?.lower ?? "");
}

/**
 * The partner a purchase to `recipients` in sentence `s`, with verb `trigger`, takes from a deal
 * noun whose signing a body sentence just after it tells with that partner (see the file's header),
 * or null.
 */
export function partnerAfter(
  state: DocState,
  index: FactIndex,
  s: number,
  recipients: readonly string[],
  trigger: string,
  table: FrameTable,
): { source: string; resolved: Resolution[] } | null {
  const recipient = oneBuyer(state, index, s, recipients);
  if (!recipient || (state.sentences[s] as Sentence).headline) return null;
  const nouns = dealNouns(table);
  for (const later of bodySentencesAfter(state, s, REACH)) {
    const i = later.index;
    const tokens = later.tokens;
    const v = signedDealVerb(tokens, nouns, table);
    if (v < 0) continue;
    if (index.suppliesIn(i).length > 0) return null;
    if (modalityOf(plainWords(tokens), modalityCuesOf(state)) !== "asserted") return null;
    const at = tokens.findIndex((t, k) => k > v && k <= v + WITH_REACH && t.lower === "with");
    // "The deal was signed together with Chile": a co-signer, no partner.
    if (at < 0 || COMPANIONS.has(tokens[at - 1]?.lower ?? "")) return null;
    const mentions = state.mentions[i] ?? [];
    const own = (m: Mention): boolean =>
      m.name === recipient || m.country === recipient || index.affiliated(m.name, recipient);
    const actor = (m: Mention): boolean => m.type === "Country" || m.type === "Organization";
    if (mentions.some((m) => actor(m) && m.first < at && !own(m))) return null;
    // "with the original equipment manufacturer, the US subsidiary of BAE Systems": the last name of the phrase.
    const phrase = mentions.filter((m) => headsWithPhrase(tokens, at, m));
    const partners = phrase.filter((m) => actor(m) && !own(m));
    const partner = partners.find((m) => m.type === "Organization") ?? partners[0];
    if (!partner || new Set(partners.filter((m) => m.type === partner.type).map((m) => m.name)).size !== 1)
      return null;
    return { source: partner.name, resolved: [resolutionOf(trigger, partner.name, i, partner)] };
  }
  return null;
}

/**
 * The index of the verb of `tokens` that tells a deal signed when the sentence opens with a
 * definite deal noun as its subject and that verb in the passive ("The deal was inked", "The
 * contract has been signed"), or -1.
 */
function signedDealVerb(tokens: readonly Token[], nouns: ReadonlySet<string>, table: FrameTable): number {
  if (!DEFINITE.has(tokens[0]?.lower ?? "")) return -1;
  let n = 1;
  while (n <= DEAL_MODIFIERS + 1 && tokens[n] && tokens[n]?.pos !== "NOUN") n++;
  const noun = tokens[n];
  if (!noun || !nouns.has(noun.lemma) || tokens[n + 1]?.pos === "NOUN") return -1;
  let v = n + 1;
  let passive = false;
  while (tokens[v]?.pos === "AUX" || tokens[v]?.pos === "ADV") {
    if (BE_FORMS.has((tokens[v] as Token).lower)) passive = true;
    v++;
  }
  const verb = tokens[v];
  if (!passive || !verb || verb.pos !== "VERB") return -1;
  const signing = (w: string): boolean => table.signing.has(w) || table.dealCompletion.has(w);
  return signing(verb.lower) || signing(verb.lemma) ? v : -1;
}
