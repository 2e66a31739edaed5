/**
 * Stage 4, resolution: one name per real-world thing within a document. Acronyms defined in
 * parentheses, surname-only mentions, context aliases ("the North" only when a Korea is named),
 * and capitals standing for their country as subject of a verb ("Pyongyang said"). Pronouns and
 * descriptions are the next stage's (4b-coreference.ts).
 */
import {
  DESCRIPTION_RULE,
  describeOrganizations,
  resolveAliasCues,
  resolveOrganizationAnaphors,
} from "./descriptions.ts";
import { resolveReportAnaphors } from "./reports.ts";
import { joinShipNames } from "./ship-names.ts";
import { joinHeadlineForces } from "./headline-forces.ts";
import { mergeWeaponSpellings, resolveWeaponFamilies } from "./weapon-families.ts";
import { type Gazetteer, gazetteerOf, matchAt, tokenKey } from "./gazetteer.ts";
import { bodyPrefixBefore, companyCueAround } from "./3-entities.ts";
import { makeMention } from "./make-mention.ts";
import {
  BARE_HEADS,
  BARE_SERVICES,
  LONE_HEADS,
  MINISTRY_WORD_FORMS,
  OUTLET_HEADS,
  PARTY_HEADS,
  SERVICE_HEADS,
  SERVICE_KINDS,
} from "./lexicon/organizations.ts";
import { ministryKeyForm } from "./body-keys.ts";
import { leadingAcronymOf } from "./bracketed-acronyms.ts";
import { byFirstLongest, concatLists, mapPacked, sortInPlace } from "./lists.ts";
import { memoOfWords } from "./word-memo.ts";
import {
  GENERIC_ORG_STARTS as GENERIC_ORG_START_WORDS,
  DIPLOMATIC_POST_HEADS,
  SEAT_BODIES,
} from "./lexicon/organizations.ts";
import { type PrintedFormWords, spellPrintedForms } from "./printed-forms.ts";
import { secondSpellingsOf } from "./spelling-variants.ts";
import { type WordSets, wordsOf } from "./stage-words.ts";
import { leaderGovernments } from "./leader-governments.ts";
import { REGNAL_TITLES, STAFF_TITLE_TAILS } from "./lexicon/titles.ts";
import { reorderedNameKeys } from "./name-orders.ts";
import { nameByRegnalTitle } from "./regnal-names.ts";
import { SHARED_FORMS } from "./lexicon/countries.ts";
import { NAME_WORDS as TEXT_WORDS } from "./lexicon/text.ts";
import type { DocState, Mention, Sentence, Stage, Token } from "./types.ts";
import {
  WORDS,
  WORD_BREAK,
  isCapitalised,
  isRankToken,
  isTitleOrHonorific,
  isTitleWord,
  surnameOf,
  titleAcronymInBrackets,
} from "./words.ts";
import { ACRONYM_WORD, POSSESSIVE_ENDING, TITLE_CASE_WORD, UPPER_FIRST } from "./letters.ts";
import { hyphenedSurname } from "./hyphened-surnames.ts";

const SERVICE_HEAD_WORDS = new Set(SERVICE_HEADS);
const BARE_SERVICE_WORDS = new Set(BARE_SERVICES);
const BARE_HEAD_WORDS = new Set(BARE_HEADS);
const LONE_HEAD_WORDS = new Set(LONE_HEADS);

const GENERIC_ORG_STARTS = new Set(GENERIC_ORG_START_WORDS);

/** Royal and peerage titles kept in a one-word person's name (lexicon regnalTitles). */
const REGNAL_TITLE_WORDS: ReadonlySet<string> = new Set(REGNAL_TITLES);

/** Stage 4: rewrites mention names and adds acronym, surname and pronoun mentions. */
export const resolveStage: Stage = {
  name: "4-resolve",
  run(state: DocState): void {
    const gazetteer = gazetteerOf(state.options.lexicon);
    resolveContextAliases(state);
    resolveSharedForms(state);
    dropDocumentCities(state);
    resolveCapitals(state);
    placeSeatBodies(state);
    qualifyGenericOrganizations(state, gazetteer);
    joinPrefixedBodies(state);
    joinAbbreviatedBodies(state);
    joinCountryBodies(state, gazetteer);
    joinBareBodies(state, gazetteer);
    joinNumberedUnits(state);
    resolveAcronyms(state);
    describeOrganizations(state);
    // "the Sri Lankan navy", a description, after "Sri Lanka Navy": one body again.
    joinCountryBodies(state, gazetteer);
    resolveOrganizationAnaphors(state);
    resolveBareHeads(state);
    joinShortBodies(state, gazetteer);
    joinHeadlineForces(state.mentions);
    joinMinistrySpellings(state, gazetteer);
    joinCoordinatedBodies(state);
    joinServiceDescriptions(state);
    resolveReportAnaphors(state);
    resolveAliasCues(state);
    resolveSurnames(state, gazetteer);
    resolveShortNames(state);
    leaderGovernments(state);
    mergePersonSpellings(state);
    nameByRegnalTitle(state, REGNAL_TITLE_WORDS);
    nameClassesByBracketedModel(state);
    joinShipNames(state);
    resolveWeaponFamilies(state);
    mergeWeaponSpellings(state);
    spellPrintedForms(state, PRINTED_FORM_WORDS);
    for (const list of state.mentions) sortInPlace(list, byFirstLongest);
  },
};

/** The words that printed-forms.ts reads (lexicon/organizations.json diplomaticPostHeads). */
const PRINTED_FORM_WORDS: PrintedFormWords = { postHeads: new Set(DIPLOMATIC_POST_HEADS) };

function allMentions(state: DocState): Mention[] {
  return concatLists(state.mentions);
}

/**
 * "high-mobility artillery rocket systems (HIMARS)", "self-propelled howitzers (K9)": a weapon's
 * class phrase right before a listed model in brackets spells that model out; the phrase is a name
 * of the model there, not a class of its own.
 */
function nameClassesByBracketedModel(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (const m of list) {
      if (m.type !== "WeaponSystem" || m.kind === "name" || tokens[m.last]?.text !== "(") continue;
      const model = list.find(
        (x) =>
          x.type === "WeaponSystem" &&
          x.rule === "gazetteer" &&
          x.first === m.last + 1 &&
          tokens[x.last]?.text === ")",
      );
      if (model) m.name = model.name;
    }
  }
}

/**
 * Context aliases stand only where the document names one of their licensing names: "the North"
 * is North Korea in an article that names a Korea, Pyongyang or Kim Jong Un, and nothing elsewhere;
 * "the Workers' Party" is North Korea's ruling party there, and elsewhere a body named as printed.
 */
function resolveContextAliases(state: DocState): void {
  const named = new Set<string>();
  for (const m of allMentions(state)) {
    if (m.kind === "context-alias") continue;
    named.add(m.name);
    if (m.country) named.add(m.country);
  }
  const licensed = (m: Mention): boolean => (m.when ?? []).some((n) => named.has(n));
  // "the Workers' Party" in Brazil: a body's context alias without its licence is a body of its own,
  // named as printed ("the North" without one names nothing).
  for (const m of allMentions(state))
    if (m.kind === "context-alias" && m.type === "Organization" && !licensed(m)) {
      m.kind = "fallback";
      m.name = m.text;
      delete m.when;
    }
  state.mentions = mapPacked(state.mentions, (list) =>
    list.filter((m) => m.kind !== "context-alias" || licensed(m)),
  );
}

const SHARED_FORM_COUNTRIES = new Map(SHARED_FORMS.map((f) => [f.form, f.countries]));

/**
 * A demonym or short name several countries share ("Congolese", "Dominican", "Korea") is the
 * candidate the document names most by its own name, alias, capital or demonym ("the Democratic
 * Republic of Congo ... Congolese troops"; "Santo Domingo ... the Dominican Navy"), the earlier
 * candidate on a tie, and the data's default (the first) where it names none. A body whose name
 * opens with the form ("Congolese Army") is that country's.
 */
function resolveSharedForms(state: DocState): void {
  const mentions = allMentions(state);
  const shared = mentions.filter((m) => m.type === "Country" && SHARED_FORM_COUNTRIES.has(m.text));
  if (shared.length === 0) return;
  const named = new Map<string, number>();
  for (const m of mentions) {
    if (SHARED_FORM_COUNTRIES.has(m.text)) continue;
    const country =
      m.type === "Country" ? (m.country ?? m.name) : m.kind === "capital" ? m.country : undefined;
    if (country) named.set(country, (named.get(country) ?? 0) + 1);
  }
  const chosen = new Map<string, string>();
  for (const [form, countries] of SHARED_FORM_COUNTRIES) {
    let best = countries[0] as string;
    for (const c of countries) if ((named.get(c) ?? 0) > (named.get(best) ?? 0)) best = c;
    chosen.set(form, best);
  }
  for (const m of shared) {
    const country = chosen.get(m.text) as string;
    m.name = country;
    if (m.country) m.country = country;
  }
  for (const m of mentions) {
    if (m.type !== "Organization" || !m.country) continue;
    const form = m.name.split(" ")[0] as string;
    const countries = SHARED_FORM_COUNTRIES.get(form);
    if (countries?.includes(m.country)) m.country = chosen.get(form) as string;
  }
}

/**
 * A capital followed by a verb or by "'s regime/government" is its country acting; once it has
 * acted in a document, its mentions as a destination are the government too ("provided drones
 * to Baku", "visited Baku"), but not a destination of travel ("a visit to Baku"); a venue ("talks
 * in Baku") or an object stays as it was. A capital that the document never uses as a place ("in
 * Baku", "near Baku") names only the government, so every mention of it is the country
 * ("sanctions on Tehran", "Prague's initiative").
 */
function resolveCapitals(state: DocState): void {
  const words = wordsOf(state);
  const acting = new Set<string>();
  const capitals = allMentions(state).filter((m) => m.kind === "capital" && m.country);
  const places = new Set<string>();
  for (const m of capitals) {
    const tokens = (state.sentences[m.sentence] as Sentence).tokens;
    const list = state.mentions[m.sentence] as Mention[];
    if (usedAsPlace(tokens, m, words) || listedWithPlaces(tokens, list, m) || withOwnCountry(tokens, list, m))
      places.add(m.text);
  }
  for (const m of capitals) {
    const tokens = (state.sentences[m.sentence] as Sentence).tokens;
    const prev = tokens[m.first - 1];
    if (!places.has(m.text) && !isDateline(m)) {
      m.name = m.country as string;
      m.type = "Country";
      continue;
    }
    // "as he was departing Buenos Aires for a flight": the object of a verb of leaving is a place,
    // never its government (a relation on the sentence must not read it as the country).
    if (prev && prev.pos === "VERB" && words.placeBefore.has(prev.lower)) {
      m.kind = "name";
      continue;
    }
    if (prev && (prev.pos === "ADP" || prev.lower === "to")) continue;
    if (actsAsSubject(tokens, m.last, words)) {
      acting.add(m.text);
      m.name = m.country as string;
      m.type = "Country";
    }
  }
  for (const m of capitals) {
    if (m.type === "Country" || !acting.has(m.text)) continue;
    const tokens = (state.sentences[m.sentence] as Sentence).tokens;
    const prev = tokens[m.first - 1];
    // "during the president's visit to Ankara": a destination of travel stays the place.
    if (!prev || !words.destinationWords.has(prev.lemma) || usedAsPlace(tokens, m, words)) continue;
    m.name = m.country as string;
    m.type = "Country";
  }
}

