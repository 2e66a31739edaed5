/**
 * Committed futures of aid. A future gift that its giver announced ("The United States announced
 * Monday it would provide Ukraine with $1 billion in ammunition", "Kishida announced that Japan will
 * provide Vietnam with six ships") or that is told as part of an aid package ("As part of a new $725
 * million security assistance package, the United States will send ammunition to Ukraine", "In its
 * latest aid package, US will deliver …") is an announced package, which the ontology counts as a
 * committed transfer. Only the future's own tense is lifted, and only for goods: any other hedge
 * ("may", "plans to", "a proposed package", "a package still being negotiated") keeps the supply
 * hedged, and troops announced for a deployment stay planned.
 */
import type { Chunk, SentenceIndex } from "../chunks.ts";
import { modalityOf, subjectBefore, trailingReport } from "../clause.ts";
import type { Zone } from "../clause.ts";
import type { ModalityTable } from "../modality-cues.ts";
import type { FrameTable } from "../frames.ts";
import {
  AID_PACKAGE_NOUNS,
  AID_PACKAGE_PREPOSITIONS,
  ANNOUNCING_FORMS,
  FUTURE_AUXILIARIES,
  PERSONNEL_WORDS,
  TOLD_FUTURE_AUXILIARIES,
  TOLD_FUTURE_FRAMES,
  TRAILING_REPORT_VERBS,
  UNCONCLUDED_WORDS,
  FUTURE_CONDITION_WORDS,
  FUTURE_TIME_WORDS,
  BACKGROUND_SUBORDINATORS,
} from "../lexicon/triggers.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { Token } from "../types.ts";
import { singular } from "../words.ts";
import { DEFINITE_PLURAL_DETERMINER_WORDS, chunkActorNames } from "./shared.ts";

const PACKAGES = new Set(AID_PACKAGE_NOUNS);
const PACKAGE_PREPS = new Set(AID_PACKAGE_PREPOSITIONS);
const ANNOUNCING = new Set(ANNOUNCING_FORMS);
const UNCONCLUDED = new Set(UNCONCLUDED_WORDS);
const PERSONNEL = new Set(PERSONNEL_WORDS);
const TOLD_AUXILIARIES = new Set(TOLD_FUTURE_AUXILIARIES);
const TOLD_FRAMES = new Set(TOLD_FUTURE_FRAMES);
const REPORTING = new Set(TRAILING_REPORT_VERBS);
const CONDITIONS = new Set(FUTURE_CONDITION_WORDS);
const FUTURE_TIMES = new Set(FUTURE_TIME_WORDS);
const BACKGROUND = new Set(BACKGROUND_SUBORDINATORS);
/** Tags of the words between a goods noun and its determiner ("the first two Black Hawk helicopters"). */
const GOODS_PHRASE_TAGS = /^(?:ADJ|NUM|NOUN|PROPN)$/u;

/** Auxiliaries of the future that a committed future may carry. */
export const FUTURE = new Set(FUTURE_AUXILIARIES);

/** How many words a package's own phrase may hold before its noun ("a new $725 million security assistance"). */
const PACKAGE_PHRASE_REACH = 10;
/** How many words after a package noun may hedge it ("a package still being negotiated", "that Congress has yet to pass"). */
const PACKAGE_TAIL_REACH = 6;
/** Tags of the words of a package's own phrase. */
const PACKAGE_PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN|PROPN|SYM|PRON)$/u;

/**
 * True when the words before a clause's subject at `first` announce it: an announcing verb form,
 * maybe a time adverbial after it and a "that" ("announced Monday it would", "announced that Japan
 * will").
 */
function announcedBefore(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "that") k--;
  const time = k >= 0 ? timeAdverbialStart(tokens, k) : -1;
  if (time >= 0) k = time - 1;
  const verb = tokens[k];
  return verb !== undefined && verb.pos === "VERB" && ANNOUNCING.has(verb.lower);
}

/**
 * True when tokens `from` to `to` hold a package the clause belongs to: a package noun whose own
 * phrase opens with "as part of", "in", "under" or "through" ("as part of a new $725 million
 * security assistance package", "in its most recent aid package") and is not left open ("a proposed
 * package", "a package still being discussed").
 */
