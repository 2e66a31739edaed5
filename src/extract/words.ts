/**
 * Word sets compiled once from the lexicon data, and small word helpers (singular forms,
 * capitalisation) shared by the stages.
 */
import { COUNTRY_ENTRIES } from "./lexicon/countries.ts";
import { POSSESSIVE_PERSON_PRONOUNS, POSSESSIVE_PRONOUNS } from "./lexicon/coreference.ts";
import { DATE_WORDS } from "./lexicon/dates.ts";
import type { Token } from "./types.ts";
import { foldLetters } from "../model/ids.ts";
import { MARKS } from "../model/letters.ts";
import {
  ARMED_GROUP_MEMBERS,
  DESCRIPTOR_NOUNS,
  INDUSTRY_DESCRIPTOR_NOUNS,
  ORGANIZATION_HEADS,
} from "./lexicon/organizations.ts";
import {
  ENGLISH_GIVEN_NAMES,
  WORLD_GIVEN_NAMES,
  FAMILY_FIRST_NAMES,
  GIVEN_NAMES,
  NAME_SUFFIXES,
  PERSON_VERBS_AFTER,
  PERSON_VERBS_BEFORE,
  PERSON_VERBS_BEFORE_PREPOSITION,
} from "./lexicon/people.ts";
import {
  CITY_NAMES,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_ORDINALS,
  PLACE_TAIL,
  REGION_MODIFIERS,
  REGIONS_OF_COUNTRIES,
  TERRITORIES_AND_PORTS,
} from "./lexicon/places.ts";
import { wordTable } from "./lexicon/word-table.ts";
import { memoPerValue } from "./word-memo.ts";
import { EVENT_WORDS, NAME_WORDS, NON_NAME_WORDS } from "./lexicon/text.ts";
import {
  HONORIFICS,
  POSTING_TITLES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  UNNAMED_SPEAKERS,
} from "./lexicon/titles.ts";
import {
  GENERIC_WEAPONS,
  ROLE_CLASS_HEADS,
  MODEL_HEADS,
  NAMING_WORDS,
  WEAK_MODIFIERS,
  WEAPON_HEADS,
  WEAPON_MAKERS,
  WEAPON_MODIFIERS,
  WEAPON_SYNONYMS,
} from "./lexicon/weapons.ts";
import { LOWER_FIRST, POSSESSIVE_BEFORE_NAME, SPACE_BEFORE_LOWER, UPPER_FIRST } from "./letters.ts";

/**
 * A set of names that also knows a name written with diacritics by its plain spelling: the lists
 * print "Jose" and "Maria", news prints "José Manuel" and "Ana María".
 */
class AccentFoldedNames extends Set<string> {
  override has(name: string): boolean {
    return super.has(name) || (hasNonAscii(name) && super.has(foldKey(name)));
  }
}