/**
 * "the Ottawa Convention", "the Minsk agreements", "the Lima Group", "the Vilnius Summit": a city
 * that opens the name of a document, an event or a group named after it names neither its country
 * nor a place there (a capital
 * would become its country: "Canada" from "the Ottawa Convention"). The head is capitalised, or
 * "the" stands before the city ("the Paris climate agreement" is not read: one word after).
 */
function dropDocumentCities(state: DocState): void {
  const words = wordsOf(state);
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const list = state.mentions[sentence.index] as Mention[];
    const kept = list.filter((m) => {
      if (m.kind !== "capital" && !(m.type === "Location" && m.last - m.first === 1)) return true;
      if (closesEventName(tokens, m.first, words.eventNameOpeners)) return false;
      const next = tokens[m.last];
      if (!next || !words.documentNameHeads.has(next.lower)) return true;
      return !(isCapitalised(next.text) || tokens[m.first - 1]?.lower === "the");
    });
    if (kept.length < list.length) state.mentions[sentence.index] = kept;
  }
}

/** Most capitalised words between an event's opener and a city that ends its name ("Exercise Bersama Lima"). */
const MAX_EVENT_NAME_WORDS = 3;

/**
 * "Exercise Bersama Lima", "Operation Sea Lima": a city ending a run of capitalised words that a
 * capitalised opener of an exercise's or operation's name (the lexicon's eventNameOpeners) starts is
 * part of that name.
 */
function closesEventName(tokens: Token[], first: number, openers: ReadonlySet<string>): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 1 - MAX_EVENT_NAME_WORDS; k--) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text)) return false;
    if (openers.has(t.lower)) return true;
  }
  return false;
}

/**
 * "met at the Pentagon", "a ceremony inside the Kremlin": a body named for its building
 * (lexicon/organizations.json `seatBodies`) after a preposition of place (the lexicon's seatBodyPrepositions) and
 * "the" is the building, a Location, in a document that names it only so; where it speaks or acts
 * it stays the body.
 */
function placeSeatBodies(state: DocState): void {
  const prepositions = wordsOf(state).seatBodyPrepositions;
  const seats: Mention[] = [];
  const bodies = new Set<string>();
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    for (const m of state.mentions[sentence.index] as Mention[]) {
      if (m.type !== "Organization" || !SEATS.has(m.name)) continue;
      const the = tokens[m.first - 1];
      const before = the?.lower === "the" ? tokens[m.first - 2] : the;
      if (before && prepositions.has(before.lower)) seats.push(m);
      else bodies.add(m.name);
    }
  }
  // One entity per name: a document that also has the body speak or act keeps the body.
  for (const m of seats) if (!bodies.has(m.name)) m.type = "Location";
}

const SEATS = new Set(SEAT_BODIES);
const OUTLET_HEAD_WORDS = new Set(OUTLET_HEADS);

/**
 * True when a capital's mention is a place (the lexicon's placeBefore, placeAfter, placeMotion and
 * placeRelativeOf): "in Baku", "the capital, Baku", "a visit to Baku", "north of Baku", "the Baku area".
 */
function usedAsPlace(tokens: Token[], m: Mention, words: WordSets): boolean {
  const prev = tokens[m.first - 1];
  const before = tokens[m.first - 2];
  if (words.placeAfter.has(tokens[m.last]?.lower ?? "")) return true;
  if (!prev) return false;
  if (words.placeBefore.has(prev.lower)) return true;
  if (prev.text === "," && words.placeBefore.has(before?.lower ?? "")) return true;
  if (prev.lower === "to" && motionBefore(tokens, m.first - 1, words.placeMotion)) return true;
  return prev.lower === "of" && words.placeRelativeOf.has(before?.lower ?? "");
}

/**
 * "visited Beijing, Shanghai and Chongqing": a capital coordinated with a place that is no capital
 * is a place too (two capitals together, "between Beijing and Washington", are governments).
 */
function listedWithPlaces(tokens: Token[], list: Mention[], m: Mention): boolean {
  return list.some((p) => {
    if (p === m || p.type !== "Location" || p.kind === "capital") return false;
    const [from, to] = p.first > m.first ? [m.last, p.first] : [p.last, m.first];
    if (to - from < 1 || to - from > 2) return false;
    const gap = tokens.slice(from, to).map((t) => t.lower);
    return gap.every((w) => w === "," || w === "and" || w === "or");
  });
}

/**
 * "a visit to Luanda, Angola", "in Nairobi (Kenya), Luanda (Angola) and New York": a capital
 * followed by its own country, after a comma or in brackets, is told as a place.
 */
function withOwnCountry(tokens: Token[], list: Mention[], m: Mention): boolean {
  const mark = tokens[m.last]?.text;
  if (mark !== "," && mark !== "(") return false;
  const country = list.find((p) => p.first === m.last + 1 && p.type === "Country");
  if (!country || (country.country ?? country.name) !== m.country) return false;
  const after = tokens[country.last];
  // "Luanda, Angola's capital, said": a country's possessive opens a description, not a place's address.
  return mark === "(" ? after?.text === ")" : !POSSESSIVE_ENDING.test(after?.text ?? "");
}

/** True when a motion word ("visit", "trip") stands a few words before the "to" at `to`, in one phrase. */
function motionBefore(tokens: Token[], to: number, motion: ReadonlySet<string>): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 4); k--) {
    const t = tokens[k] as Token;
    if (motion.has(t.lemma)) return true;
    if (t.pos === "PUNCT" || t.pos === "VERB") return false;
  }
  return false;
}

/** "BEIJING, March 3", "TOKYO and SEOUL --": a dateline in capitals is neither place nor government. */
function isDateline(m: Mention): boolean {
  return m.text.length > 2 && m.text === m.text.toUpperCase() && m.text !== m.text.toLowerCase();
}

/**
 * True when the capital ending before `after` acts as its government: a verb follows, past
 * adverbs and particles ("Baku said", "Baku has now said"), or "'s" and a word of its government
 * ("Pyongyang's regime").
 */
function actsAsSubject(tokens: Token[], after: number, words: WordSets): boolean {
  let k = after;
  const next = tokens[k];
  if (next && (next.lower === "'s" || next.lower === "’s"))
    return (
      words.governmentNouns.has(tokens[k + 1]?.lower ?? "") ||
      words.capitalGovernmentWords.has(tokens[k + 1]?.lower ?? "")
    );
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") return true;
    if (t.pos === "AUX")
      return tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "ADV" || tokens[k + 1]?.pos === "PART";
    if (t.pos !== "ADV" && t.pos !== "PART") return false;
  }
  return false;
}

/**
 * An acronym's shape: a capital, then up to seven letters or "&"; or two to seven capitals each
 * with its stop ("I.R.G.C.").
 */
const ACRONYM_SHAPE = /^(?:[A-Z][A-Za-z&]{1,7}|(?:[A-Z]\.){2,7})$/u;

/**
 * The ampersand, hyphen and stops inside an acronym, which spell no initial ("DDR&D", "CJTF-HOA",
 * "I.R.G.C.").
 */
const ACRONYM_JOINERS = /[&.-]/gu;
/** An acronym with a joiner's initial in lower case between capitals ("MoD", "CoE"). */
const JOINER_CASED_ACRONYM = /^\p{Lu}+[ofa]\p{Lu}+$/u;
/** An acronym of two to six capitals ("KCNA", "DPRK"). */
const CAPITALS_ACRONYM = /^\p{Lu}{2,6}$/u;
/** Any character but a capital letter. */
const NOT_CAPITAL = /[^\p{Lu}]/gu;
/** A leading country's initials before a body's name ("US" in "US Drug Enforcement Administration"). */
const COUNTRY_INITIALS = /^\p{Lu}{2,3}$/u;
/** An acronym that opens a body's name ("HZ Shipyard", "GRSE Shipbuilders"). */
const BODY_ACRONYM = /^[A-Z]{2,5}$/u;
/** The words a hyphenated title joins with ("Commander-in-Chief", "Chief-of-Staff"). */
const HYPHENED_TITLE_LINK = /^(?:in|of)$/u;
/** A doubled letter ("mm" of "Mohammed"). */
const DOUBLED_LETTER = /(\p{L})\1/gu;

/**
 * "Korean Central News Agency (KCNA)": the acronym names the same entity here and later. An
 * acronym defined for a title ("Chief of Air Staff (CAS)") names no entity: a later "the CAS" is
 * not an organisation.
 */
function resolveAcronyms(state: DocState): void {
  const acronyms = new Map<string, Mention>();
  const titles = new Set<string>();
  // Listed acronyms that a translated name defines: their later uses are that name's body too.
  const listedAcronyms = new Set<string>();
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    titleAcronyms(tokens, titles);
    for (const m of [...list]) {
      if (m.type === "WeaponSystem") continue;
      const end = acronymEnd(tokens, m.last);
      if (end < 0) {
        defineLeadingAcronym(sentence, list, m, acronyms);
        continue;
      }
      const [from, to] = [m.last + 1, end];
      const acr = sentence.text.slice(
        (tokens[from] as Token).start - sentence.start,
        (tokens[to - 1] as Token).end - sentence.start,
      );
      // "Ministry of Defence (MoD)": a joiner's initial may be written in lower case.
      if (acr !== acr.toUpperCase() && !JOINER_CASED_ACRONYM.test(acr)) continue;
      // "Directorate of Defense Research & Development (DDR&D)": the ampersand spells no initial,
      // nor the hyphen of "CJTF-HOA".
      const letters = acr.replace(ACRONYM_JOINERS, "").toUpperCase();
      const inside = list.find((x) => x.first === from && x.last === to);
      const translated = translatedName(m, inside);
      // "Sudanese Armed Forces (SAF)": the demonym taken by a generic name counts too.
      // "the Kyrgyz State Committee for National Security (UKMK)": a body's acronym in its own
      // language spells other initials (foreignAcronym).
      if (
        !translated &&
        !initialsMatch(m.text, letters) &&
        !initialsMatch(m.name, letters) &&
        !foreignAcronym(m, acr, inside)
      )
        continue;
      acronyms.set(acr, m);
      if (translated) listedAcronyms.add(acr);
      if (inside) {
        inside.name = m.name;
        inside.type = m.type;
      } else {
        list.push(copyAs(sentence, from, to, m, "acronym", "acronym-definition"));
      }
    }
  }
  const spelled = spelledOutNames(state);
  linkUndefinedAcronyms(state, acronyms, spelled);
  if (titles.size > 0)
    state.mentions = mapPacked(state.mentions, (list) =>
      list.filter((m) => !(m.kind === "fallback" && m.last === m.first + 1 && titles.has(m.text))),
    );
  if (acronyms.size === 0) return;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const covered = coveredTokens(sentence, list);
    sentence.tokens.forEach((t, i) => {
      const def = acronyms.get(t.text);
      if (!def) return;
      if (!covered[i]) {
        list.push(copyAs(sentence, i, i + 1, def, "acronym", "acronym-use"));
        return;
      }
      // "the NAF": a name the fallback found alone is the defined acronym's entity; so is an
      // acronym read as a model before a weapon noun ("RSF drones struck …").
      const alone = list.find(
        (m) =>
          m.first === i &&
          m.last === i + 1 &&
          (m.kind === "fallback" ||
            (m.rule === "weapon-class-number" && def.type !== "WeaponSystem") ||
            (m.rule === "gazetteer" && listedAcronyms.has(t.text) && m.type === def.type) ||
            otherListedSense(m, def, spelled)),
      );
      if (alone) {
        // "MDF Deputy Commander X" (stage 3's acronym before an office): the body's country goes
        // with it, as with an acronym no rule had found (copyAs).
        if (alone.rule === "fallback-acronym-office" && def.type === "Organization" && def.country)
          alone.country = def.country;
        Object.assign(alone, { name: def.name, type: def.type, kind: def.kind, rule: "acronym-use" });
      }
    });
    // "the CJTF-HOA": a defined acronym of several tokens, found by the fallback as one name.
    for (const m of list) {
      const def = m.kind === "fallback" && m.last > m.first + 1 ? acronyms.get(m.text) : undefined;
      if (def) Object.assign(m, { name: def.name, type: def.type, kind: def.kind, rule: "acronym-use" });
    }
  }
}

