/**
 * The supplier of a receipt whose goods refer back to a deal told just before ("China donated six
 * Z-9 helicopters on Friday. Kenya received the helicopters at Moi Air Base.", "Turkey sold 20 TB2
 * drones. Morocco took delivery of the drones on Monday."): a transfer with no supplier in its
 * clause (UNNAMED_SUPPLIER, asserted) whose object is a definite phrase of goods ("the helicopters",
 * "these vessels") takes the one supplier of the one deal told in the REACH body sentences before it
 * or in the headline above them ("Japan to supply patrol vessels to the Philippines" over "The
 * Philippines received the vessels on Monday."), when that deal moves goods of the same kind and
 * names no recipient or only the receipt's own.
 * Precision first: two suppliers in reach, a deal told as possible, denied or negated, a deal to
 * another recipient, other goods ("the trucks" after helicopters) or "them" give nothing. The fact's
 * evidence is the receipt's sentence; the supplier keeps its earlier mention as a resolution of the
 * goods phrase.
 */
import type { FrameTable } from "../frames.ts";
import { singular } from "../words.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
import type { DocState, Fact, Resolution, Sentence, Token } from "../types.ts";
import { modalityOf, plainWords } from "../clause.ts";
import { modalityCuesOf } from "../modality-cues.ts";
import { givingVerb, goodsWords, ofKind } from "./deal-frames.ts";
import type { FactIndex } from "./fact-index.ts";
import { DEFINITE_PLURAL_DETERMINER_WORDS, resolutionOf, suppliesInReach } from "./shared.ts";

/** How many body sentences back the deal may be told. */
const REACH = 2;
/** How many words may stand between the determiner and the goods noun ("the six new helicopters"). */
const MODIFIERS = 3;

/** The supplier a receipt in sentence `s` to `recipients` takes from the deal before it, with its resolution; or null. */
export function backReferredSupplier(
  state: DocState,
  index: FactIndex,
  s: number,
  recipients: readonly string[],
  table: FrameTable,
): { source: string; resolved: Resolution[] } | null {
  if (recipients.length === 0) return null;
  const sentence = state.sentences[s] as Sentence;
  const phrase = goodsPhrase(sentence.tokens);
  if (!phrase) return null;
  const facts = suppliesInReach(state, index, s, -1, REACH, true);
  if (facts.length === 0) return null;
  const suppliers = new Set(facts.map((f) => f.source));
  if (suppliers.size !== 1) return null;
  if (facts.some((f) => f.modality !== "asserted" && f.modality !== "planned")) return null;
  const source = [...suppliers][0] as string;
  if (recipients.includes(source)) return null;
  const actors = new Set(
    state.mentions.flatMap((list) => list.filter((m) => m.type !== "WeaponSystem").map((m) => m.name)),
  );
  // A deal to another recipient is another deal.
  if (facts.some((f) => actors.has(f.target) && !recipients.includes(f.target))) return null;
  const dealSentence = (facts[0] as Fact).sentence;
  const told = goodsWords(state.sentences[dealSentence] as Sentence, state.mentions[dealSentence] ?? []);
  if (!ofKind(singular(phrase.noun.lower), told, table)) return null;
  const from = (state.mentions[dealSentence] ?? []).find((m) => m.name === source);
  if (!from) return null;
  const text = sentence.text.slice(phrase.start - sentence.start, phrase.noun.end - sentence.start);
  return { source, resolved: [resolutionOf(text, source, dealSentence, from)] };
}

/** True when the word after a noun makes it an owner: a possessive mark or "of". */
function ownerWord(next: Token | undefined): boolean {
  return next !== undefined && (POSSESSIVE_MARK.test(next.text) || next.lower === "of");
}

/** The first definite goods phrase after a verb in `tokens`: its start offset and its head noun; or null. */
function goodsPhrase(tokens: readonly Token[]): { start: number; noun: Token } | null {
  const verb = tokens.findIndex((t) => t.pos === "VERB");
  if (verb < 0) return null;
  for (let k = verb + 1; k < tokens.length; k++) {
    const det = tokens[k] as Token;
    if (!DEFINITE_PLURAL_DETERMINER_WORDS.has(det.lower)) continue;
    for (let n = k + 1; n <= k + 1 + MODIFIERS && n < tokens.length; n++) {
      const t = tokens[n] as Token;
      // "donated the boats' engines", "the boats of the navy": a possessor or a noun of an
      // of-phrase is not the object; something the goods have is given, or other goods.
      if (t.pos === "NOUN" && tokens[n + 1]?.pos !== "NOUN")
        return ownerWord(tokens[n + 1]) ? null : { start: det.start, noun: t };
      if (t.pos !== "ADJ" && t.pos !== "NUM" && t.pos !== "NOUN") break;
    }
    return null;
  }
  return null;
}

/**
 * The supplier a purchase with no seller in sentence `s` ("Poland ordered 180 K2 tanks last year.")
 * takes from the delivery told right after it ("South Korea delivered the first ten tanks on
 * Monday."): the one supplier of every supply told in the REACH body sentences after it, when that
 * supply is asserted, moves only a definite phrase of goods referred back to ("the first ten tanks")
 * of the kind of every goods word of the purchase, and names no recipient. The fact's evidence is
 * the delivery's sentence; the buyer keeps its mention in the purchase as a resolution of the goods
 * phrase. A delivery that may happen, of other goods, to a recipient, or two suppliers after the
 * purchase give nothing.
 */