/** True when `text` holds a character outside ASCII (as NON_ASCII tests, without a pattern: most names are asked). */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** Lower-case word sets used by the stages. */
export const WORDS = {
  orgHeads: new Set(ORGANIZATION_HEADS),
  /** Plural nouns of an armed group's members ("rebels", "militants"). */
  armedGroupMembers: new Set(ARMED_GROUP_MEMBERS),
  orgDescriptors: new Set(DESCRIPTOR_NOUNS),
  industryDescriptors: new Set(INDUSTRY_DESCRIPTOR_NOUNS),
  placeHeads: new Set(PLACE_HEADS),
  regionModifiers: new Set(REGION_MODIFIERS),
  regionsOfCountries: new Set(REGIONS_OF_COUNTRIES),
  /** States, provinces, territories and ports of the place lists (lexicon/places.json), by name. */
  subnationalPlaces: new Set([...REGIONS_OF_COUNTRIES, ...TERRITORIES_AND_PORTS]),
  placeOrdinals: new Set(PLACE_ORDINALS),
  placeNouns: new Set(PLACE_NOUNS),
  placeTailHeads: new Set(PLACE_TAIL.heads),
  placeTailModifiers: new Set(PLACE_TAIL.modifiers),
  cities: new Set(CITY_NAMES),
  /** Cities whose names hold a lower-case word ("Dar es Salaam"), by the capitalised words before it ("Dar"). */
  citiesByCapitalPrefix: citiesWithLowerCaseWords(CITY_NAMES),
  /** Given names, known by their plain spelling too ("José", "María", "João" as "Jose", "Maria", "Joao"). */
  givenNames: new AccentFoldedNames([...GIVEN_NAMES, ...ENGLISH_GIVEN_NAMES]),
  /**
   * International given names (lexicon/given-names.json, field world): they only type a run of two
   * to four capitalised words that opens with one as a person ("Kofi Mensah"); they split no run.
   */
  worldGivenNames: new AccentFoldedNames(WORLD_GIVEN_NAMES),
  familyFirst: new Set(FAMILY_FIRST_NAMES),
  /** Generational suffixes after a surname ("Jr.", "III"; lexicon/people.json). */
  nameSuffixes: new Set(NAME_SUFFIXES),
  /** A mission's words ("mission"): "chief of mission of", "the EU mission to" (lexicon/text.json). */
  missionWords: new Set(NAME_WORDS.missionWords),
  /** Possessive pronouns ("his", "its", "their", "our"; lexicon/coreference.json). */
  possessivePronouns: new Set(POSSESSIVE_PRONOUNS),
  /** Possessive pronouns of one person ("his", "her"). */
  personPossessives: new Set(POSSESSIVE_PERSON_PRONOUNS),
  /** Short forms of month names without their stop ("Jun", "Sep"), lower case: given names too. */
  shortMonths: new Set(
    DATE_WORDS.months
      .flatMap((forms) => forms.slice(1).filter((w) => !w.endsWith(".")))
      .map((w) => w.toLowerCase()),
  ),
  personVerbsAfter: new Set(PERSON_VERBS_AFTER),
  personVerbsBefore: new Set(PERSON_VERBS_BEFORE),
  /** Each preposition ("with", "by") with the verbs that make a run after it a person. */
  personVerbsBeforePreposition: new Map(
    Object.entries(PERSON_VERBS_BEFORE_PREPOSITION).map(([p, verbs]) => [p, new Set(verbs)]),
  ),
  nonName: new Set(NON_NAME_WORDS),
  hyphenSuffixes: new Set(NAME_WORDS.hyphenSuffixes),
  personHyphenSuffixes: new Set(NAME_WORDS.personHyphenSuffixes),
  originParticiples: new Set(NAME_WORDS.originParticiples),
  events: new Set(EVENT_WORDS),
  honorifics: new Set(HONORIFICS),
  titleHeads: new Set(TITLE_HEADS),
  titleModifiers: new Set(TITLE_MODIFIERS),
  postingTitles: new Set(POSTING_TITLES),
  unnamed: new Set(UNNAMED_SPEAKERS),
  weaponHeads: new Set(WEAPON_HEADS),
  modelHeads: new Set(MODEL_HEADS.all),
  broadModelHeads: new Set(MODEL_HEADS.broad),
  /** Words between a model's name and its head that make no weapon class alone ("Sokol medium transport helicopters"). */
  modelTailModifiers: new Set(MODEL_HEADS.tailModifiers),
  namingWords: new Set(NAMING_WORDS.words),
  namedSystemModifiers: new Set(NAMING_WORDS.systemModifiers),
  genericWeapons: new Set(GENERIC_WEAPONS),
  /** Platform heads whose lower-case classes without a calibre are generic (lexicon/weapons.json roleClassHeads). */
  roleClassHeads: new Set(ROLE_CLASS_HEADS),
  weaponModifiers: new Set(WEAPON_MODIFIERS),
  weakModifiers: new Set(WEAK_MODIFIERS),
  makers: new Set(WEAPON_MAKERS),
  weaponSynonyms: buildSynonyms(WEAPON_SYNONYMS),
  /** Last words of demonyms ("Korean", "Russian"): a word after one starts a noun phrase. */
  demonymWords: new Set(
    COUNTRY_ENTRIES.flatMap((e) => (e.demonyms ?? []).map((d) => d.split(" ").pop() ?? "")).filter(Boolean),
  ),
  /** Lower-case first words (before any hyphen) that can open a weapon phrase, heads in both numbers. */
  weaponStarts: new Set(
    [
      ...WEAPON_MODIFIERS,
      ...WEAPON_HEADS,
      ...WEAPON_HEADS.map((h) => `${h}s`),
      "aircraft",
      "artillery",
      "ammunition",
    ].map((w) => w.split("-")[0] as string),
  ),
};

function citiesWithLowerCaseWords(names: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const name of names) {
    // "Cox's Bazar": the possessive inside the name is read as a lower-case word is.
    const lower = SPACE_BEFORE_LOWER.exec(name) ?? POSSESSIVE_BEFORE_NAME.exec(name);
    if (!lower) continue;
    const prefix = name.slice(0, lower.index);
    map.set(prefix, [...(map.get(prefix) ?? []), name]);
  }
  return map;
}