/**
 * "the FACA [Central African Armed Forces]", "PCG (Philippine Coast Guard)": an acronym told
 * before a body's name in brackets (bracketed-acronyms.ts) names that body here and later. The
 * acronym's own mention, when a rule found one, is taken over only when it is the acronym alone
 * and an organization or a name the fallback found.
 */
function defineLeadingAcronym(
  sentence: Sentence,
  list: Mention[],
  m: Mention,
  acronyms: Map<string, Mention>,
): void {
  const at = leadingAcronymOf(sentence, m);
  if (at < 0) return;
  const acr = (sentence.tokens[at] as Token).text;
  const own = list.find((x) => x.first <= at && x.last > at);
  if (own) {
    if (own.first !== at || own.last !== at + 1) return;
    if (own.type !== "Organization" && own.kind !== "fallback") return;
    own.name = m.name;
    own.type = m.type;
  } else {
    list.push(copyAs(sentence, at, at + 1, m, "acronym", "acronym-definition"));
  }
  if (!acronyms.has(acr)) acronyms.set(acr, m);
}

/** True when the letters of `acr` appear in `capitals` in order. */
function spellsInOrder(capitals: string, acr: string): boolean {
  let k = 0;
  for (const c of capitals) if (c === acr[k]) k++;
  return k === acr.length;
}

/** A party's or movement's head (lexicon partyHeads). */
const PARTY_HEAD_WORDS = new Set(PARTY_HEADS);

/**
 * True when `acr`, in brackets right after an organization's name of two or more words, is its
 * acronym though it spells other initials ("Federal Intelligence Service (BND)"): one word of
 * capitals that no rule read as a name of its own ("(AFP)" is an outlet), neither ending with the
 * name's initials (a title's: "Chairman Joint Chiefs of Staff Committee (CJCSC)") nor spelling
 * some of its capitals in order (an inner body's: "the Press Center of the Border Troops of the
 * State Committee for National Security (SCNS)"). A party's name is left out: its demonym names a
 * people, not always a state ("Chinese Nationalist Party (KMT)").
 */
function foreignAcronym(m: Mention, acr: string, inside: Mention | undefined): boolean {
  const initials = initialsOf(m.name);
  return (
    m.type === "Organization" &&
    m.last - m.first >= 2 &&
    ACRONYM_WORD.test(acr) &&
    !inside &&
    !(initials && acr.endsWith(initials)) &&
    !spellsInOrder(m.name.replace(NOT_CAPITAL, ""), acr) &&
    !PARTY_HEAD_WORDS.has(m.name.slice(m.name.lastIndexOf(" ") + 1).toLowerCase())
  );
}

/**
 * "Polish Armaments Group (PGZ)", "the Main Intelligence Directorate (GUR)": a body's name that
 * no list holds, printed before a listed body's acronym in brackets, is that body's name in
 * translation, whatever its initials spell; the printed name names the node.
 */
function translatedName(m: Mention, inside: Mention | undefined): boolean {
  return (
    inside !== undefined &&
    m.type === "Organization" &&
    m.kind === "fallback" &&
    m.name.includes(" ") &&
    inside.type === "Organization" &&
    inside.rule === "gazetteer"
  );
}

/**
 * The end (the index of ")") of an acronym alone in brackets after a name ending at `open`: one
 * word ("(KCNA)"), or capitals glued by hyphens ("(CJTF-HOA)"); -1 when none.
 */
function acronymEnd(tokens: Token[], open: number): number {
  // "Japan Ministry of Defense [JMOD]": an editor's square brackets hold an acronym alone too.
  if (tokens[open]?.text === "[")
    return tokens[open + 2]?.text === "]" && ACRONYM_SHAPE.test(tokens[open + 1]?.text ?? "") ? open + 2 : -1;
  if (tokens[open]?.text !== "(") return -1;
  const acr = tokens[open + 1];
  if (!acr) return -1;
  if (tokens[open + 2]?.text === ")") return ACRONYM_SHAPE.test(acr.text) ? open + 2 : -1;
  let k = open + 1;
  while (k < tokens.length && k < open + MAX_ACRONYM_PARTS * 2 && tokens[k]?.text !== ")") {
    const t = tokens[k] as Token;
    const hyphen = (k - open) % 2 === 0;
    if ((k > open + 1 && t.space) || (hyphen ? t.text !== "-" : !HYPHENED_PART.test(t.text))) return -1;
    k++;
  }
  return tokens[k]?.text === ")" && (k - open) % 2 === 0 && k > open + 2 ? k : -1;
}

/** Most parts of an acronym glued by hyphens ("CJTF-HOA"). */
const MAX_ACRONYM_PARTS = 3;
/** One part of an acronym glued by hyphens. */
const HYPHENED_PART = /^[A-Z]{2,5}$/u;

/** The initial of a lower-case joiner inside a name ("of", "for", "and"), which an acronym may spell. */
const JOINER_INITIAL = /(?<= )(?:o(?=f )|f(?=or )|a(?=nd ))/gu;

/** Lower-case words left out of a name's initials ("of", "and", "the"). */
const INITIALS_SKIP = new Set(["of", "and", "the", "for", "&"]);

/** The initials of a name of two or more words ("China Shipbuilding Industry Corp" → "CSIC"), else "". */
function initialsOf(name: string): string {
  const words = name.split(WORD_BREAK).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => UPPER_FIRST.test(w))) return "";
  return words.map((w) => w[0]).join("");
}

/**
 * "China Shipbuilding Industry Corp … CSIC said": an organization's acronym that the text never
 * defines, found alone by the fallback, is the one organization of the document whose words'
 * initials spell it exactly (two with the same initials: neither).
 */
function linkUndefinedAcronyms(
  state: DocState,
  defined: Map<string, Mention>,
  spelled: ReadonlySet<string>,
): void {
  const byInitials = new Map<string, Mention | null>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization" || m.last - m.first < 2) continue;
      // "Armed Forces of the Philippines", named "Filipino Armed Forces": its printed spelling's
      // initials count too.
      for (const form of m.spelled === undefined ? [m.name] : [m.name, m.spelled]) {
        const initials = initialsOf(form);
        if (initials.length < 2) continue;
        const seen = byInitials.get(initials);
        byInitials.set(initials, seen === undefined || seen?.name === m.name ? m : null);
      }
    }
  if (byInitials.size === 0) return;
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization" || m.last !== m.first + 1) continue;
      if (defined.has(m.text) || !CAPITALS_ACRONYM.test(m.text)) continue;
      const def = byInitials.get(m.text);
      if (!def) continue;
      // "AFP" after "Armed Forces of the Philippines": a listed acronym whose listed name the
      // document never spells out is the document's body of those initials (three letters or more).
      if (m.kind === "fallback")
        Object.assign(m, { name: def.name, type: def.type, rule: "acronym-initials" });
      else if (m.text.length >= MIN_RELISTED_ACRONYM && otherListedSense(m, def, spelled))
        Object.assign(m, { name: def.name, type: def.type, kind: def.kind, rule: "acronym-initials" });
    }
}

/** Fewest letters of a listed acronym that a document's own body of those initials takes over. */
const MIN_RELISTED_ACRONYM = 3;

/**
 * The names of the document's entities that some mention spells out, not as an acronym: "Agence
 * France-Presse" where the text writes it, not where it only writes "AFP".
 */
function spelledOutNames(state: DocState): Set<string> {
  const out = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) if (!CAPITALS_ACRONYM.test(m.text)) out.add(m.name);
  return out;
}

/**
 * True when `m` is a listed acronym read in the gazetteer's sense ("AFP", Agence France-Presse)
 * that the document never spells out, while `def`, of the same type, is the document's own body
 * for those letters ("Armed Forces of the Philippines (AFP)").
 */
function otherListedSense(m: Mention, def: Mention, spelled: ReadonlySet<string>): boolean {
  return (
    m.rule === "gazetteer" &&
    m.type === def.type &&
    m.name !== def.name &&
    CAPITALS_ACRONYM.test(m.text) &&
    !spelled.has(m.name)
  );
}

/** Adds to `out` the acronyms that a sentence defines for a title phrase ("Chief of Air Staff (CAS)"). */
function titleAcronyms(tokens: Token[], out: Set<string>): void {
  for (let i = 1; i < tokens.length - 2; i++)
    if (titleAcronymInBrackets(tokens, i)) out.add((tokens[i + 1] as Token).text);
}

/**
 * True when the acronym's letters follow the capitals of the name in order ("KCNA", "DPRK"), from
 * its first capital or after a leading country's ("US Drug Enforcement Administration (DEA)").
 */
function initialsMatch(name: string, acronym: string): boolean {
  // "Combined Joint Task Force for the Horn of Africa (CJTF-HOA)": a joiner may give its initial.
  const capitals = name.replace(JOINER_INITIAL, (w) => w.toUpperCase()).replace(NOT_CAPITAL, "");
  const words = name.split(" ");
  const skip =
    words.length > 2 && COUNTRY_INITIALS.test(words[0] as string) ? (words[0] as string).length : 0;
  const from = acronym[0] === capitals[0] ? 0 : skip;
  if (acronym[0] !== capitals[from]) return false;
  let k = 0;
  for (let c = from; c < capitals.length; c++) if (capitals[c] === acronym[k]) k++;
  return k === acronym.length;
}

/**
 * "HZ Shipyard" after "Hudong Zhonghua Shipyard", "GRSE Shipbuilders" after "Garden Reach
 * Shipbuilders": a body's name of an acronym and the last words of another body's name, the
 * acronym spelling the initials of that name's first words, is the same body (two such: neither).
 */
function joinAbbreviatedBodies(state: DocState): void {
  const names = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === "Organization") names.add(m.name);
  const full = new Map<string, string | null>();
  for (const name of names) {
    const words = name.split(" ");
    const acronym = words[0] as string;
    if (words.length < 2 || !BODY_ACRONYM.test(acronym)) continue;
    const rest = ` ${words.slice(1).join(" ")}`;
    for (const other of names) {
      if (other === name || !other.endsWith(rest)) continue;
      const head = other.slice(0, other.length - rest.length).split(/[\s-]+/u);
      if (head.length !== acronym.length || head.map((w) => w[0]).join("") !== acronym) continue;
      full.set(name, full.has(name) ? null : other);
    }
  }
  if (full.size === 0) return;
  for (const list of state.mentions)
    for (const m of list) {
      const to = m.type === "Organization" ? full.get(m.name) : undefined;
      if (to) m.name = to;
    }
}

/**
 * "Royal Thai Navy" … "the Thai Navy": a body named once with its prefix (the lexicon's
 * bodyPrefixes) is the same body without it.
 */
