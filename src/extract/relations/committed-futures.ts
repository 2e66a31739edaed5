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
import type { SentenceIndex } from "../chunks.ts";
import { modalityOf } from "../clause.ts";
import type { Zone } from "../clause.ts";
import type { FrameTable } from "../frames.ts";
import {
  AID_PACKAGE_NOUNS,
  AID_PACKAGE_PREPOSITIONS,
  ANNOUNCING_FORMS,
  FUTURE_AUXILIARIES,
  PERSONNEL_WORDS,
  UNCONCLUDED_WORDS,
} from "../lexicon/triggers.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { Token } from "../types.ts";
import { singular } from "../words.ts";

const PACKAGES = new Set(AID_PACKAGE_NOUNS);
const PACKAGE_PREPS = new Set(AID_PACKAGE_PREPOSITIONS);
const ANNOUNCING = new Set(ANNOUNCING_FORMS);
const UNCONCLUDED = new Set(UNCONCLUDED_WORDS);
const PERSONNEL = new Set(PERSONNEL_WORDS);

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
function packagePart(tokens: Token[], from: number, to: number): boolean {
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
    if (modalityOf(own) !== "asserted" || [...own, ...tail].some((w) => UNCONCLUDED.has(w))) continue;
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
    packagePart(tokens, 0, first) ||
    packagePart(tokens, zone.start, zone.end)
  );
}
