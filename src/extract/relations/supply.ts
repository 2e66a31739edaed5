/**
 * supplies rules: active ("supplying Russia with missiles"), passive ("supplied by Iran to
 * Russia"), converse ("received shells from"), personnel ("deployed troops to") and nominal
 * ("Iran's shipments of drones to Russia", "US military aid to Ukraine") triggers.
 */
import { type ChunkHead, type SentenceIndex, actorOf, chunkHeads, chunkPossessors } from "../chunks.ts";
import { modalityOf, subjectBefore, wordsBefore, zoneAfter, type Zone } from "../clause.ts";
import {
  NON_SUPPLY_OBJECTS,
  PERSONNEL_WORDS,
  RECIPIENT_OBJECT_VERBS,
  PERSONNEL_VERBS,
  RECEIVE_VERBS,
  SUPPLY_NOUNS,
  SUPPLY_VERBS,
} from "../lexicon/triggers.ts";
import type { Mention, Token } from "../types.ts";
import { MEET } from "./meet.ts";
import { type Emit, actorHeads, clauseStart, framingCues, recipientHeads, zoneHeads } from "./shared.ts";

/** Supply verbs, by lemma. */
export const SUPPLY = new Set(SUPPLY_VERBS);
const NOT_SUPPLIED = new Set(NON_SUPPLY_OBJECTS);
/** Receive verbs, by lemma. */
export const RECEIVE = new Set(RECEIVE_VERBS);
/** Supply nouns, by lemma. */
export const SUPPLY_N = new Set(SUPPLY_NOUNS);
const PERSONNEL = new Set(PERSONNEL_VERBS);
const RECIPIENT_OBJECT = new Set(RECIPIENT_OBJECT_VERBS);
const PERSONNEL_NOUNS = new Set(PERSONNEL_WORDS);

function hasPersonnel(ix: SentenceIndex, zone: Zone): boolean {
  for (let k = zone.start; k < zone.end; k++)
    if (PERSONNEL_NOUNS.has((ix.sentence.tokens[k] as Token).lower)) return true;
  return false;
}

/** The supply rules for the verb at token `t`. */
export function supplyVerb(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const subject = subjectBefore(ix, t);
  const zone = zoneAfter(ix, t);
  const modality = modalityOf([...subject.cues, ...wordsBefore(tokens, t, 2), ...framingCues(ix, subject)]);
  const lemma = tok.lemma;
  const directObject = zone.chunks.find((c) => c.prep === "" && c.chunk.first <= t + 2);
  if (RECEIVE.has(lemma)) {
    if (
      directObject &&
      directObject.chunk.items.some((it) => it.kind === "mention" && it.m.type === "Person") &&
      MEET.has(lemma)
    )
      return;
    const suppliers = actorHeads(zoneHeads(zone, ["from"]));
    const recipients = recipientHeads(subject.heads);
    for (const s of suppliers) {
      for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, "receive-from", modality);
      for (const w of zone.weapons) emit(s.name, "supplies", w.name, tok.text, "receive-from", modality);
    }
    return;
  }
  if (communicates(tokens, t)) return;
  let suppliers: ChunkHead[];
  let recipients: ChunkHead[];
  let items: Mention[] = zone.weapons;
  if (subject.passive) {
    suppliers = actorHeads(zoneHeads(zone, ["by"]));
    recipients = recipientHeads([...zoneHeads(zone, ["to"]), ...subject.heads]);
    items = [...items, ...weaponsBefore(ix, t)];
  } else {
    suppliers = actorHeads(subject.heads);
    recipients = recipientHeads(zoneHeads(zone, ["to"]));
    if (RECIPIENT_OBJECT.has(lemma) && directObject)
      recipients.push(...recipientHeads(chunkHeads(directObject.chunk)));
  }
  const personnelZone = subject.passive ? { ...zone, start: clauseStart(ix, t) } : zone;
  if (PERSONNEL.has(lemma) && !hasPersonnel(ix, personnelZone) && items.length === 0) return;
  const rule = subject.passive ? "supply-passive" : "supply-active";
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, rule, modality);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, rule, modality);
  }
}

/** True when the verb's object is a message, speech or the like ("sent a letter to Kim"). */
function communicates(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k < Math.min(tokens.length, t + 5); k++) {
    const w = tokens[k] as Token;
    if (NOT_SUPPLIED.has(w.lower)) return true;
    if (w.pos === "ADP" || w.pos === "PUNCT") return false;
  }
  return false;
}

function weaponsBefore(ix: SentenceIndex, t: number): Mention[] {
  const start = clauseStart(ix, t);
  return ix.mentions.filter((m) => m.type === "WeaponSystem" && m.first >= start && m.last <= t);
}

/** "Iran's shipments of drones to Russia", "US military aid to Ukraine". */
export function supplyNoun(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const zone = zoneAfter(ix, t);
  const recipients = recipientHeads(zoneHeads(zone, ["to"]));
  const items = zone.chunks.length === 0 || zone.chunks[0]?.prep !== "" ? zone.weapons : [];
  let suppliers = actorHeads(zoneHeads(zone, ["from"]));
  if (suppliers.length === 0) {
    // The possessor or a country modifier right before the noun: "Iran's deliveries", "US military aid".
    for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
      const chunk = ix.chunkAt[k];
      if (chunk) {
        const owners = chunkPossessors(chunk);
        suppliers =
          owners.length > 0
            ? owners.map((m) => ({ mention: m, name: actorOf(m).name, unnamed: false }))
            : actorHeads(chunkHeads(chunk));
        break;
      }
      const w = (tokens[k] as Token).lower;
      if (
        !/^(?:military|weapons|arms|new|additional|further|more|its|their|recent|latest|first|planned|potential|possible|lethal|financial|security|ammunition|missile|drone|artillery)$/u.test(
          w,
        )
      )
        break;
    }
  }
  if (suppliers.length === 0 || (recipients.length === 0 && items.length === 0)) return;
  // Without a named weapon only aid, or a supply noun qualified by arms words, counts ("transfer of power" does not).
  const armsWord = /^(?:arms|weapons|military|ammunition|munitions|lethal|defence|defense|security)$/u;
  if (
    zone.weapons.length === 0 &&
    tok.lemma !== "aid" &&
    !armsWord.test(tokens[t - 1]?.lower ?? "") &&
    !armsWord.test(tokens[t - 2]?.lower ?? "")
  )
    return;
  const modality = modalityOf(wordsBefore(tokens, t, 4));
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, "supply-noun", modality);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, "supply-noun", modality);
  }
}
