/**
 * Goods told by their arrival: "Nearly 40 Russian tanks have arrived from Russia to Serbia", "The
 * first batch of equipment from Germany arrived in Latvia". The country or body the goods come
 * "from" supplies the country they arrive in, and the named goods.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import { mentionsIn, modalityOf } from "../clause.ts";
import type { FrameTable } from "../frames.ts";
import { PERSONNEL_WORDS } from "../lexicon/triggers.ts";
import type { Mention, Token } from "../types.ts";
import type { Emit } from "./shared.ts";
import { VERB_GROUP_FILLER } from "../words.ts";

const PERSONNEL = new Set(PERSONNEL_WORDS);

/** The rule id of the facts of an arrival. */
const ARRIVAL_RULE = "supply-arrive";

/** Parts of speech of the goods' noun phrase before the verb ("Nearly 40 tanks", "The first batch of equipment from Germany"). */
const NOUN_PHRASE = /^(?:DET|ADJ|ADV|NUM|NOUN|PROPN|ADP|CCONJ)$/u;

/** Words that open a relative clause: goods "that arrived" are another verb's object. */
const RELATIVES = new Set(["that", "which", "who"]);

/** Words that make an arrival a stop on the way ("on its way to", "en route", "via"). */
const TRANSIT = /^(?:way|route|transit|bound|destined|via|onward|through)$/u;

/** How many words a place phrase after the verb may hold before its country. */
const PLACE_REACH = 6;

/**
 * A verb of arriving whose subject is goods (a weapon or an arms word, not people) and that names
 * where they come from after "from", in their own phrase or after the verb: that country or body
 * supplies the country (or a capital's country) after "to", "in" or "at", and the weapons of the
 * subject. Nothing when the goods are another verb's object or in a relative clause ("detained a
 * shipment that arrived from X"), when the arrival is hedged, a stop on the way, goods of another
 * country than the one they come from ("US F-35 jets arrived in Poland from Germany"), or a visit
 * (lexicon arrivalVerbs, visitWords: "for exercises", a port call of named warships).
 */
export function supplyArrival(ix: SentenceIndex, t: number, emit: Emit, table: FrameTable): void {
  const tokens = ix.sentence.tokens;
  let end = t;
  while (end > 0 && VERB_GROUP_FILLER.test((tokens[end - 1] as Token).pos)) end--;
  // "equipment from the EU, provided by the European Peace Facility, arrived in Moldova": an aside
  // set off by commas between the goods and the verb.
  const aside = end > 0 && (tokens[end - 1] as Token).text === "," ? asideStart(tokens, end - 1) : -1;
  if (aside >= 0) end = aside;
  let start = end;
  while (start > 0) {
    const w = tokens[start - 1] as Token;
    if (RELATIVES.has(w.lower)) return;
    if (!ix.cover[start - 1] && !NOUN_PHRASE.test(w.pos) && w.text !== "-") break;
    start--;
  }
  // "The Army received weapons that …", "Customs seized tanks arriving …": the goods are another verb's object.
  if (start > 0 && (tokens[start - 1] as Token).text !== ",") return;
  if (start === end) return;
  const subject = tokens.slice(start, end);
  const weapons = mentionsIn(ix, start, end).filter((m) => m.type === "WeaponSystem");
  const goods = weapons.length > 0 || subject.some((w) => table.arms.has(w.lower) && !PERSONNEL.has(w.lower));
  if (!goods || subject.some((_, i) => ix.cover[start + i]?.type === "Person")) return;
  // "The frigate HMS Kent arrived in Oman from the UK": a named warship arriving visits.
  if (weapons.some((m) => m.rule === "ship-prefix")) return;
  const words = tokens.map((w) => w.lower);
  if (words.some((w) => TRANSIT.test(w))) return;
  // "arrived in Venezuela for exercises": a visit; "patrol boats" in a weapon's name are goods.
  if (words.some((w, k) => k > t && !ix.cover[k] && table.visit.has(w))) return;
  if (modalityOf(words.slice(start), ix.modalityCues) !== "asserted") return;
  const suppliers = [...fromPhrase(ix, start, end), ...fromPhrase(ix, t + 1, tokens.length)];
  if (suppliers.length === 0) return;
  // "US F-35 jets arrived in Poland from Germany": goods of another country than the one they come
  // from are its own forces moving.
  const owners = mentionsIn(ix, start, end).filter((m) => m.type === "Country");
  if (owners.some((m) => !suppliers.some((s) => s.name === m.name))) return;
  const recipients = arrivalPlaces(ix, t + 1);
  const named = weapons.filter((m) => !suppliers.some((s) => s.mention && s.mention.first < m.first));
  for (const s of suppliers) {
    if (recipients.some((r) => r.name === s.name)) return;
    for (const r of recipients)
      emit(s.name, "supplies", r.name, (tokens[t] as Token).text, ARRIVAL_RULE, "asserted");
    for (const w of named)
      emit(s.name, "supplies", w.name, (tokens[t] as Token).text, ARRIVAL_RULE, "asserted");
  }
}

/** How many words an aside between the goods and the verb may hold. */
const ASIDE_REACH = 12;

/** The index of the comma that opens an aside closed by the comma at `close`, or -1. */
function asideStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0 && k > close - ASIDE_REACH; k--) {
    const w = tokens[k] as Token;
    if (w.text === ",") return k;
    if (w.pos === "PUNCT" && w.text !== "-") return -1;
  }
  return -1;
}

/**
 * The countries (by name, not a demonym) and bodies right after the first "from" in [from, to),
 * past a determiner, coordinated with "and" ("from Denmark and the Netherlands").
 */
function fromPhrase(ix: SentenceIndex, from: number, to: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const at = tokens.slice(from, to).findIndex((w) => w.lower === "from");
  if (at < 0) return [];
  const out: ChunkHead[] = [];
  let k = from + at + 1;
  while (k < to) {
    const w = tokens[k] as Token;
    if (w.pos === "DET" || w.lower === "and" || w.text === ",") {
      k++;
      continue;
    }
    const m = ix.cover[k];
    if (!m || m.first !== k || !supplierMention(m)) break;
    out.push({ mention: m, name: m.name, unnamed: false });
    k = m.last;
  }
  return out;
}

/** A country named by its name (not a demonym of the goods) or a body: who goods come from. */
function supplierMention(m: Mention): boolean {
  return (m.type === "Country" && m.kind !== "demonym") || m.type === "Organization";
}

/**
 * The country where the goods arrive: a country, or a capital's country, in the first phrase
 * after "to", "in" or "at" that follows the verb (past its from-phrase).
 */
function arrivalPlaces(ix: SentenceIndex, from: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.lower !== "to" && w.lower !== "in" && w.lower !== "at") continue;
    for (const m of mentionsIn(ix, k + 1, Math.min(tokens.length, k + 1 + PLACE_REACH))) {
      const country = m.type === "Country" ? m.name : m.kind === "capital" ? m.country : undefined;
      if (country) return [{ mention: m, name: country, unnamed: false }];
      if (m.type !== "Location") return [];
    }
    return [];
  }
  return [];
}
