/**
 * Stage 5f, named vessels: a ship the text names as one of the vessels it says were supplied is
 * supplied by the same supplier. News of a handed-over patrol boat or frigate names the ship apart
 * from the sentence of the handover: "Piriou has handed over the first of three OPV 58S patrol
 * vessels to Senegal's Navy. … Construction of the first vessel, Walo, began in 2020", "The two
 * vessels, designated TTCG Scarborough and TTCG Port of Spain, …", "The VOEA Ngahau Siliva is the
 * second Guardian-class Patrol Boat for Tonga". A named ship is tied to a vessel when the entity
 * rule read it after a vessel noun or a naming word, when a vessel noun or class stands right
 * before it or a naming word (`vesselNamingWords`) two words before, or when a copula and a vessel
 * follow it; a ship whose prefix names the navy of the vessels' taker (the recipient of the vessel
 * supplies or, when none is told, the document's one country that is not a supplier's) is tied when
 * it is the subject of a passive of service or naming ('"SLCG Samudra Raksha" and "SLCG Samaraksha"
 * were Commissioned'). Its supplier is whoever the document's asserted supplies of vessels come from,
 * at most two (a company and its country). A ship of the supplier's own navy by its prefix ("aboard
 * HMAS Adelaide") is not supplied unless named as former ("ex-USS Monsoon"); a sentence with a hedge
 * ("will be delivered") gives nothing, but a future of naming is none ("The submarines will be named
 * 'BNS Nabajatra' and 'BNS Joyjatra'").
 */
import { modalityOf, plainWords } from "./clause.ts";
import { modalityCuesOf } from "./modality-cues.ts";
import { ownCountries } from "./own-countries.ts";
import { resolutionOf } from "./relations/shared.ts";
import { type FrameTable, frameTableOf } from "./frames.ts";
import { FUTURE_AUXILIARIES } from "./lexicon/triggers.ts";
import { SHIP_NOUNS, VESSEL_NOUNS } from "./lexicon/weapons.ts";
import { SHIP_RULES } from "./ship-names.ts";
import type { DocState, Fact, Mention, Stage, Token } from "./types.ts";
import { lastWord, singular, isVerbOrAux } from "./words.ts";
import { QUOTE_MARK } from "./letters.ts";

/** Nouns of a vessel ("frigate", "boat", "vessels"). */
const VESSELS = new Set([...SHIP_NOUNS, ...VESSEL_NOUNS].map((w) => singular(w.toLowerCase())));

/** The rule of a ship's name after a naming word ("was named P350", "under the name Hervey Bay"). */
const NAMING_RULE = "ship-naming";

/** Forms of "be" that tie a ship's name to the vessel phrase after it. */
const COPULAS = new Set(["is", "was", "are", "were", "becomes", "became"]);

/** How many words after a copula the vessel noun or class may stand ("is the second Guardian-class Patrol Boat"). */
const COPULA_REACH = 6;

/** Most suppliers a named vessel may take: a company and its country. */
const MAX_SUPPLIERS = 2;

/** True when the word names a vessel or a class of vessels ("boats", "Guardian-class", "Class"). */
function vesselWord(w: Token | undefined): boolean {
  if (!w) return false;
  const lower = w.lower;
  return VESSELS.has(singular(lower)) || lower === "class" || lower.endsWith("-class");
}

/** True when a weapon's name ends in a vessel noun or a class ("Guardian-class Patrol Boat", "Cape Class"). */
function vesselName(name: string): boolean {
  const last = lastWord(name);
  return VESSELS.has(singular(last)) || last === "class" || last.endsWith("-class");
}

/**
 * The weapons of the document that are vessels: a name that ends in a vessel noun or a class
 * ("Guardian-class Patrol Boat"), one a vessel noun follows ("three OPV 58S patrol vessels") or
 * written as one or whose parenthesis follows one ("Fast Patrol Vessels (FPV)"), and goods supplied under a vessel
 * noun alone ("sells two submarines").
 */
function vesselItems(state: DocState): Set<string> {
  const out = new Set<string>();
  state.mentions.forEach((list, s) => {
    const tokens = state.sentences[s]?.tokens ?? [];
    for (const m of list)
      if (
        m.type === "WeaponSystem" &&
        (vesselName(m.name) ||
          vesselWord(tokens[m.last]) ||
          vesselWord(tokens[m.last + 1]) ||
          vesselName(m.text) ||
          (tokens[m.first - 1]?.text === "(" && vesselWord(tokens[m.first - 2])))
      )
        out.add(m.name);
  });
  // "China sells two submarines to Bangladesh Navy": goods supplied under a vessel noun alone.
  for (const f of state.facts) if (f.relation === "supplies" && vesselName(f.target)) out.add(f.target);
  return out;
}

/** Ordinals beyond the portion words ("the fourth", "the 8th"). */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/u;