function joinPrefixedBodies(state: DocState): void {
  const prefixes = wordsOf(state).bodyPrefixes;
  const prefixed = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization") continue;
      const space = m.name.indexOf(" ");
      if (space > 0 && prefixes.has(m.name.slice(0, space))) prefixed.set(m.name.slice(space + 1), m.name);
    }
  if (prefixed.size === 0) return;
  for (const list of state.mentions)
    for (const m of list) {
      const full = m.type === "Organization" ? prefixed.get(m.name) : undefined;
      if (full !== undefined) m.name = full;
    }
}

/** A unit's number, ordinal or cardinal ("19th", "19"). */
const UNIT_NUMBER_WORD = /^(\d{1,4})(?:st|nd|rd|th)?$/u;

/**
 * "the 19th Jungle Brigade" … "Jungle Brigade 19": a unit named by the same words and the same
 * number, as an ordinal before them or a number after them, is one unit (the first spelling names it).
 */
function joinNumberedUnits(state: DocState): void {
  const first = new Map<string, string>();
  const keyOf = (name: string): string => {
    if (!name.includes(" ")) return "";
    const words = name.split(" ");
    const numbers = words.filter((w) => UNIT_NUMBER_WORD.test(w));
    if (numbers.length !== 1 || words.length < 2) return "";
    return words
      .map((w) => w.replace(UNIT_NUMBER_WORD, "$1").toLowerCase())
      .sort()
      .join(" ");
  };
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization") continue;
      const key = keyOf(m.name);
      if (key === "") continue;
      // The spelling with the ordinal first names the unit ("19th Brigade" is then its short form).
      const name = first.get(key);
      if (name === undefined || (!ORDINAL_FIRST.test(name) && ORDINAL_FIRST.test(m.name)))
        first.set(key, m.name);
    }
  for (const list of state.mentions)
    for (const m of list) {
      const name = m.type === "Organization" ? first.get(keyOf(m.name)) : undefined;
      if (name !== undefined) m.name = name;
    }
}

/** A name opening with an ordinal in digits ("19th Jungle Brigade"). */
const ORDINAL_FIRST = /^\d{1,4}(?:st|nd|rd|th) /u;

/**
 * "Bangladeshi Navy" … "the Bangladesh Navy": one body named after its country once by demonym and
 * once by the country's name is one body (the first spelling names it, or the first with the
 * state's form: "Republic of Sierra Leone Armed Forces").
 */
function joinCountryBodies(state: DocState, gazetteer: Gazetteer): void {
  const first = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization") continue;
      const key = countryBodyKey(m.name, gazetteer);
      if (key === "") continue;
      const name = first.get(key);
      // "Sierra Leone Armed Forces" … "the Republic of Sierra Leone Armed Forces": the name with
      // the state's form is the full one, and names the body. "Sri Lanka Airforce" … "the Sri Lanka
      // Air Force": the open spelling names it (its initials are the acronym's, "SLAF").
      if (
        name === undefined ||
        (name === withoutStateForm(name) && m.name !== withoutStateForm(m.name)) ||
        (closedCompoundIn(name) && !closedCompoundIn(m.name))
      )
        first.set(key, m.name);
    }
  if (first.size === 0) return;
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization") continue;
      const key = countryBodyKey(m.name, gazetteer);
      if (key !== "") m.name = first.get(key) ?? m.name;
    }
}

/** Fewest words of a body's name without its country for the bare name to be that body ("Central Command"). */
const MIN_BARE_BODY_WORDS = 2;

/**
 * "U.S. Central Command" … "the U.S. military's Central Command": a body named once after its
 * country (its name, alias or demonym) is the same body where the document names it without
 * the country, when one country's body alone has that name there.
 */
function joinBareBodies(state: DocState, gazetteer: Gazetteer): void {
  const full = new Map<string, string | null>();
  state.sentences.forEach((s: Sentence, i: number) => {
    for (const m of state.mentions[i] ?? []) {
      if (m.type !== "Organization") continue;
      const hit = matchAt(s.tokens, m.first, gazetteer);
      if (!hit || hit.entry.type !== "Country" || m.last - hit.end < MIN_BARE_BODY_WORDS) continue;
      const bare = s.text.slice(
        (s.tokens[hit.end] as Token).start - s.start,
        (s.tokens[m.last - 1] as Token).end - s.start,
      );
      if (bare !== m.name && !m.name.endsWith(` ${bare}`)) continue;
      const known = full.get(bare);
      full.set(bare, known === undefined || known === m.name ? m.name : null);
    }
  });
  for (const list of state.mentions)
    for (const m of list) {
      const to = m.type === "Organization" ? full.get(m.name) : undefined;
      if (to) m.name = to;
    }
}

/** Removes the mentions in `drop` from the document's lists. */
function dropMentions(state: DocState, drop: ReadonlySet<Mention>): void {
  if (drop.size > 0) state.mentions = mapPacked(state.mentions, (list) => list.filter((m) => !drop.has(m)));
}

/**
 * "U.S. Africa Command … the Command's gratitude", "the order book of the Company": a body's head
 * alone (lexicon bareHeads, loneHeads), capitalised and no list's name, is the document's one body
 * whose name ends with it (a lone head's also one it opens before "of": "the Ministry" for "Ministry
 * of Defence"); with none it names no body ("Flag Officer in Command", "Commissioner of Police"),
 * unless a lone head follows "the" ("the Inspector General of the Police").
 * Several leave it be.
 */
function resolveBareHeads(state: DocState): void {
  const bodies = new Map<string, Set<string>>();
  const bare: Mention[] = [];
  const add = (head: string, name: string): void => {
    const set = bodies.get(head) ?? new Set<string>();
    set.add(name);
    bodies.set(head, set);
  };
  for (const m of allMentions(state)) {
    if (m.type !== "Organization") continue;
    const words = m.name.split(" ");
    const head = (words[words.length - 1] as string).toLowerCase();
    // A lone head (lexicon loneHeads) heads a name at its end or before "of" ("Ministry of Defence").
    const opening = (words[0] as string).toLowerCase();
    if (words.length > 2 && words[1] === "of" && LONE_HEAD_WORDS.has(opening)) add(opening, m.name);
    if (!BARE_HEAD_WORDS.has(head) && !LONE_HEAD_WORDS.has(head)) continue;
    if (words.length === 1) {
      if (m.kind === "fallback") bare.push(m);
      continue;
    }
    add(head, m.name);
  }
  if (bare.length === 0) return;
  const orphans = new Set<Mention>();
  const renamed = new Map<string, string>();
  for (const m of bare) {
    const names = bodies.get(m.name.toLowerCase());
    // "the Inspector General of the Police": a lone head after "the" is a body the text means (a
    // country's), though the document names it no further; "of Police" is a title's portfolio.
    const definite = state.sentences[m.sentence]?.tokens[m.first - 1]?.lower === "the";
    if (!names) {
      if (!(definite && LONE_HEAD_WORDS.has(m.name.toLowerCase()))) orphans.add(m);
    } else if (names.size === 1) {
      renamed.set(m.name, [...names][0] as string);
      m.name = [...names][0] as string;
    }
  }
  // "the Ministry said … The ministry condemned": a description that referred back to the lone
  // head (descriptions.ts) names the body the head now names.
  for (const m of allMentions(state))
    if (m.type === "Organization" && m.kind === "role") m.name = renamed.get(m.name) ?? m.name;
  dropMentions(state, orphans);
}

/**
 * "the JDF Coast Guard" … "the Coast Guard", "the 19th Jungle Brigade" … "the Jungle Brigade": a
 * body's name of two or more words, as printed and tied to no country, that ends the name of one
 * other body of the document (no more) is that body's short name. Not the complement of a title
 * ("Chief of Defence Forces"), and a name every country's body may bear ("Air Force", "Defense
 * Ministry") only where that body is tied to no country: another country's may be meant.
 */
function joinShortBodies(state: DocState, gazetteer: Gazetteer): void {
  const names = new Set<string>();
  const countries = new Set<string>();
  const short: Mention[] = [];
  for (const sentence of state.sentences)
    for (const m of state.mentions[sentence.index] as Mention[]) {
      if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
      names.add(m.name);
      if (m.country) countries.add(m.name);
      if (m.kind !== "fallback" || m.country || m.name !== m.text) continue;
      if (!m.name.includes(" ") && !theOneWordName(sentence.tokens, m)) continue;
      if (!titleOwner(sentence.tokens, state.mentions[sentence.index] as Mention[], m.first)) short.push(m);
    }
  for (const m of short) {
    const tail = ` ${m.name}`;
    let full = [...names].filter((name) => name.endsWith(tail));
    // "the Central Commission" beside "the Central Commission for Discipline Inspection": a short
    // name that opens another body's name is no inner short form of a third ("Central Military
    // Commission").
    if (full.length === 0 && ![...names].some((name) => name.startsWith(`${m.name} `))) {
      const words = m.name.split(" ");
      full = [...names].filter((name) => innerShortForm(words, name.split(" ")));
    }
    const generic =
      GENERIC_ORG_STARTS.has(m.name.split(" ")[0]?.toLowerCase() ?? "") || gazetteer.perCountry.has(m.name);
    if (full.length === 1 && !(generic && countries.has(full[0] as string))) m.name = full[0] as string;
  }
}

/**
 * "the Polish Ministry of National Defence" … "the Polish Defence Ministry", "the Russian Ministry
 * of Foreign Affairs" … "the Russian Foreign Ministry": two spellings of one country's ministry in
 * one article share the key form that joins them across articles (body-keys.ts) and are one body,
 * named as first printed. A ministry no country qualifies has no key form and joins none.
 */
function joinMinistrySpellings(state: DocState, gazetteer: Gazetteer): void {
  const firstByKey = new Map<string, string>();
  const rename = new Map<string, string>();
  for (const m of allMentions(state)) {
    if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
    const key = ministryKeyForm(m.name, MINISTRY_WORD_FORMS, gazetteer.countryForms) ?? m.name;
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, m.name);
    else if (first !== m.name) rename.set(m.name, first);
  }
  if (rename.size === 0) return;
  for (const m of allMentions(state)) {
    const to = m.type === "Organization" ? rename.get(m.name) : undefined;
    if (to) m.name = to;
  }
}

/**
 * "the Times" after "The New York Times", "the Post" after "The Washington Post": a body's one-word
 * name after "the" that is no body's head word ("the Ministry", "the Army" may be any country's)
 * may be the short name of the one body whose name it ends.
 */
function theOneWordName(tokens: Token[], m: Mention): boolean {
  return (
    m.last === m.first + 1 &&
    tokens[m.first - 1]?.lower === "the" &&
    (OUTLET_HEAD_WORDS.has(m.name.toLowerCase()) || !WORDS.orgHeads.has(m.name.toLowerCase())) &&
    !GENERIC_ORG_STARTS.has(m.name.toLowerCase())
  );
}

/** Most words a body's short name leaves out inside its full name ("Logistics [Support] Depot"). */
const MAX_INNER_WORDS_LEFT_OUT = 2;

/**
 * "the Logistics Depot" for "the U.S. Logistics Support Depot": a short name whose words stand in
 * order in the full name, the same head last, with one or two capitalised words of the full name
 * left out between them (words before them may be left out too, as its country).
 */