export function forwardSupplier(
  state: DocState,
  index: FactIndex,
  s: number,
  recipients: readonly string[],
  table: FrameTable,
): { source: string; sentence: number; trigger: string; resolved: Resolution[] } | null {
  if (recipients.length !== 1) return null;
  const recipient = recipients[0] as string;
  const facts = suppliesInReach(state, index, s, 1, REACH, true);
  const delivery = facts[0];
  if (!delivery) return giverAhead(state, index, s, recipient, table);
  if (facts.some((f) => f.source !== delivery.source || f.modality !== "asserted")) return null;
  const later = state.sentences[delivery.sentence] as Sentence;
  const mentions = state.mentions[delivery.sentence] ?? [];
  // Every fact of the delivery moves generic goods: a recipient or a named model is another deal's.
  const generic = new Set(mentions.filter((m) => m.kind === "generic-weapon").map((m) => m.name));
  if (facts.some((f) => f.sentence !== delivery.sentence || !generic.has(f.target))) return null;
  if (delivery.source === recipient) return null;
  const phrase = goodsPhrase(later.tokens);
  if (!phrase) return null;
  return backTo(state, index, s, recipient, table, later, phrase, {
    source: delivery.source,
    sentence: delivery.sentence,
    trigger: delivery.trigger,
  });
}

/**
 * The supplier `delivery` in sentence `later` of the purchase or receipt in sentence `s`, with the
 * buyer's resolution of the goods phrase `phrase`, when that phrase's goods are of the kind of every
 * goods word of sentence `s` and `recipient` is the only party sentence `s` names; or null.
 */
function backTo(
  state: DocState,
  index: FactIndex,
  s: number,
  recipient: string,
  table: FrameTable,
  later: Sentence,
  phrase: { start: number; noun: Token },
  delivery: { source: string; sentence: number; trigger: string },
): { source: string; sentence: number; trigger: string; resolved: Resolution[] } | null {
  const word = singular(phrase.noun.lower);
  const told = goodsWords(state.sentences[s] as Sentence, state.mentions[s] ?? []);
  const kinds = table.goodsKinds.get(word) ?? new Set<string>();
  if (told.size === 0 || ![...told].every((w) => w === word || kinds.has(w))) return null;
  const from = (state.mentions[s] ?? []).find((m) => m.name === recipient);
  if (!from || !onlyParty(state, index, s, recipient)) return null;
  return {
    ...delivery,
    resolved: [
      resolutionOf(
        later.text.slice(phrase.start - later.start, phrase.noun.end - later.start),
        recipient,
        s,
        from,
      ),
    ],
  };
}

/**
 * "Fiji received two patrol boats on Thursday. Australia donated the boats in January.": with no
 * supply told in the REACH body sentences after a purchase or receipt, the first of them whose
 * subject is a country or a body, whose verb is one of giving (a supplies verb row whose subject
 * supplies) and whose object is a definite phrase of the receipt's goods ("the boats", not a
 * weapon the entity stage names) gives its subject as the supplier; the sentence must be asserted
 * and name no other country or body after its verb (a recipient of its own).
 */
function giverAhead(
  state: DocState,
  index: FactIndex,
  s: number,
  recipient: string,
  table: FrameTable,
): { source: string; sentence: number; trigger: string; resolved: Resolution[] } | null {
  let body = 0;
  for (let i = s + 1; i < state.sentences.length && body < REACH; i++) {
    const later = state.sentences[i] as Sentence;
    if (later.headline) continue;
    body++;
    const tokens = later.tokens;
    const v = tokens.findIndex((t) => t.pos === "VERB");
    const verb = tokens[v];
    if (!verb || !givingVerb(table, verb.lemma)) continue;
    const mentions = state.mentions[i] ?? [];
    const giver = mentions.find(
      (m) =>
        (m.type === "Country" || m.type === "Organization") &&
        m.last <= v &&
        tokens.slice(m.last, v).every((t) => t.pos === "AUX" || t.pos === "ADV"),
    );
    if (!giver || giver.name === recipient) return null;
    if (mentions.some((m) => m.first > v && m.type !== "WeaponSystem" && m.type !== "Location")) return null;
    const phrase = goodsPhrase(tokens);
    if (!phrase || tokens[v + 1]?.start !== phrase.start) return null;
    if (modalityOf(plainWords(tokens), modalityCuesOf(state)) !== "asserted") return null;
    return backTo(state, index, s, recipient, table, later, phrase, {
      source: giver.name,
      sentence: i,
      trigger: verb.text,
    });
  }
  return null;
}

/**
 * True when every actor that sentence `s` names is `recipient` or tied to it (its body, its
 * official): "Poland and Romania ordered tanks" or "Poland ordered tanks and Romania bought jets"
 * tell more than one buyer.
 */
function onlyParty(state: DocState, index: FactIndex, s: number, recipient: string): boolean {
  const tied = index.affiliatesOf(recipient);
  return (state.mentions[s] ?? []).every(
    (m) => m.type === "WeaponSystem" || m.name === recipient || m.country === recipient || tied.has(m.name),
  );
}