function buildSynonyms(rows: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) {
    const [canonical = "", synonyms = ""] = row.split("|");
    for (const s of synonyms.split(",")) if (s.trim()) map.set(s.trim(), canonical);
  }
  return map;
}

const IRREGULAR_SINGULAR = wordTable({
  aircraft: "aircraft",
  artillery: "artillery",
  ammunition: "ammunition",
  personnel: "personnel",
  series: "series",
  news: "news",
  forces: "force",
  uavs: "uav",
  glasses: "glass",
});

/**
 * The words of IRREGULAR_SINGULAR not ending in "s" whose singular is another word (derived from
 * the table, so that an entry added there is never passed over by singular's shortcut).
 */
const IRREGULAR_NON_S = new Set(
  [...IRREGULAR_SINGULAR].filter(([plural, one]) => !plural.endsWith("s") && one !== plural).map(([p]) => p),
);

/** Singular form of an English plural noun (good enough for weapon heads and titles). */
export function singular(word: string): string {
  // A word not ending in "s" (most tokens) is its own singular, as singularWith would answer,
  // unless the table of irregulars makes it another: no memo to look it up in.
  if (word.charCodeAt(word.length - 1) !== 115 && !IRREGULAR_NON_S.has(word)) return word;
  return singularWith(IRREGULAR_SINGULAR, word);
}

/** The singular of a word under a table of irregular plurals, remembered beside the table. */
const singularWith = memoPerValue((irregulars: ReadonlyMap<string, string>, word: string): string => {
  const irregular = irregulars.get(word);
  if (irregular) return irregular;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/u.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us"))
    return word.slice(0, -1);
  return word;
});

/**
 * The matching key of a lower-cased word: curly apostrophes straightened, diacritics dropped ("erdoğan" → "erdogan").
 * NFD, not the NFKD of the name keys (model/letters.ts plainLowerCase): a token's key must stay one
 * word of the same characters, where NFKD spells compatibility characters out ("…" as "...", a
 * spacing accent "´" as a space and a mark); switching moves the mentions of one dev article.
 */
export function foldKey(lower: string): string {
  let key = lower;
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) < 128) continue;
    key = key.replace(/’/gu, "'");
    return NON_ASCII.test(key) ? foldLetters(key.normalize("NFD").replace(MARKS, "")) : key;
  }
  return key;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * True when a token's text is one member of an armed group: the lower-case singular of a plural of
 * lexicon armedGroupMembers ("militant" in "Jemaah Islamiyah militant Abdul Basit Usman").
 */
export function isGroupMemberNoun(text: string): boolean {
  return LOWER_FIRST.test(text) && WORDS.armedGroupMembers.has(`${text}s`);
}

/** True when a token starts with an upper-case letter. */
export function isCapitalised(text: string): boolean {
  // Reading past the end of "" would throw V8's optimised code away.
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && UPPER_FIRST.test(text));
}

/** titleClass bit: a title word, head or modifier, singular or plural ("deputy", "ministers"). */
export const TITLE_WORD = 1;
/** titleClass bit: a title head, singular or plural ("minister", "spokespeople"). */
export const TITLE_HEAD = 2;
/** titleClass bit: an unnamed speaker ("officials", "sources"). */
export const UNNAMED_WORD = 4;

/**
 * What a lower-cased word is among titles and unnamed speakers, as TITLE_WORD, TITLE_HEAD and
 * UNNAMED_WORD bits: one cached lookup where an actor phrase's scan asks several questions.
 */
export function titleClass(lower: string): number {
  return titleClassWith(WORDS, lower);
}

/** The titleClass of a word under a set of word sets, remembered beside them. */
const titleClassWith = memoPerValue((words: TitleWordSets, lower: string): number => {
  const head =
    words.titleHeads.has(lower) ||
    words.titleHeads.has(titleSingular(words, lower)) ||
    hyphenedTitleHead(words, lower);
  return (
    (head ? TITLE_HEAD | TITLE_WORD : words.titleModifiers.has(lower) ? TITLE_WORD : 0) |
    (words.unnamed.has(lower) ? UNNAMED_WORD : 0)
  );
});

/**
 * True for a hyphenated title that no list holds, each part a title word and the last a title
 * head ("vice-chancellor", "vice-premier", "deputy-governor"), as the same words apart are.
 */