function innerShortForm(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || full.length <= short.length || short.at(-1) !== full.at(-1)) return false;
  let k = full.indexOf(short[0] as string);
  if (k < 0) return false;
  let inner = 0;
  for (const word of short.slice(1)) {
    k++;
    while (k < full.length && full[k] !== word) {
      if (!UPPER_FIRST.test(full[k] as string)) return false;
      inner++;
      k++;
    }
    if (k === full.length) return false;
  }
  return inner > 0 && inner <= MAX_INNER_WORDS_LEFT_OUT;
}

/** Most capitalised words of a portfolio coordinated by "and" inside a body's name ("Sports", "Veterans Affairs"). */
const MAX_COORDINATED_WORDS = 2;

/**
 * "the Austrian Defense and Sports Ministry" … "the Austrian Defense Ministry", "the Ministry of
 * Defence and Veterans Affairs" … "the Ministry of Defence": a body's name with one portfolio
 * coordinated by "and" (one or two capitalised words) is the same body where the document names it
 * without that portfolio, when one body alone shortens to that name.
 */
function joinCoordinatedBodies(state: DocState): void {
  const names = new Set<string>();
  for (const m of allMentions(state)) if (m.type === "Organization") names.add(m.name);
  const full = new Map<string, string | null>();
  for (const name of names) {
    const words = name.split(" ");
    for (let k = 1; k < words.length - 1; k++) {
      if (words[k] !== "and") continue;
      for (let n = 1; n <= MAX_COORDINATED_WORDS && k + n < words.length; n++) {
        const part = words.slice(k + 1, k + 1 + n);
        if (!part.every((w) => UPPER_FIRST.test(w))) break;
        const short = [...words.slice(0, k), ...words.slice(k + 1 + n)].join(" ");
        if (!names.has(short) || short === name) continue;
        const known = full.get(short);
        full.set(short, known === undefined || known === name ? name : null);
      }
    }
  }
  if (full.size === 0) return;
  for (const m of allMentions(state)) {
    const to = m.type === "Organization" ? full.get(m.name) : undefined;
    if (to) m.name = to;
  }
}

/** Kinds of armed service by the last words of a service's name, longest first (lexicon serviceKinds). */
const SERVICE_KIND_ENDS = SERVICE_KINDS.map((row) => {
  const [end = "", kinds = ""] = row.split("|");
  return [end, kinds.split(",")] as const;
}).sort((a, b) => b[0].length - a[0].length);

/**
 * The kinds of armed service a body's name ends in, its own first ("Ghana Armed Forces" →
 * ["whole"], "Liberian Army" → ["land", "whole"]), else none.
 */
function serviceKinds(name: string): readonly string[] {
  const lower = name.toLowerCase();
  for (const [end, kinds] of SERVICE_KIND_ENDS) if (lower === end || lower.endsWith(` ${end}`)) return kinds;
  return [];
}

/**
 * "the Armed Forces of Liberia (AFL)" … "the Liberian army", "the Kuwait Air Force" … "Kuwait's
 * air force": a lower-case description of a country's armed service (stage descriptions,
 * "org-description") is the one force of its kind (lexicon serviceKinds) and country that the
 * document names, when it names exactly one; "army" may mean the armed forces where no land force
 * is named. Its mention keeps the named mention nearest before it (else the first after) as its
 * antecedent. With none or several of a kind ("the Nigerian military" beside the Nigerian Army and
 * Air Force), the description stays as it is.
 */
function joinServiceDescriptions(state: DocState): void {
  const described: Mention[] = [];
  const named = new Map<string, Mention[]>();
  for (const m of allMentions(state)) {
    if (m.type !== "Organization" || !m.country || m.kind === "pronoun" || m.kind === "role") continue;
    const kind = serviceKinds(m.name)[0];
    if (kind === undefined) continue;
    if (m.rule === DESCRIPTION_RULE) {
      described.push(m);
      continue;
    }
    if (!isCapitalised(m.text)) continue;
    const key = `${m.country}|${kind}`;
    const list = named.get(key) ?? [];
    list.push(m);
    named.set(key, list);
  }
  for (const m of described) {
    const kind = serviceKinds(m.name).find((k) => named.has(`${m.country}|${k}`));
    const list = kind === undefined ? undefined : named.get(`${m.country}|${kind}`);
    if (!list || new Set(list.map((x) => x.name)).size !== 1) continue;
    const before = list.filter(
      (x) => x.sentence < m.sentence || (x.sentence === m.sentence && x.start < m.start),
    );
    const antecedent = before.at(-1) ?? (list[0] as Mention);
    m.name = antecedent.name;
    m.antecedent = {
      sentence: antecedent.sentence,
      start: antecedent.start,
      end: antecedent.end,
      text: antecedent.text,
    };
  }
}

/** Country names and demonyms by their first word, per compiled gazetteer. */
const countryPrefixes = new WeakMap<Gazetteer, Map<string, [string, string][]>>();

/**
 * The [prefix, country] pairs of a gazetteer by the prefix's first word ("Solomon" → "Solomon
 * Islands"): each country's name and every demonym of it ("Nepali Army" and "Nepalese Army" are
 * the Nepal Army), but a demonym that several countries share.
 */
function prefixesOf(gazetteer: Gazetteer): Map<string, [string, string][]> {
  let map = countryPrefixes.get(gazetteer);
  if (map === undefined) {
    map = new Map();
    const add = (prefix: string, country: string): void => {
      const word = prefix.split(" ")[0] as string;
      const list = (map as Map<string, [string, string][]>).get(word) ?? [];
      list.push([prefix, country]);
      (map as Map<string, [string, string][]>).set(word, list);
    };
    const main = new Set<string>();
    for (const [country, demonym] of gazetteer.demonyms) {
      for (const prefix of [country, demonym]) add(prefix, country);
      main.add(country).add(demonym);
    }
    // The other demonyms ("Nepali" beside "Nepalese"), each of one country only.
    const others = new Map<string, string | null>();
    for (const entries of gazetteer.byFirst.values())
      for (const e of entries) {
        if (e.kind !== "demonym" || e.country === undefined || main.has(e.surface)) continue;
        const seen = others.get(e.surface);
        others.set(e.surface, seen === undefined || seen === e.country ? e.country : null);
      }
    for (const [prefix, country] of others) if (country !== null) add(prefix, country);
    countryPrefixes.set(gazetteer, map);
  }
  return map;
}

/**
 * "Bangladesh|navy" for "Bangladeshi Navy" and "Bangladesh Navy", "Israel|ministry of defense" for
 * "Israeli Ministry of Defence" and "Israel Ministry of Defense" (British spellings folded to
 * American, lexicon/text.json spellingVariants); "" for a name without its country in front.
 */
function countryBodyKey(full: string, gazetteer: Gazetteer): string {
  const name = withoutStateForm(full);
  const space = name.indexOf(" ");
  if (space < 0) return "";
  for (const [prefix, country] of prefixesOf(gazetteer).get(name.slice(0, space)) ?? [])
    if (name.startsWith(`${prefix} `)) {
      return `${country}|${bodyKey(name.slice(prefix.length + 1))}`;
    }
  return "";
}

/** Combining forms glued before a country's clipping ("Indo-Pak"; lexicon/text.json combiningForms). */
const COMBINING_FORMS: ReadonlySet<string> = new Set(TEXT_WORDS.combiningForms);
const STATE_FORM_WORDS = new Set([...TEXT_WORDS.stateForms, ...TEXT_WORDS.stateFormModifiers]);

/**
 * "Republic of Sierra Leone Armed Forces" -> "Sierra Leone Armed Forces": a state's form
 * (lexicon/text.json stateForms, with its modifiers) and "of" before a country's name leave it;
 * the name is returned as it is without them.
 */
function withoutStateForm(name: string): string {
  const words = name.split(" ");
  let k = 0;
  while (k < words.length && STATE_FORM_WORDS.has(words[k] as string)) k++;
  if (k === 0 || words[k] !== "of" || !TEXT_WORDS.stateForms.includes(words[k - 1] as string)) return name;
  k++;
  if (words[k] === "the") k++;
  return words.slice(k).join(" ");
}

/** British spellings by word, with their American spelling ("defence" → "defense"). */
const AMERICAN_SPELLING = secondSpellingsOf(TEXT_WORDS.spellingVariants);

/** Words printed closed up, with their open spelling ("airforce" → "air force"; lexicon closedCompounds). */
const OPEN_SPELLING = secondSpellingsOf(TEXT_WORDS.closedCompounds);

/** True when a name holds a word printed closed up ("Sri Lanka Airforce"; lexicon closedCompounds). */
function closedCompoundIn(name: string): boolean {
  return name.split(" ").some((w) => OPEN_SPELLING.has(w.toLowerCase()));
}

/**
 * "Russian Foreign Ministry", "Russia's Defence Ministry", "South Korea's Joint Chiefs of Staff":
 * a body every country has takes its country's demonym, so that each country's is its own entity.
 * A later bare mention ("the JCS") is the one qualified earlier in the document, when only one was.
 * "The Ministry of Defence of Ukraine" is Ukraine's too, and any body "of" a country belongs to it.
 */