function packagePart(tokens: Token[], from: number, to: number, cues: ModalityTable): boolean {
  for (let k = from; k < to; k++) {
    if (!PACKAGES.has(singular((tokens[k] as Token).lower))) continue;
    let open = -1;
    for (let j = k - 1; j >= Math.max(from, k - PACKAGE_PHRASE_REACH); j--) {
      const w = tokens[j] as Token;
      if (PACKAGE_PREPS.has(w.lower) && (w.lower !== "of" || tokens[j - 1]?.lower === "part")) {
        open = j;
        break;
      }
      if (!PACKAGE_PHRASE_TAGS.test(w.pos) && !/^[-$€£¥,.]$/u.test(w.text)) break;
    }
    if (open < 0) continue;
    const own = tokens.slice(open + 1, k).map((w) => w.lower);
    const tail = tokens.slice(k + 1, k + 1 + PACKAGE_TAIL_REACH).map((w) => w.lower);
    if (modalityOf(own, cues) !== "asserted" || [...own, ...tail].some((w) => UNCONCLUDED.has(w))) continue;
    return true;
  }
  return false;
}

/**
 * True when the zone moves goods: a named weapon, a noun of arms other than the broad ones and
 * people ("ammunition", "equipment"; not "aid", "troops"), or of materiel ("military vehicles").
 */
function goodsIn(tokens: Token[], zone: Zone, table: FrameTable): boolean {
  if (zone.weapons.length > 0) return true;
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (table.materiel.has(singular(w.lower))) return true;
    const arms = table.arms.has(w.lower) && !table.broadArms.has(w.lower) && !PERSONNEL.has(w.lower);
    if (arms && w.pos === "NOUN") return true;
  }
  return false;
}

/**
 * True when a future gift of goods, whose subject opens at `first` and whose object zone is `zone`,
 * is committed: announced by the words before its subject, or told as part of a package before its
 * subject or in its zone (see the file's header). The caller lifts only the future's own hedge.
 */
export function committedFuture(ix: SentenceIndex, first: number, zone: Zone, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  if (!goodsIn(tokens, zone, table)) return false;
  return (
    announcedBefore(tokens, first) ||
    packagePart(tokens, 0, first, ix.modalityCues) ||
    packagePart(tokens, zone.start, zone.end, ix.modalityCues)
  );
}

/**
 * True when someone named who is neither party forecasts the clause whose subject opens at `first`
 * and whose zone is `zone` ("Iran will supply drones to Russia, US officials said", "US officials
 * said Iran will supply …"): a third party's forecast is no told transfer. The giver's or the
 * receiver's own statement ("…, Berlin said Sunday"), and an unnamed source's, are.
 */
function forecastByOther(
  ix: SentenceIndex,
  first: number,
  zone: Zone,
  parties: ReadonlySet<string>,
): boolean {
  const tokens = ix.sentence.tokens;
  const speakers: Chunk[] = [];
  if (tokens[zone.end]?.text === "," && trailingReport(ix, zone.end)) {
    const chunk = ix.chunkAt[zone.end + 1];
    if (chunk) speakers.push(chunk);
  }
  let k = first - 1;
  if (tokens[k]?.lower === "that") k--;
  const verb = tokens[k];
  if (verb?.pos === "VERB" && REPORTING.has(verb.lemma)) {
    const chunk = subjectBefore(ix, k).chunk;
    if (chunk) speakers.push(chunk);
  }
  return speakers.some((c) => {
    const named = chunkActorNames(c);
    return named.size > 0 && ![...named].some((name) => parties.has(name));
  });
}

/**
 * The words of a future transfer's own terms: from its zone to the end of the sentence, stopping at
 * a report that closes it (", Berlin said Sunday") and at a clause of background after a comma
 * (", as Kyiv seeks heavier weapons"); a relative clause on its terms stays in ("under a contract
 * that is still being negotiated").
 */