/** Parts of speech of a vessel phrase's words before its noun ("the two former US Navy Cyclone-class coastal patrol"). */
const PHRASE_TAGS = /^(?:DET|NUM|ADJ|NOUN|PROPN)$/u;

/** How many words a vessel phrase may span before the ship's name. */
const PHRASE_REACH = 8;

/**
 * True when the vessel phrase [from, to) refers back to the supplied vessels: an ordinal or a number
 * ("the first vessel", "The two vessels", "is the second Guardian-class Patrol Boat"), a supplied
 * vessel class ("the Guardian Class patrol boat, Nafanua III"), or "the" and nothing but weapon names
 * before its noun ("The ship", "The Bay Class boat"); not "the survey ship", "the navy's largest
 * ship", "The old vessels of the Tunisian Navy".
 */
function backReference(
  tokens: Token[],
  mentions: Mention[],
  from: number,
  to: number,
  vessels: ReadonlySet<string>,
  table: FrameTable,
): boolean {
  // "The old vessels of the Tunisian Navy": a vessel phrase with an owner names the owner's ships.
  if (tokens[to]?.lower === "of") return false;
  for (let j = from; j < to; j++) {
    const w = tokens[j] as Token;
    if (w.pos === "NUM" || table.portion.has(w.lower) || ORDINAL.test(w.lower)) return true;
  }
  const inside = mentions.filter((m) => m.type === "WeaponSystem" && m.first >= from && m.last <= to);
  if (inside.some((m) => vessels.has(m.name) && m.name !== m.text.toLowerCase())) return true;
  if (!table.backReference.has(tokens[from]?.lower ?? "")) return false;
  for (let j = from + 1; j < to - 1; j++)
    if (tokens[j]?.text !== "-" && !inside.some((m) => m.first <= j && j < m.last)) return false;
  return true;
}

/** True when a number, an ordinal or a portion word stands in [from, to) ("two patrol boats", "the first of four"). */
function counted(tokens: Token[], from: number, to: number, table: FrameTable): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j] as Token;
    if (w.pos === "NUM" || table.portion.has(w.lower) || ORDINAL.test(w.lower)) return true;
  }
  return false;
}

/** The first token of the vessel phrase whose noun is at `j`, or -1 when `j` holds no vessel word. */
function vesselPhraseStart(tokens: Token[], j: number): number {
  if (!vesselWord(tokens[j])) return -1;
  let first = j;
  while (first > 0 && j - first < PHRASE_REACH) {
    const w = tokens[first - 1] as Token;
    if (!PHRASE_TAGS.test(w.pos) && w.text !== "-") break;
    first--;
  }
  return first;
}

/** How many words before a named ship its naming word's vessel may stand ("The boats were baptized with the names"). */
const NAMING_REACH = 24;

/** The last vessel word before token `k` within the naming reach, or -1. */
function vesselBeforeNaming(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - NAMING_REACH); j--) if (vesselWord(tokens[j])) return j;
  return -1;
}

/** True when the named ship `m` is tied to a vessel phrase of its sentence that refers to the supplied vessels. */
function tiedToVessel(
  tokens: Token[],
  mentions: Mention[],
  m: Mention,
  vessels: ReadonlySet<string>,
  table: FrameTable,
): boolean {
  const refers = (noun: number): boolean => {
    const first = vesselPhraseStart(tokens, noun);
    return first >= 0 && backReference(tokens, mentions, first, noun + 1, vessels, table);
  };
  // "The first patrol boat … was named P350", "The two vessels, designated TTCG Scarborough": the
  // vessel a naming word names.
  const naming = tokens.slice(Math.max(0, m.first - 2), m.first).some((w) => table.vesselNaming.has(w.lower));
  if (m.rule === NAMING_RULE || naming) {
    const noun = vesselBeforeNaming(tokens, m.first);
    if (noun >= 0 && refers(noun)) return true;
  }
  // "designated TTCG Scarborough and TTCG Port of Spain", "named 'BNS A' and 'BNS B'": a ship
  // coordinated with a tied one.
  const and = unquotedBefore(tokens, m.first);
  const prev =
    tokens[and]?.lower === "and"
      ? mentions.find((x) => x.last === unquotedBefore(tokens, and) + 1)
      : undefined;
  if (prev && prev.type === "WeaponSystem" && tiedToVessel(tokens, mentions, prev, vessels, table))
    return true;
  // "the first vessel, Walo,", "two former US Navy Cyclone-class coastal patrol ships ex-USS Monsoon".
  const before = tokens[m.first - 1]?.text === "," ? m.first - 2 : m.first - 1;
  if (refers(before)) return true;
  // "SLNS Mihikatha and SLNS Rathnadeepa, two patrol boats gifted by Australia,": a vessel phrase
  // that counts the vessels, in apposition after the ship and the ships coordinated with it (not
  // "INS Teg, a Talwar class stealth frigate,").
  const after = afterShips(tokens, mentions, m);
  if (tokens[after]?.text === ",")
    for (let j = after + 1; j < Math.min(tokens.length, after + 1 + COPULA_REACH); j++) {
      const w = tokens[j] as Token;
      if (vesselWord(w)) return counted(tokens, after + 1, j, table);
      if (!PHRASE_TAGS.test(w.pos) && w.lower !== "of" && w.text !== "-") break;
    }
  // "The VOEA Ngahau Siliva is the second Guardian-class Patrol Boat for Tonga".
  if (!COPULAS.has(tokens[m.last]?.lower ?? "")) return false;
  for (let j = m.last + 1; j < Math.min(tokens.length, m.last + 1 + COPULA_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.pos === "VERB" || (w.pos === "PUNCT" && w.text !== "-")) return false;
    if (vesselWord(w)) return backReference(tokens, mentions, m.last + 1, j + 1, vessels, table);
  }
  return false;
}