function qualifyGenericOrganizations(state: DocState, gazetteer: Gazetteer): void {
  const demonyms = gazetteer.demonyms;
  const prefixes = wordsOf(state).bodyPrefixes;
  // ("External Affairs Ministry": a portfolio's ministry, whatever its first word, is every country's;
  // not one that took its demonym into its name in stage 3, absorbDemonym, which gave it its country:
  // "The Indian External Affairs Ministry" is India's already, and qualified again it read "Indian
  // Indian External Affairs Ministry".)
  const perCountry = (m: Mention): boolean =>
    m.type === "Organization" &&
    ((m.kind === "fallback" &&
      (GENERIC_ORG_STARTS.has(m.name.split(" ")[0]?.toLowerCase() ?? "") ||
        (m.country === undefined && bodyKey(m.name).startsWith(MINISTRY_KEY)))) ||
      gazetteer.perCountry.has(m.name));
  const qualified = new Map<string, Set<string>>();
  const bare: Mention[] = [];
  const owned: Mention[] = [];
  const titleStaffs: Mention[] = [];
  const namedStaffs = new Set<string>();
  const titleBodies: Mention[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    for (const m of list) {
      if (m.type === "Organization" && !m.country) m.country = aliasCountry(sentence, m, gazetteer);
      if (m.type === "Organization" && !m.country) m.country = listedNameCountry(m, gazetteer);
      // (Only a body's name is split into its words.)
      const words = m.type === "Organization" ? m.name.split(" ") : null;
      if (words && STAFF_TAILS.has(words.at(-1)?.toLowerCase() ?? "") && !words.includes("of")) {
        if (staffOfTitle(sentence.tokens, list, m)) titleStaffs.push(m);
        else namedStaffs.add(bodyKey(m.name));
      }
      if (!perCountry(m)) {
        // "Chengdu Aircraft Industry Corporation (CAC) of China": the body belongs to the country.
        if (m.type === "Organization" && !m.country && m.kind !== "pronoun" && m.kind !== "role")
          m.country = countryAfterOf(sentence.tokens, list, m.last)?.name;
        continue;
      }
      const before = sentence.tokens[m.first - 1];
      const possessive = before?.key === "'s";
      const after = countryAfterOf(sentence.tokens, list, m.last);
      const title = titleOwner(sentence.tokens, list, m.first);
      const owner =
        list.find((x) => x.type === "Country" && x.last === (possessive ? m.first - 1 : m.first)) ??
        after ??
        title?.owner;
      if (!owner && m.text !== m.name && m.text.endsWith(` ${m.name}`)) {
        // "US Congress", an alias that holds its qualifier: that body, not another country's.
        const set = qualified.get(m.name) ?? new Set<string>();
        set.add(m.text);
        qualified.set(m.name, set);
        m.name = m.text;
        continue;
      }
      if (!owner) {
        // "his country's Air Force": the possessor, resolved in stage 4b, owns the body.
        // "the chief of the General Staff of the Chilean Army": a title's body of no named country
        // is no other country's body of that name.
        if (
          WORDS.possessivePronouns.has(before?.lower ?? "") ||
          (title && BARE_SERVICE_WORDS.has(bodyKey(m.name)))
        )
          owned.push(m);
        else if (!possessive && !title) bare.push(m);
        else if (title && !possessive && titleService(sentence.tokens, m)) titleBodies.push(m);
        continue;
      }
      const base = bodyKey(m.name);
      // "US Joint Chiefs" keeps the modifier as written; "South Korea's" and "… of Ukraine" take the demonym.
      const demonym =
        owner.kind === "demonym" || (!possessive && owner !== after && owner !== title?.owner)
          ? owner.text
          : demonyms.get(owner.name);
      // "Royal Thai Navy": a body prefix before the demonym stays in the name.
      const prefix = owner.kind === "demonym" ? bodyPrefixBefore(sentence.tokens, owner.first, prefixes) : "";
      if (demonym) m.name = `${prefix}${demonym} ${m.name}`;
      m.country = owner.name;
      // "Yemen's Army" (named "Yemeni Army"): the possessive spelling as printed is an alias.
      if (possessive && m.printed === undefined && owner.last === m.first - 1)
        m.printed = sentence.text.slice(owner.start - sentence.start, m.end - sentence.start);
      // "the Armed Forces of the Republic of Tajikistan": the spelling with its country is printed
      // (stage 6 names the body by it); not where the country opens another body's name ("of the
      // Azerbaijan Army").
      if (owner === after && !insideOtherBody(list, owner))
        m.spelled = sentence.text.slice(m.start - sentence.start, owner.end - sentence.start);
      const set = qualified.get(base) ?? new Set<string>();
      set.add(m.name);
      qualified.set(base, set);
    }
  }
  // "Chief of General Staff General X", "the UK's Chief of the General Staff": a staff named only
  // inside its chief's title is part of the title, no body of its own.
  dropMentions(state, new Set(titleStaffs.filter((m) => !namedStaffs.has(bodyKey(m.name)))));
  const services = countryServices(state, qualified);
  // "Chile added a ship to its Navy", "our Navy", "Secretary of the Navy X": a service a pronoun
  // owns, or a title's bare service, is the document's one country's service of that name.
  for (const m of owned) {
    const names = qualified.get(bodyKey(m.name));
    if (names?.size === 1) m.name = [...names][0] as string;
  }
  // "the Finance Ministry" … "the Ministry of Finance": bare names of one body are one body, the
  // first spelling naming it, unless a country's body of that name is in the document.
  const firstBare = new Map<string, string>();
  const orphans = new Set<Mention>();
  for (const m of bare) {
    const key = bodyKey(m.name);
    const names = qualified.get(key);
    if (names?.size === 1) m.name = [...names][0] as string;
    else if (names !== undefined && services.has(key)) {
      // "the Indian Army" … "the Singapore Army" … "the Army said": a bare armed service is the
      // country's service named last before it (else first after it).
      const named = services.get(key) as Mention[];
      m.name = (named.findLast((x) => x.start < m.start) ?? (named[0] as Mention)).name;
    } else if (names === undefined && BARE_SERVICE_WORDS.has(key)) {
      // "the JDF Army, Navy, and Air Force": a bare service word that no country's service of
      // the document names is no entity of its own.
      orphans.add(m);
    } else if (names === undefined) {
      const name = firstBare.get(key);
      if (name === undefined) firstBare.set(key, m.name);
      else m.name = name;
    }
  }
  // "The Chief of Defence Forces, Gen X", "Chief of the Defence Force Y": a name every country's
  // body may bear, named only as the complement of a title with no country before it and no bare
  // mention of its own, is part of the title: no body of its own, and none to tie the person to.
  const bareKeys = new Set(bare.map((m) => bodyKey(m.name)));
  for (const m of titleBodies) if (!bareKeys.has(bodyKey(m.name))) orphans.add(m);
  dropMentions(state, orphans);
}

/** True when an organisation's mention other than `m` holds the words of `m` ("Azerbaijan" in "Azerbaijan Army"). */
function insideOtherBody(list: readonly Mention[], m: Mention): boolean {
  return list.some((x) => x !== m && x.type === "Organization" && x.first <= m.first && x.last >= m.last);
}

/** Most words of a service's name that a title's complement may be without naming one body ("Defence Forces"). */
const TITLE_SERVICE_WORDS = 2;

/**
 * "Chief of Defence Forces", "Chief of the Defence Force": an armed service's name of two words,
 * its last a service head (lexicon serviceHeads), with no "of" or bracketed acronym after it to
 * name it further ("Chief of the General Staff of the Chilean Army"); a longer name may be the
 * body's own ("Chief of the National Defence Force").
 */
function titleService(tokens: Token[], m: Mention): boolean {
  const words = m.name.split(" ");
  const after = tokens[m.last]?.text ?? "";
  return (
    words.length <= TITLE_SERVICE_WORDS &&
    SERVICE_HEAD_WORDS.has(words.at(-1)?.toLowerCase() ?? "") &&
    after !== "of" &&
    after !== "("
  );
}

/**
 * "the U.S. Navy", "the Indian Army": the document's mentions of a country's armed service (a body
 * every country has whose head is a service word, lexicon serviceHeads), by the service's bare key
 * ("navy"), in document order. A service named with its country's alias ("U.S. Navy") joins
 * `qualified` under its bare key too.
 */
function countryServices(state: DocState, qualified: Map<string, Set<string>>): Map<string, Mention[]> {
  const services = new Map<string, Mention[]>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization" || !m.country || m.kind === "pronoun" || m.kind === "role") continue;
      const words = m.name.split(" ");
      if (!SERVICE_HEAD_WORDS.has((words[words.length - 1] as string).toLowerCase())) continue;
      const rest = bareServiceName(words);
      if (rest === undefined) continue;
      const key = bodyKey(rest);
      const set = qualified.get(key) ?? new Set<string>();
      set.add(m.name);
      qualified.set(key, set);
      const named = services.get(key) ?? [];
      named.push(m);
      services.set(key, named);
    }
  for (const named of services.values()) sortInPlace(named, (a, b) => a.start - b.start);
  return services;
}

/**
 * "Indian Army" → "Army", "U.S. Navy" → "Navy", "Royal Thai Navy" → "Navy": a country's service's
 * name from its first word of bodies every country has (lexicon genericOrgStarts), past the
 * country's name and any prefix; undefined when the name opens with such a word or has none.
 */
function bareServiceName(words: string[]): string | undefined {
  const k = words.findIndex((w, i) => i > 0 && GENERIC_ORG_STARTS.has(w.toLowerCase()));
  return k > 0 ? words.slice(k).join(" ") : undefined;
}

/**
 * A word of a title read back from its "of": a title word, or what joins two ("President and
 * Commander-in-Chief": "and" between title words, the hyphens and "in" or "of" of a hyphenated title).
 */
function titleJoinWord(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (isTitleWord(t.lower)) return true;
  const before = tokens[k - 1]?.lower ?? "";
  if (t.lower === "and") return isTitleWord(before);
  if (t.text === "-") return !t.space && (isTitleWord(before) || HYPHENED_TITLE_LINK.test(before));
  return HYPHENED_TITLE_LINK.test(t.lower) && tokens[k - 1]?.text === "-" && tokens[k + 1]?.text === "-";
}

/**
 * "Russian Chief of General Staff X", "Britain's Chief of the General Staff": where the body at
 * `first` is the complement of a title ("of (the)" after title words), the country named right
 * before the title (`owner`, else null); null when no title stands there.
 */
function titleOwner(tokens: Token[], list: Mention[], first: number): { owner: Mention | undefined } | null {
  let k = first - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "of") return null;
  const of = k;
  k--;
  while (k >= 0 && titleJoinWord(tokens, k) && !list.some((x) => x.first <= k && k < x.last)) k--;
  if (k === of - 1) return null;
  const possessive = tokens[k]?.key === "'s";
  const end = possessive ? k : k + 1;
  const owner = list.find(
    (x) => x.type === "Country" && x.last === end && (possessive || x.kind === "demonym"),
  );
  return { owner };
}

const STAFF_TAILS = new Set(STAFF_TITLE_TAILS);

/**
 * "Chief of General Staff", "Chief of the Defence Staff": a body whose name ends in a staff word
 * (lexicon staffTitleTails) after its modifier (not "Joint Chiefs of Staff"), the complement of a
 * title's "of (the)", with no "of" after it naming whose staff it is ("Chief of the General Staff
 * of the Azerbaijan Army" names the body).
 */
function staffOfTitle(tokens: Token[], list: Mention[], m: Mention): boolean {
  return titleOwner(tokens, list, m.first) !== null && tokens[m.last]?.lower !== "of";
}

/** The start of a ministry's body key ("ministry of defense"). */
const MINISTRY_KEY = "ministry of ";

/**
 * One key for a body's spellings: lower case, British spellings folded to American
 * (lexicon/text.json spellingVariants), closed compounds opened ("Airforce": closedCompounds), "X Ministry", "X Affairs Ministry" and "Ministry of X Affairs" as "ministry of x"
 * ("Defence Ministry", "Ministry of Defense"; "Foreign Ministry", "Ministry of Foreign Affairs";
 * "External Affairs Ministry", "Ministry of External Affairs").
 */
function bodyKey(name: string): string {
  const words = name
    .toLowerCase()
    .split(" ")
    .map((w) => AMERICAN_SPELLING.get(w) ?? OPEN_SPELLING.get(w) ?? w);
  const n = words.length;
  if (n >= 3 && n <= 4 && words[n - 1] === "ministry" && words[n - 2] === "affairs")
    return `ministry of ${words.slice(0, n - 2).join(" ")}`;
  if (n >= 2 && n <= 3 && words[n - 1] === "ministry")
    return `ministry of ${words.slice(0, n - 1).join(" ")}`;
  if (n >= 4 && n <= 5 && words[0] === "ministry" && words[1] === "of" && words[n - 1] === "affairs")
    return `ministry of ${words.slice(2, n - 1).join(" ")}`;
  return words.join(" ");
}

/**
 * "the US Congress", "the U.S. State Department": a listed body whose alias, as written, opens with
 * a country's name or demonym before the body's own name belongs to that country; else undefined.
 */
function aliasCountry(sentence: Sentence, m: Mention, gazetteer: Gazetteer): string | undefined {
  if (m.kind !== "name" || m.text === m.name || !m.text.endsWith(` ${m.name}`)) return undefined;
  const tokens = sentence.tokens;
  const nameStart = m.end - m.name.length;
  for (let k = m.first + 1; k < m.last; k++) {
    if ((tokens[k] as Token).start !== nameStart) continue;
    const hit = matchAt(tokens.slice(0, k), m.first, gazetteer);
    return hit && hit.entry.type === "Country" && hit.end === k ? hit.entry.name : undefined;
  }
  return undefined;
}

/** A listed name's last words after "of" or "of the" ("Security Service of Ukraine"). */
const OF_COUNTRY_TAIL = / of (?:the )?(.+)$/u;