function hyphenedTitleHead(words: TitleWordSets, lower: string): boolean {
  if (!lower.includes("-")) return false;
  const parts = lower.split("-");
  const last = parts[parts.length - 1] as string;
  return (
    parts.length <= MAX_TITLE_PARTS &&
    (words.titleHeads.has(last) || words.titleHeads.has(titleSingular(words, last))) &&
    parts.slice(0, -1).every((p) => words.titleModifiers.has(p) || words.titleHeads.has(p))
  );
}

/** Most parts of a hyphenated title ("deputy-vice-chairman"). */
const MAX_TITLE_PARTS = 3;

/** The word sets a title word is looked up in. */
type TitleWordSets = Pick<typeof WORDS, "titleHeads" | "titleModifiers" | "unnamed">;

/** "-men" plural of a title head. */
const MEN_PLURAL = /men$/u;

/**
 * The singular of a title word: "congresswomen" → "congresswoman", "chairmen" → "chairman" when
 * that is a title head, else the plain singular ("ministers" → "minister").
 */
function titleSingular(words: TitleWordSets, lower: string): string {
  if (MEN_PLURAL.test(lower)) {
    const one = `${lower.slice(0, -3)}man`;
    if (words.titleHeads.has(one)) return one;
  }
  return singular(lower);
}

/** True when a lower-cased word is the plural of a title head ("ministers", "presidents"). */
export function isPluralTitleHead(lower: string): boolean {
  const one = titleSingular(WORDS, lower);
  return one !== lower && WORDS.titleHeads.has(one);
}

/** True when a word is a title head or modifier (lower-cased), singular or plural. */
export function isTitleWord(lower: string): boolean {
  return (titleClass(lower) & TITLE_WORD) !== 0;
}

/** True for a title word or an honorific, with or without its abbreviation's "." ("Gen.", "Dr"). */
export function isTitleOrHonorific(lower: string): boolean {
  return isTitleWord(lower) || WORDS.honorifics.has(lower.replace(FINAL_STOP, ""));
}

/** A final stop ("Gen."). */
export const FINAL_STOP = /\.$/u;

/** A final "s". */
export const FINAL_S = /s$/u;

/** Compound words joined by hyphens without spaces ("short-range", "self-propelled"), from token `i`. */
export function compoundAt(tokens: Token[], i: number): { text: string; end: number } {
  let text = (tokens[i] as Token).lower;
  let end = i + 1;
  while (
    end + 1 < tokens.length &&
    tokens[end]?.text === "-" &&
    !tokens[end]?.space &&
    !tokens[end + 1]?.space
  ) {
    text += `-${(tokens[end + 1] as Token).lower}`;
    end += 2;
  }
  return { text, end };
}

/** Spaces between words. */
export const SPACES = /\s+/u;

/** Spaces and hyphens between a name's words. */
export const WORD_BREAK = /[\s-]+/u;

/** A comma, stop, semicolon or closing bracket. */
export const CLAUSE_END_MARK = /^[,.;)]$/u;

/** Tags of the words a verb group holds around its verb: auxiliaries, adverbs, particles ("has not yet"). */
export const VERB_GROUP_FILLER = /^(?:AUX|ADV|PART)$/u;

/** True for a verb or an auxiliary ("supplied", "has"); false past the sentence's end. */
export function isVerbOrAux(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

/** A third-person present form: "-s" but not "-ss" ("plans", "supplies", "claims"; not "press"). */
const THIRD_PERSON_FORM = /^[a-z]+[^s]s$/u;

/** True when a lower-case word has a verb's third-person present form ("plans"; not "press"). */
export function isThirdPersonForm(lower: string): boolean {
  // (The final "s" first: the pattern is tried on those words alone.)
  return lower.charCodeAt(lower.length - 1) === 115 && THIRD_PERSON_FORM.test(lower);
}

/** True when a token is tagged a verb in its third-person present form ("Iran claims …", "Israel supplies …"). */
export function isThirdPersonVerb(t: Token | undefined): boolean {
  return t?.pos === "VERB" && isThirdPersonForm(t.lower);
}

/**
 * The last word of a name, lower-cased ("Indian Army" → "army"; "" after a final space), read off
 * the end of the name: splitting the whole name cost more than the test (5f reads every weapon's).
 */
export function lastWord(name: string): string {
  let k = name.length;
  while (k > 0 && !isSpaceAt(name, k - 1)) k--;
  return name.slice(k).toLowerCase();
}

/** True when the character at `k` is white space (as `\s` reads it; a printable ASCII character is not). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c <= 32 || c >= 127) && SPACE.test(text.charAt(k));
}
const SPACE = /^\s$/u;

/** A rank, title word or honorific before a name ("Dr", "Gen.", "Lieutenant"), or the stray "." of "Gen .". */
export function isRankToken(t: Token): boolean {
  const w = t.lower.replace(FINAL_STOP, "");
  return t.text === "." || isTitleWord(w) || WORDS.honorifics.has(w);
}

/** Most words of a rank's abbreviation in brackets ("(Brig Gen)", "(Lt. Gen.)"). */
const BRACKETED_RANK_REACH = 5;

/**
 * "Brigadier General (Brig Gen) Jurgen Schrodl": where the bracketed abbreviation of a rank that
 * ends right before `k` opens (its "("), or `k` when no such brackets end there.
 */
export function bracketedRankStart(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.text !== ")") return k;
  for (let j = k - 2; j >= Math.max(0, k - 2 - BRACKETED_RANK_REACH); j--) {
    const t = tokens[j] as Token;
    if (t.text === "(") return j < k - 2 ? j : k;
    if (!isRankToken(t)) return k;
  }
  return k;
}