/** The index of the last token before `k` that is no quotation mark around a ship's name (-1 when none). */
function unquotedBefore(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && QUOTE_MARK.test((tokens[j] as Token).text)) j--;
  return j;
}

/** The index of the first token from `k` on that is no quotation mark. */
function unquotedFrom(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length && QUOTE_MARK.test((tokens[j] as Token).text)) j++;
  return j;
}

/**
 * The index of the first token after the named ship `m` and the named ships coordinated after it
 * ('"SLCG A" and "SLCG B" were', "SLNS A and SLNS B, two"), past their quotation marks.
 */
function afterShips(tokens: Token[], mentions: Mention[], m: Mention): number {
  let k = unquotedFrom(tokens, m.last);
  while (tokens[k]?.lower === "and") {
    const next = mentions.find((x) => x.first === unquotedFrom(tokens, k + 1) && x.type === "WeaponSystem");
    if (!next) break;
    k = unquotedFrom(tokens, next.last);
  }
  return k;
}

/**
 * True when the named ship `m`, alone or coordinated with other named ships, is the subject of a
 * passive verb that tells goods moved, put in service or named ('"SLCG Samudra Raksha" and "SLCG
 * Samaraksha" were Commissioned', "BRP Jose Rizal was delivered", "is named after").
 */
function passiveOfService(tokens: Token[], mentions: Mention[], m: Mention, table: FrameTable): boolean {
  let k = afterShips(tokens, mentions, m);
  if (!COPULAS.has(tokens[k]?.lower ?? "")) return false;
  k++;
  while (tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k];
  if (!verb) return false;
  const lower = verb.lower;
  if (table.vesselNaming.has(lower)) return true;
  // Goods moved or put in service ("delivered", "handed", "commissioned", "inducted"), not a deal
  // concluded ("signed") or a ship sent on a mission ("were sent to the Gulf").
  const moved = table.completion.has(lower) && table.dealPredicates.has(lower);
  return moved && !table.deploy.has(verb.lemma) && !table.deploy.has(lower);
}

/** Auxiliaries of the future (lexicon FUTURE_AUXILIARIES: "will", "would", "'ll", "shall"). */
const FUTURE = new Set(FUTURE_AUXILIARIES);

/**
 * The words of a sentence whose hedges are read, less the future of a naming verb: "The
 * submarines will be named 'BNS A' and 'BNS B'" tells a name of goods already received, not a plan.
 */
function wordsOfModality(tokens: Token[], table: FrameTable): string[] {
  const kept = tokens.filter(
    (t, i) =>
      !(
        FUTURE.has(t.lower) &&
        tokens[i + 1]?.lower === "be" &&
        table.vesselNaming.has(tokens[i + 2]?.lower ?? "")
      ),
  );
  return plainWords(kept);
}

/** How many words before a ship a word of means may stand ("onboard Sri Lanka Navy's Flag Ship Sayura"). */
const MEANS_REACH = 10;

/**
 * True when a word of means opens the ship's phrase: the place of an event, not goods ("a meeting
 * held onboard Sri Lanka Navy's Flag Ship Sayura").
 */
function aboard(tokens: Token[], m: Mention, table: FrameTable): boolean {
  for (let j = m.first - 1; j >= Math.max(0, m.first - MEANS_REACH); j--) {
    const w = tokens[j] as Token;
    if (table.means.has(w.lower)) return true;
    if (isVerbOrAux(w) || (w.pos === "PUNCT" && w.text !== "-")) return false;
  }
  return false;
}