function termsOf(ix: SentenceIndex, zone: Zone): string[] {
  const tokens = ix.sentence.tokens;
  const out: string[] = [];
  for (let k = zone.start; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.text === "," && (BACKGROUND.has(tokens[k + 1]?.lower ?? "") || trailingReport(ix, k))) break;
    if (w.text === ";") break;
    out.push(w.lower);
  }
  return out;
}

/**
 * True when the goods the zone moves are definite ("the frigates", "the first howitzers"): goods
 * told before, whose commitment the earlier telling decides, not goods a future introduces.
 */
function definiteGoods(tokens: Token[], zone: Zone, table: FrameTable): boolean {
  const heads: number[] = zone.weapons.map((m) => m.first);
  for (let k = zone.start; k < zone.end; k++) {
    const w = tokens[k] as Token;
    if (table.materiel.has(singular(w.lower)) || (table.arms.has(w.lower) && w.pos === "NOUN")) heads.push(k);
  }
  return heads.some((h) => {
    let k = h - 1;
    while (k >= zone.start && GOODS_PHRASE_TAGS.test((tokens[k] as Token).pos)) k--;
    return DEFINITE_PLURAL_DETERMINER_WORDS.has(tokens[k]?.lower ?? "");
  });
}

/**
 * True when the verb at `t`, of frame `frameId`, tells a transfer of goods in the plain future,
 * which the ontology counts as committed (docs/ontology.md, "Supplies"): a frame of handing goods
 * over in either direction (TOLD_FUTURE_FRAMES), "will", "shall" or "'ll" right before the verb
 * (adverbs or a progressive "be" between: "will further provide", "will be handing over"), no other
 * hedge in its cue words `cues` (the subject's, the words before the verb, a framing clause's), none
 * in its own terms beside a future time ("next year") and no condition there ("if", "once", "still
 * being negotiated"), goods in its zone that it introduces (not "the frigates"), and no forecast by a
 * named third party. `parties` are the actors of its subject and zone. ("The US Coast Guard will
 * transfer two Island-class patrol boats to Ukraine during a ceremony", "In the coming weeks,
 * Ukraine will receive Leopard 1 tanks from Germany and Denmark"; not "will receive the jets if
 * Congress agrees", "is expected to say it will send", "will send troops", "will buy", "would sell".)
 */
export function toldFuture(
  ix: SentenceIndex,
  t: number,
  frameId: string,
  zone: Zone,
  table: FrameTable,
  cues: readonly string[],
  parties: ReadonlySet<string>,
): boolean {
  if (!TOLD_FRAMES.has(frameId)) return false;
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0 && ((tokens[k] as Token).pos === "ADV" || (tokens[k] as Token).lower === "be")) k--;
  if (k < 0 || !TOLD_AUXILIARIES.has((tokens[k] as Token).lower)) return false;
  if (
    modalityOf(
      cues.filter((w) => !TOLD_AUXILIARIES.has(w)),
      ix.modalityCues,
    ) !== "asserted"
  )
    return false;
  // "As part of a proposed package, the United States will send …": the words fronted before the
  // subject hedge it too, beside a future time or a future before ("In the coming weeks, Ukraine
  // will receive …", "Algeria will receive … and Uganda will get …").
  const subject = subjectBefore(ix, k).chunk;
  const fronted = tokens.slice(0, subject?.first ?? k).map((w) => w.lower);
  if (
    modalityOf(
      fronted.filter((w) => !FUTURE_TIMES.has(w) && !TOLD_AUXILIARIES.has(w)),
      ix.modalityCues,
    ) !== "asserted" ||
    fronted.some((w) => UNCONCLUDED.has(w))
  )
    return false;
  const terms = termsOf(ix, zone);
  if (
    modalityOf(
      terms.filter((w) => !FUTURE_TIMES.has(w)),
      ix.modalityCues,
    ) !== "asserted"
  )
    return false;
  if (terms.some((w) => UNCONCLUDED.has(w) || CONDITIONS.has(w))) return false;
  if (!goodsIn(tokens, zone, table) || definiteGoods(tokens, zone, table)) return false;
  return !forecastByOther(ix, subject?.first ?? k, zone, parties);
}