/**
 * "Security Service of Ukraine", "Armed Forces of the Philippines": a listed body's own name that
 * ends in "of" and a country's name belongs to that country; undefined for other names.
 */
function listedNameCountry(m: Mention, gazetteer: Gazetteer): string | undefined {
  if (m.kind !== "name") return undefined;
  const country = OF_COUNTRY_TAIL.exec(m.name)?.[1];
  return country !== undefined && gazetteer.demonyms.has(country) ? country : undefined;
}

/**
 * "the Ministry of Defence of Ukraine", "Chengdu Aircraft Corporation (CAC) of China": the country
 * named by "of [the]" right after a body's mention (past its acronym in parentheses), else undefined.
 */
export function countryAfterOf(tokens: Token[], list: Mention[], k: number): Mention | undefined {
  if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
  if (tokens[k]?.lower !== "of") return undefined;
  k++;
  if (tokens[k]?.lower === "the") k++;
  return list.find((x) => x.first === k && x.type === "Country" && x.kind !== "demonym");
}

/** The lower-case words of a personal name, hyphens split ("Al-Thani" → "al", "thani"). */
function nameWords(name: string): string[] {
  return tokenKey(name).split(WORD_BREAK);
}

/**
 * True when `short` keeps the first and last words of `long` and only words of it, in order; when
 * it is the start of `long` up to a patronymic ("Salman bin Abdulaziz" of "Salman bin Abdulaziz
 * Al Saud"); when it is a person's opening words, two or more, of a name of three or more
 * ("Muhamad Norazlan" of "Muhamad Norazlan Aris"); or when it is the end of `long` ("Le Drian" of
 * "Jean-Yves Le Drian").
 */
function shortFormOf(
  short: string[],
  long: string[],
  tails: boolean,
  particles: ReadonlySet<string>,
): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (
    short.length >= 3 &&
    particles.has(short[short.length - 2] as string) &&
    short.every((w, k) => w === long[k])
  )
    return true;
  // "Le Drian" of "Jean-Yves Le Drian", "Hassan Joho" of "Ali Hassan Joho": the last words, not
  // after a patronymic particle ("Hamad Al Thani" is not "Tamim bin Hamad Al Thani").
  const from = long.length - short.length;
  if (tails && !particles.has(long[from - 1] as string) && short.every((w, k) => w === long[from + k]))
    return true;
  // "Muhamad Norazlan" of "Muhamad Norazlan Aris": a person's opening words, two or more, without
  // the last word of a name of three or more (Malay, Indonesian and Arabic names told without the
  // father's name).
  if (tails && long.length >= 3 && short.every((w, k) => w === long[k])) return true;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/**
 * "Tamim Al-Thani" after (or before) "Tamim bin Hamad Al-Thani": a person's shorter name that keeps
 * the first and last words of exactly one longer name in the document, and only its words, is that
 * person, and so is one that prints its given names as initials ("U. Khurelsukh"). Places alike:
 * "Ream Base" is "Ream Naval Base", and a lone word that no list knows ("at Balad") is the one
 * named place it opens ("Balad Air Base").
 */
function resolveShortNames(state: DocState): void {
  const people = new Set<string>();
  const places = new Set<string>();
  for (const m of allMentions(state)) {
    if (m.type === "Person" && m.name.includes(" ")) people.add(m.name);
    if (m.type === "Location") places.add(m.name);
  }
  const target = new Map<string, string>();
  const particles = wordsOf(state).patronymicParticles;
  shortForms(people, target, "Person", particles);
  shortForms(places, target, "Location", particles);
  givenNameForms(state, people, target);
  if (target.size === 0) return;
  for (const m of allMentions(state)) {
    const name = target.get(`${m.type}|${m.name}`);
    if (name !== undefined && (m.type === "Person" || m.name.includes(" ") || m.kind === "fallback"))
      m.name = name;
  }
}

/**
 * "General Prawit" after "Deputy Prime Minister General Prawit Wongsuwan" (Thai and Indonesian
 * usage): a lone word after a title or rank that opens exactly one longer personal name of the
 * document, and ends none, is that person (not where it is another person's surname).
 */
function givenNameForms(state: DocState, people: ReadonlySet<string>, target: Map<string, string>): void {
  const opening = new Map<string, string[]>();
  const ending = new Set<string>();
  for (const name of people) {
    const words = name.split(" ");
    const first = words[0] as string;
    opening.set(first, [...(opening.get(first) ?? []), name]);
    ending.add(words[words.length - 1] as string);
  }
  for (const m of allMentions(state)) {
    if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role" || m.name.includes(" ")) continue;
    const full = opening.get(m.name);
    if (full?.length !== 1 || ending.has(m.name) || target.has(`Person|${m.name}`)) continue;
    const before = state.sentences[m.sentence]?.tokens[m.first - 1];
    if (before && (isTitleWord(before.lower.replace(/\.$/u, "")) || isRankToken(before)))
      target.set(`Person|${m.name}`, full[0] as string);
  }
}

/**
 * A personal name's spelling key: its words lower-cased, a doubled letter single and the article
 * "el" written "al" ("Mohamed bin Salman" = "Mohammed bin Salman", "Abdel Fattah el-Sissi" =
 * "Abdel Fattah al-Sisi").
 */
function spellingKey(name: string): string {
  return nameWords(name)
    .map((w) => (w === "el" ? "al" : w.replace(DOUBLED_LETTER, "$1")))
    .join(" ");
}

/**
 * Two spellings of one person's name of two or more words in a document, the same but for a
 * doubled letter or "el"/"al" (transliterations: "Mohamed"/"Mohammed", "el-Sissi"/"al-Sisi"), or
 * for the family name's place ("Lijian Zhao"/"Zhao Lijian", name-orders.ts), are one person,
 * named as most mentions spell it (the first spelling on a tie).
 */
function mergePersonSpellings(state: DocState): void {
  const counts = new Map<string, Map<string, number>>();
  const keys = new Set<string>();
  const together = new Set<string>();
  // A name's key is spelt once in the document (its mentions repeat it).
  const keyOf = memoOfWords(spellingKey);
  for (const list of state.mentions) {
    const here = new Set<string>();
    for (const m of list) if (m.type === "Person" && m.name.includes(" ")) here.add(keyOf(m.name));
    for (const k of here) {
      keys.add(k);
      for (const j of here) if (j !== k) together.add(`${k}|${j}`);
    }
  }
  const typo = typoKeys(keys, together);
  const reordered = reorderedNameKeys(keys, together);
  for (const m of allMentions(state)) {
    if (m.type !== "Person" || !m.name.includes(" ")) continue;
    const own = reordered.get(keyOf(m.name)) ?? keyOf(m.name);
    const key = typo.get(own) ?? own;
    const names = counts.get(key) ?? new Map<string, number>();
    names.set(m.name, (names.get(m.name) ?? 0) + 1);
    counts.set(key, names);
  }
  const target = new Map<string, string>();
  for (const names of counts.values()) {
    if (names.size < 2) continue;
    let best = "";
    for (const [name, n] of names) if (n > (names.get(best) ?? 0)) best = name;
    for (const name of names.keys()) if (name !== best) target.set(name, best);
  }
  if (target.size === 0) return;
  for (const m of allMentions(state)) {
    const name = m.type === "Person" ? target.get(m.name) : undefined;
    if (name !== undefined) m.name = name;
  }
}

/** Fewest words of a personal name whose one misspelt word still names the person ("Jeon Dong Wun"). */
const MIN_TYPO_NAME_WORDS = 3;

/**
 * "Jeong Dong Wun" … "Jeon Dong Wun": two spelling keys of personal names of three or more words,
 * the same but for one word that one letter added, dropped or changed turns into the other's, are
 * one person's (a misspelling); each such key maps to the first of its group. Keys of two
 * words ("Ali Saleh", "Ali Salah") stay apart: another person may bear the name; so do names
 * in one sentence ("Ahmed Ali Saleh met Ahmed Ali Salem"), two people there.
 */
function typoKeys(keys: ReadonlySet<string>, together: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const list = [...keys].map((k) => ({ key: k, words: k.split(" ") }));
  for (let a = 0; a < list.length; a++) {
    const x = list[a] as { key: string; words: string[] };
    if (x.words.length < 2 || out.has(x.key)) continue;
    for (let b = a + 1; b < list.length; b++) {
      const y = list[b] as { key: string; words: string[] };
      if (y.words.length !== x.words.length || out.has(y.key) || together.has(`${x.key}|${y.key}`)) continue;
      const differ = x.words.flatMap((w, k) => (w === y.words[k] ? [] : [k]));
      const k = differ[0];
      if (differ.length !== 1 || k === undefined) continue;
      const [u, v] = [x.words[k] as string, y.words[k] as string];
      // "Suhail Aman" … "Sohail Aman": in a name of two words only a given name's vowel, one for
      // another, is a transliteration of one person's name ("Ali Saleh", "Ali Salah" stay two).
      if (
        x.words.length >= MIN_TYPO_NAME_WORDS
          ? oneEditApart(u, v)
          : k < x.words.length - 1 && vowelVariant(u, v)
      )
        out.set(y.key, x.key);
    }
  }
  return out;
}

/** Fewest letters of a given name whose one vowel may be spelt another way ("Suhail", "Sohail"). */
const MIN_VOWEL_VARIANT_LETTERS = 5;
const VOWELS = "aeiou";

/** True when `a` and `b`, of five letters or more, differ only in one vowel changed into another. */
function vowelVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < MIN_VOWEL_VARIANT_LETTERS) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) {
      if (at >= 0) return false;
      at = i;
    }
  return at >= 0 && VOWELS.includes(a[at] as string) && VOWELS.includes(b[at] as string);
}

/** True when one letter added, dropped or changed turns `a` into `b` (both of three letters or more). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A given name's initial as a name word prints it, lower-cased: a letter, with or without its stop ("u."). */
const INITIAL_WORD = /^\p{Ll}\.?$/u;

/**
 * True when `short` is `long` with given names printed as initials ("U. Khurelsukh" of "Ukhnaagiin
 * Khurelsukh", "J. R. Smith" of "John Robert Smith"): one initial at least, the same last word
 * (the surname, in full), and each word before it an initial of, or equal to, the next word of
 * `long` in order, the first word of each matching.
 */
function initialledFormOf(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length > long.length || !short.some((w) => INITIAL_WORD.test(w)))
    return false;
  const surname = short[short.length - 1] as string;
  if (INITIAL_WORD.test(surname) || surname !== long[long.length - 1]) return false;
  const matches = (w: string, l: string): boolean =>
    w === l || (INITIAL_WORD.test(w) && l.startsWith(w[0] as string));
  if (!matches(short[0] as string, long[0] as string)) return false;
  let k = 1;
  for (let j = 1; j < long.length - 1 && k < short.length - 1; j++)
    if (matches(short[k] as string, long[j] as string)) k++;
  return k === short.length - 1;
}