/** True when the ship's prefix names the navy of one of `sides` and the text does not call it former. */
function ownNavyShip(tokens: Token[], m: Mention, sides: ReadonlySet<string>, table: FrameTable): boolean {
  const first = (tokens[m.first] as Token).text;
  const hyphen = first.indexOf("-");
  const former =
    (hyphen > 0 && table.former.has(first.slice(0, hyphen).toLowerCase())) ||
    tokens.slice(Math.max(0, m.first - 3), m.first).some((w) => table.former.has(w.lower));
  if (former) return false;
  const prefix = m.name.split(/\s+/u)[0] ?? "";
  const country = table.shipPrefixCountry.get(prefix);
  return country !== undefined && sides.has(country);
}

/** True when the ship's prefix names the navy of one of the countries the document's vessels go to ("SLCG" for Sri Lanka). */
function takerShip(m: Mention, takers: ReadonlySet<string>, table: FrameTable): boolean {
  const country = table.shipPrefixCountry.get(m.name.split(/\s+/u)[0] ?? "");
  return country !== undefined && takers.has(country);
}

/**
 * The provenance of a named vessel's supplier told in another sentence: the ship's name resolved to
 * the supplier's mention in the nearest sentence before (or else after) it that tells the supplier's
 * supply of vessels, as coreference keeps pronouns; none when that sentence is the ship's own.
 */
function supplierTold(
  state: DocState,
  supplies: readonly Fact[],
  vessels: ReadonlySet<string>,
  supplier: string,
  ship: Mention,
  s: number,
): Pick<Fact, "resolved"> {
  const told = supplies.filter((f) => f.source === supplier && vessels.has(f.target)).map((f) => f.sentence);
  if (told.includes(s)) return {};
  const before = told.filter((at) => at < s).sort((a, b) => b - a);
  const after = told.filter((at) => at > s).sort((a, b) => a - b);
  for (const at of [...before, ...after]) {
    const mention = (state.mentions[at] ?? []).find((m) => m.name === supplier);
    if (mention) return { resolved: [resolutionOf(ship.text, supplier, at, mention)] };
  }
  return {};
}

/** Adds the supplies of named vessels (see the header). */
export const namedVesselsStage: Stage = {
  name: "5f-named-vessels",
  run(state: DocState): void {
    const table = frameTableOf(state.options.lexicon);
    const supplies = state.facts.filter((f) => f.relation === "supplies" && f.modality === "asserted");
    if (supplies.length === 0) return;
    const vessels = vesselItems(state);
    const suppliers = [...new Set(supplies.filter((f) => vessels.has(f.target)).map((f) => f.source))];
    if (suppliers.length === 0 || suppliers.length > MAX_SUPPLIERS) return;
    const { own } = ownCountries(state);
    const takers = new Set<string>();
    for (const f of supplies)
      if (suppliers.includes(f.source) && !vessels.has(f.target))
        for (const c of [f.target, ...(own.get(f.target) ?? [])]) takers.add(c);
    // "Two Fast Patrol Vessels (FPV), gifted by Japan joined the Sri Lanka Coast Guard fleet": with
    // no recipient told, the one country of the document that is not a supplier's.
    if (takers.size === 0) {
      const sides = new Set(suppliers.flatMap((x) => [x, ...(own.get(x) ?? [])]));
      const others = new Set(
        state.mentions.flatMap((list) =>
          list.filter((x) => x.type === "Country" && !sides.has(x.name)).map((x) => x.name),
        ),
      );
      if (others.size === 1) for (const c of others) takers.add(c);
    }
    const have = new Set(supplies.map((f) => `${f.source}|${f.target}`));
    const added: Fact[] = [];
    state.sentences.forEach((sentence, s) => {
      const mentions = state.mentions[s] ?? [];
      const tokens = sentence.tokens;
      const ships = mentions.filter((m) => m.type === "WeaponSystem" && SHIP_RULES.has(m.rule));
      if (ships.length === 0) return;
      if (modalityOf(wordsOfModality(tokens, table), modalityCuesOf(state)) !== "asserted") return;
      for (const ship of ships) {
        const tied =
          tiedToVessel(tokens, mentions, ship, vessels, table) ||
          (takerShip(ship, takers, table) && passiveOfService(tokens, mentions, ship, table));
        if (!tied || aboard(tokens, ship, table)) continue;
        for (const supplier of suppliers) {
          const sides = new Set([supplier, ...(own.get(supplier) ?? [])]);
          if (ownNavyShip(tokens, ship, sides, table)) continue;
          const key = `${supplier}|${ship.name}`;
          if (have.has(key)) continue;
          have.add(key);
          added.push({
            source: supplier,
            relation: "supplies",
            target: ship.name,
            sentence: s,
            trigger: ship.text,
            rule: "named-vessel",
            modality: "asserted",
            ...supplierTold(state, supplies, vessels, supplier, ship, s),
          });
        }
      }
    });
    state.facts.push(...added);
  },
};

/** The named-vessels stage over the lexicon's frame table. */