/** An acronym as a writer brackets it after a name ("PLA", "CENTCOM", "R&D", "USINDOPACOM"). */
const BRACKETED_ACRONYM = /^[A-Z][A-Z&]{1,11}$/u;

/** True when an acronym stands alone in brackets from the "(" at `open` ("(PLA)"). */
export function acronymInBrackets(tokens: readonly Token[], open: number): boolean {
  return (
    tokens[open]?.text === "(" &&
    tokens[open + 2]?.text === ")" &&
    BRACKETED_ACRONYM.test(tokens[open + 1]?.text ?? "")
  );
}

/** Longest title phrase before a parenthesised acronym ("Chief of Air Staff (CAS)"). */
const MAX_TITLE_WORDS = 5;
/** A title's acronym: two to six capitals ("CAS", "COAS"). */
const TITLE_ACRONYM = /^[A-Z]{2,6}$/u;

/**
 * True when the bracket at `open` holds an acronym that the phrase before it defines for a title:
 * a capitalised title word of that phrase opens with the acronym's first letter ("Chief of Air
 * Staff (CAS)", "Inspector General of Police (IGP)").
 */
export function titleAcronymInBrackets(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== "(" || tokens[open + 2]?.text !== ")") return false;
  const acr = (tokens[open + 1] as Token).text;
  if (!TITLE_ACRONYM.test(acr)) return false;
  for (let k = open - 1; k >= Math.max(0, open - MAX_TITLE_WORDS); k--) {
    const w = tokens[k] as Token;
    if (!isCapitalised(w.text) && w.lower !== "of") return false;
    if (w.text[0] === acr[0] && isTitleWord(w.lower)) return true;
  }
  return false;
}

/**
 * The index after an acronym alone in brackets that opens at `k` ("(ENC)"), else `k`: the phrase a
 * name begins goes on past the acronym that abbreviates it ("the Eastern Naval Command (ENC) of
 * the Indian Navy", "the patrol vessel (OPV) provided by India").
 */
export function pastAcronymInBrackets(tokens: readonly Token[], k: number): number {
  return acronymInBrackets(tokens, k) ? k + 3 : k;
}

/** A rank token at `k` (isRankToken), or the hyphen glued between two ranks ("Lt.-Gen.", "Maj-Gen."). */
export function isRankAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text !== "-") return isRankToken(t);
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    !t.space &&
    before !== undefined &&
    after !== undefined &&
    !after.space &&
    before.text !== "." &&
    isRankToken(before) &&
    isRankToken(after)
  );
}

/**
 * The surname of a person's full name: its last word, or the word before a generational suffix
 * ("Surangel Whipps Jr." -> "Whipps", "Lloyd J. Austin III" -> "Austin"). A name that ends in a
 * father's name after a patronymic particle is told by its given name ("Khalid bin Salman" ->
 * "Khalid"; "King Salman" is his father). `particles` are the patronymic particles, in lower case
 * (lexicon patronymicParticles: "bin", "bint", "ibn").
 */
export function surnameOf(words: readonly string[], particles: ReadonlySet<string>): string {
  const last = words.length - 1;
  if (last >= 2 && particles.has((words[last - 1] as string).toLowerCase())) return words[0] as string;
  return (
    words.length > 2 && WORDS.nameSuffixes.has(words[last] as string) ? words[last - 1] : words[last]
  ) as string;
}