/** Adds to `target` ("Type|short name" → long name) the short forms among `names`. */
function shortForms(
  names: Set<string>,
  target: Map<string, string>,
  type: string,
  particles: ReadonlySet<string>,
): void {
  if (names.size < 2) return;
  const words = [...names].map((n) => ({ name: n, words: nameWords(n) }));
  for (const s of words) {
    const person = type === "Person";
    const longer = words.filter(
      (l) =>
        shortFormOf(s.words, l.words, person, particles) ||
        (person && l !== s && initialledFormOf(s.words, l.words)),
    );
    if (longer.length === 1) target.set(`${type}|${s.name}`, (longer[0] as { name: string }).name);
  }
  if (type !== "Location") return;
  for (const s of words) {
    if (s.words.length !== 1) continue;
    // Each longer place counted once, its own short forms resolved ("Kandi Base" is "Kandi Air Base").
    const longer = new Set(
      words
        .filter((l) => l.words.length > 1 && l.words[0] === s.words[0] && endsWithPlaceHead(l.words))
        .map((l) => target.get(`${type}|${l.name}`) ?? l.name),
    );
    if (longer.size === 1) target.set(`${type}|${s.name}`, [...longer][0] as string);
  }
}

/** True when a place's name ends with a place noun ("Balad Air Base", "Kola Peninsula"). */
function endsWithPlaceHead(words: string[]): boolean {
  return WORDS.placeHeads.has(words[words.length - 1] as string);
}

/**
 * Surname-only mentions ("Shoigu", "Lee") take the full name seen most recently before them in
 * the document (else the first one after), else the gazetteer's.
 */
function resolveSurnames(state: DocState, gazetteer: Gazetteer): void {
  const seen = new Map<string, { sentence: number; name: string }[]>();
  const firstWords = new Map<string, Set<string>>();
  for (const m of allMentions(state)) {
    if (m.type !== "Person") continue;
    const words = m.name.split(WORD_BREAK);
    if (words.length < 2) continue;
    const keys = [tokenKey(surnameOf(words, wordsOf(state).patronymicParticles))];
    // "Rene Merino Monroy … Rear Adm. Merino": a three-word name with a given name first is told
    // by its middle word too, the first of two surnames (Spanish and Portuguese usage).
    if (paternalSurname(words)) keys.push(tokenKey(words[1] as string));
    // "Jeanine Hennis-Plasschaert … Hennis-Plasschaert claimed": the whole hyphenated surname.
    const hyphened = hyphenedSurname(m.name);
    if (hyphened !== undefined) keys.push(tokenKey(hyphened));
    if (WORDS.familyFirst.has(words[0] as string)) keys.push(tokenKey(words[0] as string));
    // "Prabowo Subianto … Prabowo announced": a two-word name whose first word is no known given
    // name may be told by that word alone (Indonesian and other single-name usage).
    else if (words.length === 2 && !WORDS.givenNames.has(words[0] as string)) {
      const first = tokenKey(words[0] as string);
      const names = firstWords.get(first);
      if (names) names.add(m.name);
      else firstWords.set(first, new Set([m.name]));
    }
    for (const key of keys) {
      const list = seen.get(key);
      if (list) list.push({ sentence: m.sentence, name: m.name });
      else seen.set(key, [{ sentence: m.sentence, name: m.name }]);
    }
  }
  const global = gazetteer.surnames;
  // Each list is in document order (sentence numbers never decrease): the full name seen most
  // recently is the last one at or before the sentence, found by bisection.
  const lookup = (key: string, sentence: number): string | undefined => {
    const list = seen.get(key);
    if (!list) return global.get(key);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as { sentence: number }).sentence <= sentence) lo = mid + 1;
      else hi = mid;
    }
    return (list[lo > 0 ? lo - 1 : 0] as { name: string }).name;
  };
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    for (const m of list) {
      if (m.type === "Person" && !m.name.includes(" "))
        m.name = lookup(tokenKey(m.name), sentence.index) ?? m.name;
      // "a letter from Kim": a lone name the fallback typed by its preposition is still the person.
      // "According to Antonov" after "Anatoly Antonov": a listed body's one-word name that is the
      // surname of a person named in full in the document is that person (3-entities
      // surnameOfCompany gave the full name), unless a company's cue stands beside it ("a contract
      // with Antonov", "Antonov's chief executive").
      if (
        (m.kind === "fallback" ||
          (m.rule === "gazetteer" &&
            m.type === "Organization" &&
            !companyCueAround(sentence.tokens, m.first, m.last))) &&
        m.type !== "Person" &&
        !m.name.includes(" ") &&
        seen.has(tokenKey(m.name))
      ) {
        m.name = lookup(tokenKey(m.name), sentence.index) ?? m.name;
        m.type = "Person";
        m.kind = "surname";
        m.rule = "surname";
      }
    }
    const covered = coveredTokens(sentence, list);
    sentence.tokens.forEach((t, i) => {
      if (covered[i] || !isCapitalised(t.text) || t.text.length < 2) return;
      // "in Beijing Jun 5": a month's short form alone is the month, not a known person's given name.
      if (WORDS.shortMonths.has(t.lower)) return;
      // A lone first word names its person only when one name of the document opens with it.
      const byFirst = t.pos === "PROPN" && !seen.has(t.key) ? firstWords.get(t.key) : undefined;
      const name = lookup(t.key, sentence.index) ?? (byFirst?.size === 1 ? [...byFirst][0] : undefined);
      if (!name) return;
      // "Indian troops violated ceasefire: Pak": a word that opens a country's name or demonym
      // ("Pakistan") is that country's short form, not the gazetteer's person by surname ("Pak Jong
      // Chon"), unless the document names the person in full.
      if (!seen.has(t.key) && byFirst === undefined && countryShortForm(t.text, gazetteer.countryForms))
        return;
      // "TOM LEE", "Tom Lee": another given name before the surname names someone else.
      // (Both read inside the tokens only: a read past either end throws optimised code away.)
      const prev = i > 0 ? sentence.tokens[i - 1] : undefined;
      if (prev && !covered[i - 1] && otherGivenName(prev.text, name)) return;
      // "National Leader Gurbanguly Berdimuhamedov" after "Serdar Berdimuhamedov", "the grave of
      // Heydar Aliyev" after "Ilham Aliyev": a name word no list knows right before the surname
      // names a relative, whose full name the two words are (not in a headline, whose words may
      // all be capitalised: "Meeting with Arkadag Berdimuhamedov" gives a title).
      if (prev && !covered[i - 1] && !sentence.headline && relativeNameWord(prev, name)) {
        list.push(
          makeMention(sentence, i - 1, i + 1, `${prev.text} ${t.text}`, "Person", "fallback", RELATIVE_RULE),
        );
        return;
      }
      const next = i + 1 < sentence.tokens.length ? sentence.tokens[i + 1] : undefined;
      if (
        next &&
        isCapitalised(next.text) &&
        !covered[i + 1] &&
        !WORDS.nonName.has(next.lower) &&
        !sentence.headline
      )
        return;
      // "Pak Army Chief Visits China", "the Pak Navy", "Pak PM": a body's capitalised head or a
      // title after the word makes it a modifier ("Pak" for Pakistan), no person.
      if (next && isCapitalised(next.text) && (WORDS.orgHeads.has(next.lower) || isTitleWord(next.lower)))
        return;
      // "Pak-Turkey relations", "Afghan-Pak ties", "Indo-Pak ties": a word glued by a hyphen to a
      // country's name or to a combining form is a country's short form in a compound modifier,
      // no person ("Putin-Xi summit" keeps both).
      if (hyphenedToCountry(sentence.tokens, list, i)) return;
      list.push(makeMention(sentence, i, i + 1, name, "Person", "surname", "surname"));
    });
  }
}

/** Fewest letters of a middle word that may be a first surname ("Merino", not "Le" of "Jean-Yves Le Drian"). */
const MIN_PATERNAL_LETTERS = 4;

/**
 * True when the middle word of a three-word name may be its bearer's first surname: the name
 * opens with a known given name, and the middle word is a capitalised word that is no given name
 * ("Rene Merino Monroy", "Bruno Rodríguez Parrilla"; not "John Paul Jones").
 */
function paternalSurname(words: readonly string[]): boolean {
  if (words.length !== 3 || !WORDS.givenNames.has(words[0] as string)) return false;
  const middle = words[1] as string;
  return (
    middle.length >= MIN_PATERNAL_LETTERS &&
    TITLE_CASE_WORD.test(middle) &&
    !WORDS.givenNames.has(middle) &&
    !WORDS.worldGivenNames.has(middle)
  );
}

/** Fewest letters of a country's short form ("Pak" of "Pakistan"). */
const SHORT_FORM_LETTERS = 3;

/**
 * True when `word` (capitalised, at least SHORT_FORM_LETTERS letters) is the opening of a country's
 * one-word name, alias or demonym among `forms` and not the whole of one ("Pak": "Pakistan").
 */
function countryShortForm(word: string, forms: ReadonlySet<string>): boolean {
  if (word.length < SHORT_FORM_LETTERS) return false;
  for (const form of forms)
    if (form.length > word.length && form.startsWith(word) && !form.includes(" ")) return true;
  return false;
}

/** Marks that glue the words of a compound modifier ("Pak-Turkey", "Pak–China"). */
const HYPHENS: ReadonlySet<string> = new Set(["-", "–"]);

/**
 * True when token `i` is glued by a hyphen, with no space either side, to a country's mention, or
 * after a combining form (lexicon/text.json combiningForms: "Indo-Pak", "Sino-Pak").
 */
function hyphenedToCountry(tokens: readonly Token[], list: readonly Mention[], i: number): boolean {
  // (A token's `space` tells whether whitespace precedes it.)
  // ("Pak–China relations": an en dash glues a compound modifier as a hyphen does.)
  const glued = (dash: number): boolean =>
    HYPHENS.has(tokens[dash]?.text ?? "") && !tokens[dash]?.space && tokens[dash + 1]?.space === false;
  const countryAt = (k: number): boolean =>
    list.some((m) => m.type === "Country" && m.first <= k && k < m.last);
  return (
    (glued(i + 1) && countryAt(i + 2)) ||
    (glued(i - 1) && (countryAt(i - 2) || COMBINING_FORMS.has(tokens[i - 2]?.text ?? "")))
  );
}

/** The rule of a relative's full name found before a known person's surname. */
const RELATIVE_RULE = "surname-relative";

/**
 * True when the token before a known person's surname is another name word of that surname's
 * family: a proper noun of letters, capitalised but not all capitals, neither a title, an
 * honorific nor a word that names nothing, and not the known person's own first word ("Serdar").
 */
function relativeNameWord(prev: Token, name: string): boolean {
  return (
    prev.pos === "PROPN" &&
    TITLE_CASE_WORD.test(prev.text) &&
    !isTitleOrHonorific(prev.lower) &&
    !WORDS.nonName.has(prev.lower) &&
    !WORDS.shortMonths.has(prev.lower) &&
    !name.split(" ").includes(prev.text)
  );
}

/** True when `word` (in any case) is a given name (lexicon given-names) that `name` does not open. */
function otherGivenName(word: string, name: string): boolean {
  const given = word.length > 1 ? (word[0] as string) + word.slice(1).toLowerCase() : word;
  return WORDS.givenNames.has(given) && !name.startsWith(`${given} `);
}

function copyAs(
  sentence: Sentence,
  first: number,
  last: number,
  like: Mention,
  kind: Mention["kind"],
  rule: string,
): Mention {
  const m = makeMention(sentence, first, last, like.name, like.type, kind, rule);
  // "KDF Deputy Commander X" after "Kenya Defence Forces (KDF)": the acronym names the body, and
  // so the country its full name names.
  if (kind === "acronym" && like.type === "Organization" && like.country) m.country = like.country;
  return m;
}

function coveredTokens(sentence: Sentence, list: Mention[]): Uint8Array {
  const covered = new Uint8Array(sentence.tokens.length);
  for (const m of list) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  return covered;
}
