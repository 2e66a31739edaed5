/**
 * Stage 3, entity recognition: gazetteer matches (countries, demonyms, capitals, organizations,
 * places, people, weapon models), weapon patterns (designators such as "RQ-4B Global Hawk",
 * calibre and class phrases such as "170mm self-propelled howitzers"), context aliases ("the
 * North", resolved in stage 4), and a fallback for capitalised names typed by their context.
 */
import { countedGoods } from "./counted-names.ts";
import { type FamilyNameWords, otherBearerOfFamilyName } from "./family-names.ts";
import { type FamilyFirstWords, familyNameOpensAt } from "./family-first-names.ts";
import { beforeHyphenedModifier } from "./hyphened-modifiers.ts";
import { type HolderWords, holderAfterPortfolio } from "./portfolio-names.ts";
import { type CompanyNameWords, placeInsideCompanyName } from "./places-in-company-names.ts";
import { joinNamedBases, joinPlaceOpeners } from "./place-openers.ts";
import { type PhraseIndex, indexPhrases } from "./phrase-index.ts";
import { dropLanguageNames } from "./language-names.ts";
import { readTitlesOfBodies } from "./title-bodies.ts";
import type { EntityType } from "../model/ontology.ts";
import { isTitleCase } from "./2-tokens.ts";
import { nameHeadlineForces } from "./headline-forces.ts";
import { type Gazetteer, gazetteerOf, matchAt } from "./gazetteer.ts";
import { tablesOf } from "./lexicon-tables.ts";
import { type WordSets, wordsOf } from "./stage-words.ts";
import { insertionEnd } from "./insertions.ts";
import { personAfterBodyName } from "./body-person.ts";
import { byFirstLongest, mapPacked, sortInPlace } from "./lists.ts";
import { lowerWordsAt } from "./word-runs.ts";
import { inEnglishLexicon, tagText } from "./nlp.ts";
import { isKnownVerb } from "./lemma.ts";
import type { DocState, Mention, MentionKind, Sentence, Stage, Token } from "./types.ts";
import { makeMention } from "./make-mention.ts";
import {
  DRIVE_FORMULA,
  FORMULA_TAIL,
  formulaModelEnd,
  formulaNameWord,
  hasDriveFormula,
  isCapitalDriveFormula,
  isFormulaTailAt,
} from "./drive-formulas.ts";
import { matchWeaponClass } from "./weapon-classes.ts";
import { isCutProse } from "./1-segment.ts";
import { COUNTRY_ENTRIES } from "./lexicon/countries.ts";
import { DATE_WORDS } from "./lexicon/dates.ts";
import { SUBJECT_WORDS } from "./lexicon/descriptions.ts";
import { NOT_NAME_ENDINGS } from "./lexicon/people.ts";
import { NAMED_BASE_HEADS, PLACE_OPENERS } from "./lexicon/places.ts";
import { PLACE_EVENT_WORDS, NAME_WORDS as TEXT_WORDS } from "./lexicon/text.ts";
import { transactionTermEnd } from "./tagger.ts";
import {
  BODY_LEAD_HEADS,
  BODY_NAME_TITLE_HEADS,
  HONORIFIC_PHRASES,
  INSTITUTION_ROLES,
  MILITARY_RANKS,
  RANK_ABBREVIATIONS,
  NAME_OPENING_LEAD_HEADS,
  PORTFOLIO_NOUNS,
  PORTFOLIO_OPENERS,
  PORTFOLIO_PREPOSITIONS,
  POST_NOMINALS,
  RANK_OPENERS,
  RANK_UNIT_WORDS,
  RANK_COMPLETED_HEADS,
  RANK_PHRASES,
  RANK_OPENING_MODIFIERS,
  SPEAKER_TITLES,
  PRINTED_HONORIFICS,
  STAFF_TITLE_TAILS,
  TITLE_SERVICE_NAMES,
  TITLE_ABBREVIATIONS,
  TITLE_ACRONYMS,
  TITLE_OPENERS,
  PAST_TITLE_MARKS,
} from "./lexicon/titles.ts";
import {
  ACRONYM_BODY_HEADS,
  BARE_HEADS,
  CAPPED_DESCRIPTOR_NOUNS,
  COMPANY_SUFFIXES,
  COMPOUND_HEADS,
  DIPLOMATIC_POST_HEADS,
  GENERIC_ORG_STARTS,
  LOWERED_HEADS,
  NAME_TAILS,
  NOT_BODY_ACRONYMS,
  ORGANIZATION_CONTEXT,
  ORGANIZATION_HEADS,
  ORGANIZATION_TAIL_NOUNS,
  OUTLET_VERBS,
  SOURCE_CUES,
  SERVICE_HEADS,
  SHARED_MODIFIER_HEADS,
  SPELLED_BODY_HEADS,
  SUB_BODY_HEADS,
  SERVICE_SUB_BODY_HEADS,
  GENERAL_SUFFIXED_HEADS,
  ROMANCE_BODY_HEADS,
  TITLE_OFFICE_HEADS,
  UNIT_HEADS,
  NUMBERED_UNIT_HEADS,
  NAMED_UNIT_HEADS,
  PARTNER_WORDS,
  SLASHED_COMPANY_SUFFIXES,
  WEAPON_NAME_TAILS,
} from "./lexicon/organizations.ts";
import {
  ACRONYM_WEAPON_HEADS,
  BROAD_MAKER_HEADS,
  LONG_FORM_VEHICLE_HEADS,
  CALIBRE_WORDS,
  MODEL_CLASS_NOUNS,
  MARK_WORDS,
  SERIES_WORDS,
  WEAPON_CLASS_ACRONYMS,
  WEAPON_MODEL_ENTRIES,
  SHIP_NAMING_WORDS,
  SHIP_NAME_PHRASES,
  SHIP_NOUNS,
  SHIP_PREFIXES,
  VESSEL_NOUNS,
} from "./lexicon/weapons.ts";
import {
  CLAUSE_END_MARK,
  FINAL_S,
  FINAL_STOP,
  TITLE_HEAD,
  WORDS,
  acronymInBrackets,
  compoundAt,
  isCapitalised,
  isRankAt,
  isGroupMemberNoun,
  isTitleOrHonorific,
  isTitleWord,
  isPluralTitleHead,
  singular,
  titleClass,
  isVerbOrAux,
} from "./words.ts";
import { acronymAfterItsName, spellsMostLetters } from "./bracketed-acronyms.ts";
import { gluedParticle } from "./glued-particles.ts";
import { nameMinistryAcronyms } from "./ministry-acronyms.ts";
import { listedPlaceSpans, type PlaceListMember, type PlaceListWords } from "./place-lists.ts";
import { sourceOutletContext, type SourceCueWords } from "./source-outlets.ts";
import {
  ACRONYM_WORD,
  CAPITALISED_START,
  HAS_LETTER,
  INITIAL,
  LETTER_FIRST,
  LETTERS_ONLY,
  LOWER_CASE_WORD,
  LOWER_FIRST,
  ONE_OR_TWO_DIGITS,
  POSSESSIVE_ENDING,
  QUOTE_MARK,
  TITLE_CASE_WORD,
  UPPER_FIRST,
} from "./letters.ts";

/** First words of bodies every country has ("Ministry", "Embassy"): qualified by country, not named by it. */
const GENERIC_BODY_STARTS = new Set(GENERIC_ORG_STARTS);
const SPEAKER_TITLE_WORDS = new Set(SPEAKER_TITLES);
const PRINTED_HONORIFIC_WORDS = new Set(PRINTED_HONORIFICS);
const SHIP_PREFIX_WORDS = new Set(SHIP_PREFIXES);
const SUBJECT_WORD_SET = new Set(SUBJECT_WORDS);
/**
 * Honorific phrases (lexicon/titles.json), each as its words ("dato'" is the word and a glued
 * apostrophe), listed under their first word without its apostrophe: a token is tried only
 * against the phrases that open with it.
 */
const HONORIFICS_BY_FIRST = new Map<string, (readonly string[])[]>();
const NO_PHRASES: readonly (readonly string[])[] = [];
for (const words of HONORIFIC_PHRASES.map((p) => p.split(" "))) {
  const first = (words[0] as string).replace(/'$/u, "");
  const list = HONORIFICS_BY_FIRST.get(first);
  if (list) list.push(words);
  else HONORIFICS_BY_FIRST.set(first, [words]);
}
const COMPANY_SUFFIX_WORDS = new Set(COMPANY_SUFFIXES);
const CAPPED_DESCRIPTORS = new Set(CAPPED_DESCRIPTOR_NOUNS);
const NAME_TAIL_WORDS = new Set(NAME_TAILS);
/** Heads of a public body's name ("council", "agency"), not a company's ("dynamics", "group"). */
const PUBLIC_BODY_HEADS = new Set(
  ORGANIZATION_HEADS.filter(
    (h) => !NAME_TAIL_WORDS.has(h) && !COMPANY_SUFFIXES.some((c) => c.toLowerCase() === h),
  ),
);
const WEAPON_TAIL_WORDS = new Set(WEAPON_NAME_TAILS);
const STAFF_TAILS = new Set(STAFF_TITLE_TAILS);
const TITLE_SERVICE_NAME_SET = new Set(TITLE_SERVICE_NAMES);
const TITLE_OPENER_WORDS = new Set(TITLE_OPENERS);
const POST_NOMINAL_WORDS = new Set(POST_NOMINALS);
const TITLE_ABBREVIATION_WORDS = new Set(TITLE_ABBREVIATIONS);
const TITLE_ACRONYM_WORDS = new Set(TITLE_ACRONYMS);
const PORTFOLIO_NOUN_WORDS = new Set(PORTFOLIO_NOUNS);
/** Heads of leading that may stand before a body's name without "of", less those that open a body's own name ("Chief Directorate"). */
const BODY_LEAD_WORDS = new Set(BODY_LEAD_HEADS.filter((w) => !NAME_OPENING_LEAD_HEADS.includes(w)));
const ORG_TAILS = ORGANIZATION_TAIL_NOUNS.map((p) => p.split(" "));
const ACRONYM_BODY_HEAD_WORDS = new Set(ACRONYM_BODY_HEADS);
const NOT_BODY_ACRONYM_WORDS = new Set(NOT_BODY_ACRONYMS);
const TITLE_OFFICE_HEAD_WORDS = new Set(TITLE_OFFICE_HEADS);
const SERVICE_HEAD_WORDS = new Set(SERVICE_HEADS);
/** Heads of a country's diplomatic posts, which end the post's name before a title as service heads do. */
const POST_HEAD_WORDS = new Set(DIPLOMATIC_POST_HEADS);
const SHARED_HEAD_WORDS = new Set(SHARED_MODIFIER_HEADS);
const SUB_BODY_HEAD_WORDS = new Set(SUB_BODY_HEADS);
const SERVICE_SUB_BODY_WORDS = new Set(SERVICE_SUB_BODY_HEADS);
const GENERAL_SUFFIXED_HEAD_WORDS = new Set(GENERAL_SUFFIXED_HEADS);
const BARE_HEAD_WORDS = new Set(BARE_HEADS);
const UNIT_HEAD_WORDS = new Set(UNIT_HEADS);
/** Most capitalised words between a listed body and the head of a body inside it. */
const MAX_SUB_BODY_WORDS = 3;
const SHIP_NOUN_WORDS = new Set(SHIP_NOUNS);
/** Nouns of vessels that a naming verb may name (warships, boats, tugs). */
const VESSEL_WORDS = new Set([...SHIP_NOUNS, ...VESSEL_NOUNS]);
const NAMING_WORDS = new Set(SHIP_NAMING_WORDS);
const ACRONYM_HEADS = new Set(ACRONYM_WEAPON_HEADS);
/** Acronyms of weapon classes, singular ("ATGM", "MRAP"). */
const CLASS_ACRONYMS = new Set(WEAPON_CLASS_ACRONYMS);
/** Listed weapons whose name or alias is an acronym ("HIMARS", "NASAMS"), and the class acronyms. */
const KNOWN_WEAPON_ACRONYMS = new Set([
  ...WEAPON_CLASS_ACRONYMS,
  ...WEAPON_MODEL_ENTRIES.flatMap((e) => [e.name, ...(e.aliases ?? [])]).filter((n) =>
    /^[A-Z]{2,8}$/u.test(n),
  ),
]);
/** An all-capital acronym that may name a weapon model before a weapon head ("MRAP"). */
const WEAPON_ACRONYM = /^[A-Z]{3,6}$/u;

/** A Roman numeral ("III" of "Block III submarines"): a series' number, never a model's acronym. */
const ROMAN_NUMERAL = /^[IVXL]+$/u;

/**
 * "ICG vessel Varuna", "the PCG ship BRP Cabra": an acronym before a singular vessel noun that a
 * ship's capitalised name follows is the vessel's navy or coast guard, not its class.
 */
function ownerOfNamedVessel(tokens: Token[], i: number): boolean {
  const noun = tokens[i + 1];
  const name = tokens[i + 2];
  return (
    noun !== undefined &&
    name !== undefined &&
    VESSEL_WORDS.has(noun.lower) &&
    !noun.lower.endsWith("s") &&
    (TITLE_CASE_WORD.test(name.text) || SHIP_PREFIX_WORDS.has(name.text))
  );
}

/** A model's designator written as one word: capitals, then digits ("PC7", "KT1"). */
const GLUED_DESIGNATOR = /^\p{Lu}{1,3}\d{1,3}$/u;
/**
 * Designators such as "RQ-4B", "KN-23", "Su-35", "Su-30MKI", "Shahed-136", "E-7", and a variant
 * of letters and digits after the hyphen ("Tor-M2", "Buk-M1", "Pantsir-S1").
 */
const DESIGNATOR = /^[A-Z][A-Za-z]{0,9}-(?:\d{1,4}(?:[A-Za-z]{1,3}\d{0,2})?|[A-Z]{1,2}\d{1,2}[A-Z]{0,2})$/u;
/**
 * A designator of two or more digits with a production variant ("M830A1", "M109A7", "M270A1"):
 * a model even without a class noun after it (not "H5N1": one digit first).
 */
const VARIANT_DESIGNATOR = /^[A-Z]{1,2}\d{2,4}[A-Z]\d{1,2}$/u;
/**
 * Short designators without a hyphen ("K2", "K9A1", "M1A2T", "M1117", "CV9035"): weapons only
 * before (or after) a weapon class noun.
 */
const SHORT_DESIGNATOR = /^[A-Z]{1,2}\d{1,4}(?:[A-Z]\d?[A-Z]{0,3})?$/u;
/** True when `text` starts with A to Z, as both designator patterns require (a cheap test first). */
function startsAsciiCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
/** Words that open a numbered class designator: "Type 052D", "Project 636". */
const CLASS_OPENERS = new Set(TEXT_WORDS.classOpeners);
/** Words that open a numbered class only before a weapon class noun: "Class 212CD submarines". */
const HEADED_CLASS_OPENERS = new Set(TEXT_WORDS.headedClassOpeners);
/** What stands before the hyphen of a designator that names no weapon ("Covid-19", "G-20"). */
const NON_WEAPON_PREFIXES = new Set(TEXT_WORDS.nonWeaponPrefixes);
/** Words before a designator that make it no weapon ("Flight MH-17"). */
const NON_WEAPON_BEFORE = new Set(TEXT_WORDS.nonWeaponBefore);
/** Lower-case words between a name and a weapon class noun ("Marlin type submarines", "Kilo class boats"). */
const CLASS_WORDS = new Set(TEXT_WORDS.classWords);
const PLACE_PREPOSITIONS = new Set(TEXT_WORDS.placePrepositions);
const STATE_FORMS = new Set(TEXT_WORDS.stateForms);
const BUILDING_NOUNS = new Set(TEXT_WORDS.buildingNouns);
const CURRENCY_NOUNS = new Set(TEXT_WORDS.currencyNouns);
const PLACE_EVENTS = new Set(PLACE_EVENT_WORDS);
const CONTINENT_PREFIXES = new Set(TEXT_WORDS.continentPrefixes);
/** Combining forms glued before a place's name in a compound modifier ("Euro-Atlantic"). */
const COMBINING_FORMS = new Set(TEXT_WORDS.combiningForms);
const CONTINENT_ADJECTIVES = new Set(TEXT_WORDS.continentAdjectives);
const FIELD_WORDS = new Set(TEXT_WORDS.fieldWords);
/** What "of" before it makes a ceremony or an award, no body ("Guard of Honour"). */
const CEREMONY_COMPLEMENTS = new Set(TEXT_WORDS.ceremonyComplements);

/** True when every word of [first, last) but joiners is a word of a field of work ("Counter Terrorism", "Disaster Relief"). */
function namesField(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const w = (tokens[k] as Token).lower;
    if (!FIELD_WORDS.has(w) && !NAME_JOINERS.has(w) && w !== "-") return false;
  }
  return true;
}
/** Words opening a rank before its abbreviation ("Command Sgt. Maj."). */
const RANK_OPENER_WORDS = new Set(RANK_OPENERS);
const RANK_UNIT_WORD_SET = new Set(RANK_UNIT_WORDS);
/** Phrases joining a title to its portfolio, as words ("in charge of"). */
const PORTFOLIO_OPENER_WORDS = PORTFOLIO_OPENERS.map((phrase) => phrase.split(" "));
const POSSESSIVE_NAME_WORDS = new Set(TEXT_WORDS.possessiveNameWords);
const ROYAL_POSSESSIVES = new Set(TEXT_WORDS.royalPossessives);

/** "His Majesty's Armed Forces": a capitalised determiner before a possessive name word opens the name. */
function opensPossessiveName(tokens: Token[], at: number): boolean {
  return (
    ROYAL_POSSESSIVES.has(tokens[at]?.text ?? "") &&
    POSSESSIVE_NAME_WORDS.has(tokens[at + 1]?.text ?? "") &&
    tokens[at + 2]?.key === "'s"
  );
}
const STATE_FORM_MODIFIERS = new Set(TEXT_WORDS.stateFormModifiers);
/** Words stripped from the front of an organization's name wherever it stands. */
const CLOSED_OPENERS = new Set(TEXT_WORDS.closedOpeners);
/** Words that open a production variant after a model ("F-16 Block 70", "Typhoon Tranche 3"). */
const VARIANT_WORDS = new Set(TEXT_WORDS.variantWords);
/** A capitalised word of the form of a plural noun ("Members", "Cadets"). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+s$/u;
/** Longest run of tokens the fallback considers as one name. */
const MAX_NAME_TOKENS = 14;
/** Most tokens of the honorific phrases before a name ("Dato Paduka Seri Tan Sri Dato’ Sri Haji", nine). */
const MAX_HONORIFIC_TOKENS = 12;
const NAME_JOINERS = new Set(TEXT_WORDS.nameJoiners);
const ORG_CONTEXT = new Set(TEXT_WORDS.orgContextBefore);
/** Phrases before and after an unknown name that make it a company (lexicon/organizations.json). */
const COMPANY_CUES_BEFORE = ORGANIZATION_CONTEXT.before.map((p) => p.split(" "));
const COMPANY_CUES_AFTER = ORGANIZATION_CONTEXT.after.map((p) => p.split(" "));
const OUTLET_VERB_WORDS = new Set(OUTLET_VERBS);
const SOURCE_CUE_WORDS: SourceCueWords = {
  before: SOURCE_CUES.before.map((p) => p.split(" ")),
  verbs: OUTLET_VERB_WORDS,
  verbLeads: new Set(SOURCE_CUES.verbLeads),
};
const COMPOUND_HEAD_PAIRS = new Set(COMPOUND_HEADS);

/** True when the capitalised word at `k` ends a two-word body head ("Military District"). */
function compoundHeadAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    isCapitalised(t.text) &&
    COMPOUND_HEAD_PAIRS.has(`${tokens[k - 1]?.lower ?? ""} ${t.lower}`)
  );
}
const WEB_DOMAINS = new Set(TEXT_WORDS.webDomains);
const LANGUAGE_SUFFIXES = new Set(TEXT_WORDS.languageSuffixes);
/** An all-capital acronym ("DRDO", "NPOM"). */
const ACRONYM = /^[A-Z]{2,6}$/u;
/** Cities whose listed names have a lower-case word ("Dar es Salaam"), by their lower-case form. */
const CITIES_WITH_LOWER_WORDS = new Set(
  [...WORDS.cities].filter((c) => c.split(" ").some((w) => LOWER_FIRST.test(w))).map((c) => c.toLowerCase()),
);
/** One word with a capital inside after a lower-case run: an outlet or company ("ThePrint"). */
const CAMEL_NAME = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
/** Most names (particles aside) in a patronymic chain ("Rima bint Bandar bin Sultan bin Abdulaziz"). */
const MAX_PATRONYMIC_NAMES = 6;
/**
 * "Yang Jun, charge d'affaires …": a month's short form right after a family name written first
 * (lexicon familyFirstNames), with no day number or stop after it, is the person's given name.
 */
function givenNameLikeMonth(tokens: readonly Token[], first: number, at: number): boolean {
  const next = tokens[at + 1];
  return (
    at === first + 1 &&
    WORDS.shortMonths.has((tokens[at] as Token).lower) &&
    WORDS.familyFirst.has((tokens[first] as Token).text) &&
    !DIGIT_FIRST.test(next?.text ?? "") &&
    next?.text !== "."
  );
}

/**
 * "met with President William Ruto Feb. 12", "hosted X Dec. 9": a month's short form with its stop,
 * or any month name before a day number, is a date; it never opens a name (a full month name before
 * a capitalised word may: "April Ryan", "June Carter").
 */
function dateOpener(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (!MONTH_NAMES.has(t.lower)) return false;
  return t.text.endsWith(".") || tokens[at + 1]?.text === "." || DIGIT_FIRST.test(tokens[at + 1]?.text ?? "");
}

/** Lower-case syllables of a hyphenated Korean given name ("Won-ho", "Son-hui"). */
const NAME_SYLLABLE = /^\p{Ll}{2,4}$/u;
const CALENDAR_NAMES = new Set(
  [...DATE_WORDS.weekdays, ...DATE_WORDS.months.flat()].map((w) => w.toLowerCase()),
);
const MONTH_NAMES = new Set(DATE_WORDS.months.flat().map((w) => w.toLowerCase()));
const INSTITUTION_ROLE_WORDS = new Set(INSTITUTION_ROLES);
/** Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(TEXT_WORDS.nameParticles);
/** Particles that are one only as written in lower case ("do", not the surname "Do"; "das", not "Das"). */
const LOWER_CASE_PARTICLES = new Set(TEXT_WORDS.lowerCaseNameParticles);

/** True when the token is a particle inside a personal name ("bin", "von", "do" in "Carlos Agostinho do Rosario"). */
function isNameParticle(t: Token): boolean {
  return NAME_PARTICLES.has(t.lower) || LOWER_CASE_PARTICLES.has(t.text);
}

/** What family-names.ts reads: given names (both lists), name particles, title case. */
const FAMILY_NAME_WORDS: FamilyNameWords = {
  givenName: (w) => WORDS.givenNames.has(w) || WORDS.worldGivenNames.has(w),
  particle: isNameParticle,
  titleCase: (w) => TITLE_CASE_WORD.test(w),
};

/** Companies' legal forms and words that start no name, for places-in-company-names.ts. */
const PAST_TITLE_MARK_WORDS: ReadonlySet<string> = new Set(PAST_TITLE_MARKS);
const COMPANY_NAME_WORDS: CompanyNameWords = {
  legalForm: (text) => COMPANY_SUFFIX_WORDS.has(text),
  nonName: (lower) => WORDS.nonName.has(lower),
  titleWord: (lower) => isTitleWord(lower) || PAST_TITLE_MARK_WORDS.has(lower),
};

/** English words and names' generational suffixes, for portfolio-names.ts. */
const HOLDER_WORDS: HolderWords = {
  englishWord: inEnglishLexicon,
  nameSuffix: (text) => WORDS.nameSuffixes.has(text),
};

/** The family names printed first and a Korean name's shape, for family-first-names.ts. */
const FAMILY_FIRST_WORDS: FamilyFirstWords = {
  familyFirst: WORDS.familyFirst,
  koreanName: (tokens, first, last) => koreanName(tokens, first, last),
};

/** Words that open a place's name before a known name ("Mount Kenya"; lexicon placeOpeners). */
const PLACE_OPENER_WORDS: ReadonlySet<string> = new Set(PLACE_OPENERS);

/** Heads of a base's name that a name may follow (lexicon namedBaseHeads). */
const NAMED_BASE_HEAD_WORDS: ReadonlySet<string> = new Set(NAMED_BASE_HEADS);

/** Body nouns and the title heads that open real bodies' names, for readTitlesOfBodies. */
const TITLE_BODY_WORDS = {
  titleHeads: WORDS.titleHeads,
  orgHeads: WORDS.orgHeads,
  bodyNameTitleHeads: new Set(BODY_NAME_TITLE_HEADS),
};

/** Stage 3: fills `state.mentions` with the mentions of every sentence. */

export const entitiesStage: Stage = {
  name: "3-entities",
  run(state: DocState): void {
    const gazetteer = gazetteerOf(state.options.lexicon);
    const wordSets = wordsOf(state);
    const acronyms = bodyAcronyms(state.sentences);
    const ministries = tablesOf(state).ministryAcronyms;
    state.mentions = mapPacked(state.sentences, (s) =>
      findMentions(s, gazetteer, wordSets, ministries, acronyms),
    );
    dropCutName(state);
    // "10 Tata Buses": capitals counted after a number, ending in a plural, name no person.
    state.mentions = mapPacked(state.mentions, (list) =>
      list.filter((m) => !countedGoods(state.sentences[m.sentence]?.tokens ?? [], m, "fallback-person")),
    );
    joinPlaceSurnames(state);
    joinPlaceOpeners(state, PLACE_OPENER_WORDS, makeMention);
    joinNamedBases(state, NAMED_BASE_HEAD_WORDS, makeMention);
    dropLanguageNames(state);
    dropTitleOpenersOfBodies(state);
    readTitlesOfBodies(state, TITLE_BODY_WORDS, makeMention);
    // "President [Javier] Milei": an editor's brackets, out of the tokens (stage 2), leave the name.
    for (const list of state.mentions)
      for (const m of list)
        if (EDITORIAL_BRACKET.test(m.name)) m.name = m.name.replace(EDITORIAL_BRACKETS, "");
    // "RoK Defense Minister noted …": a run of capitalised words that ends in a title's head
    // (lexicon titleHeads) is a title, no person's name.
    state.mentions = mapPacked(state.mentions, (list) =>
      list.some(endsInTitleHead) ? list.filter((m) => !endsInTitleHead(m)) : list,
    );
    // "Minister of Land Transport and Light Rail, ...": a run that ends in a field's noun (lexicon
    // people.json notNameEndings) is a portfolio's or a body's words, no person's name.
    state.mentions = mapPacked(state.mentions, (list) =>
      list.some(endsInFieldNoun) ? list.filter((m) => !endsInFieldNoun(m)) : list,
    );
  },
};

/** Lower-case nouns of a field that end no personal name (lexicon people.json notNameEndings). */
const NOT_NAME_ENDING_WORDS = new Set(NOT_NAME_ENDINGS);

/** True for a person's mention whose name ends in a field's noun ("Land Transport", "Public Information"). */
function endsInFieldNoun(m: Mention): boolean {
  if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role") return false;
  return NOT_NAME_ENDING_WORDS.has(m.name.slice(m.name.lastIndexOf(" ") + 1).toLowerCase());
}

/** A capital and at most one lower-case letter: a word cut short ("Ya", "Kh"). */
const CUT_WORD = /^\p{Lu}\p{Ll}?$/u;

/**
 * "... of the Republic of Türkiye Ya": where the text ends in the middle of a sentence (an
 * excerpt's cap: the last sentence is prose and ends with a letter, no stop), a person's name
 * that is one word of one or two letters there ("Ya"), or ends in a capital alone ("Uhuru K"), is
 * cut short, no name of its own ("Li Yi" stays).
 */
function dropCutName(state: DocState): void {
  const n = state.sentences.length - 1;
  const sentence = state.sentences[n];
  const list = state.mentions[n];
  if (!sentence || !list || sentence.headline || !isCutProse(sentence.text)) return;
  const text = state.view.text;
  if (sentence.end !== text.trimEnd().length || !HAS_LETTER.test(text[sentence.end - 1] ?? "")) return;
  const last = sentence.tokens.length;
  const word = (sentence.tokens[last - 1] as Token).text;
  const cut = list.find(
    (m) =>
      m.last === last &&
      m.type === "Person" &&
      m.kind === "fallback" &&
      (word.length === 1 || (m.first === last - 1 && CUT_WORD.test(word))),
  );
  if (cut) list.splice(list.indexOf(cut), 1);
}

/**
 * "Deputy Security Council Secretary Alexander Venediktov": a word that opens titles (lexicon
 * titleOpeners: "Deputy", "Chief") before a body's name that a title head follows is the title's,
 * wrapped around the body, no part of the body's name; and the body so wrapped, found by a listed
 * body's name without its qualifier ("Security Council" of "UN Security Council"), is the title
 * holder's own body, named as printed.
 */
function dropTitleOpenersOfBodies(state: DocState): void {
  state.sentences.forEach((sentence, n) => {
    const list = state.mentions[n];
    if (!list) return;
    const tokens = sentence.tokens;
    list.forEach((m, k) => {
      const after = tokens[m.last];
      if (
        m.type !== "Organization" ||
        after === undefined ||
        !isCapitalised(after.text) ||
        !WORDS.titleHeads.has(after.lower)
      )
        return;
      if (
        m.kind === "fallback" &&
        m.last - m.first >= 3 &&
        TITLE_OPENER_WORDS.has((tokens[m.first] as Token).lower) &&
        m.name === m.text
      ) {
        const body = spelledMention(sentence, m.first + 1, m.last, m.type, m.kind, m.rule);
        list[k] = body;
      } else if (
        m.rule === "gazetteer" &&
        TITLE_OPENER_WORDS.has(tokens[m.first - 1]?.lower ?? "") &&
        m.name.endsWith(` ${m.text}`)
      )
        Object.assign(m, { name: m.text, kind: "fallback", rule: "title-wrapped-body" });
    });
  });
}

/**
 * "Air Chief Marshal Tariq Amman": a listed place of one word right after a titled person's one-word
 * name, with no capitalised word after it, is the person's last name, not the city (or its
 * country, for a capital).
 */
function joinPlaceSurnames(state: DocState): void {
  state.sentences.forEach((sentence, n) => {
    const list = state.mentions[n];
    if (!list) return;
    for (const person of [...list]) {
      if (person.type !== "Person" || person.rule !== "fallback-person" || person.last !== person.first + 1)
        continue;
      const place = list.find(
        (p) =>
          p.first === person.last &&
          p.last === p.first + 1 &&
          p.rule === "gazetteer" &&
          (p.type === "Location" || p.kind === "capital"),
      );
      const after = sentence.tokens[person.last + 1];
      if (!place || (after !== undefined && isCapitalised(after.text))) continue;
      const name = `${person.name} ${(sentence.tokens[place.first] as Token).text}`;
      list.splice(list.indexOf(place), 1);
      list.splice(
        list.indexOf(person),
        1,
        makeMention(
          sentence,
          person.first,
          place.last,
          name,
          "Person",
          person.kind,
          "fallback-place-surname",
        ),
      );
    }
  });
}

/**
 * True when a person's name of two or more words ends in a title's head ("RoK Defense Minister"),
 * or is a title of several words itself ("Yang Di-Pertuan", a ruler's style; lexicon titleHeads).
 */
function endsInTitleHead(m: Mention): boolean {
  if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role") return false;
  const at = m.name.lastIndexOf(" ");
  return (
    at > 0 &&
    (WORDS.titleHeads.has(m.name.slice(at + 1).toLowerCase()) || WORDS.titleHeads.has(m.name.toLowerCase()))
  );
}

/** A square bracket inside a mention's name (stage 2 reads an editor's brackets as no token). */
const EDITORIAL_BRACKET = /[[\]]/u;
const EDITORIAL_BRACKETS = /[[\]]/gu;

/** Ranks of several words (lexicon/titles.json), each as its words. */
const RANK_WORDS: readonly (readonly string[])[] = RANK_PHRASES.map((p) => p.split(" "));
/** Title heads a rank word completes (lexicon/titles.json rankCompletedHeads: "Inspector General"). */
const RANK_COMPLETED = new Set(RANK_COMPLETED_HEADS);

/**
 * The end of a capitalised rank of several words that opens at `i` ("General of the Army"), else
 * `i`: its last words would otherwise name a body ("Army"). Not after a title head the rank word
 * completes ("the Inspector General of the Army": the title's body is the Army).
 */
function rankPhraseEnd(tokens: readonly Token[], i: number): number {
  if (!isCapitalised(tokens[i]?.text ?? "")) return i;
  if (i > 0 && RANK_COMPLETED.has((tokens[i - 1] as Token).lower)) return i;
  for (const words of RANK_WORDS) {
    const end = i + words.length;
    if (end <= tokens.length && lowerWordsAt(tokens, i, words) && isCapitalised(tokens[end - 1]?.text ?? ""))
      return end;
  }
  return i;
}

/**
 * The end of a listed staff's name that opens at `i` right after "Chief of" with no article
 * ("Chief of General Staff of the Senegalese Armed Forces": a body of the gazetteer ending in a
 * staff tail, lexicon/titles.json staffTitleTails), else `i`: the words name the office, not a body
 * ("the Chief of the General Staff of the Army" names the General Staff).
 */
function staffTitleEnd(tokens: Token[], i: number, gazetteer: Gazetteer): number {
  if (i < 2 || tokens[i - 1]?.lower !== "of" || !WORDS.titleHeads.has((tokens[i - 2] as Token).lower))
    return i;
  if (!isCapitalised(tokens[i]?.text ?? "")) return i;
  const hit = matchAt(tokens, i, gazetteer);
  if (hit?.entry.type !== "Organization" || !STAFF_TAILS.has(tokens[hit.end - 1]?.lower ?? "")) return i;
  return hit.end;
}

/** Acronyms of capitals the document writes after "the" ("the RMAF"): a body's, never a surname. */
function bodyAcronyms(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    for (let k = 1; k < s.tokens.length; k++) {
      const t = s.tokens[k] as Token;
      if (s.tokens[k - 1]?.lower === "the" && ACRONYM.test(t.text)) out.add(t.text);
    }
  return out;
}

/**
 * Mentions in one sentence, sorted by position, by the lexicon's gazetteer, word sets and ministry
 * acronyms (its ministryAcronyms table: "MFA" → "Foreign Ministry"). `acronyms` are the document's body acronyms (bodyAcronyms), cut from the end of a personal name ("General
 * Ahmad Rizal RMAF").
 */
export function findMentions(
  sentence: Sentence,
  gazetteer: Gazetteer,
  wordSets: WordSets,
  ministryAcronyms: ReadonlyMap<string, string>,
  acronyms: ReadonlySet<string> = new Set(),
): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  nameListedAndShaped(sentence, gazetteer, wordSets, out, covered);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const weapons = matchWeaponClass(sentence, i, covered);
    if (weapons.length > 0) {
      for (const w of weapons) mark(w, out, covered);
      i = (weapons[0] as Mention).last - 1;
    }
  }
  if (sentence.headline && isTitleCase(tokens)) {
    nameHeadlinePersons(sentence, out, covered);
    nameHeadlineForces(sentence, out, covered, wordSets, WORDS.orgHeads);
  }
  if (!sentence.headline || !isTitleCase(tokens)) nameNumberedUnits(sentence, out, covered);
  // "The Iranian MFA spokesperson": before the runs, which would take the acronym alone.
  nameMinistryAcronyms(sentence, out, covered, ministryAcronyms);
  if (!sentence.headline || !isTitleCase(tokens))
    nameUnlistedRuns(sentence, out, covered, acronyms, wordSets, gazetteer.countryNames);
  if (!sentence.headline || !isTitleCase(tokens)) {
    nameSpelledBodies(sentence, out, covered);
    nameShipsAfterShipNouns(sentence, out, covered);
    nameShipsByNaming(sentence, out, covered);
    nameCraftModels(sentence, out, covered, wordSets);
    nameModelsListedAfterClass(sentence, out, covered);
    nameListedOrganizations(sentence, out, covered);
    nameListedPlaces(sentence, out, covered, gazetteer, {
      speechVerbs: wordSets.nameSpeechVerbs,
      clauseVerbs: wordSets.placeListClauseVerbs,
      openers: wordSets.placeListOpeners,
      ends: wordSets.placeListEnds,
    });
  }
  dropCombinedPlaces(tokens, out);
  if (!sentence.headline || !isTitleCase(tokens)) dropPlacesNamingThings(tokens, out);
  return sortInPlace(out, byFirstLongest);
}

/**
 * The first pass of findMentions: ranks and transaction terms covered (they name nothing), then
 * ships and outlets, weapons' models, and the names of the gazetteer with what widens or refuses
 * them (a class glued to a place's name, a region or a place's head around a place, a sub-body,
 * a listed name's tails), marked in `out` and `covered`.
 */
function nameListedAndShaped(
  sentence: Sentence,
  gazetteer: Gazetteer,
  wordSets: WordSets,
  out: Mention[],
  covered: Uint8Array,
): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // "General of the Army Valery Gerasimov": a rank of several words names no body.
    // "a possible Foreign Military Sale to France": a transaction's term names no place either.
    const rank = Math.max(
      rankPhraseEnd(tokens, i),
      staffTitleEnd(tokens, i, gazetteer),
      transactionTermEnd(tokens, i),
    );
    if (rank > i) {
      for (let k = i; k < rank; k++) covered[k] = 1;
      i = rank - 1;
      continue;
    }
    const ship = matchShip(sentence, i, gazetteer) ?? matchWebOutlet(sentence, i);
    if (ship) {
      mark(ship, out, covered);
      // "USS Whirlwind (PC-11)": the hull number in brackets is no weapon of its own.
      const hull = ship.type === "WeaponSystem" ? hullNumberEnd(tokens, ship.last) : ship.last;
      for (let k = ship.last; k < hull; k++) covered[k] = 1;
      i = hull - 1;
      continue;
    }
    const model = modelAt(sentence, i, covered, gazetteer);
    if (model) {
      mark(model, out, covered);
      i = model.last - 1;
      continue;
    }
    const hit =
      spellsLowerCasePhrase(tokens, i) || currencyCode(tokens, i, wordSets)
        ? null
        : matchAt(tokens, i, gazetteer);
    const numbered = matchNumberedClass(sentence, i, hit !== null);
    if (numbered) {
      mark(numbered, out, covered);
      i = numbered.last - 1;
      continue;
    }
    if (hit && hit.entry.kind !== "weapon" && classSuffixAt(tokens, hit.end)) {
      // "Sahel-class patrol vessels", "Hamburg-class frigates": a place's name glued to "-class" names ships.
      const ships = spelledMention(sentence, i, hit.end + 2, "WeaponSystem", "weapon", "weapon-named-class");
      mark(ships, out, covered);
      i = ships.last - 1;
      continue;
    }
    const regionStart =
      hit && (hit.entry.type === "Location" || hit.entry.type === "Country")
        ? placePrefixStart(tokens, i, covered, hit.entry.type === "Location")
        : i;
    if (hit && regionStart < i) {
      // "Central Asia", "West Africa", "Gulf of Aden", "Horn of Africa": a region modifier or a
      // place noun and "of" before a known place make one larger place's name.
      const region = spelledMention(sentence, regionStart, hit.end, "Location", "name", "place-region");
      mark(region, out, covered);
      i = region.last - 1;
      continue;
    }
    // "Flamingo Naval Base": a weapon's name before capitalised words ending in a place noun names the place.
    const placeEnd =
      hit && (hit.entry.kind !== "weapon" || isCapitalised(tokens[hit.end]?.text ?? ""))
        ? placeHeadAfter(tokens, hit.end, covered)
        : -1;
    if (placeEnd > 0) {
      // "Philippine Sea", "Korea Bay", "Pyongyang International Airport": a country, demonym or
      // city before a place noun names the place.
      // "West Philippine Sea": a region modifier before the name is in it.
      const place = spelledMention(
        sentence,
        placePrefixStart(tokens, i, covered, true),
        placeEnd,
        "Location",
        "name",
        "place-head",
      );
      mark(place, out, covered);
      i = placeEnd - 1;
      continue;
    }
    const resume = hit ? refusedHitResume(sentence, i, hit, covered, out, gazetteer, wordSets) : -1;
    if (resume >= 0) {
      i = resume;
      continue;
    }
    const subBody = hit?.entry.type === "Organization" ? subBodyEnd(tokens, hit.end, gazetteer) : -1;
    if (subBody > 0) {
      // "the People's Liberation Army Medical University": a body inside a listed body.
      const body = spelledMention(sentence, i, subBody, "Organization", "fallback", "fallback-sub-body");
      mark(body, out, covered);
      // "the UN Support Mission in Libya": the body that sends a mission stays a mention of its own.
      if (hit && tokens.slice(hit.end, subBody).some((t) => WORDS.missionWords.has(t.lower)))
        out.push(
          makeMention(sentence, i, hit.end, hit.entry.name, "Organization", hit.entry.kind, "gazetteer"),
        );
      i = subBody - 1;
      continue;
    }
    if (
      hit &&
      !(
        hit.entry.kind === "weapon" &&
        insidePersonalName(tokens, i, hit.end, covered, sentence.headline && isTitleCase(tokens))
      )
    ) {
      const m = listedMention(sentence, i, hit, covered, gazetteer, wordSets);
      mark(m, out, covered);
      // "Israel Defense Forces": the country whose name opens a listed body's name stays a
      // mention of its country, as in "Kenya Navy" and "Nigerian Army".
      if (m.type === "Organization" && m.country !== undefined) {
        const own = leadingCountryMention(sentence, m, gazetteer);
        if (own) out.push(own);
      }
      i = m.last - 1;
      continue;
    }
  }
}

/**
 * A weapon's model at `i` written as a designator (past a maker's name before it), a spaced
 * variant, a qualified class acronym, or a short designator after its maker ("Colt M4 carbines",
 * "Airbus C295 planes": the maker is in its name); null otherwise.
 */
function modelAt(sentence: Sentence, i: number, covered: Uint8Array, gazetteer: Gazetteer): Mention | null {
  const tokens = sentence.tokens;
  const maker = WORDS.makers.has((tokens[i] as Token).text) && DESIGNATOR.test(tokens[i + 1]?.text ?? "");
  return (
    matchDesignator(sentence, maker ? i + 1 : i, covered, gazetteer) ??
    matchSpacedVariant(sentence, i, covered, gazetteer) ??
    matchQualifiedClassAcronym(sentence, i, covered, gazetteer) ??
    (maker ? null : makerBeforeNumbered(sentence, i))
  );
}

/** A listed name matched at a token (gazetteer matchAt). */
type ListedHit = NonNullable<ReturnType<typeof matchAt>>;

/**
 * Where findMentions reads on when the listed name `hit` at `i` names no mention of its own there
 * (the index before the next token to read), else -1: a context alias before a capitalised word, a
 * place's name before a day's or a war's word, a language, an acronym after another, a word of a
 * personal name, a country's name that names no country or ends a body's name, a body's name
 * that another qualifier makes another body's.
 */
function refusedHitResume(
  sentence: Sentence,
  i: number,
  hit: ListedHit,
  covered: Uint8Array,
  out: Mention[],
  gazetteer: Gazetteer,
  wordSets: WordSets,
): number {
  const tokens = sentence.tokens;
  if (hit.entry.kind === "context-alias" && isCapitalised(tokens[hit.end]?.text ?? "x")) return i;
  // "Europe Day", "Africa Day", "the Korean War": a place's name or a demonym before a day's or
  // a war's word names the day or the event, no place.
  if (
    (hit.entry.kind === "name" || hit.entry.kind === "demonym") &&
    (hit.entry.type === "Location" || hit.entry.type === "Country") &&
    PLACE_EVENTS.has(tokens[hit.end]?.text ?? "")
  )
    return hit.end;
  // "the Spanish-language daily", "Russian-speaking": a language, not a country.
  if (hit.entry.kind === "demonym" && namesLanguage(tokens, hit.end)) return hit.end + 1;
  // "TNI AU", "TNI AL": a short listed acronym after another acronym of capitals ends that
  // acronym's name (Indonesia's air force and navy), not the African Union's.
  if (
    hit.entry.type === "Organization" &&
    hit.end === i + 1 &&
    TWO_OR_THREE_CAPITALS.test((tokens[i] as Token).text) &&
    (tokens[i] as Token).space &&
    !covered[i - 1] &&
    ACRONYM.test(tokens[i - 1]?.text ?? "")
  )
    return i;
  if (startsPersonalName(tokens, i, hit.end, hit.entry.type, gazetteer, wordSets)) return i;
  if (endsPersonalName(tokens, i, hit.end, hit.entry.type, covered)) return i;
  // "Hafez al-Assad", not the listed "Bashar al-Assad": another given name before the family name.
  if (
    hit.entry.type === "Person" &&
    otherBearerOfFamilyName(tokens, i, hit.end, hit.entry.name, covered, FAMILY_NAME_WORDS)
  )
    return i;
  // "Sierra Nevada Corporation": a place inside a company's name is a word of the name.
  if (
    (hit.entry.type === "Location" || hit.entry.type === "Country") &&
    hit.entry.kind === "name" &&
    placeInsideCompanyName(tokens, i, hit.end, covered, COMPANY_NAME_WORDS)
  )
    return i;
  if (hit.entry.type === "Country" && namesNoCountry(tokens, i, hit.end, covered)) return hit.end - 1;
  // "Tehreek-i-Jihad Pakistan, a militant group …": a country's name ending a name that an
  // apposed descriptor types as a body is part of the body's name.
  if (hit.entry.type === "Country" && hit.entry.kind === "name" && endsBodyName(tokens, i, hit.end, covered))
    return i;
  // "Russia's Security Council", "the Security Council of Armenia": an alias that drops the
  // qualifier of a listed body's name ("UN Security Council") names another body where another
  // qualifier stands; the name finder reads it as a body of its own.
  if (
    hit.entry.type === "Organization" &&
    otherQualifier(sentence, i, hit.end, hit.entry.name, out, gazetteer)
  )
    return i;
  // "the Federal Security Council", "Iran's Supreme National Security Council": a capitalised
  // word no list knows before a listed body's generic name makes the name of another body.
  if (hit.entry.type === "Organization" && unlistedQualifierBefore(sentence, i, hit.end, covered)) return i;
  return -1;
}

/**
 * The mention of the listed name `hit` at `i`: its end past a variant, a model's other number, a
 * name's tails, a company's legal form or subsidiary words, a demonym's state form or a patronymic;
 * its name a model's designator, a division's or a subsidiary's own where they make another.
 */
function listedMention(
  sentence: Sentence,
  i: number,
  hit: ListedHit,
  covered: Uint8Array,
  gazetteer: Gazetteer,
  wordSets: WordSets,
): Mention {
  const tokens = sentence.tokens;
  let other = hit.entry.kind === "weapon" ? otherModelNumber(tokens, hit.end, hit.entry.name) : -1;
  if (other < 0 && hit.entry.kind === "weapon" && variantEnd(tokens, hit.end) === hit.end) {
    const variant = modelVariantEnd(tokens, hit.end, gazetteer, hit.entry.name);
    if (variant > hit.end) other = variant;
  }
  // "the Kyrgyz Republic", "the Slovak Republic": a demonym before a state form names the country.
  const stateForm = hit.entry.kind === "demonym" && demonymStateFormAt(tokens, hit.end, covered);
  const tailEnd =
    hit.entry.type === "Organization"
      ? nameTailEnd(sentence, companySuffixEnd(tokens, hit.end), gazetteer, NAME_TAIL_WORDS, true)
      : -1;
  const orgEnd = tailEnd > 0 ? companySuffixEnd(tokens, tailEnd) : -1;
  const countryEnd = orgEnd > 0 ? countrySubsidiaryEnd(sentence, i, orgEnd, gazetteer) : -1;
  const subsidiaryEnd =
    orgEnd > 0 && orgEnd === tailEnd && countryEnd === orgEnd && hit.entry.kind === "name"
      ? subsidiaryWordEnd(sentence, i, orgEnd, gazetteer)
      : countryEnd;
  const m = makeMention(
    sentence,
    hit.entry.type === "Country" && hit.entry.kind === "name" ? stateFormStart(tokens, i, covered) : i,
    stateForm
      ? hit.end + 1
      : other > 0
        ? spacedLetterVariantEnd(tokens, variantEnd(tokens, other))
        : hit.entry.kind === "weapon"
          ? nameTailEnd(sentence, variantEnd(tokens, hit.end), gazetteer, WEAPON_TAIL_WORDS)
          : hit.entry.type === "Organization"
            ? subsidiaryEnd
            : hit.entry.type === "Person"
              ? patronymicEnd(tokens, hit.end, wordSets)
              : hit.end,
    other > 0 ? "" : hit.entry.name,
    hit.entry.type,
    stateForm ? "name" : hit.entry.kind,
    "gazetteer",
  );
  // "Apache AH-64E", "MEKO A-200": a designator after the family's name is the model's name.
  const designated = other === hit.end + 1 && DESIGNATOR.test((tokens[hit.end] as Token).text);
  // "Thales Australia": a company's national subsidiary is a body of its own; so is a listed
  // company's division named by its name tails ("Saab Dynamics", "General Dynamics Land Systems"),
  // unless the listed name ends in the same tail (a variant: "Islamic Revolutionary Guards Corps").
  if (subsidiaryEnd > orgEnd) m.name = m.text;
  else if (
    tailEnd > hit.end &&
    companySuffixEnd(tokens, hit.end) === hit.end &&
    !hit.entry.name.toLowerCase().endsWith(` ${(tokens[tailEnd - 1] as Token).lower}`)
  )
    m.name = sentence.text.slice(
      m.start - sentence.start,
      (tokens[tailEnd - 1] as Token).end - sentence.start,
    );
  if (designated) m.name = (tokens[hit.end] as Token).text;
  else if (other > 0)
    m.name = sentence.text.slice(m.start - sentence.start, (tokens[other - 1] as Token).end - sentence.start);
  if (hit.entry.country !== undefined) m.country = hit.entry.country;
  if (hit.entry.when !== undefined) m.when = hit.entry.when;
  return m;
}

/**
 * The names no list knows in a sentence that is no title-case headline: each capitalised run not
 * yet covered, read by matchFallback (an acronym before an office, a name before a class acronym
 * first), then widened by the mentions around it; `acronyms` are the document's body acronyms.
 */
function nameUnlistedRuns(
  sentence: Sentence,
  out: Mention[],
  covered: Uint8Array,
  acronyms: ReadonlySet<string>,
  wordSets: WordSets,
  countryNames: ReadonlySet<string>,
): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised((tokens[i] as Token).text)) continue;
    // "Royal" before "Thai Navy": the body's name takes it (stage 4 and absorbDemonym).
    if (wordSets.bodyPrefixes.has((tokens[i] as Token).text) && demonymAt(out, i + 1)) continue;
    // "the Assistant Deputy CMI in Charge of International Affairs": "Charge" is the title's.
    if (PORTFOLIO_OPENER_WORDS.some((phrase) => phraseAt(tokens, i - 1, phrase))) continue;
    // "William Ruto Feb. 12": a date's month opens no name; the run after it may.
    if (dateOpener(tokens, i)) continue;
    // "DGA Director General Emmanuel Chiva", "the NDU Commandant Maj. Gen. X": an acronym no list
    // knows, right before an office and a name, is the office's body.
    // (A sentence's opening "The" before the acronym is no part of the run.)
    const at = tokens[i]?.text === "The" ? i + 1 : i;
    if (acronymBeforeOffice(tokens, at, covered)) {
      const acronym = (tokens[at] as Token).text;
      mark(
        makeMention(sentence, at, at + 1, acronym, "Organization", "fallback", "fallback-acronym-office"),
        out,
        covered,
      );
      i = at;
      continue;
    }
    const classed = nameBeforeClassAcronym(sentence, i, covered);
    if (classed) {
      mark(classed, out, covered);
      i = classed.last - 1;
      continue;
    }
    const fallback = matchFallback(
      sentence,
      i,
      covered,
      wordSets,
      countryNames,
      countryEndsAt(out, i),
      personJoinedAt(out, tokens, i),
      acronymBesideBody(out, tokens, i),
    );
    // A portfolio's words name nothing; the name after them is read on its own.
    if (fallback && !fallback.mention) {
      i = fallback.resume - 1;
      continue;
    }
    if (fallback && joinModelVariant(sentence, fallback.mention, out, covered)) {
      i = fallback.mention.last - 1;
      continue;
    }
    if (fallback) {
      dropBodyAcronym(sentence, fallback.mention, acronyms);
      keepHonorifics(sentence, fallback.mention, i);
      absorbPlacePrefix(sentence, fallback.mention, out, covered);
      absorbCountrySuffix(sentence, fallback.mention, out, covered);
      absorbCountryAfter(sentence, fallback.mention, out, covered);
      absorbSpelledPlaces(sentence, fallback.mention, out);
      absorbDemonym(sentence, fallback.mention, out, wordSets.bodyPrefixes);
      absorbOrdinal(sentence, fallback.mention, covered);
      mark(fallback.mention, out, covered);
      i = fallback.mention.last - 1;
    } else {
      while (i + 1 < tokens.length && !covered[i + 1] && isCapitalised((tokens[i + 1] as Token).text)) i++;
    }
  }
}

/** Most capitalised words after a place's name that may make it the name of a thing. */
const MAX_THING_WORDS = 2;

/**
 * "87-inch Virginia Payload Tubes": a one-word place before capitalised words that end in the
 * plural of a common English noun (no place, body or title word), and that no mention took, opens
 * the name of a thing, not a place; the place's mention is dropped.
 */
function dropPlacesNamingThings(tokens: Token[], out: Mention[]): void {
  for (let n = out.length - 1; n >= 0; n--) {
    const m = out[n] as Mention;
    if (m.type !== "Location" || m.last - m.first !== 1) continue;
    let end = m.last;
    while (
      end < tokens.length &&
      end - m.last < MAX_THING_WORDS &&
      TITLE_CASE_WORD.test((tokens[end] as Token).text)
    )
      end++;
    if (end === m.last || isCapitalised(tokens[end]?.text ?? "")) continue;
    const words = tokens.slice(m.last, end);
    const head = words[words.length - 1] as Token;
    if (!head.lower.endsWith("s") || !inEnglishLexicon(head.lower.slice(0, -1))) continue;
    if (words.some((w) => !inEnglishLexicon(w.lower) && !inEnglishLexicon(w.lower.slice(0, -1)))) continue;
    if (words.some((w) => thingBlockingWord(w.lower))) continue;
    if (out.some((o) => o !== m && o.first < end && o.last > m.last)) continue;
    out.splice(n, 1);
  }
}

/** True when a word is a place's, a body's or a title's (then the run may name a place or a body). */
function thingBlockingWord(w: string): boolean {
  const one = w.endsWith("s") ? w.slice(0, -1) : w;
  return [w, one].some(
    (x) =>
      WORDS.placeHeads.has(x) ||
      WORDS.placeNouns.has(x) ||
      WORDS.placeTailHeads.has(x) ||
      WORDS.orgHeads.has(x) ||
      isTitleWord(x),
  );
}

/**
 * "Euro-Atlantic integration", "the Trans-Atlantic alliance": a place's name glued by a hyphen
 * after a combining form (lexicon/text.json combiningForms) is the second half of a compound
 * modifier, no place of its own ("US-Japan": a name before the hyphen keeps both).
 */
function dropCombinedPlaces(tokens: Token[], out: Mention[]): void {
  for (let n = out.length - 1; n >= 0; n--) {
    const m = out[n] as Mention;
    const hyphen = tokens[m.first - 1];
    const form = tokens[m.first - 2];
    if (m.type !== "Location" || !hyphen || !form || hyphen.text !== "-") continue;
    if (hyphen.space || (tokens[m.first] as Token).space || !COMBINING_FORMS.has(form.text)) continue;
    out.splice(n, 1);
  }
}

/** Most tokens of a body's name that an acronym in brackets after it spells. */
const MAX_SPELLED_TOKENS = 12;

/** Heads of bodies named only with an acronym in brackets after them (lexicon spelledBodyHeads). */
const SPELLED_HEAD_WORDS = new Set(SPELLED_BODY_HEADS);

/**
 * "the International Monitoring Team (IMT)", "the ASEAN Defence Ministers' Meeting (ADMM)": a run
 * of capitalised words (joiners, possessive apostrophes and hyphens between them) whose initials the
 * acronym in brackets right after it spells, and whose head (its last word, or the word before its
 * first "of" / "for") is a body's (lexicon organizationHeads, or spelledBodyHeads, which head a
 * body only in such a defined name) is one body's name: the name the article defines. The longest
 * such run wins; the pieces found inside it (a listed acronym, a fragment typed Organization or
 * Location) give way. Not when a person, a country or a weapon stands in the run (they keep their
 * own mentions; stage 4 ties them), nor when a mention already ends at the bracket and the acronym
 * spells it, nor when a title opens the run ("Chairman Joint Chiefs of Staff Committee (CJCSC)"
 * spells its holder's title). Documents, programmes and zones ("Letter of Offer and Acceptance (LOA)", "Exclusive
 * Economic Zone (EEZ)") have no body's head.
 */
function nameSpelledBodies(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  for (let open = 2; open < tokens.length; open++) {
    const acronym = bracketedAcronym(tokens, open);
    if (!acronym) continue;
    const before = out.find((m) => m.last === open);
    if (before && spellsAcronym(spelledWords(tokens, before.first, open), acronym)) continue;
    let first = -1;
    for (let k = open - 1; k >= Math.max(0, open - MAX_SPELLED_TOKENS); k--) {
      const t = tokens[k] as Token;
      if (!spelledNameToken(t)) break;
      if (
        isCapitalised(t.text) &&
        !NAME_JOINERS.has(t.lower) &&
        (t.text[0] as string).toUpperCase() === acronym[0] &&
        spellsAcronym(spelledWords(tokens, k, open), acronym)
      )
        first = k;
    }
    if (first < 0) continue;
    const words = spelledWords(tokens, first, open);
    // "Chairman Joint Chiefs of Staff Committee (CJCSC)": an acronym that spells a title spells its holder.
    const opener = (words[0] as Token).lower;
    if (
      words.length < 2 ||
      WORDS.titleHeads.has(opener) ||
      WORDS.honorifics.has(opener) ||
      modifiedTitleOpens(words) ||
      !spelledBodyHead(words)
    )
      continue;
    const inside = out.filter((m) => m.first < open && m.last > first);
    if (inside.some((m) => m.first < first || (m.type !== "Organization" && m.type !== "Location"))) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    const name = sentence.text.slice(
      (tokens[first] as Token).start - sentence.start,
      (tokens[open - 1] as Token).end - sentence.start,
    );
    mark(
      makeMention(sentence, first, open, name, "Organization", "fallback", "fallback-spelled-body"),
      out,
      covered,
    );
  }
}

/**
 * "Vice Chief of the Defence Forces (VCDF)", "Deputy Commander of the Navy (DCN)": a title's
 * modifier and a title's head open the words, so the acronym spells the holder's title.
 */
function modifiedTitleOpens(words: Token[]): boolean {
  const [modifier, head] = words;
  return (
    modifier !== undefined &&
    head !== undefined &&
    isTitleWord(modifier.lower) &&
    !WORDS.titleHeads.has(modifier.lower) &&
    WORDS.titleHeads.has(head.lower) &&
    words[2]?.lower === "of"
  );
}

/** Whether a body's head ends `words` or stands before their first "of" or "for" ("Team of Experts"). */
function spelledBodyHead(words: Token[]): boolean {
  const of = words.findIndex((w) => w.lower === "of" || w.lower === "for");
  const heads =
    of > 0 ? [words[of - 1] as Token, words[words.length - 1] as Token] : [words[words.length - 1] as Token];
  return heads.some((h) => WORDS.orgHeads.has(h.lower) || SPELLED_HEAD_WORDS.has(h.lower));
}

/** The words of [first, last) that may give an acronym its letters: not apostrophes nor hyphens. */
function spelledWords(tokens: Token[], first: number, last: number): Token[] {
  return tokens.slice(first, last).filter((t) => HAS_LETTER.test(t.text) && t.key !== "'s");
}

/** A token that may stand inside a body's name before its acronym: a capitalised word, a joiner, an apostrophe, a hyphen. */
function spelledNameToken(t: Token): boolean {
  return (
    (isCapitalised(t.text) && HAS_LETTER.test(t.text)) ||
    NAME_JOINERS.has(t.lower) ||
    t.key === "'s" ||
    t.text === "'" ||
    t.text === "\u2019" ||
    t.text === "-"
  );
}

/** Most words of a variant's name after a listed model ("Marine" of "Rafale Marine"). */
const MAX_VARIANT_NAME_WORDS = 2;

/**
 * "26 Rafale Marine fighter jets": an unknown name right after a listed model, typed a weapon by
 * the class noun after it, is that model's variant; the model's mention takes it (the name is
 * the whole), so no second weapon is named by the variant's word alone. True when joined.
 */
function joinModelVariant(
  sentence: Sentence,
  variant: Mention,
  out: Mention[],
  covered: Uint8Array,
): boolean {
  if (variant.type !== "WeaponSystem") return false;
  // "K9 Vajra-T": a glued hyphen and the capitals after it are one word of the variant's name.
  let words = variant.last - variant.first;
  for (let k = variant.first + 1; k < variant.last; k++)
    if (glueHyphenVariant(sentence.tokens, k)) words -= 2;
  if (words > MAX_VARIANT_NAME_WORDS) return false;
  const at = out.findIndex(
    (m) =>
      m.last === variant.first && m.type === "WeaponSystem" && m.kind === "weapon" && m.rule === "gazetteer",
  );
  if (at < 0) return false;
  const model = out[at] as Mention;
  const joined = spelledMention(
    sentence,
    model.first,
    variant.last,
    "WeaponSystem",
    "weapon",
    "gazetteer-variant",
  );
  if (model.country !== undefined) joined.country = model.country;
  out[at] = joined;
  for (let k = variant.first; k < variant.last; k++) covered[k] = 1;
  return true;
}

/** Fewest members of a list whose unknown names take the type of its organizations. */
const MIN_LIST_MEMBERS = 3;
/** Most words of one unknown member of a list. */
const MAX_LIST_MEMBER_WORDS = 3;

/** One member of a list: a mention, or an unknown run of capitalised words [first, last). */
interface ListMember {
  first: number;
  last: number;
  mention: Mention | undefined;
}

/**
 * "stakeholders including Bometec, Sastind, PLA (N), HZ Shipyard and CSTC": in a list of at least
 * three names joined by commas and "and", where every name found is an organization, the unknown
 * names (capitalised words that no rule typed, not opening with a given name) are organizations too.
 */
function nameListedOrganizations(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  let i = 0;
  while (i < tokens.length) {
    let member = listMemberAt(tokens, i, out, covered);
    // (Most tokens open no member: no list is started for them.)
    if (!member) {
      i++;
      continue;
    }
    const members: ListMember[] = [];
    let k = i;
    while (member) {
      members.push(member);
      k = member.last;
      // "PLA (N)": a short parenthesis after a member stays with it. (Each read is inside the
      // tokens: a read past the end throws optimised code away.)
      if (k + 2 < tokens.length && tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
      if (k + 1 < tokens.length && tokens[k]?.text === "," && tokens[k + 1]?.lower === "and") k += 2;
      else if (k < tokens.length && (tokens[k]?.text === "," || tokens[k]?.lower === "and")) k += 1;
      else break;
      member = listMemberAt(tokens, k, out, covered);
    }
    if (members.length >= MIN_LIST_MEMBERS && members.some((m) => m.mention) && members.every(isOrgOrUnknown))
      for (const m of members) {
        if (m.mention) continue;
        const named = spelledMention(
          sentence,
          m.first,
          m.last,
          "Organization",
          "fallback",
          "list-organization",
        );
        mark(named, out, covered);
      }
    i = Math.max(k, i + 1);
  }
}

/**
 * "the coasts of Aden, Hodidah and Shagrah", "Sangley Point, Cavite": the unknown names of a list
 * whose typed members are places are places (place-lists.ts), read with the lexicon's `words`
 * (nameSpeechVerbs after the last one make it a speaker: "Odesa and Energatom said").
 */
function nameListedPlaces(
  sentence: Sentence,
  out: Mention[],
  covered: Uint8Array,
  gazetteer: Gazetteer,
  words: PlaceListWords,
): void {
  const tokens = sentence.tokens;
  const memberAt = (k: number): PlaceListMember | null => {
    const member = listMemberAt(tokens, k, out, covered);
    if (!member) return null;
    // An acronym, a month or a country's name is no place's name ("Kyiv, NATO", "MOSCOW, February
    // 19", "Bubanza province, Northwest Burundi"), nor a word before a name it titles or modifies
    // ("…, and Princess Rima", "Exercise Amani Africa").
    if (
      !member.mention &&
      (placeListRefused(tokens, member.first, member.last, gazetteer) || covered[member.last])
    )
      return null;
    // "co-financed by Washington and The Hague": a capital stands for its government as often as
    // for a place, so it types no list (its country is known: lexicon cities' capitals).
    const type = member.mention?.country === undefined ? member.mention?.type : "Country";
    return { first: member.first, last: member.last, type };
  };
  for (const [first, last] of listedPlaceSpans(tokens, memberAt, words))
    mark(spelledMention(sentence, first, last, "Location", "fallback", "list-location"), out, covered);
}

/** True when an unknown run can name no place in a list: an acronym, a calendar word, a country's name. */
function placeListRefused(tokens: Token[], first: number, last: number, gazetteer: Gazetteer): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (CALENDAR_NAMES.has(t.lower) || countryNameAt(tokens, k, gazetteer)) return true;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
  }
  return false;
}

/** True when a list member is an organization's mention or an unknown name. */
function isOrgOrUnknown(m: ListMember): boolean {
  return m.mention === undefined || m.mention.type === "Organization";
}

/** The list member that starts at token `k`, else null. */
function listMemberAt(tokens: Token[], k: number, out: Mention[], covered: Uint8Array): ListMember | null {
  if (k < covered.length && covered[k]) {
    const mention = out.find((m) => m.first === k);
    return mention ? { first: k, last: mention.last, mention } : null;
  }
  let last = k;
  while (
    last < tokens.length &&
    last - k < MAX_LIST_MEMBER_WORDS &&
    !covered[last] &&
    isCapitalised((tokens[last] as Token).text) &&
    HAS_LETTER.test((tokens[last] as Token).text)
  )
    last++;
  if (last === k || namesField(tokens, k, last)) return null;
  const firstWord = tokens[k] as Token;
  if (
    WORDS.nonName.has(firstWord.lower) ||
    WORDS.givenNames.has(firstWord.text) ||
    isTitleWord(firstWord.lower)
  )
    return null;
  return { first: k, last, mention: undefined };
}

/** A ship's number in Roman numerals after its name ("Nafanua III", "Kiribati II"). */
const SHIP_NUMERAL = /^(?:II|III|IV|V|VI)$/u;

/** Most capitalised words in one ship's name after a ship noun. */
const MAX_SHIP_NAME = 3;

/**
 * "the frigates Jiaxing and Lianyungang", "two frigates, Jiaxing (Hull 521) and Lianyungang": the
 * capitalised names right after a warship noun (lexicon/weapons.json `shipNouns`), and those
 * coordinated with them, are named ships, a city's name included; never a country or a capital.
 */
function nameShipsAfterShipNouns(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const noun = tokens[i] as Token;
    if (!SHIP_NOUN_WORDS.has(noun.lower) && !(VESSEL_WORDS.has(noun.lower) && classBefore(tokens, i)))
      continue;
    // "Abu Dhabi Ship Builders": a capitalised ship noun is inside a name, not before a ship's;
    // "the Navy's Flag Ship Sayura", "the National Security Cutter Munro": unless a capitalised
    // class of ship that no name took stands before a ship's name.
    const lower = LOWER_FIRST.test(noun.text);
    // "the Cutters Drummond and Cushing": a capitalised plural ship noun after "the" names the
    // ships of the list that follows it (two names or more).
    const listed = !lower && pluralShipNounAfterThe(tokens, i, covered);
    if (!lower && !listed && !titledShipClass(tokens, i, covered)) continue;
    let k = tokens[i + 1]?.text === "," ? i + 2 : i + 1;
    for (let n = 0; n < 4 && k < tokens.length; n++) {
      // "the frigate Andres Bonifacio": a ship named after a person, right after a lower-case noun.
      const end = shipNameEnd(tokens, k, out, covered, lower && k === i + 1 && !/s$/u.test(noun.lower));
      if (end < 0) break;
      if (listed && n === 0 && tokens[end]?.lower !== "and" && tokens[end]?.text !== ",") break;
      // "delivery of the two frigates, Song told …": a name after the comma that a verb follows
      // is the next clause's subject.
      if (n === 0 && k === i + 2 && tokens[end]?.pos === "VERB") break;
      const at = indexStartingAt(out, k);
      if (at >= 0) out.splice(at, 1);
      // (A titled person's name inside the ship's: "General Jose Ruiz".)
      const inner = out.findIndex((x) => x.first > k && x.last <= end);
      if (inner >= 0) out.splice(inner, 1);
      const ship = spelledMention(sentence, k, end, "WeaponSystem", "weapon", "ship-noun-name");
      mark(ship, out, covered);
      // "(Hull 521)", "(PC 9)": a hull number in brackets after the name.
      k = hullNumberEnd(tokens, end);
      if (tokens[k]?.lower !== "and" && tokens[k]?.text !== ",") break;
      k++;
    }
  }
}

/** Most words of a model's name that these patterns read. */
const MAX_CRAFT_NAME = 4;

/** Most lower-case words between a quoted model's name and its head noun ("offensive armored vehicles"). */
const MAX_QUOTED_TAIL = 3;

/**
 * Models named by their shape around them rather than by a list: a quoted name before a weapon's
 * head noun ('"Bastion" offensive armored vehicles', "“First Win 4x4” armoured tactical
 * vehicles"), a name with a drive formula ("45 Boxer 8x8 wheeled armoured vehicles"), a name after
 * a craft's length ("the 25-ft Safe Response Boat", "Metal Shark 45-foot Defiant pilothouse patrol
 * vessels"). A span that another rule typed other than a weapon is left alone.
 */
function nameCraftModels(sentence: Sentence, out: Mention[], covered: Uint8Array, wordSets: WordSets): void {
  const tokens = sentence.tokens;
  splitClassFromBody(sentence, out);
  // Most sentences hold no drive formula ("8x8"): their words are not read as a formula model's name.
  const formulas = hasDriveFormula(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const span =
      quotedModel(tokens, i) ??
      (formulas ? formulaModel(tokens, i) : null) ??
      measuredCraft(tokens, i, wordSets);
    if (!span) continue;
    const [first, last] = span;
    const inside = out.filter((m) => m.first < last && m.last > first);
    // "The 27-ft Harbor Patrol Boat": a person's name the fallback guessed for the same words yields.
    const yields = (m: Mention): boolean =>
      m.type === "WeaponSystem" ||
      (m.type === "Person" && m.kind === "fallback" && m.first === first && m.last === last);
    if (inside.some((m) => !yields(m) || m.first < first || m.last > last)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    const model = spelledMention(sentence, first, last, "WeaponSystem", "weapon", "craft-model");
    mark(model, out, covered);
    i = last - 1;
  }
}

/** True when the token is a capitalised word, a number or a formula's part inside a model's name. */
function craftNameWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (TITLE_CASE_WORD.test(t.text) ||
      SHORT_NUMBER.test(t.text) ||
      DRIVE_FORMULA.test(t.text) ||
      FORMULA_TAIL.test(t.text))
  );
}

/**
 * "two Cape Class Coast Guard vessels": a body's name that the fallback read across a class's
 * capitalised "Class", before a vessel's or weapon's noun, is the class ("Cape Class"); the
 * words after "Class" only describe the vessels.
 */
function splitClassFromBody(sentence: Sentence, out: Mention[]): void {
  const tokens = sentence.tokens;
  for (let n = 0; n < out.length; n++) {
    const m = out[n] as Mention;
    if (m.type !== "Organization" || m.kind !== "fallback" || !headWithin(tokens, m.last, 2)) continue;
    let j = m.first + 1;
    while (j < m.last - 1 && (tokens[j] as Token).text !== "Class") j++;
    if (j >= m.last - 1) continue;
    const model = spelledMention(sentence, m.first, j + 1, "WeaponSystem", "weapon", "craft-model");
    out[n] = model;
  }
}

/** True when lower-case modifiers, then a weapon's head noun, start at `at` (at most `reach` words). */
function headWithin(tokens: Token[], at: number, reach: number): boolean {
  for (let k = at; k < tokens.length && k <= at + reach; k++) {
    const t = tokens[k] as Token;
    if (t.text === "-" && !t.space) continue;
    if (!LOWER_FIRST.test(t.text)) return false;
    const head = singular(t.lower);
    if ((WORDS.modelHeads.has(head) || VESSEL_WORDS.has(t.lower)) && t.lower !== "fighters") return true;
  }
  return false;
}

/** '"Bastion" offensive armored vehicles': the name in quotes at `i` (an opening quote), as [first, last). */
function quotedModel(tokens: Token[], i: number): [number, number] | null {
  const open = tokens[i] as Token;
  // (A quotation mark is one character: the length is compared before the pattern, at every token.)
  if (
    open.text.length !== 1 ||
    !QUOTE_MARK.test(open.text) ||
    !TITLE_CASE_WORD.test(tokens[i + 1]?.text ?? "")
  )
    return null;
  let last = i + 1;
  while (last < tokens.length && last - i <= MAX_CRAFT_NAME && craftNameWord(tokens[last])) last++;
  const close = tokens[last];
  if (!close || !QUOTE_MARK.test(close.text) || close.space || last === i + 1) return null;
  return headWithin(tokens, last + 1, MAX_QUOTED_TAIL) ? [i + 1, last] : null;
}

/** "Boxer 8x8": capitalised words and a drive formula after them, from `i`, as [first, last). */
function formulaModel(tokens: Token[], i: number): [number, number] | null {
  // (An ASCII character other than a capital opens no title-case word: tested before the pattern.)
  const text = (tokens[i] as Token).text;
  if (text.charCodeAt(0) < 128 && !startsAsciiCapital(text)) return null;
  // "ARMA 6X6", "NMS (YORUK) 4X4": a name in capitals too (drive-formulas.ts).
  if (!formulaNameWord(tokens[i]) || formulaNameWord(tokens[i - 1])) return null;
  const end = formulaModelEnd(tokens, i, MAX_CRAFT_NAME);
  return end > 0 ? [i, end] : null;
}

/**
 * "the 25-ft Safe Response Boat", "45-foot Defiant pilothouse patrol vessels": capitalised words
 * after a length ("45", "-", "foot"; "12", "m") that end in a vessel's noun or come before
 * lower-case words ending in one; `i` is the length's number.
 */
function measuredCraft(tokens: Token[], i: number, wordSets: WordSets): [number, number] | null {
  if (!SHORT_NUMBER.test((tokens[i] as Token).text)) return null;
  let k = tokens[i + 1]?.text === "-" ? i + 2 : i + 1;
  if (!wordSets.lengthUnits.has(tokens[k]?.lower ?? "")) return null;
  k++;
  const first = k;
  while (k < tokens.length && k - first < MAX_CRAFT_NAME && TITLE_CASE_WORD.test((tokens[k] as Token).text))
    k++;
  if (k === first) return null;
  const end = tokens[k - 1] as Token;
  const named = VESSEL_WORDS.has(end.lower) && k - first >= 2;
  return named || headWithin(tokens, k, MAX_QUOTED_TAIL) ? [first, k] : null;
}

/** Most words between a class's word and the vessel noun it qualifies ("Guardian Class patrol boat"). */
const CLASS_REACH = 3;

/**
 * True when a class's word ("Class", "-class") stands within reach before the vessel noun at `i`:
 * "the Guardian Class patrol boat, Nafanua III" names a boat as a warship's noun names a ship.
 */
function classBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - CLASS_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.lower === "class" || t.lower.endsWith("-class")) return true;
    if (!LOWER_FIRST.test(t.text) && t.text !== "-") return false;
  }
  return false;
}

/**
 * The index of the first mention in `out` that starts at token `k`, else -1. A loop, not
 * findIndex with a closure: a loop's variable that a closure captures costs an allocation on
 * every token of every sentence.
 */
function indexStartingAt(out: Mention[], k: number): number {
  for (let j = 0; j < out.length; j++) if ((out[j] as Mention).first === k) return j;
  return -1;
}

/**
 * True when the capitalised ship noun at `i` (singular, uncovered) closes a class of ship written
 * in title case, "Flag Ship", "Fast Response Cutter": capitalised words before it that no
 * mention took.
 */
function titledShipClass(tokens: Token[], i: number, covered: Uint8Array): boolean {
  const prev = tokens[i - 1];
  return (
    !covered[i] &&
    !/s$/u.test((tokens[i] as Token).lower) &&
    prev !== undefined &&
    !covered[i - 1] &&
    TITLE_CASE_WORD.test(prev.text) &&
    !CLOSED_OPENERS.has(prev.lower)
  );
}

/** True when the capitalised ship noun at `i` is a plural right after "the" ("the Cutters"), neither in a name. */
function pluralShipNounAfterThe(tokens: Token[], i: number, covered: Uint8Array): boolean {
  return !covered[i] && /s$/u.test((tokens[i] as Token).lower) && tokens[i - 1]?.lower === "the";
}

/** Hull or pennant numbers: letters and digits with a digit ("PC-11", "FFG 62", "Hull 521"). */
const HULL_PART = /^(?:[A-Z][A-Za-z]{0,4}|[A-Z]{0,4}-?\d{1,4}[A-Z]?|-)$/u;

/**
 * "USS Whirlwind (PC-11)", "Jiaxing (Hull 521)": the end of a hull or pennant number in brackets
 * after a ship's name that ends at `end` (a number no weapon of its own), else `end`.
 */
function hullNumberEnd(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== "(") return end;
  let k = end + 1;
  let digit = false;
  while (k < tokens.length && k - end <= 4 && HULL_PART.test((tokens[k] as Token).text)) {
    if (/\d/u.test((tokens[k] as Token).text)) digit = true;
    k++;
  }
  return digit && k > end + 1 && tokens[k]?.text === ")" ? k + 1 : end;
}

/**
 * The end of a ship's name at `k` (a place's mention or uncovered capitalised words), else -1.
 * `person`: a person's name that only the name finder typed may be the ship's name too.
 */
function shipNameEnd(
  tokens: Token[],
  k: number,
  out: Mention[],
  covered: Uint8Array,
  person = false,
): number {
  const t = tokens[k];
  if (!t || !TITLE_CASE_WORD.test(t.text) || CALENDAR_NAMES.has(t.lower) || WORDS.nonName.has(t.lower))
    return -1;
  if (covered[k]) {
    const m = out.find((x) => x.first === k);
    if (m && person && m.type === "Person" && m.kind === "fallback") return m.last;
    return m && m.type === "Location" && m.kind !== "capital" ? m.last : -1;
  }
  let end = k + 1;
  while (end < k + MAX_SHIP_NAME && !covered[end] && TITLE_CASE_WORD.test(tokens[end]?.text ?? "")) end++;
  // "Nafanua III": a ship's number in Roman numerals after its name.
  if (!covered[end] && SHIP_NUMERAL.test(tokens[end]?.text ?? "")) end++;
  // "the patrol vessel General Jose Ruiz": a ship named after a titled person, the title's words
  // then the person's name.
  if (person && covered[end] && tokens.slice(k, end).every((w) => isTitleOrHonorific(w.lower))) {
    const named = out.find((x) => x.first === end);
    if (named && named.type === "Person" && named.kind === "fallback") return named.last;
  }
  // "Abu Dhabi Ship Builders", "the Cutter Station": a body's, a place's or a building's head word
  // ends no ship's name ("Sea Lion" is one).
  return commonHead((tokens[end - 1] as Token).lower) ? -1 : end;
}

/** Most tokens from a vessel's noun to the verb that names it ("The first patrol boat … was named P350"). */
const MAX_NAMING_REACH = 20;

/**
 * "The first patrol boat … was named P350", "a motorboat named Natoma", "had served under the
 * name “Kelp Point”": after a vessel's noun earlier in the sentence (lexicon/weapons.json
 * `shipNouns`, `vesselNouns`), the name a naming verb (`shipNamingWords`) or "under the name"
 * gives is a ship's, a place's name or a designator included ("named after" names no ship).
 */
function nameShipsByNaming(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const under = t.lower === "name" && tokens[i - 1]?.lower === "the" && tokens[i - 2]?.lower === "under";
    if (!under && !NAMING_WORDS.has(t.lower)) continue;
    if (!vesselBefore(tokens, under ? i - 2 : i, out, !under)) continue;
    let k = namesAfter(tokens, i + 1);
    // "with the names A, B and C" announces a list: a first name no ship may take is passed over too.
    const listed = k > i + 1;
    // "were named Kaimiti, Lalohan and Matebian": each name of a list after the naming word is a
    // ship's; a name no ship may take (a country, a capital) is passed over.
    for (let n = 0; n < MAX_NAMED_SHIPS && k < tokens.length; n++) {
      const quoted = QUOTE_MARK.test(tokens[k]?.text ?? "");
      if (quoted) k++;
      const end = namedShipEnd(tokens, k, out, covered);
      if (end >= 0 && !(quoted && !QUOTE_MARK.test(tokens[end]?.text ?? ""))) {
        const at = indexStartingAt(out, k);
        if (at >= 0) out.splice(at, 1);
        const ship = spelledMention(sentence, k, end, "WeaponSystem", "weapon", "ship-naming");
        mark(ship, out, covered);
        i = end;
      }
      if (n === 0 && end < 0 && !listed) break;
      // The next item: past the name (or the mention no ship took) and a closing quotation mark.
      let next = end >= 0 ? end : (out[indexStartingAt(out, k)]?.last ?? -1);
      if (next < 0) break;
      if (quoted && QUOTE_MARK.test(tokens[next]?.text ?? "")) next++;
      if (tokens[next]?.text === ",") next++;
      if (tokens[next]?.lower === "and") next++;
      if (next === end || next === k || !LIST_JOINERS.has(tokens[next - 1]?.lower ?? "")) break;
      k = next;
    }
  }
}

/** Most ships a naming word may name in one list ("were named A, B and C"). */
const MAX_NAMED_SHIPS = 6;

/** The words that join the names of a list. */
const LIST_JOINERS = new Set([",", "and"]);

/** Phrases between a naming verb and the names it gives (lexicon shipNamePhrases), longest first. */
const NAME_PHRASES = SHIP_NAME_PHRASES.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);

/**
 * The first token of the names a naming word at `k - 1` gives, past "with the names" or "the
 * name" ("were baptized with the names A, B and C").
 */
function namesAfter(tokens: Token[], k: number): number {
  for (const phrase of NAME_PHRASES) if (phraseAt(tokens, k, phrase)) return k + phrase.length;
  return k;
}

/**
 * True when a lower-case vessel's noun stands within reach before the naming word at `i`, no
 * person's name between, and, for a naming `verb`, the word right before is no other noun ("a
 * sailor named Ali").
 */
function vesselBefore(tokens: Token[], i: number, out: Mention[], verb: boolean): boolean {
  const prev = tokens[i - 1] as Token;
  if (verb && prev.pos === "NOUN" && !VESSEL_WORDS.has(prev.lower)) return false;
  for (let j = i - 1; j >= 0 && j >= i - MAX_NAMING_REACH; j--) {
    const w = tokens[j] as Token;
    if (VESSEL_WORDS.has(w.lower) && LOWER_FIRST.test(w.text)) return true;
    if (out.some((m) => m.type === "Person" && m.first <= j && j < m.last)) return false;
  }
  return false;
}

/**
 * The end of the name a naming word gives at `k`: a designator ("P350"), a place's or a name
 * finder's mention, or uncovered capitalised words; -1 for anything else (a country, a known
 * person, a weapon already found).
 */
function namedShipEnd(tokens: Token[], k: number, out: Mention[], covered: Uint8Array): number {
  const t = tokens[k];
  if (!t) return -1;
  if (covered[k]) {
    const m = out.find((x) => x.first === k);
    if (!m) return -1;
    if (
      (m.type === "Location" && m.kind !== "capital") ||
      (m.kind === "fallback" && m.type !== "WeaponSystem")
    )
      return m.last;
    return -1;
  }
  if (SHORT_DESIGNATOR.test(t.text) || DESIGNATOR.test(t.text)) return k + 1;
  return shipNameEnd(tokens, k, out, covered);
}

/** A word of a listed model's name: capitalised, an acronym or a designator ("Hercules", "CASAs", "C-295"). */
const LISTED_MODEL_WORD = /^\p{Lu}[\p{L}\d-]*$/u;

/** Most models listed after a weapon's class and a colon ("six planes: two Hercules and four CASAs"). */
const MAX_LISTED_MODELS = 6;

/** Digits only. */
const DIGITS = /^\d+$/u;

/**
 * "six transport planes: two Hercules and four CASAs": after a weapon's class and a colon, a
 * count and capitalised words name a model of the class, for each item of the list.
 */
function nameModelsListedAfterClass(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  const classes = out.filter(
    (m) => m.type === "WeaponSystem" && LOWER_FIRST.test(m.text) && tokens[m.last]?.text === ":",
  );
  for (const c of classes) {
    let k = c.last + 1;
    for (let n = 0; n < MAX_LISTED_MODELS; n++) {
      const count = tokens[k];
      if (!count || !(count.pos === "NUM" || DIGITS.test(count.text))) break;
      k++;
      // "40 Humvees, 12 Cougars": an item some rule already named a weapon stays in the list.
      const known = covered[k] ? out.find((m) => m.first === k && m.type === "WeaponSystem") : undefined;
      let end = known ? known.last : k;
      while (end < k + MAX_SHIP_NAME && !covered[end] && LISTED_MODEL_WORD.test(tokens[end]?.text ?? "")) {
        const w = (tokens[end] as Token).lower;
        if (commonHead(w) || CALENDAR_NAMES.has(w) || WORDS.nonName.has(w)) break;
        end++;
      }
      if (end === k) break;
      if (known) {
        k = listNext(tokens, end);
        continue;
      }
      const model = spelledMention(sentence, k, end, "WeaponSystem", "weapon", "weapon-listed-model");
      mark(model, out, covered);
      k = listNext(tokens, end);
    }
  }
}

/** The next item's start after a list item ending at `end`, past a comma and "and". */
function listNext(tokens: Token[], end: number): number {
  let k = end;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower === "and") k++;
  return k;
}

/** True when `word` heads a body's, a place's or a building's name ("Builders", "Station"). */
function commonHead(word: string): boolean {
  const one = singular(word);
  return (
    WORDS.orgHeads.has(word) ||
    WORDS.placeHeads.has(one) ||
    WORDS.placeNouns.has(one) ||
    BUILDING_NOUNS.has(one)
  );
}

/** The mention of the country whose name or demonym opens body `m`'s name (its `country`), else null. */
function leadingCountryMention(sentence: Sentence, m: Mention, gazetteer: Gazetteer): Mention | null {
  const tokens = sentence.tokens;
  for (let end = m.first + 1; end < m.last; end++) {
    const hit = matchAt(tokens.slice(0, end), m.first, gazetteer);
    if (
      hit?.end === end &&
      hit.entry.type === "Country" &&
      (hit.entry.country ?? hit.entry.name) === m.country
    )
      return makeMention(sentence, m.first, end, hit.entry.name, "Country", hit.entry.kind, "gazetteer");
  }
  return null;
}

/**
 * True when a word of a title-case headline is a verb or a preposition that joins no name's words
 * ("Meets", "Holds", "In", "With"; not "Of", "For", "And": lexicon nameJoiners).
 */
function breaksHeadlineName(t: Token): boolean {
  if (isVerbOrAux(t) || (t.pos === "ADP" && !NAME_JOINERS.has(t.lower))) return true;
  // "Holds", "Calls", tagged as names: an English word in "-s" whose stem is a verb.
  return (
    t.lower.endsWith("s") &&
    inEnglishLexicon(t.lower) &&
    isKnownVerb(t.lower) &&
    !WORDS.givenNames.has(t.text)
  );
}

/**
 * True when a capitalised word is no English word ("Nakatani", "Dwivedi"; nor in the plural:
 * "Frigates" is a word) or a listed given name ("Penny", "Ahmed").
 */
function unknownWordOrGivenName(w: Token): boolean {
  if (WORDS.givenNames.has(w.text) || WORDS.worldGivenNames.has(w.text) || WORDS.familyFirst.has(w.text))
    return true;
  return !inEnglishLexicon(w.lower) && !(w.lower.endsWith("s") && inEnglishLexicon(w.lower.slice(0, -1)));
}

/** A word of a personal name in a headline: a capital, then lower-case letters, apostrophes or hyphens ("Ra'ees"). */
const HEADLINE_NAME_WORD = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;

/** Most words of a person's name read in a title-case headline. */
const MAX_HEADLINE_NAME_WORDS = 3;

/**
 * "Rajnath Singh Meets Japanese Defence Minister Gen Nakatani In Vientiane": in a title-case
 * headline, where every word is capitalised and the general fallback reads nothing, a person is
 * read between the headline's verbs and prepositions (breaksHeadlineName) and the names the lists
 * found: one to three name words after title words with a title head ("Defence Minister Gen
 * Nakatani"), or two or three opening the headline before its verb ("Rajnath Singh Meets"). Each
 * word is a given name or no English word (unknownWordOrGivenName: "Patrol Boats" are words), and
 * no title, body or place word.
 */
function nameHeadlinePersons(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  let a = 0;
  while (a < tokens.length) {
    const t = tokens[a] as Token;
    if (covered[a] || !isCapitalised(t.text) || breaksHeadlineName(t)) {
      a++;
      continue;
    }
    let b = a;
    // ("Abdullah bin Khamis al Ra'ees": a lower-case particle before a capitalised word goes on.)
    while (
      b < tokens.length &&
      !covered[b] &&
      (isCapitalised((tokens[b] as Token).text)
        ? !breaksHeadlineName(tokens[b] as Token)
        : b > a && isNameParticle(tokens[b] as Token) && isCapitalised(tokens[b + 1]?.text ?? ""))
    )
      b++;
    // "Army Chief Gen Upendra Dwivedi": the name follows the run's last title word.
    let k = b;
    while (k > a && !isTitleOrHonorific((tokens[k - 1] as Token).lower)) k--;
    const head = tokens.slice(a, k).some((t) => {
      const w = t.lower.replace(FINAL_STOP, "");
      return WORDS.titleHeads.has(w) || WORDS.honorifics.has(w);
    });
    const words = tokens.slice(k, b).filter((w) => !isNameParticle(w));
    // "Rajnath Singh Meets …", "Ramtane Lamamra: Morocco-Israel alliance …": two or three name
    // words opening the headline before its verb or a speaker's colon; "Statement by John Smith,
    // Minister of Foreign Affairs": name words set off by a comma before a titled apposition.
    const opening =
      k === a &&
      ((a === 0 && (tokens[b]?.pos === "VERB" || tokens[b]?.text === ":")) ||
        (tokens[b]?.text === "," && titleAfterAnd(tokens, b + 1)));
    // "FM Spox. Rejected …": one word cut by a stop is an abbreviation, no name.
    const abbreviation = words.length === 1 && tokens[b]?.text === ".";
    if (
      words.length >= (head ? 1 : 2) &&
      words.length <= MAX_HEADLINE_NAME_WORDS &&
      (head || opening) &&
      !abbreviation &&
      words.every(
        (w) =>
          HEADLINE_NAME_WORD.test(w.text) &&
          !isTitleWord(w.lower) &&
          !WORDS.orgHeads.has(w.lower) &&
          !WORDS.placeHeads.has(w.lower) &&
          !WORDS.placeNouns.has(w.lower) &&
          !WORDS.nonName.has(w.lower),
      ) &&
      unknownWordOrGivenName(words[words.length - 1] as Token) &&
      words.filter((w) => !unknownWordOrGivenName(w)).length <= 1
    ) {
      const name = sentence.text.slice(
        (tokens[k] as Token).start - sentence.start,
        (tokens[b - 1] as Token).end - sentence.start,
      );
      mark(makeMention(sentence, k, b, name, "Person", "fallback", "fallback-headline-person"), out, covered);
    }
    a = b;
  }
}

/** Keeps a mention and marks its tokens as covered. */
function mark(m: Mention, out: Mention[], covered: Uint8Array): void {
  out.push(m);
  for (let k = m.first; k < m.last; k++) covered[k] = 1;
}

/**
 * "Leopard 1A5" after the alias "Leopard" of "Leopard 2": a model number other than the one the
 * entry's name ends with names another model of the family; returns the end of that number, else -1.
 */
function otherModelNumber(tokens: Token[], end: number, entryName: string): number {
  const number = tokens[end];
  const own = /\s(\d{1,2})$/u.exec(entryName)?.[1];
  if (own === undefined || !number?.space || !ONE_OR_TWO_DIGITS.test(number.text) || number.text === own)
    return -1;
  return end + 1;
}

/** A variant of a letter and digits written apart, such as "A5" in "Leopard 1 A5". */
const SPACED_LETTER_VARIANT = /^[A-Z]\d{1,2}[A-Z]?$/u;

/**
 * "Leopard 1 A5": the variant written apart after another model number of a family stays part of
 * that model's mention, as the glued "Leopard 1A5" does; returns the end of the mention from `end`.
 */
function spacedLetterVariantEnd(tokens: Token[], end: number): number {
  const next = tokens[end];
  return next?.space && SPACED_LETTER_VARIANT.test(next.text) ? end + 1 : end;
}

/** A glued variant suffix such as "A4" in "Leopard 2A4". */
const VARIANT_SUFFIX = /^[A-Z]\d{1,2}[A-Z]?\d?s?$/u;

/**
 * "Leopard 2A4", "Leopard 2A6s": a model's number with a glued variant suffix stays part of the
 * model's mention (the name is the model's); returns the end of the mention from `end`.
 */
function variantEnd(tokens: Token[], end: number): number {
  const next = tokens[end];
  const after = tokens[end + 1];
  if (next?.space === false && VARIANT_SUFFIX.test(next.text)) return end + 1;
  if (next && ONE_OR_TWO_DIGITS.test(next.text) && after?.space === false && VARIANT_SUFFIX.test(after.text))
    return end + 2;
  return end;
}

/**
 * A variant written apart from a listed model: a number ("Switchblade 600", "Mirage 2000-5"), a
 * letter and digits ("Rafale F4"), capitals ("Heron TP", "IRIS-T SLM") or a Roman numeral
 * ("Hawk XXI", "Hsiung Feng III").
 */
const SPACED_VARIANT = /^(?:\d{1,4}(?:-\d{1,2})?[A-Z]{0,2}|[A-Z]\d{1,2}[A-Z]?|[A-Z]{2,3}|[IVX]{2,4})$/u;
/** A mark number after a model ("Mk1A", "MkIIIC"), or the word "Mk" before one ("Mk-II", "Mk 2"). */
const MARK_VARIANT = /^(?:MK|Mk)(?:\d{1,2}|[IVX]{1,4})[A-Z]?$/u;
const MARKS = new Set(MARK_WORDS);
const MARK_NUMBER = /^(?:\d{1,2}[A-Z]?|[IVX]{1,4})$/u;

/** One capital letter, A to Z (a variant's letter: "C" of "Gripen C/D"). */
const ONE_CAPITAL = /^[A-Z]$/u;

/** True when two single capitals joined by a glued slash stand at `at` ("C/D" of "Gripen C/D"). */
function letterPairAt(tokens: Token[], at: number): boolean {
  const a = tokens[at];
  const b = tokens[at + 2];
  return (
    a !== undefined &&
    b !== undefined &&
    ONE_CAPITAL.test(a.text) &&
    ONE_CAPITAL.test(b.text) &&
    gluedVariantAt(tokens, at + 1, "/", ONE_CAPITAL)
  );
}

/**
 * Where a listed model's mention ends with the variant written after it (the mention's name is
 * then the whole, another model of the family): "Switchblade 600", "Heron TP", "Rafale F4",
 * "Akash-NG", "Pinaka Mk-II"; `end` when none follows. A number is a variant only where no
 * noun of another kind follows it ("Storm Shadow 250 km"); a year, a name the lists know ("US")
 * or a class acronym ("Javelin ATGMs") is none.
 */
function modelVariantEnd(tokens: Token[], end: number, gazetteer: Gazetteer, familyName: string): number {
  const glued = variantEnd(tokens, end);
  if (glued > end) return glued;
  if (glueHyphenVariant(tokens, end)) return end + 2;
  const next = tokens[end];
  if (!next?.space) return end;
  if (letterPairAt(tokens, end)) return end + 3;
  if (MARK_VARIANT.test(next.text)) return end + 1;
  if (MARKS.has(next.text)) {
    const dash = tokens[end + 1]?.text === "-" && tokens[end + 1]?.space === false ? 1 : 0;
    const number = tokens[end + 1 + dash];
    return number && MARK_NUMBER.test(number.text) ? end + 2 + dash : end;
  }
  // "MEKO A-200", "Mirage 2000-5": a designator after a family's name that has no number of its own.
  if (DESIGNATOR.test(next.text) && !/\d/u.test(familyName)) return end + 1;
  if (!SPACED_VARIANT.test(next.text) || YEAR.test(next.text)) return end;
  if (gazetteer.byFirst.has(next.key) || CLASS_ACRONYMS.has(next.text.replace(/s$/u, ""))) return end;
  if (!/^\d/u.test(next.text)) return end + 1;
  // "Giraffe 4A", "Switchblade 600s": the tokenizer parts a number from the capitals or digits glued to it.
  const last =
    tokens[end + 1]?.space === false && /^(?:[A-Z]{1,2}|\d*s)$/u.test(tokens[end + 1]?.text ?? "")
      ? end + 2
      : end + 1;
  const after = tokens[last];
  if (
    after !== undefined &&
    (after.pos === "NOUN" || after.pos === "NUM" || after.pos === "ADJ") &&
    !weaponTail(tokens, last)
  )
    return end;
  return last;
}

/**
 * True when the country's name at `i`..`end` follows a capitalised name word no list holds and an
 * apposed descriptor noun follows it ("Tehrik-e-Taliban Pakistan, an armed group").
 */
function endsBodyName(tokens: Token[], i: number, end: number, covered: Uint8Array): boolean {
  const prev = tokens[i - 1];
  if (!prev || covered[i - 1] || !CAPITALISED_START.test(prev.text) || WORDS.nonName.has(prev.lower))
    return false;
  if (isTitleWord(prev.lower) || WORDS.demonymWords.has(prev.text)) return false;
  return apposedDescriptor(tokens, end);
}

/**
 * Most tokens from a title head to the comma before the name it introduces: "the Norwegian State
 * Secretary in the Ministry of Foreign Affairs, Tone Skogen".
 */
const MAX_TITLE_REACH = 12;
/** Most tokens between a title head and the name after the countries its phrase names. */
const MAX_TITLE_PHRASE = 8;

/** Words between a title and its countries ("of", "to", "in", "the"). */
const TITLE_LINK_WORDS = /^(?:of|to|in|the)$/u;

/**
 * "Ambassador of Pakistan to China Moinul Haq": a title head, then only countries or places the
 * lists hold and the words of/to/in/the, right before `first` (at least one such name).
 */
function titleOfCountriesBefore(tokens: Token[], first: number, covered: Uint8Array): boolean {
  let names = 0;
  for (let k = first - 1; k >= Math.max(0, first - MAX_TITLE_PHRASE); k--) {
    const t = tokens[k] as Token;
    if (covered[k] && isCapitalised(t.text)) {
      names++;
      continue;
    }
    if (TITLE_LINK_WORDS.test(t.lower) && k < first - 1) continue;
    if (names === 0 || covered[k]) return false;
    if (WORDS.titleHeads.has(t.lower)) return true;
    return tokens[k + 1]?.lower === "of" && isCapitalised(t.text) && portfolioHeadBefore(tokens, k, covered);
  }
  return false;
}

/** Most tokens of a title's portfolio read back before "of" and its country ("for Foreign Affairs"). */
const MAX_PORTFOLIO_BACK = 5;

/**
 * "Minister for Foreign Affairs of Japan X", "Minister of Defence of Ghana X": from the portfolio's
 * last word at `k` (right before "of" and the country), back over capitalised words and "of",
 * "for", "and" to a title head right before "of" or "for". True when that head is found.
 */
function portfolioHeadBefore(tokens: Token[], k: number, covered: Uint8Array): boolean {
  for (let j = k; j >= Math.max(1, k - MAX_PORTFOLIO_BACK); j--) {
    const t = tokens[j] as Token;
    if (covered[j] || WORDS.titleHeads.has(t.lower)) return false;
    if (/^(?:of|for)$/u.test(t.lower)) {
      const head = tokens[j - 1] as Token;
      if (!covered[j - 1] && isCapitalised(head.text) && WORDS.titleHeads.has(head.lower)) return true;
    } else if (!isCapitalised(t.text) && !/^(?:and|&)$/u.test(t.lower)) return false;
  }
  return false;
}

/** True when ", who" or a verb that people do follows at `end` ("Haluk Bayraktar, who leads …"). */
function personFollows(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (next?.text === ",") return tokens[end + 1]?.lower === "who";
  return next !== undefined && WORDS.personVerbsAfter.has(next.lower);
}

/**
 * "Abdel Fattah al-Burhan": a one-word weapon model ("Fattah") inside a personal name, i.e. followed
 * by a name particle ("al-Burhan", "bin") or after an unknown capitalised word mid-sentence, is a name.
 */
function insidePersonalName(
  tokens: Token[],
  first: number,
  end: number,
  covered: Uint8Array,
  titleCase = false,
): boolean {
  if (end - first !== 1 || /\d/u.test((tokens[first] as Token).text)) return false;
  const next = tokens[end];
  if (next && /^(?:al|el|bin|ibn)(?:-|$)/u.test(next.text)) return true;
  const prev = tokens[first - 1];
  // "Senator Bradley", "Gen. Archer": a capitalised title head or honorific right before names a person.
  if (
    prev !== undefined &&
    !covered[first - 1] &&
    isCapitalised(prev.text) &&
    (WORDS.titleHeads.has(prev.lower) || WORDS.honorifics.has(prev.lower.replace(/\.$/u, "")))
  )
    return true;
  // "Egypt Buys Rafale Jets From France": in a title-case headline every word is capitalised, so
  // only a given name before the model makes it a name's ("Elliott Abrams Visits Israel").
  if (titleCase) return prev !== undefined && !covered[first - 1] && WORDS.givenNames.has(prev.text);
  return (
    prev !== undefined &&
    (first - 1 > 0 || looksLikeName(prev.text) || personFollows(tokens, end)) &&
    !covered[first - 1] &&
    isCapitalised(prev.text) &&
    !WORDS.makers.has(prev.text) &&
    !isTitleWord(prev.lower)
  );
}

/**
 * "Stockholm International Peace Research Institute", "China Coast Guard": a place or country
 * name right before an organization's name is part of it; the separate mention is dropped.
 */
function absorbPlacePrefix(sentence: Sentence, m: Mention, out: Mention[], covered: Uint8Array): void {
  if (m.type !== "Organization") return;
  let first = m.first;
  // "US Pacific Air Forces": a country before a place before the body, both in its name.
  for (let n = 0; n < 2; n++) {
    const at = out.findIndex(
      (p) => p.last === first && (p.type === "Location" || (p.type === "Country" && p.kind === "name")),
    );
    const place = out[at];
    if (!place || !(sentence.tokens[first] as Token).space) break;
    first = place.first;
    // "Kenya Defence Forces", "Qatar News Agency": the country named in the name owns the body,
    // and stays a mention of its country, as a demonym does ("Nigerian Army").
    if (place.type === "Country") {
      // "the NATO-Russia Council", "the India-Japan Joint Commission": a body named by two
      // parties glued by a hyphen belongs to neither alone; both stay mentions of their own.
      const other = hyphenedPartyBefore(sentence.tokens, place.first, out);
      if (other) first = other.first;
      // "the Taiwan Affairs Office": a country the body deals with (lexicon subjectWords) is not its owner.
      else if (!SUBJECT_WORD_SET.has(sentence.tokens[place.last]?.lower ?? "")) m.country = place.name;
      break;
    }
    out.splice(at, 1);
  }
  if (first === m.first) return;
  // "Radio Taiwan International": a capitalised noun no rule took, right before the place, opens the name.
  if (nameWordBefore(sentence.tokens, first, covered)) first--;
  respan(m, makeMention(sentence, first, m.last, "", "Organization", "fallback", m.rule));
}

/** The country or body glued by a hyphen right before token `at` ("NATO-" in "NATO-Russia"), else undefined. */
function hyphenedPartyBefore(tokens: Token[], at: number, out: Mention[]): Mention | undefined {
  const hyphen = tokens[at - 1];
  if (hyphen?.text !== "-" || hyphen.space || (tokens[at] as Token).space) return undefined;
  return out.find(
    (p) => p.last === at - 1 && (p.type === "Country" || p.type === "Organization") && p.kind !== "pronoun",
  );
}

/** True when title words with a title head or an honorific among them start at `at` ("Defense Minister"). */
function titleAfterAnd(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && isTitleOrHonorific((tokens[k] as Token).lower); k++) {
    const w = (tokens[k] as Token).lower;
    if (WORDS.titleHeads.has(w) || WORDS.honorifics.has(w.replace(/\.$/u, ""))) return true;
  }
  return false;
}

/**
 * True when the run from `first` to `last` is what a title is "of" (its portfolio or its body),
 * never a person: right after "of" or "of the" ("Minister of Industry", "Inspector General of the
 * FAR"), or one common word after region or title modifiers ("Commander of the Southern Zone",
 * "Chief of Naval Operations"; "Minister of Defence Tobias Dai" and "Minister of Defence Shoigu"
 * name people).
 */
function titleComplement(tokens: Token[], first: number, last: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower === "of") return true;
  if (last !== first + 1) return false;
  while (k > 0 && k > first - 4) {
    const w = (tokens[k] as Token).lower;
    if (w === "of") break;
    if (w !== "the" && !WORDS.regionModifiers.has(w) && !WORDS.titleModifiers.has(w)) return false;
    k--;
  }
  return tokens[k]?.lower === "of" && !looksLikeName((tokens[first] as Token).text);
}

/** True when token `k` after title words is a glued hyphen, or "in" between glued hyphens ("Commander-in-Chief"). */
function hyphenInTitle(tokens: Token[], k: number, title: number): boolean {
  const t = tokens[k];
  if (!t || k === title || t.space) return false;
  const prev = tokens[k - 1]?.lower ?? "";
  if (t.text === "-") return !tokens[k + 1]?.space && (isTitleWord(prev) || prev === "in");
  return t.lower === "in" && tokens[k - 1]?.text === "-" && tokens[k + 1]?.text === "-";
}

/**
 * Where a body's name starts after leading title words and "of (the)", else `first`. "The"
 * opening the sentence goes before the title ("The Inspector General of the Army"), and a title
 * with a staff of its own goes whole ("Chief of Staff of the Armed Forces", "Chief of the Defence
 * Staff of the Navy").
 */
function bodyAfterTitle(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k < last - 1 && CLOSED_OPENERS.has((tokens[k] as Token).lower)) k++;
  const title = k;
  // "Vice-Chairman of the Central Military Commission": title words joined by a hyphen are a title.
  // "Commander-in-Chief of the Armed Forces": a hyphenated title split into tokens is one too.
  while (
    (k < last && (tokens[k] as Token).lower.split("-").every(isTitleWord)) ||
    hyphenInTitle(tokens, k, title)
  )
    k++;
  if (k === title || (tokens[k]?.lower !== "of" && tokens[k]?.lower !== "for")) return first;
  let start = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  let staff = start;
  while (
    staff < last &&
    isTitleWord((tokens[staff] as Token).lower) &&
    !STAFF_TAILS.has((tokens[staff] as Token).lower)
  )
    staff++;
  if (STAFF_TAILS.has(tokens[staff]?.lower ?? "") && tokens[staff + 1]?.lower === "of")
    start = tokens[staff + 2]?.lower === "the" ? staff + 3 : staff + 2;
  return start < last && hasOrgHead(tokens, start, last) ? start : first;
}

/**
 * True when the capitalised words from `first` to `last`, ending in a portfolio noun ("Strategic
 * Industries"), follow a minister's or secretary's title and "for" or "of": a portfolio, no body.
 */
function ministerPortfolio(tokens: Token[], first: number, last: number, wordSets: WordSets): boolean {
  const prep = tokens[first - 1]?.lower;
  if ((prep !== "for" && prep !== "of") || !wordSets.portfolioHolders.has(tokens[first - 2]?.lower ?? ""))
    return false;
  if (!PORTFOLIO_NOUN_WORDS.has((tokens[last - 1] as Token).lower) || last - first > 3) return false;
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text) || (k < last - 1 && WORDS.orgHeads.has(t.lower))) return false;
  }
  return true;
}

/** "Royal " when a body prefix (`prefixes`, the lexicon's bodyPrefixes) stands before token `at`, else "". */
export function bodyPrefixBefore(tokens: Token[], at: number, prefixes: ReadonlySet<string>): string {
  const prev = tokens[at - 1];
  return prev && prefixes.has(prev.text) ? `${prev.text} ` : "";
}

/** True when a demonym's mention starts at token `at`. */
function demonymAt(out: Mention[], at: number): boolean {
  return out.some((p) => p.first === at && p.type === "Country" && p.kind === "demonym");
}

/**
 * "Australian Federal Police", "Nigerian Ports Authority": a demonym right before a body's name
 * that no list knows is part of the name and names its country. Bodies every country has
 * ("Russian Foreign Ministry") are left to stage 4, which qualifies them the same way. `prefixes`:
 * the lexicon's bodyPrefixes, a prefix before the demonym going into the name too ("Royal Thai Navy").
 */
function absorbDemonym(sentence: Sentence, m: Mention, out: Mention[], prefixes: ReadonlySet<string>): void {
  // "the Israeli Ministry of Defense Headquarters": a body's building takes the body's demonym
  // into its name (the country owns no place).
  const building =
    m.type === "Location" &&
    m.kind === "fallback" &&
    m.last - m.first >= 2 &&
    hasOrgHead(sentence.tokens, m.first, m.last - 1);
  if (building) {
    const demonym = out.find((p) => p.last === m.first && p.type === "Country" && p.kind === "demonym");
    if (demonym && (sentence.tokens[m.first] as Token).space) m.name = `${demonym.text} ${m.name}`;
    return;
  }
  if (m.type !== "Organization" || m.kind !== "fallback" || m.country !== undefined) return;
  if (GENERIC_BODY_STARTS.has((sentence.tokens[m.first] as Token).lower)) return;
  const demonym = out.find((p) => p.last === m.first && p.type === "Country" && p.kind === "demonym");
  if (!demonym || !(sentence.tokens[m.first] as Token).space) return;
  // "the Polish-Lithuanian Council of Defence Ministers": a body of two countries, named by both
  // demonyms glued by a hyphen, belongs to neither alone.
  const hyphen = sentence.tokens[demonym.first - 1];
  const other =
    hyphen?.text === "-" && !hyphen.space
      ? out.find((p) => p.last === demonym.first - 1 && p.type === "Country" && p.kind === "demonym")
      : undefined;
  if (other && !(sentence.tokens[demonym.first] as Token).space) {
    m.name = `${other.text}-${demonym.text} ${m.name}`;
    return;
  }
  // The demonym stays a mention of its country, as stage 4 leaves it ("Russian Foreign Ministry").
  m.name = `${bodyPrefixBefore(sentence.tokens, demonym.first, prefixes)}${demonym.text} ${m.name}`;
  m.country = demonym.name;
}

/** An ordinal written in digits ("56th", "101st", "3rd"). */
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/u;

/**
 * "the 56th Artillery Command", "101st Airborne Division", "the 1st Royal Air Force Base": a unit's
 * or a base's ordinal is part of its name.
 */
function absorbOrdinal(sentence: Sentence, m: Mention, covered: Uint8Array): void {
  const before = sentence.tokens[m.first - 1];
  if (m.type !== "Organization" && m.type !== "Location") return;
  if (!before || covered[m.first - 1] || !ORDINAL.test(before.text)) return;
  if (!(sentence.tokens[m.first] as Token).space) return;
  respan(m, makeMention(sentence, m.first - 1, m.last, "", m.type, m.kind, m.rule));
}

/**
 * True when the listed body's alias at [first, end) drops a qualifier of the entry's name (the
 * alias is the name's tail and opens like a body every country has: "Security Council" of "UN
 * Security Council") and another qualifier stands with it: a country or its demonym before it
 * ("Russian", "Armenia's"), a capitalised word coordinated before it ("Defence and Security
 * Council"), or "of" and a country after it.
 */
function otherQualifier(
  sentence: Sentence,
  first: number,
  end: number,
  name: string,
  out: Mention[],
  gazetteer: Gazetteer,
): boolean {
  const tokens = sentence.tokens;
  const text = sentence.text.slice(
    (tokens[first] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
  // Only a body every country may have ("Security Council"), not a company's short name.
  if (!GENERIC_BODY_STARTS.has((tokens[first] as Token).lower)) return false;
  if (!name.toLowerCase().endsWith(` ${text.toLowerCase()}`)) return false;
  // "Japan's Self-Defense Forces" is the listed "Japan Self-Defense Forces": its own qualifier.
  const own = name.slice(0, name.length - text.length - 1).toLowerCase();
  const other = (country: string, written: string): boolean =>
    ![country, written, gazetteer.demonyms.get(country) ?? ""].some((w) => w.toLowerCase() === own);
  const possessive = tokens[first - 1]?.key === "'s" ? 1 : 0;
  const before = out.find((m) => m.type === "Country" && m.last === first - possessive);
  if (before) return other(before.name, before.text);
  if (tokens[first - 1]?.lower === "and" && isCapitalised(tokens[first - 2]?.text ?? "")) return true;
  if (tokens[end]?.lower !== "of") return false;
  const at = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  const after = matchAt(tokens, at, gazetteer);
  return after?.entry.type === "Country" && other(after.entry.name, after.entry.name);
}

/**
 * True when the listed body at [first, end) has a generic name (opening like a body every country
 * has, lexicon genericOrgStarts, and ending in a public body's head: "Security Council", "National
 * Security Council", "State Department") and a capitalised adjective or noun that no rule took,
 * neither a title's head, a calendar name nor a country (taken before), stands right before it: "Federal"
 * in "the Federal Security Council" names another body. Title-case headlines keep the listed body.
 */
function unlistedQualifierBefore(
  sentence: Sentence,
  first: number,
  end: number,
  covered: Uint8Array,
): boolean {
  const tokens = sentence.tokens;
  const q = tokens[first - 1];
  if (!q || covered[first - 1] || !(tokens[first] as Token).space) return false;
  if (!GENERIC_BODY_STARTS.has((tokens[first] as Token).lower)) return false;
  if (!PUBLIC_BODY_HEADS.has((tokens[end - 1] as Token).lower)) return false;
  if (!TITLE_CASE_WORD.test(q.text)) return false;
  if (q.pos !== "ADJ" && q.pos !== "PROPN" && q.pos !== "NOUN") return false;
  if (WORDS.titleHeads.has(q.lower) || WORDS.honorifics.has(q.lower) || WORDS.nonName.has(q.lower))
    return false;
  if (CALENDAR_NAMES.has(q.lower)) return false;
  // "Supreme" opens a body's name, but "Deputy Security Council Secretary" is a title.
  if (isTitleWord(q.lower) && isTitleWord(tokens[end]?.lower ?? "")) return false;
  return !(sentence.headline && isTitleCase(tokens));
}

/**
 * True when the token before `at` is a capitalised common or proper noun that no rule took and
 * that stands alone (no capitalised word before it): "Radio" in "Radio Taiwan International".
 */
function nameWordBefore(tokens: Token[], at: number, covered: Uint8Array): boolean {
  const t = tokens[at - 1];
  if (!t || covered[at - 1] || !TITLE_CASE_WORD.test(t.text) || !t.space) return false;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  if (isTitleWord(t.lower) || WORDS.honorifics.has(t.lower) || WORDS.nonName.has(t.lower)) return false;
  if (CALENDAR_NAMES.has(t.lower)) return false;
  return !isCapitalised(tokens[at - 2]?.text ?? "x");
}

/**
 * "Export-Import Bank of India", "Bank of Korea": a body's name that no list knows runs on
 * through "of" and the country right after it, and that country owns the body. Bodies every
 * country has ("Ministry of Defence of Ukraine", "Embassy of India") keep their own name and are
 * qualified by their country in stage 4. A listed state, province or territory after "of" ends
 * the name the same way ("University of Texas", "Bank of England"), owning nothing.
 */
function absorbCountrySuffix(sentence: Sentence, m: Mention, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  if (m.type !== "Organization" || tokens[m.last]?.lower !== "of") return;
  const at = out.findIndex(
    (p) =>
      p.first === m.last + 1 &&
      p.kind === "name" &&
      (p.type === "Country" || (p.type === "Location" && WORDS.subnationalPlaces.has(p.name))),
  );
  const country = out[at];
  if (!country || tokens[country.last]?.key === "'s") return;
  if (GENERIC_BODY_STARTS.has((tokens[m.first] as Token).lower)) return;
  // "Office of Saudi Ministry of Defence": a country's word that opens another body's name
  // qualifies that body, not the one before "of".
  if (bodyNameAt(tokens, country.last, covered, false)) return;
  out.splice(at, 1);
  respan(m, makeMention(sentence, m.first, country.last, "", "Organization", "fallback", m.rule));
  if (country.type === "Country") m.country = country.name;
}

/**
 * "Border Guard Bangladesh (BGB)", "Ministry of Defence Malaysia", "Police Service Kenya": a
 * body's name (a word of it a body's head, lexicon/organizations.json organizationHeads) runs on
 * over a country's name printed right after it with no mark between, and that country owns the
 * body; the country stays a mention of its own, as in "Kenya Navy". Not where the country is a
 * possessor ("... Bangladesh's"), opens another body's name ("Pakistan Army") or is joined to
 * another name by a hyphen.
 */
function absorbCountryAfter(sentence: Sentence, m: Mention, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  if (m.type !== "Organization" || m.country !== undefined || !tokens[m.last - 1]?.space) return;
  const country = out.find((p) => p.first === m.last && p.type === "Country" && p.kind === "name");
  if (!country) return;
  const next = tokens[country.last];
  if (next?.key === "'s" || next?.text === "-" || tokens[m.last - 1]?.text === "-") return;
  if (!tokens.slice(m.first, m.last).some((t) => WORDS.orgHeads.has(t.lower))) return;
  if (bodyNameAt(tokens, country.last, covered, false)) return;
  respan(m, makeMention(sentence, m.first, country.last, "", "Organization", m.kind, m.rule));
  m.country = country.name;
}

/**
 * "the Combined Joint Task Force for the Horn of Africa (CJTF-HOA)": a body's name runs on through
 * joiners ("for the", "of") and the named places (no countries) after them when the acronym in
 * brackets right after spells the whole; the places are then words of its name, no mentions of
 * their own.
 */
function absorbSpelledPlaces(sentence: Sentence, m: Mention, out: Mention[]): void {
  const tokens = sentence.tokens;
  if (m.type !== "Organization") return;
  const places: Mention[] = [];
  let k = m.last;
  while (k < tokens.length) {
    if (NAME_JOINERS.has((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== "and") {
      k++;
      continue;
    }
    // A country after them stays a mention of its own, the body's owner ("the Armed Forces of the
    // Philippines (AFP)": stage 4 qualifies the body).
    const place = out.find((p) => p.first === k && p.type === "Location");
    if (!place) break;
    places.push(place);
    k = place.last;
  }
  if (places.length === 0 || NAME_JOINERS.has((tokens[k - 1] as Token).lower)) return;
  const acronym = bracketedAcronym(tokens, k);
  if (!acronym || !spellsAcronym(tokens.slice(m.first, k), acronym)) return;
  for (const place of places) out.splice(out.indexOf(place), 1);
  respan(m, makeMention(sentence, m.first, k, "", "Organization", "fallback", m.rule));
}

/** Capitals and glued hyphens of an acronym alone in brackets from the "(" at `open` ("(CJTF-HOA)"), their letters; else "". */
function bracketedAcronym(tokens: Token[], open: number): string {
  if (tokens[open]?.text !== "(") return "";
  let letters = "";
  let k = open + 1;
  for (; k < tokens.length && tokens[k]?.text !== ")"; k++) {
    const t = tokens[k] as Token;
    if (k > open + 1 && t.space) return "";
    if (t.text === "-") continue;
    if (!/^[A-Z]+$/u.test(t.text)) return "";
    letters += t.text;
  }
  return tokens[k]?.text === ")" && letters.length >= 3 ? letters : "";
}

/**
 * `m` takes the span, type and kind of `merged` and its text as name, keeping its own optional
 * fields (country, context aliases, antecedent, spelling), which `merged` has unset.
 */
function respan(m: Mention, merged: Mention): void {
  // "Taiwan" before "Affairs Office of the State Council": a printed form kept (subBodyOfEnd)
  // takes the words put before the name.
  if (m.spelled !== undefined && merged.start < m.start && merged.end >= m.end)
    m.spelled = merged.text.slice(0, m.start - merged.start) + m.spelled;
  m.first = merged.first;
  m.last = merged.last;
  m.start = merged.start;
  m.end = merged.end;
  m.text = merged.text;
  m.name = merged.text;
  m.type = merged.type;
  m.kind = merged.kind;
}

/** A mention named as it is written: makeMention with its own text for its name. */
function spelledMention(
  sentence: Sentence,
  first: number,
  last: number,
  type: EntityType,
  kind: MentionKind,
  rule: string,
): Mention {
  const m = makeMention(sentence, first, last, "", type, kind, rule);
  m.name = m.text;
  return m;
}

/**
 * "medium-altitude long-endurance (MALE)": an all-capital word in brackets whose letters are the
 * initials of the lower-case words before the bracket is that phrase's acronym, not a name that a
 * list holds in other case ("Male", the city).
 */
function spellsLowerCasePhrase(tokens: Token[], i: number): boolean {
  const word = (tokens[i] as Token).text;
  if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")" || !/^[A-Z]{2,6}$/u.test(word)) return false;
  const initials: string[] = [];
  for (let k = i - 2; k >= 0 && initials.length < word.length; k--) {
    const t = tokens[k] as Token;
    if (t.text === "-") continue;
    if (!LOWER_FIRST.test(t.text)) return false;
    const parts = t.text.split("-").filter(Boolean);
    for (let p = parts.length - 1; p >= 0; p--) initials.unshift((parts[p] as string)[0] as string);
  }
  return initials.join("").toUpperCase() === word;
}

/** Three capitals, as a currency's code is written ("NIS", "SEK"). */
const CURRENCY_CODE = /^[A-Z]{3}$/u;

/** Opens with a digit. */
const DIGIT_FIRST = /^\d/u;

/** A decimal point or a thousands separator before a digit. */
const DECIMAL_OR_THOUSANDS = /[.,]\d/u;

/**
 * "NIS 1.9 billion", "SEK 500 million", "NIS 14,000": three capitals before an amount (a number with
 * a magnitude word, a decimal or thousands) are a currency's code ("NATO 2030" stays a name).
 */
function currencyCode(tokens: Token[], i: number, wordSets: WordSets): boolean {
  const amount = tokens[i + 1]?.text ?? "";
  // (Three characters first: this runs for every token.)
  const code = (tokens[i] as Token).text;
  if (code.length !== 3 || !CURRENCY_CODE.test(code) || !DIGIT_FIRST.test(amount)) return false;
  return DECIMAL_OR_THOUSANDS.test(amount) || wordSets.amountMagnitudes.has(tokens[i + 2]?.lower ?? "");
}

/** The token at `k` when it is a capitalised word where no listed name starts; null otherwise. */
function unlistedCapitalisedWord(tokens: Token[], k: number, gazetteer: Gazetteer): Token | null {
  const t = tokens[k];
  if (!t || !CAPITALISED_START.test(t.text)) return null;
  return gazetteer.byFirst.has(t.key) && matchAt(tokens, k, gazetteer) ? null : t;
}

/** Most capitalised words of a longer form after a listed name ("Aeronautical Systems"). */
const MAX_NAME_TAIL_WORDS = 3;

/**
 * The end of a longer form of a listed name that ends at `end`: one to three capitalised words
 * where no listed name starts, the last of them one of `tails`, and no capitalised word after
 * them but a legal form ("Technologies Corp." of "Raytheon Technologies Corp.", "Coastal Defense
 * Systems" of "Harpoon Coastal Defense Systems"); `end` itself when none follows. Not in a
 * title-case headline, where every word is capitalised.
 */
function nameTailEnd(
  sentence: Sentence,
  end: number,
  gazetteer: Gazetteer,
  tails: Set<string>,
  countryAfter = false,
): number {
  const tokens = sentence.tokens;
  if (sentence.headline && isTitleCase(tokens)) return end;
  let last = end;
  for (let k = end; k < end + MAX_NAME_TAIL_WORDS; k++) {
    const t = unlistedCapitalisedWord(tokens, k, gazetteer);
    if (!t) break;
    if (tails.has(t.lower)) last = k + 1;
  }
  const next = tokens[last]?.text ?? "";
  // "General Dynamics Land Systems Canada", "… Land Systems-Canada": with `countryAfter`, a
  // country's name may follow (countrySubsidiaryEnd reads it as a national subsidiary).
  const country =
    countryAfter && countryNameAt(tokens, tokens[last]?.text === "-" ? last + 1 : last, gazetteer);
  return last > end && (!isCapitalised(next) || COMPANY_SUFFIX_WORDS.has(next) || country) ? last : end;
}

/** True when a country's name (not a demonym) starts at `k`. */
function countryNameAt(tokens: Token[], k: number, gazetteer: Gazetteer): boolean {
  const hit = matchAt(tokens, k, gazetteer);
  return hit?.entry.type === "Country" && hit.entry.kind === "name";
}

/**
 * "Thales Australia", "Naval Group Australia": a listed company's name (not an acronym, not a body
 * every country has) right before a country's name, with no mark between, is its national
 * subsidiary's name; the end past the country, else `end`. Not in a title-case headline.
 */
function countrySubsidiaryEnd(sentence: Sentence, first: number, end: number, gazetteer: Gazetteer): number {
  const tokens = sentence.tokens;
  const opener = (tokens[first] as Token).text;
  if (/^[A-Z]{2,}$/u.test(opener) || (sentence.headline && isTitleCase(tokens))) return end;
  // "General Dynamics Land Systems-Canada": a hyphen with no space either side joins the country.
  const hyphen = tokens[end]?.text === "-" && !tokens[end]?.space && tokens[end + 1]?.space === false;
  const at = hyphen ? end + 1 : end;
  const next = tokens[at];
  if (!next || (!hyphen && !next.space) || !isCapitalised(next.text)) return end;
  const hit = matchAt(tokens, at, gazetteer);
  if (hit?.entry.type !== "Country" || hit.entry.kind !== "name") return end;
  const name = sentence.text.slice(
    (tokens[first] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
  if (gazetteer.perCountry.has(name)) return end;
  // "Boeing Australia Limited" ends past its legal form; not before another capitalised word;
  // "Airbus Spain's plant", "Saab Sweden's minister": not before a possessive (the country's).
  const after = companySuffixEnd(tokens, hit.end);
  return isCapitalised(tokens[after]?.text ?? "") || POSSESSIVE_ENDING.test(tokens[after]?.text ?? "")
    ? end
    : after;
}

/** A capitalised word of four letters or more ("Defence", "Land", not "Co"). */
const LONGER_CAPITALISED_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * "BAE Systems Hägglunds", "Naval Group Hägglunds": a listed company's name of two words or
 * more ending in a name tail or a group word (not a body every country has) and one more capitalised word where no listed name starts, that the tagger reads
 * as a proper noun and that is no weekday, month, title, rank or given name, with no capitalised
 * word, possessive or hyphen after it, name the company's division; the end past that word, else
 * `end`. Not in a title-case headline.
 */
function subsidiaryWordEnd(sentence: Sentence, first: number, end: number, gazetteer: Gazetteer): number {
  const tokens = sentence.tokens;
  if (end - first < 2 || (sentence.headline && isTitleCase(tokens))) return end;
  // Only a company's name, told by its last word: a name tail or a group word ("BAE Systems",
  // "Naval Group"), not "United Nations Convention".
  const last = tokens[end - 1] as Token;
  if (!NAME_TAIL_WORDS.has(last.lower) && !COMPANY_SUFFIX_WORDS.has(last.text)) return end;
  const t = unlistedCapitalisedWord(tokens, end, gazetteer);
  if (!t?.space || !LONGER_CAPITALISED_WORD.test(t.text) || t.pos !== "PROPN") return end;
  const joined = joinedDivisionEnd(tokens, end, gazetteer);
  if (joined > end) return joined;
  if (CALENDAR_NAMES.has(t.lower) || SPEAKER_TITLE_WORDS.has(t.lower) || isRankAt(tokens, end)) return end;
  if (WORDS.givenNames.has(t.text) || WORDS.orgHeads.has(t.lower)) return end;
  const name = sentence.text.slice(
    (tokens[first] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
  if (gazetteer.perCountry.has(name)) return end;
  const next = tokens[end + 1]?.text ?? "";
  return isCapitalised(next) || POSSESSIVE_ENDING.test(next) || next === "-" ? end : end + 1;
}

/**
 * "BAE Systems Land and Armaments": after a listed company's name ending at `end`, two unlisted
 * capitalised words that the tagger reads as proper nouns, joined by "and" or "&", with no
 * capitalised word, possessive or hyphen after them, name the company's division: the end past
 * them, else `end` ("BAE Systems Australia and Thales": a listed name joins nothing).
 */
function joinedDivisionEnd(tokens: Token[], end: number, gazetteer: Gazetteer): number {
  if (!/^(?:and|&)$/u.test(tokens[end + 1]?.text ?? "")) return end;
  const second = unlistedCapitalisedWord(tokens, end + 2, gazetteer);
  if (!second || second.pos !== "PROPN" || !LONGER_CAPITALISED_WORD.test(second.text)) return end;
  if (CALENDAR_NAMES.has(second.lower) || WORDS.givenNames.has(second.text)) return end;
  const next = tokens[end + 3]?.text ?? "";
  return isCapitalised(next) || POSSESSIVE_ENDING.test(next) || next === "-" ? end : end + 3;
}

/**
 * "Raytheon Co", "Hanwha Group", "China State Shipbuilding Corporation Limited": the end of a
 * company's mention past the legal-form and group words after its name (lexicon/organizations.json
 * companySuffixes); `end` when none follows.
 */
function companySuffixEnd(tokens: Token[], end: number): number {
  let k = end;
  while (COMPANY_SUFFIX_WORDS.has(tokens[k]?.text ?? "")) k++;
  return k;
}

/**
 * The end of a body's name inside a listed body whose mention ends at `end`: one to three
 * capitalised words where no listed name starts, the last a head of lexicon/organizations.json subBodyHeads
 * or serviceSubBodyHeads ("Air Force" of "PLA Air Force"), and no capitalised word after them but a rank before a name ("Medical University" of "the
 * People's Liberation Army Medical University", "Committee" of "Joint Chiefs of Staff Committee
 * General X"); -1 when none follows.
 */
function subBodyEnd(tokens: Token[], end: number, gazetteer: Gazetteer): number {
  for (let k = end; k < end + MAX_SUB_BODY_WORDS; k++) {
    const t = unlistedCapitalisedWord(tokens, k, gazetteer);
    if (!t) return -1;
    // "the UN Support Mission in Libya", "the EU Training Mission in Mali": a listed body's mission
    // takes the country or place it is in or to.
    if (WORDS.missionWords.has(t.lower)) return missionPlaceEnd(tokens, k + 1, gazetteer);
    if (!SUB_BODY_HEAD_WORDS.has(t.lower) && !SERVICE_SUB_BODY_WORDS.has(t.lower)) continue;
    // "Joint Chiefs of Staff Committee General X": a rank opening a titled name may follow.
    const ranked = isRankAt(tokens, k + 1) && isCapitalised(tokens[k + 2]?.text ?? "");
    // "People's Liberation Army Air Force Commander expressed …": a service's head before a title's
    // head is the title's body.
    const titled = SERVICE_SUB_BODY_WORDS.has(t.lower) && WORDS.titleHeads.has(tokens[k + 1]?.lower ?? "");
    if (!isCapitalised(tokens[k + 1]?.text ?? "") || ranked || titled) return k + 1;
  }
  return -1;
}

/**
 * The end of a mission's name from `at`, right after its word "Mission": past "in" or "to" and a
 * listed country or place ("in Libya", "in South Sudan"), else `at`; -1 before another capitalised word.
 */
function missionPlaceEnd(tokens: Token[], at: number, gazetteer: Gazetteer): number {
  const word = tokens[at]?.lower;
  if (word === "in" || word === "to") {
    const place = matchAt(tokens, at + 1, gazetteer);
    const type = place?.entry.type;
    if (place && (type === "Country" || type === "Location") && place.entry.kind === "name") return place.end;
  }
  return isCapitalised(tokens[at]?.text ?? "") ? -1 : at;
}

/** Capitals glued by a hyphen after a model's name ("SV" of "Koalitsiya-SV", "B" of "90-B"). */
const GLUED_VARIANT = /^[A-Z]{1,3}\d?$/u;

/** True when the mark `mark` stands at `at` with a word matching `variant` glued after it, and that word is not followed by a space. */
function gluedVariantAt(tokens: Token[], at: number, mark: string, variant: RegExp): boolean {
  const sign = tokens[at];
  const word = tokens[at + 1];
  return sign?.text === mark && !sign.space && word !== undefined && !word.space && variant.test(word.text);
}

/** True when a hyphen and a variant's capitals, glued on both sides, stand at `at`. */
function glueHyphenVariant(tokens: Token[], at: number): boolean {
  return (
    gluedVariantAt(tokens, at, "-", GLUED_VARIANT) &&
    !(tokens[at + 2]?.space === false && LETTER_FIRST.test(tokens[at + 2]?.text ?? ""))
  );
}

/** The letters and digits of an index designator after its leading number ("K720" of "9K720", "N6-TE"). */
const INDEX_TAIL = /^[A-Z]{1,2}\d{1,4}[A-Z]{0,2}\d{0,2}(?:-[A-Z]{1,3})?$/u;

/**
 * "9K720", "2S19", "59N6-TE", "48N6E3": a number of one or two digits glued to capitals and digits
 * is an index designator of a weapon (the tokenizer splits it after the number).
 */
function isIndexDesignator(tokens: Token[], i: number): boolean {
  const number = tokens[i] as Token;
  const c = number.text.charCodeAt(0);
  if (c < 48 || c > 57 || number.text.length > 2 || !ONE_OR_TWO_DIGITS.test(number.text)) return false;
  // "6X6", "4X4": a drive formula describes wheeled vehicles; it is no model's index.
  if (isCapitalDriveFormula(tokens, i)) return false;
  const tail = tokens[i + 1];
  if (tail === undefined || tail.space || !INDEX_TAIL.test(tail.text)) return false;
  // Not the start of a longer glued word.
  const after = tokens[i + 2];
  return after === undefined || after.space || !LETTER_FIRST.test(after.text);
}

/** A capitalised word glued by a hyphen to a year ("Zapad-2021"): an exercise's or event's name. */
const EVENT_YEAR_NAME = /^\p{Lu}\p{Ll}{2,}-(?:19|20)\d{2}$/u;

/** A designator's variant with a plural "s" glued after a digit or a capital ("Su-30MK2s", "Su-30MKIs"). */
const PLURAL_DESIGNATOR = /[\dA-Z]s$/u;

/** A variant's capitals after the model's number, then a plural "s" ("T-90Ms", "Su-30Ks", "MH-60Rs"). */
const CAPITAL_VARIANT_PLURAL = /\d[A-Z]{1,3}s$/u;

/** A number or roman numeral after a designator. */
const DESIGNATOR_NUMBER = /^(?:\d+[A-Z]?|[IVX]{1,4})$/u;

/** "II", "III" or "IV". */
const SMALL_ROMAN = /^(?:II|III|IV)$/u;

function matchDesignator(
  sentence: Sentence,
  i: number,
  covered: Uint8Array,
  gazetteer: Gazetteer,
): Mention | null {
  const tokens = sentence.tokens;
  const token = tokens[i] as Token;
  if (covered[i]) return null;
  const indexed = isIndexDesignator(tokens, i);
  // (A word without a capital first is no designator: tested before the patterns, for every token.)
  if (!indexed && !startsAsciiCapital(token.text)) return null;
  // "six Su-30MK2s", "Su-30MKIs": a plural "s" glued to a variant's letters or digits; "four
  // T-90Ms", "two MH-60Rs": after a variant's capitals too, though the whole reads as a designator.
  const plural =
    !indexed &&
    (!DESIGNATOR.test(token.text) || CAPITAL_VARIANT_PLURAL.test(token.text)) &&
    PLURAL_DESIGNATOR.test(token.text) &&
    DESIGNATOR.test(token.text.slice(0, -1));
  if (!indexed && (!startsAsciiCapital(token.text) || (!DESIGNATOR.test(token.text) && !plural))) return null;
  // "Covid-19", "G-20", "Flight MH-17": a disease, a group or a flight, not a weapon.
  if (!indexed && NON_WEAPON_PREFIXES.has(token.text.slice(0, token.text.indexOf("-")))) return null;
  // "Zapad-2021", "Kalkan-2023", "Vostok-2022": a word glued to a year names an exercise or an
  // event of that year, not a weapon's model.
  if (!indexed && EVENT_YEAR_NAME.test(token.text)) return null;
  if (NON_WEAPON_BEFORE.has(tokens[i - 1]?.lower ?? "")) return null;
  let first = i;
  // A maker before the designator is part of the name ("Boeing E-7 Wedgetail").
  const prev = tokens[i - 1];
  if (prev && WORDS.makers.has(prev.text) && !covered[i - 1]) first = i - 1;
  // "AN/TPY-2", "AN/SPY-6": a joint designation's prefix and slash glued before it.
  if (
    prev?.text === "/" &&
    !token.space &&
    !prev.space &&
    TWO_OR_THREE_CAPITALS.test(tokens[i - 2]?.text ?? "") &&
    !covered[i - 2]
  )
    first = i - 2;
  // "Standard Missile-3": a designator on a class noun takes the capitalised word before it.
  const prefix = token.text.slice(0, token.text.indexOf("-")).toLowerCase();
  if (
    !indexed &&
    prev &&
    first === i &&
    !covered[i - 1] &&
    WORDS.weaponHeads.has(prefix) &&
    prev.pos === "PROPN" &&
    TITLE_CASE_WORD.test(prev.text)
  )
    first = i - 1;
  let last = indexed ? i + 2 : i + 1;
  let nameEnd = -1;
  // "Su-30 MKA": a variant's capital letters written apart from the model are part of its name.
  const spaced = tokens[last];
  if (
    !indexed &&
    spaced &&
    !covered[last] &&
    TWO_OR_THREE_CAPITALS.test(spaced.text) &&
    !gazetteer.byFirst.has(spaced.key) &&
    !isCapitalised(tokens[last + 1]?.text ?? "")
  )
    last++;
  while (last < tokens.length && !covered[last]) {
    const t = tokens[last] as Token;
    // "F-16 Block 70", "Tranche 3": a production variant is in the span, the model is the name.
    if (
      VARIANT_WORDS.has(t.text) &&
      DESIGNATOR_NUMBER.test(tokens[last + 1]?.text ?? "") &&
      !covered[last + 1]
    ) {
      nameEnd = last;
      last += 2;
      break;
    }
    // "2S35 Koalitsiya-SV", "Agosta 90-B": a variant glued by a hyphen to the name's last word.
    if (last > i + 1 && glueHyphenVariant(tokens, last)) {
      last += 2;
      break;
    }
    // "F-35 Lightning II", "MQ-9 Reaper II": a Roman numeral after the model's own name word ends it.
    if (last > i + 1 && SMALL_ROMAN.test(t.text) && !tokens[last + 1]?.text.startsWith("-")) {
      last++;
      break;
    }
    if (!isCapitalised(t.text) || t.pos !== "PROPN" || t.text.toUpperCase() === t.text) break;
    // "S-400 Surface-to-Air Missile Systems": a hyphenated class modifier opens the model's class.
    const compound = compoundAt(tokens, last);
    if (compound.end > last + 1 && WORDS.weaponModifiers.has(compound.text)) break;
    // "S-400 Air Defence Systems", "Su-57 Stealth Fighter Jets": capitalised class modifiers up to a
    // class noun that ends the run are the model's class too.
    if (capitalisedClassAt(tokens, last)) break;
    if (gazetteer.byFirst.has(t.lower) && matchAt(tokens, last, gazetteer)?.entry.type !== "WeaponSystem")
      break;
    // "F-35 Aircraft of the US Air Force", "E-2D Advanced Hawkeye Aircraft": a capitalised class
    // noun that ends the run is the model's class, not its name.
    if (WORDS.weaponHeads.has(singular(t.lower)) && !isCapitalised(tokens[last + 1]?.text ?? "")) break;
    last++;
  }
  const end = nameEnd < 0 ? last : nameEnd;
  const name = sentence.text.slice(
    (tokens[first] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start - (plural && end === i + 1 ? 1 : 0),
  );
  // "Vnukovo-2 airport": a designator before a place noun names the place.
  if (nameEnd < 0 && first === i && WORDS.placeTailHeads.has(tokens[last]?.lower ?? ""))
    return makeMention(sentence, first, last, name, "Location", "name", "place-designator");
  // Include a following class noun in the span but not the name ("Shahed-136 drones").
  return makeMention(sentence, first, last, name, "WeaponSystem", "weapon", "weapon-designator");
}

/** A number of one to three digits. */
const SHORT_NUMBER = /^\d{1,3}$/u;

/** Two to five capitals before a spaced variant's number ("HQ" of "HQ 9"). */
const SPACED_VARIANT_ACRONYM = /^[A-Z]{2,5}$/u;

/** One or two capitals after a variant's number ("B" of "HQ 9B"). */
const VARIANT_LETTER = /^[A-Z]{1,2}$/u;

/**
 * "TOW 2B anti-tank missiles", "HQ 9B systems", "AK 47 rifles": an acronym no list gives another
 * type, then a number (one to three digits, no year) written apart with any capitals glued to it,
 * before a weapon's class noun (after at most three class modifiers), name a model; the class noun
 * is not in it.
 */
function matchSpacedVariant(
  sentence: Sentence,
  i: number,
  covered: Uint8Array,
  gazetteer: Gazetteer,
): Mention | null {
  const tokens = sentence.tokens;
  const acronym = tokens[i] as Token;
  const number = tokens[i + 1];
  if (covered[i] || !number?.space || covered[i + 1] || !SHORT_NUMBER.test(number.text)) return null;
  if (!SPACED_VARIANT_ACRONYM.test(acronym.text) || CLASS_ACRONYMS.has(acronym.text)) return null;
  const letters = tokens[i + 2];
  let end = letters && !letters.space && VARIANT_LETTER.test(letters.text) ? i + 3 : i + 2;
  const hit = gazetteer.byFirst.has(acronym.key) ? matchAt(tokens, i, gazetteer) : null;
  if (hit && hit.entry.type !== "WeaponSystem") return null;
  // "PC 7 MkIIs planes", "the PC 7MkII": a mark after the number makes a model without a class noun.
  const mark = tokens[end];
  if (mark && !covered[end] && MARK_VARIANT.test(mark.text.replace(/(?<=[IVX\d])s$/u, ""))) end++;
  else if (!weaponHeadAfter(tokens, end)) return null;
  const name = sentence.text.slice(
    acronym.start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
  return makeMention(sentence, i, end, name, "WeaponSystem", "weapon", "weapon-spaced-variant");
}

/**
 * True when capitalised class modifiers from `at` lead to a weapon's class noun that ends the
 * capitalised words ("Air Defence Systems", "Stealth Fighter Jets").
 */
function capitalisedClassAt(tokens: Token[], at: number): boolean {
  if (!WORDS.weaponModifiers.has((tokens[at] as Token).lower)) return false;
  for (let k = at + 1; k < tokens.length && isCapitalised((tokens[k] as Token).text); k++) {
    const word = tokens[k] as Token;
    const head = WORDS.weaponHeads.has(singular(word.lower));
    if (head && !isCapitalised(tokens[k + 1]?.text ?? "")) return true;
    if (!head && !WORDS.weaponModifiers.has(word.lower)) return false;
  }
  return false;
}

/** Capitals glued before a class acronym of three letters or more ("QR" of "QRSAM", "MR" of "MR-SAM"). */
const CLASS_ACRONYM_QUALIFIER = /^([A-Z]{2,3})-?([A-Z]{3,6})$/u;

/** Opens with two or three capitals. */
const CAPITALS_FIRST = /^[A-Z]{2,3}/u;

/** Two or three capitals ("QR", "MR"; "MKA" in "Su-30 MKA"). */
const TWO_OR_THREE_CAPITALS = /^[A-Z]{2,3}$/u;

/** A class acronym after a hyphen ("SAM" of "MR-SAM"), maybe plural. */
const CLASS_ACRONYM_AFTER_HYPHEN = /^[A-Z]{3,6}s?$/u;

/** An acronym's plural: a capital, then "s". */
const PLURAL_ACRONYM = /[A-Z]s$/u;

/**
 * "MR-SAM", "QRSAM", "LR-SAM": two or three capitals glued (or hyphened) before a weapon class's
 * acronym (lexicon/weapons.json `classAcronyms`, not a two-letter one such as "EW") name a model of
 * that class, when no list knows the name.
 */
function matchQualifiedClassAcronym(
  sentence: Sentence,
  i: number,
  covered: Uint8Array,
  gazetteer: Gazetteer,
): Mention | null {
  const tokens = sentence.tokens;
  const t = tokens[i] as Token;
  if (covered[i] || !CAPITALS_FIRST.test(t.text) || gazetteer.byFirst.has(t.key)) return null;
  let last = i + 1;
  let text = t.text;
  if (TWO_OR_THREE_CAPITALS.test(t.text) && gluedVariantAt(tokens, i + 1, "-", CLASS_ACRONYM_AFTER_HYPHEN)) {
    text = `${t.text}-${(tokens[i + 2] as Token).text}`;
    last = i + 3;
    if (covered[i + 1] || covered[i + 2]) return null;
  }
  const plural = PLURAL_ACRONYM.test(text);
  const m = CLASS_ACRONYM_QUALIFIER.exec(plural ? text.slice(0, -1) : text);
  if (!m || !CLASS_ACRONYMS.has(m[2] as string)) return null;
  // "ATGM", "MRAP": a class acronym alone, or one the lists know as a class, is no model.
  if (CLASS_ACRONYMS.has(m[0])) return null;
  const name = plural ? text.slice(0, -1) : text;
  return makeMention(sentence, i, last, name, "WeaponSystem", "weapon", "weapon-qualified-class-acronym");
}

/** A number that reads as a year ("Project 2025" is no class number). */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** A class suffix the tokenizer keeps whole with a one-letter variant ("A-class" of "Type 054A-class"). */
const GLUED_LETTER_CLASS = /^[A-Z]{1,2}\d?-[Cc]lass$/u;

/**
 * Where a country's formal name starts before its name at `i`: "the Republic of Kenya", "the
 * Federal Republic of Somalia" (lexicon/text.json stateForms), so that a body "of the Republic of
 * X" is of the country; `i` when no such words stand there.
 */
function stateFormStart(tokens: Token[], i: number, covered: Uint8Array): number {
  if (tokens[i - 1]?.text !== "of" || !STATE_FORMS.has(tokens[i - 2]?.text ?? "") || covered[i - 2]) return i;
  let k = i - 2;
  while (k > 0 && !covered[k - 1] && STATE_FORM_MODIFIERS.has((tokens[k - 1] as Token).text)) k--;
  return k;
}

/**
 * True when a state form other than "State" stands uncovered at `k`, right after a country's
 * demonym ("Kyrgyz Republic", "Russian Federation"; not "Russian State Duma"), and no body's head
 * follows it ("Republic Guard" stays a body's name): the demonym and the state form name the country.
 */
function demonymStateFormAt(tokens: Token[], k: number, covered: Uint8Array): boolean {
  const w = tokens[k];
  if (!w || covered[k] || w.text === "State" || !STATE_FORMS.has(w.text)) return false;
  return !WORDS.orgHeads.has(tokens[k + 1]?.lower ?? "");
}

/**
 * Where a larger place's name starts before the known place or country at `i`: at a capitalised
 * region modifier before a place ("Central Asia", "Southeast Asia"), or at a capitalised place noun
 * before "of" ("Gulf of Mexico", "Horn of Africa"); `i` when neither stands there.
 */
function placePrefixStart(tokens: Token[], i: number, covered: Uint8Array, place: boolean): number {
  const prev = tokens[i - 1];
  if (!prev || covered[i - 1]) return i;
  if (place && WORDS.regionModifiers.has(prev.lower) && TITLE_CASE_WORD.test(prev.text)) return i - 1;
  const noun = tokens[i - 2];
  if (
    prev.lower === "of" &&
    noun &&
    !covered[i - 2] &&
    isCapitalised(noun.text) &&
    WORDS.placeHeads.has(noun.lower)
  )
    return i - 2;
  return i;
}

/**
 * True when the run [first, last) opens with a place noun and "of" ("Sea of Okhotsk"), or holds
 * a body's head word and "of" ("Bank of Ghana"): a name whose "of" part is complete.
 */
function nounOfBefore(tokens: Token[], first: number, last: number): boolean {
  const start = CLOSED_OPENERS.has((tokens[first] as Token).lower) ? first + 1 : first;
  if (opensPlaceOf(tokens, start)) return true;
  for (let k = start; k < last - 2; k++)
    if (WORDS.orgHeads.has((tokens[k] as Token).lower) && tokens[k + 1]?.lower === "of") return true;
  return false;
}

/** "Gulf of Aden", "Strait of Hormuz": a capitalised place noun and "of" open a place's name. */
function opensPlaceOf(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  return (
    t !== undefined &&
    WORDS.placeHeads.has(t.lower) &&
    isCapitalised(t.text) &&
    tokens[first + 1]?.lower === "of"
  );
}

/** True when "-language" or "-speaking" (lexicon/text.json `languageSuffixes`) is glued at `at`. */
function namesLanguage(tokens: Token[], at: number): boolean {
  const hyphen = tokens[at];
  return (
    hyphen?.text === "-" &&
    !hyphen.space &&
    !tokens[at + 1]?.space &&
    LANGUAGE_SUFFIXES.has(tokens[at + 1]?.lower ?? "")
  );
}

/** True when a state or province of a federal country (lexicon/places.json) starts at `at`. */
function beforeRegion(tokens: Token[], at: number): boolean {
  const a = tokens[at];
  if (!a || !isCapitalised(a.text)) return false;
  const b = tokens[at + 1];
  return (
    WORDS.regionsOfCountries.has(a.text) ||
    (b !== undefined && WORDS.regionsOfCountries.has(`${a.text} ${b.text}`))
  );
}

/** True when "-class" ("-Class") glued to the word before stands at `at`. */
function classSuffixAt(tokens: Token[], at: number): boolean {
  const hyphen = tokens[at];
  const word = tokens[at + 1];
  return hyphen?.text === "-" && !hyphen.space && word !== undefined && !word.space && word.lower === "class";
}

/** A class's number after its opener ("214", "052D"), with a variant's number after a slash ("209/1200"). */
const CLASS_NUMBER = /^\d{2,5}(?:[A-Z]|\/\d{3,4})?$/u;

/**
 * "Type 052D destroyers", "Project 636 submarines", "K2 tanks", "MRAP vehicles": a class number,
 * a short designator or an acronym, named as a weapon when a weapon class noun follows (the noun
 * is not in the name). `known`: the gazetteer has an entry starting at token `i`.
 */
function matchNumberedClass(sentence: Sentence, i: number, known: boolean): Mention | null {
  const tokens = sentence.tokens;
  const t = tokens[i] as Token;
  // "6X6 vehicles": the tail of a drive formula is no designator.
  if (isFormulaTailAt(tokens, i)) return null;
  let last = i + 1;
  let plural = false;
  let bracketed = false;
  if (
    (CLASS_OPENERS.has(t.text) || HEADED_CLASS_OPENERS.has(t.text)) &&
    CLASS_NUMBER.test(tokens[i + 1]?.text ?? "")
  ) {
    last = i + 2;
    // "Type 209/1400mod": a variant's glued "mod" after its number is in the name.
    if (tokens[last]?.text === "mod" && tokens[last]?.space === false) last++;
    // "Type 054-A/P": a hyphen before a lettered variant with a slash.
    if (tokens[last]?.text === "-" && !tokens[last]?.space && slashVariantAt(tokens, last + 2)) last++;
    const suffix = tokens[last];
    if (suffix && /^[A-Z]{1,2}\d?$/u.test(suffix.text) && (!suffix.space || slashVariantAt(tokens, last + 1)))
      last++;
    // "Type 054A/P frigates", "four Type 054A/Ps": a variant after a slash is in the name (not a plural "s").
    if (slashVariantAt(tokens, last)) {
      plural = /s$/u.test((tokens[last + 1] as Token).text);
      last += 2;
    }
    // "Type 035G-class submarines": the class is the numbered model, "-class" is not in its name
    // (the tokenizer may keep a one-letter suffix with it: "054", "A-class").
    const glued = tokens[last];
    const letterClass = glued !== undefined && !glued.space && GLUED_LETTER_CLASS.test(glued.text);
    if (letterClass || classSuffixAt(tokens, last)) {
      const end = letterClass ? (glued as Token).end - "-class".length : (tokens[last - 1] as Token).end;
      const name = sentence.text.slice(t.start - sentence.start, end - sentence.start);
      return makeMention(
        sentence,
        i,
        last + (letterClass ? 1 : 2),
        name,
        "WeaponSystem",
        "weapon",
        "weapon-class-number",
      );
    }
  } else if (!startsAsciiCapital(t.text) || known) return null;
  else if (classAcronymNumberEnd(tokens, i) > 0) {
    // "the OPV 58S", "an FPV 250": a weapon class's acronym and a model number name a model alone.
    last = classAcronymNumberEnd(tokens, i);
    const a = t.start - sentence.start;
    const name = sentence.text.slice(a, (tokens[last - 1] as Token).end - sentence.start);
    return makeMention(sentence, i, last, name, "WeaponSystem", "weapon", "weapon-class-number");
  } else if (WEAPON_ACRONYM.test(t.text)) {
    // "MRAP vehicles": an acronym no list knows, before a weapon head, names a model; "Wire-Guided
    // (TOW) missiles": after its spelled-out name in brackets too (bracketed-acronyms.ts).
    bracketed = acronymAfterItsName(tokens, i, WORDS.orgHeads);
    const head = bracketed ? last + 1 : last;
    if (!ACRONYM_HEADS.has(singular(tokens[head]?.lower ?? ""))) return null;
    if (ownerOfNamedVessel(tokens, i) || ROMAN_NUMERAL.test(t.text)) return null;
    // "US company SAFE Boats", "shipbuilder OCEA Patrol": after a body's descriptor noun (lexicon
    // descriptorNouns) the acronym opens the body's name, no model's.
    if (WORDS.orgDescriptors.has(tokens[i - 1]?.lower ?? "")) return null;
    // "SAFE Boats International": a capitalised head before a company's tail or legal form is
    // inside a firm's name.
    if (isCapitalised((tokens[head] as Token).text) && companyWordAt(tokens, head + 1)) return null;
  } else if (
    isCapitalised(t.text) &&
    !(sentence.headline && t.pos === "VERB") &&
    modelNumberEnd(tokens, i) > 0
  ) {
    // "Agosta 90-B submarines": an unknown name and a model number before a weapon class; not a
    // headline's verb before a count ("Kenya Receives 500 Rifles From Turkey").
    last = modelNumberEnd(tokens, i);
    if (!weaponHeadAfter(tokens, last)) return null;
  } else if (!SHORT_DESIGNATOR.test(t.text)) return null;
  // "Type 214", "Project 636": an opener and a class number that is no year name a model alone.
  // "M830A1", "M109A7": a designator with a production variant ("A1") names a model alone.
  const opened =
    (CLASS_OPENERS.has(t.text) && !YEAR.test((tokens[i + 1] as Token).text)) ||
    VARIANT_DESIGNATOR.test(t.text);
  // "the "P625" frigate": quotation marks around the model do not part it from its class noun.
  const quoted = bracketed || quotedAt(tokens, i, last);
  // "M113 armoured personnel carriers": up to three class modifiers may stand before the head;
  // "the frigate P625": a short designator may follow its class noun instead.
  if (
    !opened &&
    !weaponHeadAfter(tokens, quoted ? last + 1 : last) &&
    !(SHORT_DESIGNATOR.test(t.text) && weaponHeadBefore(tokens, quoted ? i - 1 : i))
  )
    return null;
  const a = t.start - sentence.start;
  const name = sentence.text.slice(a, (tokens[last - 1] as Token).end - (plural ? 1 : 0) - sentence.start);
  return makeMention(sentence, i, last, name, "WeaponSystem", "weapon", "weapon-class-number");
}

/**
 * "Colt M4 carbines", "Barrett M82 rifles", "Airbus C295 transport planes": a maker
 * (lexicon/weapons.json `weaponMakers`) and a short designator that names a weapon are one name.
 */
function makerBeforeNumbered(sentence: Sentence, i: number): Mention | null {
  const tokens = sentence.tokens;
  if (!WORDS.makers.has((tokens[i] as Token).text)) return null;
  const acronym = makerAcronymModel(sentence, i);
  if (acronym) return acronym;
  if (!SHORT_DESIGNATOR.test(tokens[i + 1]?.text ?? "")) return null;
  const numbered = matchNumberedClass(sentence, i + 1, false);
  if (!numbered) return null;
  const name = `${(tokens[i] as Token).text} ${numbered.name}`;
  return makeMention(sentence, i, numbered.last, name, "WeaponSystem", "weapon", "weapon-class-number");
}

const LONG_FORM_VEHICLE_WORDS = new Set(LONG_FORM_VEHICLE_HEADS);

/** Weapon heads too broad to make a maker's acronym a model ("Raytheon GPS system", "IAI ELTA radar"). */
const BROAD_MAKER_HEAD_WORDS = new Set(BROAD_MAKER_HEADS);

/**
 * "FN MAG machine guns", "MBDA CAMM missiles": a listed maker and an acronym no list knows, before a
 * weapon's class noun (one lower-case noun may stand before it), name a model; the class noun is
 * not in the name.
 */
function makerAcronymModel(sentence: Sentence, i: number): Mention | null {
  const tokens = sentence.tokens;
  const acronym = tokens[i + 1];
  if (!acronym || !WEAPON_ACRONYM.test(acronym.text) || CLASS_ACRONYMS.has(acronym.text)) return null;
  let at = i + 2;
  const next = tokens[at];
  if (next?.pos === "NOUN" && LOWER_CASE_WORD.test(next.text) && !WORDS.weaponHeads.has(singular(next.lower)))
    at++;
  const head = tokens[at];
  if (
    !head ||
    !WORDS.weaponHeads.has(singular(head.lower)) ||
    BROAD_MAKER_HEAD_WORDS.has(singular(head.lower))
  )
    return null;
  if (head.pos === "VERB") return null;
  const name = `${(tokens[i] as Token).text} ${acronym.text}`;
  return makeMention(sentence, i, i + 2, name, "WeaponSystem", "weapon", "weapon-maker-acronym");
}

/** Most words of a model's name before a class acronym ("Tulpar IFVs"). */
const MAX_ACRONYM_MODEL_WORDS = 2;

/**
 * "Ezugwu MRAPs", "Tulpar IFVs", "Kaplan MBT": one or two capitalised words no rule took, right
 * before the acronym of a weapon class (lexicon/weapons.json `classAcronyms`), name a model; the
 * acronym is in the span, not the name. Not a body's or place's head word, a title or a common
 * word opening a sentence.
 */
function nameBeforeClassAcronym(sentence: Sentence, i: number, covered: Uint8Array): Mention | null {
  const tokens = sentence.tokens;
  let end = i;
  while (
    end < i + MAX_ACRONYM_MODEL_WORDS &&
    !covered[end] &&
    TITLE_CASE_WORD.test(tokens[end]?.text ?? "")
  ) {
    const w = (tokens[end] as Token).lower;
    if (WORDS.orgHeads.has(w) || WORDS.placeHeads.has(w) || isTitleOrHonorific(w) || WORDS.nonName.has(w))
      return null;
    if (CALENDAR_NAMES.has(w)) return null;
    end++;
  }
  const acronym = tokens[end];
  if (end === i || !acronym || covered[end] || !CLASS_ACRONYMS.has(acronym.text.replace(FINAL_S, "")))
    return null;
  if (i === 0 && !looksLikeName((tokens[i] as Token).text)) return null;
  const name = sentence.text.slice(
    (tokens[i] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
  return makeMention(sentence, i, end + 1, name, "WeaponSystem", "weapon", "weapon-class-acronym");
}

/** True when quotation marks stand right before token `first` and right after token `last - 1`, glued to them (`space` is the space before a token). */
function quotedAt(tokens: Token[], first: number, last: number): boolean {
  const open = tokens[first - 1];
  const close = tokens[last];
  return (
    open !== undefined &&
    close !== undefined &&
    QUOTE_MARK.test(open.text) &&
    QUOTE_MARK.test(close.text) &&
    !(tokens[first] as Token).space &&
    !close.space
  );
}

/** True when a lower-case weapon class noun stands right before token `at` ("the frigate P625"). */
function weaponHeadBefore(tokens: Token[], at: number): boolean {
  const t = tokens[at - 1];
  return (
    t !== undefined &&
    LOWER_FIRST.test(t.text) &&
    t.pos !== "VERB" &&
    WORDS.weaponHeads.has(singular(t.lower))
  );
}

/** One or two capitals, a plural "s" after them, after a class number's slash ("P" of "054A/P"). */
const SLASH_VARIANT = /^[A-Z]{1,2}s?$/u;

/** True when a slash and one or two capitals (a plural "s" after them) are glued at `at` ("/P", "/Ps"). */
function slashVariantAt(tokens: Token[], at: number): boolean {
  return gluedVariantAt(tokens, at, "/", SLASH_VARIANT);
}

/** Most class modifiers between a model's designator and its class noun ("armoured personnel"). */
const MAX_CLASS_MODIFIERS = 3;

/** True when a weapon class noun stands at `at`, after at most three class modifiers. */
function weaponHeadAfter(tokens: Token[], at: number): boolean {
  // "M109 series self-propelled artillery systems": a series word may stand first.
  let k = SERIES_WORD_SET.has(tokens[at]?.lower ?? "") ? at + 1 : at;
  k = afterCalibre(tokens, k);
  for (let n = 0; n <= MAX_CLASS_MODIFIERS && k < tokens.length; n++) {
    const c = compoundAt(tokens, k);
    if (WORDS.weaponHeads.has(singular(c.text)) && (tokens[k] as Token).pos !== "VERB") return true;
    if (!WORDS.weaponModifiers.has(c.text) && !MODEL_CLASS_NOUN_SET.has(c.text)) return false;
    k = c.end;
  }
  return false;
}

/** Nouns of a model's class before its head ("M240B machine guns"). */
const MODEL_CLASS_NOUN_SET = new Set(MODEL_CLASS_NOUNS);

/** A calibre's size (".50", "50", "12.7"). */
const CALIBRE_SIZE = /^\.?\d+(?:\.\d+)?$/u;
/** Words of a calibre after its size (".50 caliber", "155 mm"). */
const CALIBRE_WORD_SET = new Set(CALIBRE_WORDS);

/**
 * The token after a calibre at `at` ("M2A1 .50 caliber heavy machine guns", "M777 155 mm
 * howitzers"): a size, maybe printed with its leading point apart (".50"), and a calibre word;
 * `at` itself when none stands there.
 */
function afterCalibre(tokens: Token[], at: number): number {
  const point = tokens[at]?.text === "." && tokens[at + 1]?.space === false ? 1 : 0;
  const size = tokens[at + point];
  if (!size || !CALIBRE_SIZE.test(size.text)) return at;
  return CALIBRE_WORD_SET.has(tokens[at + point + 1]?.lower ?? "") ? at + point + 2 : at;
}

/** Words naming a model's line of versions before its class noun ("series"). */
const SERIES_WORD_SET = new Set(SERIES_WORDS);

/** A model's number, maybe with a letter ("9", "300V"). */
const MODEL_NUMBER = /^\d{1,4}[A-Z]?$/u;

/**
 * The end of a model number after a plain capitalised word at `i` ("90-B" of "Agosta 90-B",
 * "636" of "Kilo 636"), a number that is no year with an optional glued variant, or a variant of
 * capitals apart or glued before a weapon class ("Bell 412 EP helicopters", "Bell 412EP", "Dornier
 * 228 NG aircraft"); else -1.
 */
function modelNumberEnd(tokens: Token[], i: number): number {
  const word = tokens[i] as Token;
  if (!TITLE_CASE_WORD.test(word.text) || WORDS.nonName.has(word.lower) || CALENDAR_NAMES.has(word.lower))
    return -1;
  if (isTitleWord(word.lower) || VARIANT_WORDS.has(word.text)) return -1;
  const number = tokens[i + 1];
  if (!number?.space || YEAR.test(number.text)) return -1;
  if (!MODEL_NUMBER.test(number.text)) return -1;
  if (glueHyphenVariant(tokens, i + 2)) return i + 4;
  // "Bell 412 EP", "Bell 412EP": a variant of capitals, no country's short name ("Bell 412 US").
  const variant = tokens[i + 2];
  if (
    variant &&
    VARIANT_CAPITALS.test(variant.text) &&
    !COUNTRY_CODES.has(variant.text) &&
    weaponHeadAfter(tokens, i + 3)
  )
    return i + 3;
  return i + 2;
}

/** A variant of two or three capitals after its model's number ("EP" of "Bell 412 EP", "NG"). */
const VARIANT_CAPITALS = /^[A-Z]{2,3}$/u;

/** Countries' names and aliases of two or three capitals ("US", "UK", "UAE"): no model's variant. */
const COUNTRY_CODES: ReadonlySet<string> = new Set(
  COUNTRY_ENTRIES.flatMap((e) => [e.name, ...(e.aliases ?? [])]).filter((a) => VARIANT_CAPITALS.test(a)),
);

/**
 * The end of a model number after a weapon class's acronym at `i` (lexicon/weapons.json
 * `classAcronyms`: "OPV 58S", "OPV 58 S", "OPV 2400"), a number of two to four digits that is no
 * year, maybe with a variant letter; a noun after a bare number that opens no weapon's class makes
 * it a measure ("an IFV 30 mm gun", "APC 12 units"): else -1.
 */
function classAcronymNumberEnd(tokens: Token[], i: number): number {
  if (!CLASS_ACRONYMS.has((tokens[i] as Token).text)) return -1;
  const number = tokens[i + 1];
  if (
    !number?.space ||
    !MODEL_NUMBER.test(number.text) ||
    YEAR.test(number.text) ||
    /^\d[A-Z]?$/u.test(number.text)
  )
    return -1;
  // "58S": the tokenizer may part a glued variant letter from its number; "OPV 58 S": a lone
  // variant letter may stand apart (not "A" or "I", words of their own).
  const glued = tokens[i + 2];
  const variant =
    glued !== undefined &&
    (glued.space
      ? /^[B-HJ-Z]$/u.test(glued.text) && !isCapitalised(tokens[i + 3]?.text ?? "")
      : /^[A-Z]{1,2}$/u.test(glued.text));
  const end = variant ? i + 3 : i + 2;
  // A bare number before a noun that opens no weapon's class is a measure ("an IFV 30 mm gun").
  const after = tokens[end];
  if (!variant && after && (after.pos === "NOUN" || after.pos === "NUM") && !weaponHeadAfter(tokens, end))
    return -1;
  return end;
}

/**
 * "Censor.NET", "News.Az", "Caliber.az": a capitalised word glued by a dot to the ending of a web
 * address (lexicon/text.json `webDomains`) is an outlet, an Organization.
 */
function matchWebOutlet(sentence: Sentence, i: number): Mention | null {
  const tokens = sentence.tokens;
  const dot = tokens[i + 1];
  if (dot?.text !== "." || dot.space) return null;
  const word = tokens[i] as Token;
  const domain = tokens[i + 2];
  if (!domain || domain.space || !WEB_DOMAINS.has(domain.lower) || !isCapitalised(word.text)) return null;
  if (
    !LETTERS_ONLY.test(word.text) ||
    LETTER_FIRST.test(tokens[i + 3]?.space === false ? (tokens[i + 3]?.text ?? "") : "")
  )
    return null;
  const m = spelledMention(sentence, i, i + 3, "Organization", "fallback", "fallback-outlet");
  return m;
}

/** `text` with curly apostrophes straightened. */
function straightApostrophes(text: string): string {
  return text.replaceAll("\u2019", "'");
}

/**
 * The end of a city's name from lexicon/cities.json that holds lower-case words or a possessive ("Dar es Salaam", "Cox's Bazar")
 * when the capitalised tokens [first, last) open it and the rest of it follows, else -1.
 */
function cityWithLowerCaseWords(sentence: Sentence, first: number, last: number): number {
  const tokens = sentence.tokens;
  const from = (tokens[first] as Token).start - sentence.start;
  const names = WORDS.citiesByCapitalPrefix.get(
    sentence.text.slice(from, (tokens[last - 1] as Token).end - sentence.start),
  );
  if (!names) return -1;
  for (const name of names) {
    // "Cox’s Bazar" for the listed "Cox's Bazar": apostrophes of either style.
    if (straightApostrophes(sentence.text.slice(from, from + name.length)) !== straightApostrophes(name))
      continue;
    const end = sentence.start + from + name.length;
    for (let k = last; k < tokens.length && (tokens[k] as Token).end <= end; k++)
      if ((tokens[k] as Token).end === end && !LETTER_FIRST.test(sentence.text.charAt(end - sentence.start)))
        return k + 1;
  }
  return -1;
}

/**
 * "the Army and Navy Club", "Command and Staff College": one word before "and" at `and` and one
 * capitalised word and an institution's head after it; the head is both words' (not "the Navy and
 * Coast Guard", "the Army and Air Force", "the Defence Ministry and Staff College"). After more
 * words, a bare head before "and" and a noun after it that opens no body of its own share the head
 * too ("the Armed Forces Command and Staff College"; not "Eastern Command and Defence Academy").
 */
function sharedHeadAfterAnd(tokens: Token[], first: number, and: number): boolean {
  const next = tokens[and + 1];
  const head = tokens[and + 2];
  const before = (tokens[and - 1] as Token).lower;
  return (
    (and === (tokens[first]?.lower === "the" ? first + 2 : first + 1) ||
      (BARE_HEAD_WORDS.has(before) &&
        !GENERIC_BODY_STARTS.has(before) &&
        next !== undefined &&
        next.pos !== "ADJ" &&
        !GENERIC_BODY_STARTS.has(next.lower) &&
        !REGIONAL_ADJECTIVE.test(next.text))) &&
    next !== undefined &&
    head !== undefined &&
    isCapitalised(next.text) &&
    isCapitalised(head.text) &&
    SHARED_HEAD_WORDS.has(head.lower)
  );
}

/** Most letters of an acronym that may spell a body's long form across "and". */
const MAX_BODY_ACRONYM = 8;

/**
 * "the Armed Forces Command and Staff College (AFCSC)", "the National Intelligence and Security
 * Services (NISS)": the acronym in brackets after the capitalised words that follow "and" at `and`
 * spells the whole run from `first`, so the head before "and" does not end the name.
 */
function acronymSpansAnd(tokens: Token[], first: number, and: number, covered: Uint8Array): boolean {
  let end = and + 1;
  while (
    end < tokens.length &&
    !covered[end] &&
    (isCapitalised((tokens[end] as Token).text) || NAME_JOINERS.has((tokens[end] as Token).lower))
  )
    end++;
  const acronym = tokens[end + 1]?.text ?? "";
  if (end === and + 1 || tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")") return false;
  if (!/^[A-Z][A-Za-z]{2,}$/u.test(acronym) || acronym.length > MAX_BODY_ACRONYM) return false;
  let from = first;
  while (from < and && CLOSED_OPENERS.has((tokens[from] as Token).lower)) from++;
  return spellsAcronym(tokens.slice(from, end), acronym.toUpperCase());
}

/**
 * True when capitalised words from `at` hold a body's head word or a company's legal form
 * ("Boustead Naval Shipyard Sdn Bhd", "Naval Group"): a body's own name. With `legalForms` false,
 * only a body's head word other than a legal form counts ("Ministry of Defence" after "Saudi").
 */
function bodyNameAt(tokens: Token[], at: number, covered: Uint8Array, legalForms = true): boolean {
  for (let k = at; k < tokens.length && k - at < MAX_NAME_TOKENS && !covered[k]; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text)) return false;
    if (COMPANY_SUFFIX_WORDS.has(t.text)) {
      if (legalForms) return true;
    } else if (WORDS.orgHeads.has(t.lower)) return true;
  }
  return false;
}

/**
 * True when a country's name or demonym over [i, end) names no country: money ("2.6 million U.S.
 * dollars", "Australian dollars") or a continent's part ("South American nations", "Latin American").
 */
function namesNoCountry(tokens: Token[], i: number, end: number, covered: Uint8Array): boolean {
  if (CURRENCY_NOUNS.has(tokens[end]?.lower ?? "")) return true;
  const prev = tokens[i - 1];
  return (
    prev !== undefined &&
    !covered[i - 1] &&
    tokens[i]?.text !== tokens[i]?.text.toUpperCase() &&
    TITLE_CASE_WORD.test(prev.text) &&
    (WORDS.regionModifiers.has(prev.lower) || CONTINENT_PREFIXES.has(prev.text))
  );
}

/** A ship prefix after "ex-" ("ex-USS"): the prefix of a ship's former navy. */
const FORMER_PREFIX = /^[Ee]x-(\p{Lu}\p{L}*)$/u;

/** A word of a ship's name printed in capitals after its prefix ("UNITY" of "NNS UNITY"); no short acronym. */
const CAPITALS_SHIP_WORD = /^\p{Lu}{4,}$/u;

/** Longest ship name after its prefix ("USS Forrest Sherman", "HMS Prince of Wales"). */
const MAX_SHIP_WORDS = 4;

/**
 * "USS Normandy", "NNS Thunder", "HMS Queen Elizabeth": a warship prefix (lexicon/weapons.json
 * `shipPrefixes`) and the capitalised name after it are one named platform, a WeaponSystem.
 */
function matchShip(sentence: Sentence, i: number, gazetteer: Gazetteer): Mention | null {
  const tokens = sentence.tokens;
  // "ex-USS Monsoon": a ship handed on keeps its old prefix after "ex-", and its old name.
  // (Only a word with a hyphen third can be "ex-" and a prefix: the pattern is tried on those alone.)
  const former =
    (tokens[i] as Token).text.charCodeAt(2) === 45 ? FORMER_PREFIX.exec((tokens[i] as Token).text) : null;
  if (!SHIP_PREFIX_WORDS.has(former ? (former[1] as string) : (tokens[i] as Token).text)) return null;
  // "BNS-Omar Farooq": the prefix may be glued to the name by a hyphen.
  const glued =
    tokens[i + 1]?.text === "-" && tokens[i + 1]?.space === false && tokens[i + 2]?.space === false;
  let last = glued ? i + 2 : i + 1;
  const nameStart = last;
  while (last < tokens.length && last - i <= MAX_SHIP_WORDS) {
    const t = tokens[last] as Token;
    if (isCapitalised(t.text) && LETTER_FIRST.test(t.text) && t.text !== t.text.toUpperCase()) last++;
    // "NNS UNITY", "NNS DORINA (P101)": a name printed in capitals, a word of four letters or more.
    else if (CAPITALS_SHIP_WORD.test(t.text) && !gazetteer.byFirst.has(t.key)) last++;
    else if (t.lower === "of" && last > nameStart && isCapitalised(tokens[last + 1]?.text ?? "")) last++;
    else break;
  }
  if (last === nameStart || tokens[last - 1]?.lower === "of") return null;
  // "HMAS Stirling Naval Base": a navy's shore establishment ends with a place noun.
  if (last - i > 2 && hasPlaceHead(tokens, last)) {
    const base = spelledMention(sentence, i, last, "Location", "name", "ship-prefix-place");
    return base;
  }
  const m = makeMention(sentence, i, last, "", "WeaponSystem", "weapon", "ship-prefix");
  m.name = former ? m.text.slice(m.text.indexOf("-") + 1) : m.text;
  return m;
}

/** Most capitalised words after each particle of a patronymic chain ("bin Abdulaziz Al Saud"). */
const MAX_PATRONYMIC_WORDS = 3;

/**
 * "Mohammed bin Salman bin Abdulaziz Al Saud": a listed person's name that a patronymic particle
 * ("bin", "bint", "ibn") and capitalised names continue takes them in; returns the new end.
 */
function patronymicEnd(tokens: Token[], end: number, wordSets: WordSets): number {
  let k = end;
  while (
    wordSets.patronymicParticles.has(tokens[k]?.text ?? "") &&
    isCapitalised(tokens[k + 1]?.text ?? "")
  ) {
    let j = k + 1;
    while (j < k + 1 + MAX_PATRONYMIC_WORDS && TITLE_CASE_WORD.test(tokens[j]?.text ?? "")) j++;
    k = j;
  }
  return k;
}

/**
 * True when a person's mention and "and" (or ", and") stand right before token `at`: "Omar Farah
 * and Idris Nur", "Interior Ministers A of X and B of Y" (a person's "of" country between).
 */
function personJoinedAt(out: Mention[], tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== "and") return false;
  const end = tokens[at - 2]?.text === "," ? at - 2 : at - 1;
  const before = out.find((m) => m.last === end);
  if (before?.type === "Person") return true;
  // "… A of Kazakhstan and": the person before "of" and the country or body.
  if (before?.type !== "Country" && before?.type !== "Organization") return false;
  const of = tokens[before.first - 1]?.lower === "the" ? before.first - 2 : before.first - 1;
  return tokens[of]?.lower === "of" && out.some((m) => m.last === of && m.type === "Person");
}

/**
 * "the commanders of EUFOR and NATO", "NATO, KFOR and the EU": a lone acronym at `at`, coordinated
 * by "and", "or" or a comma right beside a listed body's name, is a body's name like it (not one
 * of the capabilities' or things' acronyms of lexicon/organizations.json notBodyAcronyms, nor a
 * weapon class's or a title's).
 */
function acronymBesideBody(out: Mention[], tokens: Token[], at: number): boolean {
  if (!bodyLikeAcronym((tokens[at] as Token).text) || isCapitalised(tokens[at + 1]?.text ?? "")) return false;
  return (
    (COORDINATORS.test(tokens[at + 1]?.lower ?? "") && listedBodyAt(out, at + 2, -1)) ||
    (COORDINATORS.test(tokens[at - 1]?.lower ?? "") && listedBodyAt(out, -1, at - 1))
  );
}

/** True when a word is an acronym of capitals that may name a body: no capability's, title's or weapon's. */
function bodyLikeAcronym(acronym: string): boolean {
  return (
    ACRONYM.test(acronym) &&
    !NOT_BODY_ACRONYM_WORDS.has(acronym) &&
    !TITLE_ACRONYM_WORDS.has(acronym) &&
    !KNOWN_WEAPON_ACRONYMS.has(acronym)
  );
}

const MILITARY_RANK_WORDS = new Set(MILITARY_RANKS);
/** Modifiers that open a rank ("Rear", "Vice", "Air"), glued to it by a hyphen in "Vice-Admiral". */
const RANK_OPENING_MODIFIER_WORDS = new Set(RANK_OPENING_MODIFIERS);

/** True for one token of a rank's modifier and a rank joined by a hyphen ("vice-admiral"). */
function hyphenatedRank(lower: string): boolean {
  const [modifier, rank, ...rest] = lower.split("-");
  return (
    rest.length === 0 &&
    RANK_OPENING_MODIFIER_WORDS.has(modifier ?? "") &&
    MILITARY_RANK_WORDS.has(rank ?? "")
  );
}

/** Most title words and ranks between an acronym and the name of the office's holder. */
const ACRONYM_OFFICE_REACH = 6;

/**
 * "DGA Director General Emmanuel Chiva", "the NDU Commandant Maj. Gen. Paul Otieno", "KMT
 * Legislator Charles Chen": an acronym of capitals at `at` that no list knows (not a title's,
 * a capability's, a weapon's or post-nominal letters), then title words with an office's head that
 * is no military rank ("Gen." alone makes no office), past ranks, then a capitalised name, names
 * the office's body.
 */
function acronymBeforeOffice(tokens: Token[], at: number, covered: Uint8Array): boolean {
  // (A sentence may end on the "The" before it.)
  const acronym = tokens[at]?.text;
  if (
    acronym === undefined ||
    !bodyLikeAcronym(acronym) ||
    CLASS_ACRONYMS.has(acronym) ||
    POST_NOMINAL_WORDS.has(acronym) ||
    isRankAt(tokens, at) ||
    // "HM King Hamad", "HH Sheikh Mohammed": an acronym before an honorific is a style, no body.
    WORDS.honorifics.has(tokens[at + 1]?.lower ?? "") ||
    honorificsEnd(tokens, at + 1) > at + 1
  )
    return false;
  let office = false;
  let rank = false;
  let k = at + 1;
  for (; k <= at + ACRONYM_OFFICE_REACH && !covered[k] && isRankAt(tokens, k); k++) {
    const w = (tokens[k] as Token).lower.replace(FINAL_STOP, "");
    // Only the words before the first rank name the office ("Commandant Maj. Gen.").
    if (MILITARY_RANK_WORDS.has(w)) rank = true;
    else if (!rank && WORDS.titleHeads.has(w)) office = true;
  }
  // "the NDU Commandant, Maj. Gen. X": a comma may set the holder's ranks and name off.
  if (office && tokens[k]?.text === "," && !covered[k + 1])
    for (k++; k <= at + 2 * ACRONYM_OFFICE_REACH && !covered[k] && isRankAt(tokens, k); k++);
  const name = tokens[k];
  return office && name !== undefined && (covered[k] === 1 || isCapitalised(name.text));
}

/** The words that coordinate two names ("KFOR and NATO", "NATO, KFOR"). */
const COORDINATORS = /^(?:and|or|,)$/u;

/**
 * True when a body's name that a list or a rule other than the fallback found starts at `first`
 * (with `last` -1) or ends at `last` (with `first` -1).
 */
function listedBodyAt(out: Mention[], first: number, last: number): boolean {
  for (const m of out)
    if ((m.first === first || m.last === last) && m.type === "Organization" && m.kind !== "fallback")
      return true;
  return false;
}

/** True when a country's mention (its name or demonym) ends right before token `at`. */
function countryEndsAt(out: Mention[], at: number): boolean {
  return out.some((p) => p.last === at && p.type === "Country");
}

/** True when token `at` is `word` (lower case), with a glued apostrophe after it when `word` ends in one. */
function honorificWordAt(tokens: Token[], at: number, word: string): boolean {
  if (!word.endsWith("'")) return tokens[at]?.lower === word;
  // Read inside the tokens only: a read past the end throws optimised code away.
  const apostrophe = at + 1 < tokens.length ? tokens[at + 1] : undefined;
  return (
    tokens[at]?.lower === word.slice(0, -1) &&
    (apostrophe?.text === "'" || apostrophe?.text === "\u2019") &&
    !apostrophe.space
  );
}

/**
 * The end of the honorific phrases that open at `at`, longest first and one after another ("Tan
 * Sri Dato' Sri", "His Highness Shaikh"): `at` when none does. Capitalised words only.
 */
function honorificsEnd(tokens: Token[], at: number): number {
  let k = at;
  for (;;) {
    if (!isCapitalised(tokens[k]?.text ?? "")) return k;
    let best = k;
    // "HE Michel Issa": a printed honorific before a capitalised word.
    if (
      PRINTED_HONORIFIC_WORDS.has(tokens[k]?.text ?? "") &&
      CAPITALISED_START.test(tokens[k + 1]?.text ?? "")
    )
      best = k + 1;
    for (const words of HONORIFICS_BY_FIRST.get((tokens[k] as Token).lower) ?? NO_PHRASES) {
      let j = k;
      for (const w of words) {
        if (!honorificWordAt(tokens, j, w)) {
          j = -1;
          break;
        }
        j += w.endsWith("'") ? 2 : 1;
      }
      if (j > best) best = j;
    }
    if (best === k) return k;
    k = best;
  }
}

/**
 * "the Princess Royal", "the Prince Imperial": a body's prefix word (`prefixes`, the lexicon's
 * bodyPrefixes) alone after the honorific at `at` is the style's own word, no name; the style stays whole.
 */
function styleWordAfter(tokens: Token[], at: number, last: number, prefixes: ReadonlySet<string>): boolean {
  return last - at === 2 && prefixes.has((tokens[at + 1] as Token).text);
}

/** True when token `at` is a company's name tail ("International", "Marine") or legal form ("Inc", "Ltd"). */
function companyWordAt(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return (
    t !== undefined &&
    isCapitalised(t.text) &&
    (NAME_TAIL_WORDS.has(t.lower) || COMPANY_SUFFIX_WORDS.has(t.text))
  );
}

const SLASHED_SUFFIXES = new Set(SLASHED_COMPANY_SUFFIXES);

/** True when tokens `at`..`at + 2` spell a slashed legal form ("A", "/", "S" glued: lexicon slashedCompanySuffixes). */
function slashedSuffixAt(tokens: Token[], at: number): boolean {
  const [a, slash, b] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (a === undefined || slash === undefined || b === undefined) return false;
  if (slash.text !== "/" || slash.space || b.space) return false;
  return SLASHED_SUFFIXES.has(`${a.text}/${b.text}`);
}

const PARTNER_WORD_SET = new Set(PARTNER_WORDS);

/** Fewest capitalised words on each side of "&" that make a body's two-part name without a partner word. */
const MIN_AMPERSAND_SIDE = 2;

/**
 * "Smith & Sons", "Ngom & Freres", "Armed Conflict Location & Event Data Project": one spaced "&"
 * between capitalised words of the run [first, last) joins one firm's or body's name when the run
 * ends in a partner word (lexicon partnerWords) or has two capitalised words or more on each side.
 * Two bare names ("Ruto & Museveni", "Search & Rescue") stay apart; a country or a listed name is
 * matched before the run, so "India & Pakistan" never reaches here.
 */
function firmAmpersand(tokens: Token[], first: number, last: number): boolean {
  let at = -1;
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.text === "&") {
      if (at >= 0 || !t.space || !tokens[k + 1]?.space) return false;
      at = k;
    } else if (!isCapitalised(t.text)) return false;
  }
  if (at <= first || at >= last - 1) return false;
  if (PARTNER_WORD_SET.has((tokens[last - 1] as Token).text)) return true;
  // "By Idrees Ali & Phil Stewart": a given name on either side makes two people's names.
  const given = (k: number): boolean => WORDS.givenNames.has((tokens[k] as Token).text);
  if (given(first) || given(at + 1)) return false;
  if (at - first >= MIN_AMPERSAND_SIDE && last - at - 1 >= MIN_AMPERSAND_SIDE) return true;
  // "Heckler & Koch, the German gunmaker", "a contract with Larsen & Toubro": a company's
  // descriptor or cue around the pair makes it one firm.
  return (
    WORDS.orgDescriptors.has(tokens[first - 1]?.lower ?? "") ||
    apposedDescriptor(tokens, last) ||
    companyCueAround(tokens, first, last)
  );
}

/** True when tokens [first, last) are honorific phrases and honorifics only ("Shri", "Hon Shri", "HM"). */
function honorificsOnly(tokens: Token[], first: number, last: number): boolean {
  let k = first;
  while (k < last) {
    const end = honorificsEnd(tokens, k);
    if (end > k) k = end;
    else if (WORDS.honorifics.has((tokens[k] as Token).lower.replace(FINAL_STOP, ""))) k++;
    else return false;
  }
  return k === last && last > first;
}

/**
 * "General Ahmad Rizal bin Ismail RMAF": a body's acronym (bodyAcronyms) that closes a personal
 * name of two words or more is the service after it, not part of the name; it is left to make its
 * own mention.
 */
function dropBodyAcronym(sentence: Sentence, m: Mention, acronyms: ReadonlySet<string>): void {
  const end = sentence.tokens[m.last - 1] as Token;
  if (m.type !== "Person" || m.last - m.first < 3 || !acronyms.has(end.text)) return;
  const name = m.name || m.text;
  respan(m, makeMention(sentence, m.first, m.last - 1, "", m.type, m.kind, m.rule));
  if (name.endsWith(` ${end.text}`)) m.name = name.slice(0, -end.text.length - 1);
}

/**
 * "Defence Minister Datuk Seri Amir Hamzah": a person's name stripped of the honorific phrases
 * before it (honorificsEnd) keeps them in its span, not in its name, so that the title before them
 * still stands right before the mention. `from` is where the run began.
 */
function keepHonorifics(sentence: Sentence, m: Mention, from: number): void {
  if (m.type !== "Person") return;
  const tokens = sentence.tokens;
  let start = m.first;
  for (let j = m.first - 1; j >= from && j >= m.first - MAX_HONORIFIC_TOKENS; j--)
    if (honorificsEnd(tokens, j) === m.first) start = j;
  if (start === m.first) return;
  const name = m.name || m.text;
  respan(m, makeMention(sentence, start, m.last, "", m.type, m.kind, m.rule));
  m.name = name;
}

/** A run of a name's words (nameRun) and what closed it. */
interface NameRun {
  /** The end of the run (exclusive). */
  last: number;
  /** The run's end when a city of the gazetteer with lower-case words in its name closed it, else -1. */
  cityEnd: number;
  /** True when a legal form written with a slash closed the run ("Hydrema Export A/S"). */
  legalForm: boolean;
}

/**
 * The run of a name's words that opens at `first`: capitalised words and what joins them inside one
 * name (possessives, hyphens, particles, joiners before another capitalised word), up to
 * MAX_NAME_TOKENS words, and no further than where another name opens.
 */
function nameRun(sentence: Sentence, first: number, covered: Uint8Array, wordSets: WordSets): NameRun {
  const tokens = sentence.tokens;
  let last = first;
  let cityEnd = -1;
  let legalForm = false;
  while (last < tokens.length && !covered[last] && last - first < MAX_NAME_TOKENS) {
    const t = tokens[last] as Token;
    // "Hydrema Export A/S": a legal form written with a slash closes a firm's name.
    if (last > first && slashedSuffixAt(tokens, last)) {
      last += 3;
      legalForm = true;
      break;
    }
    // "Subang Air Base RMAF": a unit's acronym after a place's noun starts another name.
    if (last - first >= 2 && acronymAfterPlaceHead(tokens, last)) break;
    // "the BDF PC7", "the GAF KT1": a model's designator (capitals then digits) after a body's
    // acronym is the body's aircraft, no part of its name.
    if (last > first && GLUED_DESIGNATOR.test(t.text) && ACRONYM_WORD.test((tokens[last - 1] as Token).text))
      break;
    // "in Perth Thursday": a weekday or month name after a name is not part of it.
    // ("Yang Jun, …", "Li Jun said": a month's short form after a family name, no day number
    // after it, is a given name.)
    if (
      isCapitalised(t.text) &&
      HAS_LETTER.test(t.text) &&
      !(last > first && CALENDAR_NAMES.has(t.lower) && !givenNameLikeMonth(tokens, first, last))
    ) {
      last++;
      continue;
    }
    // "Dato' Sri Amir Hamzah": an honorific's glued apostrophe inside the run.
    if (
      (t.text === "'" || t.text === "\u2019") &&
      last > first &&
      honorificsEnd(tokens, last - 1) > last &&
      isCapitalised(tokens[last + 1]?.text ?? "")
    ) {
      last++;
      continue;
    }
    // "the Malian Armed forces", "the Ghana Air force": a head written in lower case after a word
    // that names no body alone ends the body's name, when a name or a country's word opens it
    // ("our two Defence forces" names no body) and no capitalised word goes on after it ("the U.S.
    // Air force Central Commander": another name's words).
    if (
      last > first &&
      LOWERED_HEADS.get((tokens[last - 1] as Token).lower)?.includes(t.text) &&
      (last - first > 1 || covered[first - 1] === 1) &&
      !isCapitalised(tokens[last + 1]?.text ?? "")
    ) {
      last++;
      break;
    }
    // "Dar es Salaam", "Santiago de Cuba": a city of the gazetteer with lower-case words in its name.
    const city =
      last > first && (LOWER_FIRST.test(t.text) || POSSESSIVE_ENDING.test(t.text))
        ? cityWithLowerCaseWords(sentence, first, last)
        : -1;
    if (city > 0) {
      last = city;
      cityEnd = city;
      continue;
    }
    const joined = joinedInsideName(tokens, first, last, covered, wordSets);
    if (joined > last) {
      last = joined;
      continue;
    }
    if (opensAnotherName(tokens, first, last, covered)) break;
    if ((NAME_JOINERS.has(t.lower) || LOWER_CASE_PARTICLES.has(t.text)) && last > first) {
      let n = last + 1;
      while (n < last + 3 && NAME_JOINERS.has(tokens[n]?.lower ?? "")) n++;
      // "the Indian Army on Thursday": a joiner does not reach a weekday or month name; "… of
      // Uzbekistan Ali Karimov and the Minister of …": "and" does not reach a title head, which opens
      // another holder's title.
      if (
        isCapitalised(tokens[n]?.text ?? "") &&
        !covered[n] &&
        n < tokens.length &&
        !CALENDAR_NAMES.has(tokens[n]?.lower ?? "") &&
        !(t.lower === "and" && WORDS.titleHeads.has(tokens[n]?.lower ?? ""))
      ) {
        last = n;
        continue;
      }
    }
    break;
  }
  return { last, cityEnd, legalForm };
}

/**
 * True when the possessive at `at`, after a word of the run, is inside a body's name: a collective
 * noun's ("the Tanzania People's Defence Forces"), a plural one's apostrophe glued to it ("the Uganda
 * Peoples' Defence Forces"), or a title's before an office's capitalised head (lexicon
 * titleOfficeHeads: "the Attorney General's Office", "the President's Office"; not before a head
 * that opens a title: "the President's Cabinet Secretary X"). The word after it must be free.
 */
function possessiveInName(tokens: Token[], at: number, covered: Uint8Array): boolean {
  const t = tokens[at] as Token;
  const before = tokens[at - 1] as Token;
  const next = tokens[at + 1]?.text ?? "";
  if (covered[at + 1]) return false;
  if (t.key === "'s")
    return (
      (POSSESSIVE_NAME_WORDS.has(before.text) && isCapitalised(next)) ||
      (isTitleWord(before.lower) && TITLE_OFFICE_HEAD_WORDS.has(next) && !opensTitle(tokens, at + 1))
    );
  return (
    (t.text === "'" || t.text === "\u2019") &&
    !t.space &&
    POSSESSIVE_NAME_WORDS.has(before.text) &&
    before.text.endsWith("s") &&
    isCapitalised(next)
  );
}

/**
 * Where the run [first, last) goes on when the token at `last` joins the word before it to more of
 * the same name (a possessive, a glued hyphen or particle, a body's acronym in brackets before its
 * head), else `last`.
 */
function joinedInsideName(
  tokens: Token[],
  first: number,
  last: number,
  covered: Uint8Array,
  wordSets: WordSets,
): number {
  const t = tokens[last] as Token;
  if (last === first) return last;
  if (possessiveInName(tokens, last, covered)) return last + 1;
  // "Sung-joon": a hyphen glued to lower-case continuation of a name; not a modifier's suffix
  // of origin (lexicon originParticiples: "Chennai-based Larsen and Toubro"), which ends the run.
  if (
    t.text === "-" &&
    !t.space &&
    tokens[last + 1] &&
    !tokens[last + 1]?.space &&
    LETTER_FIRST.test(tokens[last + 1]?.text ?? "") &&
    !WORDS.originParticiples.has(tokens[last + 1]?.text ?? "")
  )
    return last + 2;
  // "al-Ansari" as one token: a lower-case particle hyphenated to a capitalised name.
  if (gluedParticle(t.text, wordSets.gluedNameParticles)) return last + 1;
  // "Majed al-Ansari", "Abu al-Gheit": a particle glued by a hyphen to a capitalised name.
  if (
    isNameParticle(t) &&
    tokens[last + 1]?.text === "-" &&
    !tokens[last + 1]?.space &&
    !tokens[last + 2]?.space &&
    isCapitalised(tokens[last + 2]?.text ?? "") &&
    !covered[last + 2]
  )
    return last + 3;
  // "the Energy and Commerce (E&C) Committee": a body's acronym in brackets before the body's
  // capitalised head is inside its name.
  if (t.text === "(" && acronymInBrackets(tokens, last)) {
    const head = tokens[last + 3];
    if (head && !covered[last + 3] && isCapitalised(head.text) && WORDS.orgHeads.has(head.lower))
      return last + 3;
  }
  return last;
}

/**
 * True when the token at `last` ("and", "of", "the") ends the run [first, last) because another
 * name opens there: a title, a body or a place after "and", a body after a titled or given name
 * and "of", a name after "the".
 */
function opensAnotherName(tokens: Token[], first: number, last: number, covered: Uint8Array): boolean {
  const t = tokens[last] as Token;
  if (t.lower === "and") return andOpensAnotherName(tokens, first, last, covered);
  // "Minister Ahmed Saleh of the Ministry of Defence": "of" after a title and a personal name
  // ends the name; the body after it is another.
  if (t.lower === "of")
    return (
      titledNameBefore(tokens, first, last) ||
      givenNameBeforeBody(tokens, first, last) ||
      rankedNameAfterOf(tokens, last)
    );
  // "told Sudan Tribune the North Nyala Police": "the" right after a name's word opens another name.
  return t.lower === "the" && last > first && !NAME_JOINERS.has((tokens[last - 1] as Token).lower);
}

/** True when the "and" at `last` ends the run [first, last): another name opens after it (opensAnotherName). */
function andOpensAnotherName(tokens: Token[], first: number, last: number, covered: Uint8Array): boolean {
  // "President Dina Boluarte and Defense Minister Walter Astudillo": a title after "and" opens the next name.
  // "Relations and Information": title modifiers without a title head after "and" stay in the name.
  if (titleAfterAnd(tokens, last + 1)) return true;
  // "the Sea of Okhotsk and the Barents Sea", "the Bank of Ghana and the Treasury": "and the"
  // after a place or body named by its noun and "of" starts another name.
  if (tokens[last + 1]?.lower === "the" && nounOfBefore(tokens, first, last)) return true;
  // "in cooperation with the Minister and the Ministry of Defence of X": "and the" after a title's
  // head word opens another name; the title is not part of a body's name.
  if (
    last > first &&
    tokens[last + 1]?.lower === "the" &&
    WORDS.titleHeads.has((tokens[last - 1] as Token).lower)
  )
    return true;
  // "the Governor and His Majesty's Navy": a royal possessive after "and" opens another name.
  if (opensPossessiveName(tokens, last + 1)) return true;
  // "the Royal Navy and the Royal Air Force": "and the" after a body's head word starts another body.
  // "the Defence Ministry and Boustead Naval Shipyard Sdn Bhd": after a state body's head, so does
  // a name with its own head ("China Shipbuilding and Offshore International Co" stays one company);
  // a company's legal form ends its name too ("Pindad Tbk and Larsen Vessels Pte").
  if (
    last > first &&
    (WORDS.orgHeads.has((tokens[last - 1] as Token).lower) || compoundHeadAt(tokens, last - 1)) &&
    !acronymSpansAnd(tokens, first, last, covered)
  ) {
    const head = tokens[last - 1] as Token;
    if (tokens[last + 1]?.lower === "the") return true;
    const ends =
      GENERIC_BODY_STARTS.has(head.lower) ||
      SERVICE_HEAD_WORDS.has(head.lower) ||
      COMPANY_SUFFIX_WORDS.has(head.text);
    return ends && bodyNameAt(tokens, last + 1, covered) && !sharedHeadAfterAnd(tokens, first, last);
  }
  return false;
}

/**
 * The end of the run [first, last) once the words that close it but belong to no name are left
 * out: past a body's or a country's body's end (bodyEnd, countryBodyEnd), post-nominal letters, a
 * speaker's title after a body, a rank's abbreviation that opens the next name.
 */
function trimmedRunEnd(
  tokens: Token[],
  first: number,
  runEnd: number,
  afterCountry: boolean,
  wordSets: WordSets,
): number {
  let last = afterCountry
    ? countryBodyEnd(tokens, first, runEnd, wordSets)
    : bodyEnd(tokens, first, runEnd, wordSets);
  // "the Hon Jane Roe MP", "Ann Lee CSC": post-nominal letters after a personal name end it.
  while (
    last - first >= 3 &&
    POST_NOMINAL_WORDS.has((tokens[last - 1] as Token).text) &&
    CAPITALISED_START.test((tokens[last - 2] as Token).text) &&
    !hasOrgHead(tokens, first, last - 1)
  )
    last--;
  // "Defense Ministry Spokesperson, Colonel Jiang Bin, stated": a speaker's title closing the run
  // after a body's name is its holder's title, no part of the body's name.
  if (
    last - first >= 2 &&
    SPEAKER_TITLE_WORDS.has((tokens[last - 1] as Token).lower) &&
    hasOrgHead(tokens, first, last - 1)
  )
    last--;
  // "Chief of Naval Operations Adm. Lisa Ruiz", "Commander Pacific Fleet Rear Adm. Tom Kerr": a
  // rank's abbreviation closing the run, with its dot, opens the next name; it and the title
  // modifiers before it ("Rear", "Vice") leave the run.
  if (last - first >= 2 && rankOpensNextName(tokens, last)) {
    last--;
    while (last - first >= 2 && WORDS.titleModifiers.has((tokens[last - 1] as Token).lower)) last--;
  }
  return last;
}

/** Where a name starts after the words before it, and whether a title stands among them. */
interface NameLead {
  /** The name's first token. */
  first: number;
  /** True when title words stand before the name. */
  titled: boolean;
  /**
   * True when a title head or an honorific stands among the title words: modifiers alone ("First
   * Lady", "State House", "Military Referral Hospital") make no title, and the name after them no person.
   */
  headed: boolean;
}

/**
 * "External Affairs Minister S. Jaishankar": a title head inside the run [lead.first, last) of no
 * body ends the title part; the name starts after it (or at the honorifics after it).
 */
function titleInsideRun(tokens: Token[], lead: NameLead, last: number, wordSets: WordSets): void {
  const first = lead.first;
  for (let k = last - 2; k > first; k--) {
    // "Defence Minister Datuk Seri Amir Hamzah": the honorifics after a title go with it.
    if (honorificsEnd(tokens, k) > k + 1) {
      lead.first = k;
      lead.titled = true;
      lead.headed = true;
      break;
    }
    // "bin Sultan": after a name particle, a title word is a name.
    // "the Amir Sheikh Tamim bin Hamad": an honorific inside the run ends the title part too;
    // not after a given name ("President Hassan Sheikh Mohamud"), where it is the name's.
    const word = (tokens[k] as Token).lower;
    if (styleWordAfter(tokens, k, last, wordSets.bodyPrefixes)) break;
    if (
      (WORDS.titleHeads.has(word) || WORDS.honorifics.has(word)) &&
      !isTitleWord((tokens[k + 1] as Token).lower) &&
      !isNameParticle(tokens[k - 1] as Token) &&
      // "Abdel Emir Rashid Yarallah", "Abdul Malik": the word after "servant of" is a name's.
      !wordSets.servantNamePrefixes.has((tokens[k - 1] as Token).lower) &&
      !(!WORDS.titleHeads.has(word) && WORDS.givenNames.has((tokens[k - 1] as Token).text))
    ) {
      lead.first = k + 1;
      lead.titled = true;
      lead.headed = true;
      break;
    }
  }
}

/**
 * True when a hyphen at `at` glued to a lower-case joiner before it ("of", "in") and to a
 * capitalised word after it ends a compound ("-Staff" of "Chief-of-Staff"), words going on after it.
 */
function gluedCompoundTail(tokens: Token[], at: number, last: number): boolean {
  const hyphen = tokens[at] as Token;
  const joiner = tokens[at - 1];
  const word = tokens[at + 1];
  if (hyphen.text !== "-" || hyphen.space || !joiner || !word || word.space || at + 2 >= last) return false;
  return (joiner.lower === "of" || joiner.lower === "in") && isCapitalised(word.text);
}

/**
 * Leading function words, honorifics and titles before a name (no part of it) moved past: the
 * name's start in `lead`, and whether the words were a title. `organization`: the run has a body's
 * head; `place`: a place's head; `prefixes`: the lexicon's bodyPrefixes.
 */
function stripLeadingWords(
  tokens: Token[],
  lead: NameLead,
  last: number,
  organization: boolean,
  place: boolean,
  prefixes: ReadonlySet<string>,
): void {
  let { first, titled, headed } = lead;
  while (first < last) {
    const t = tokens[first] as Token;
    if (styleWordAfter(tokens, first, last, prefixes)) break;
    // "Tan Sri Dato' Sri Amir Hamzah", "His Highness Shaikh Salman": honorifics before a name.
    const honorific = organization ? first : honorificsEnd(tokens, first);
    if (honorific > first && honorific < last) {
      titled = true;
      headed = true;
      first = honorific;
      continue;
    }
    if (place && WORDS.placeOrdinals.has(t.lower) && first + 1 < last) break;
    // "Vice-Admiral AK Chawla": a rank's modifier glued by a hyphen to a rank, one token, is one title.
    if (!organization && hyphenatedRank(t.lower) && first + 1 < last) {
      titled = true;
      headed = true;
      first++;
      continue;
    }
    // "Secretary-General Jens …", "Lt.-Gen. Tukur …": the hyphen inside a hyphenated title or
    // rank goes with the title.
    if (t.text === "-" && titled && isTitleOrHonorific(tokens[first + 1]?.lower ?? "")) {
      first++;
      continue;
    }
    // "Chief-of-Staff of the Sultan's Armed Forces": the last word of a title's compound glued by
    // hyphens ("-Staff" after "Chief-of") goes with the title, not with the body's name.
    // So does "of the" after it.
    if (gluedCompoundTail(tokens, first, last)) {
      first += 2;
      while (
        first + 1 < last &&
        ((tokens[first] as Token).lower === "of" || (tokens[first] as Token).lower === "the")
      )
        first++;
      continue;
    }
    // "Members of the Senate Armed Services Committee", "Cadets of the Military Academy": a plural
    // noun capitalised only because it opens the sentence, then "of the", is not in the body's name.
    if (
      first === 0 &&
      organization &&
      PLURAL_WORD.test(t.text) &&
      !WORDS.orgHeads.has(t.lower) &&
      tokens[1]?.lower === "of" &&
      tokens[2]?.lower === "the" &&
      last > 4
    ) {
      first = 3;
      continue;
    }
    // "Director Inter-Services Intelligence, Lieutenant General X": a head of leading before a body's
    // own name is the holder's title, not part of the name; so before a title modifier that opens
    // the body's name ("Chairman Joint Planning Committee"), not before a title head ("Director
    // General …").
    const next = tokens[first + 1];
    if (
      organization &&
      BODY_LEAD_WORDS.has(t.lower) &&
      first + 2 < last &&
      next &&
      isCapitalised(next.text) &&
      (!isTitleWord(next.lower) || !titleHeadAt(tokens, first + 1)) &&
      hasOrgHead(tokens, first + 1, last)
    ) {
      first++;
      continue;
    }
    if (organization && leadTitleBeforeBodyHead(tokens, first, last)) {
      first += 2;
      continue;
    }
    const opener = first === 0 || !organization || CLOSED_OPENERS.has(t.lower);
    // After a title the whole run is the name ("Minister No Kwang Chol").
    const named =
      titled &&
      isCapitalised(t.text) &&
      !isTitleWord(t.lower) &&
      titleBefore(tokens, first) &&
      isCapitalised(tokens[first + 1]?.text ?? "");
    // "King Abdulaziz International Airport", "Royal Terminal": a title opens a place's name.
    const titleOfPlace = place && first + 1 < last && isTitleOrHonorific(t.lower);
    if (titleOfPlace) break;
    if (
      WORDS.nonName.has(t.lower) &&
      opener &&
      !named &&
      !(isTitleWord(t.lower) && organization) &&
      !(organization && opensPossessiveName(tokens, first))
    ) {
      // A title stripped here still types the name after it ("Minister Alan Smith").
      if (isTitleOrHonorific(t.lower)) titled = true;
      if (titleHeadAt(tokens, first)) headed = true;
      first++;
      continue;
    }
    if (
      isTitleOrHonorific(t.lower) &&
      (!hasOrgHead(tokens, first, last) || titledGivenName(tokens, first, last))
    ) {
      titled = true;
      if (titleHeadAt(tokens, first)) headed = true;
      first++;
      continue;
    }
    break;
  }
  lead.first = first;
  lead.titled = titled;
  lead.headed = headed;
}

/**
 * The end of a name [first, last) cut at its first joiner ("and", "of") when nothing makes one name
 * across it (a body's head, a place's "X of", a firm's "&"), then past the joiners that end it.
 */
function joinersTrimmedEnd(tokens: Token[], first: number, end: number, firm: boolean): number {
  let last = end;
  if (!hasOrgHead(tokens, first, last) && !opensPlaceOf(tokens, first) && !firm) {
    for (let k = first + 1; k < last; k++) {
      if (NAME_JOINERS.has((tokens[k] as Token).lower) && !isNameParticle(tokens[k] as Token)) {
        last = k;
        break;
      }
    }
  }
  // ("Jiang Bin", "Li Bin": a particle's word written with a capital, ending a name, is its last
  // name, not a particle; "Mohammed Bin Salman" has a name after it.)
  while (
    last > first &&
    NAME_JOINERS.has((tokens[last - 1] as Token).lower) &&
    !(
      last - first >= 2 &&
      isNameParticle(tokens[last - 1] as Token) &&
      isCapitalised((tokens[last - 1] as Token).text)
    )
  )
    last--;
  return last;
}

/**
 * True when the words [first, last) (`words`: those but hyphens) name nothing: only hyphens left,
 * a legal-form word, a currency's code or a body's head word alone, a service's word inside a
 * title, an event's word, an overlong word.
 */
function namesNothing(
  tokens: Token[],
  first: number,
  last: number,
  words: readonly Token[],
  covered: Uint8Array,
  wordSets: WordSets,
): boolean {
  // "the GAF Chief-of-Staff": the title's words taken off, only its hyphens can be left; they name nothing.
  if (words.length === 0) return true;
  // "Limited", "Group": a legal-form word alone names nothing; nor does a body's head word alone
  // before a lower-case word ("India's Union defence ministry").
  if (words.length === 1 && COMPANY_SUFFIX_WORDS.has((words[0] as Token).text)) return true;
  if (words.length === 1 && currencyCode(tokens, first, wordSets)) return true;
  // "Chief of Army Staff", "Chief of the Army Staff": a service's word inside a title names no body.
  if (
    words.length === 1 &&
    STAFF_TAILS.has(tokens[last]?.lower ?? "") &&
    (tokens[first - 1]?.lower === "of" ||
      (tokens[first - 1]?.lower === "the" && tokens[first - 2]?.lower === "of"))
  )
    return true;
  // "the Chief of Defence Force of the TPDF": a service's generic name (lexicon titles.json
  // titleServiceNames) right after a title head's "of", with no article, before another "of" that
  // names the body, is a word of the title, no body. (Alone, "Chief of Defence Forces Australia",
  // it stays the service the title names.)
  if (
    TITLE_SERVICE_NAME_SET.has(words.map((w) => w.lower).join(" ")) &&
    tokens[first - 1]?.lower === "of" &&
    WORDS.titleHeads.has(tokens[first - 2]?.lower ?? "") &&
    tokens[last]?.lower === "of"
  )
    return true;
  if (
    words.length === 1 &&
    first > 0 &&
    !covered[first - 1] &&
    WORDS.orgHeads.has((words[0] as Token).lower) &&
    !GENERIC_BODY_STARTS.has((words[0] as Token).lower) &&
    LOWER_FIRST.test(tokens[last]?.text ?? "") &&
    (tokens[last]?.pos === "NOUN" || tokens[last]?.pos === "ADJ")
  )
    return true;
  // "Press service of the General Staff reported": at the start of a sentence, a head word alone
  // before a lower-case head word is a common noun phrase, no name.
  if (
    words.length === 1 &&
    first === 0 &&
    WORDS.orgHeads.has((words[0] as Token).lower) &&
    LOWER_FIRST.test(tokens[last]?.text ?? "") &&
    WORDS.orgHeads.has(tokens[last]?.lower ?? "")
  )
    return true;
  if (
    (words.some((w) => WORDS.events.has(w.lower)) && !hasOrgHead(tokens, first, last)) ||
    words.some((w) => w.text.length > 40)
  )
    return true;
  return false;
}

/**
 * True when something around the name [first, last) says it is a body's (a descriptor, a quotation
 * after one, a company's or an outlet's context, an acronym after "the" or before a body's head; an
 * acronym that is a title's complement; `beside`: an acronym right beside a body), and it has three
 * capitalised words at most.
 */
function describedAsBody(
  tokens: Token[],
  first: number,
  last: number,
  words: Token[],
  beside: boolean,
  complement: boolean,
  countryNames: ReadonlySet<string>,
): boolean {
  return (
    (WORDS.orgDescriptors.has(tokens[first - 1]?.lower ?? "") ||
      quotedAfterDescriptor(tokens, first) ||
      apposedDescriptor(tokens, last) ||
      acronymAfterThe(tokens, first, last, words) ||
      acronymBeforeBodyHead(tokens, first, last, words) ||
      beside ||
      companyContext(tokens, first, last, words) ||
      outletContext(tokens, first, last, words) ||
      reportSource(tokens, first, last, words, countryNames) ||
      (complement && words.length === 1 && ACRONYM.test((words[0] as Token).text))) &&
    // Particles glued by hyphens do not count ("Tehreek-i-Jihad Pakistan").
    words.filter((w) => UPPER_FIRST.test(w.text)).length <= 3
  );
}

/**
 * True when the name [first, last) cannot be of the `type` it was given: a person named with a
 * possessive, a field's, a mission's or a document's word, or as a title's complement; a body named
 * for a ceremony or an award; a place that is a continent's adjective alone.
 */
function refusedType(
  tokens: Token[],
  first: number,
  last: number,
  words: readonly Token[],
  type: EntityType,
  complement: boolean,
  wordSets: WordSets,
): boolean {
  // "People's Mujahedin": a possessive inside a name is a body's, never a person's.
  // "Capacity Building", "Peacekeeping Training": words of a field of work name no person;
  // "the AU Support Mission in Somalia": nor does a mission's.
  // "the Belt and Road Initiative", "the Yaounde Code of Conduct": a name ending in a document's
  // or a forum's noun (the lexicon's documentNameHeads) names no person either.
  if (
    type === "Person" &&
    (complement ||
      words.some((w) => w.key === "'s" || WORDS.missionWords.has(w.lower)) ||
      namesField(tokens, first, last) ||
      wordSets.documentNameHeads.has((words[words.length - 1] as Token).lower))
  )
    return true;
  // "a Guard of Honour", "the Legion of Honour": a ceremony's or an award's name is no body.
  if (
    type === "Organization" &&
    tokens[last - 2]?.lower === "of" &&
    CEREMONY_COMPLEMENTS.has((tokens[last - 1] as Token).lower)
  )
    return true;
  // "across European allies": a continent's adjective alone is no place.
  if (type === "Location" && words.length === 1 && CONTINENT_ADJECTIVES.has((words[0] as Token).text))
    return true;
  return false;
}

/**
 * A name no list knows, read from the capitalised run that opens at `i`: its words past the title
 * and function words before it, typed by its head, its context or its words (fallbackType). Null
 * when the run names nothing; `resume` when its words are a minister's portfolio, read on from there.
 * `afterCountry`: a country's mention ends right before `i`; `afterPerson`: a person's mention and
 * "and" stand right before it; `besideBody`: a lone acronym at `i` is coordinated with a listed body.
 */
function matchFallback(
  sentence: Sentence,
  i: number,
  covered: Uint8Array,
  wordSets: WordSets,
  countryNames: ReadonlySet<string>,
  afterCountry = false,
  afterPerson = false,
  besideBody = false,
): { mention: Mention } | { mention: null; resume: number } | null {
  const tokens = sentence.tokens;
  const run = nameRun(sentence, i, covered, wordSets);
  let first = i;
  let last = trimmedRunEnd(tokens, first, run.last, afterCountry, wordSets);
  // "Joint Air-to-Surface Standoff Missile (JASSM)": a weapon's long form spelling its acronym keeps
  // its first words, title modifiers though they be.
  let longFirst = first;
  while (longFirst < last && NAME_JOINERS.has((tokens[longFirst] as Token).lower)) longFirst++;
  if (longFormOfWeapon(tokens, longFirst, last)) {
    const acronym = (tokens[last + 1] as Token).text;
    return {
      mention: makeMention(sentence, longFirst, last, acronym, "WeaponSystem", "weapon", "weapon-acronym"),
    };
  }
  // Leading function words and titles are not part of the name.
  const ofCountries = titleOfCountriesBefore(tokens, first, covered);
  const titledBefore = titleBefore(tokens, i) || ofCountries;
  const organization = hasOrgHead(tokens, first, last) && !titledGivenName(tokens, first, last);
  const place = hasPlaceHead(tokens, last);
  // "Commander of the Royal Gendarmerie", "Inspector General of the Navy": the body after a
  // title and "of" is the name; the title is not part of it.
  if (organization) first = bodyAfterTitle(tokens, first, last);
  // "Minister for Strategic Industries Oleksandr Kamyshin": what a minister is "for" or "of",
  // words ending in a portfolio's noun, is his portfolio, no body.
  if (organization && ministerPortfolio(tokens, first, last, wordSets))
    return { mention: null, resume: last };
  const lead: NameLead = {
    first,
    titled: titledBefore,
    headed: titledBefore && (titleHeadAt(tokens, i - 1) || ofCountries),
  };
  if (!organization) titleInsideRun(tokens, lead, last, wordSets);
  stripLeadingWords(tokens, lead, last, organization, place, wordSets.bodyPrefixes);
  first = lead.first;
  // "Chief of Royal Australian Navy": a stripped title's "of" is no part of a name; what follows it
  // is the title's complement (its body, named by the run after it), never a person.
  if (lead.titled && tokens[first]?.lower === "of" && first + 1 < last) {
    first++;
    if (tokens[first]?.lower === "the" && first + 1 < last) first++;
  }
  const titled = lead.titled && lead.headed;
  // "Rt. Hon Shri", "HM the King", "His Excellency.": honorifics left alone after the strip name no
  // one; the name they honour, if any, is another mention.
  if (!organization && honorificsOnly(tokens, first, last)) return null;
  // "Deputy Chief of Mission Anna Berg", "Officer-in-Charge Maria Lopez", "Analyst Tom Lee": the
  // words of a title's portfolio, of a hyphenated title's tail, or a role at an institution (lexicon
  // institutionRoles) before a given name are no part of the name.
  const portfolio =
    !organization &&
    ((portfolioBefore(tokens, first) && !nameAfterCountry(tokens, first, last, countryNames)) ||
      tokens[first]?.text === "-" ||
      (INSTITUTION_ROLE_WORDS.has(tokens[first]?.lower ?? "") &&
        WORDS.givenNames.has(tokens[first + 1]?.text ?? "")));
  if ((titled || portfolio) && !organization)
    first = givenNameAfterTitleWords(tokens, first, last, portfolio);
  if (portfolio && !organization) first = nameAfterPortfolioWords(tokens, first, last);
  if (!organization) first = nameAfterRankStop(tokens, first, last);
  // "the Minister of Industry and Commerce", "Inspector General of the FAR": what a title is "of"
  // is its portfolio or its body, never a person.
  const complement =
    (titled && titleComplement(tokens, first, last)) ||
    (portfolioAfterAnd(tokens, first) && !holderAfterPortfolio(tokens, first, last, HOLDER_WORDS)) ||
    (portfolio && portfolioWords(tokens, first, last));
  // "Arab-language Alkhabar Online", "Kremlin-backed Russia Today": a compound modifier before a body's name.
  while (
    organization &&
    first + 3 < last &&
    tokens[first + 1]?.text === "-" &&
    !tokens[first + 1]?.space &&
    LOWER_FIRST.test(tokens[first + 2]?.text ?? "") &&
    isCapitalised(tokens[first + 3]?.text ?? "")
  )
    first += 3;
  first = nameAfterDescriptor(tokens, first, last, countryNames);
  // "the Taiwan Affairs Office of the State Council": the sub-body keeps its printed form (an alias).
  const printedEnd = last;
  if (organization) last = subBodyOfEnd(tokens, first, last);
  const ofParent = last < printedEnd;
  const firm = firmAmpersand(tokens, first, last);
  last = joinersTrimmedEnd(tokens, first, last, firm);
  if (first >= last) return null;
  const words = tokens.slice(first, last).filter((t) => t.text !== "-");
  if (namesNothing(tokens, first, last, words, covered, wordSets)) return null;
  const described = describedAsBody(
    tokens,
    first,
    last,
    words,
    besideBody && first === i && last === i + 1,
    complement,
    countryNames,
  );
  if (words.every((w) => w.text === w.text.toUpperCase()) && words.length === 1 && !described) return null;
  const name = sentence.text
    .slice((tokens[first] as Token).start - sentence.start, (tokens[last - 1] as Token).end - sentence.start)
    .replace(INNER_ACRONYM, " ");
  // "public broadcaster Kan", "state-owned shipyard SIMA": a descriptor noun types the name.
  const type =
    first === i && last === run.cityEnd
      ? "Location"
      : (described && (!titled || complement)) || firm || run.legalForm
        ? "Organization"
        : fallbackType(tokens, first, last, words, titled, name, wordSets, afterPerson);
  if (!type || refusedType(tokens, first, last, words, type, complement, wordSets)) return null;
  // (A document may stop on the bracket.)
  if (type === "WeaponSystem" && tokens[last]?.text === "(" && tokens[last + 1] !== undefined) {
    // "Mine-Resistant Ambush Protected (MRAP) vehicles": the model is known by its acronym.
    const acronym = (tokens[last + 1] as Token).text;
    return { mention: makeMention(sentence, first, last, acronym, type, "weapon", "weapon-acronym") };
  }
  // "Nikola Tesla airport", "Batajnica military airport": the place noun that typed the name is in
  // the mention (so its text is an alias), not in the name.
  if (type === "Location" && !titled && tailType(tokens, last) === "Location")
    last += WORDS.placeTailHeads.has((tokens[last] as Token).lower) ? 1 : 2;
  const mention = makeMention(
    sentence,
    first,
    last,
    name,
    type,
    type === "WeaponSystem" ? "weapon" : "fallback",
    `fallback-${type.toLowerCase()}`,
  );
  if (ofParent && type === "Organization") mention.spelled = spanText(sentence, first, printedEnd);
  // "its Hamilton class frigate", "three Peacock class coastal patrol vessels": a class named in
  // lower case after its name is printed "Hamilton class" too (an alias).
  if (type === "WeaponSystem" && tokens[last]?.text === "class")
    mention.printed = spanText(sentence, first, last + 1);
  return { mention };
}

/** The sentence's text from token `first` to the end of token `end - 1`. */
function spanText(sentence: Sentence, first: number, end: number): string {
  const tokens = sentence.tokens;
  return sentence.text.slice(
    (tokens[first] as Token).start - sentence.start,
    (tokens[end - 1] as Token).end - sentence.start,
  );
}

/**
 * True when the word at `k` is a title's modifier before a title's head ("Cabinet Secretary",
 * "Cabinet Minister"): it opens a title, no body's name.
 */
function opensTitle(tokens: Token[], k: number): boolean {
  return (
    WORDS.titleModifiers.has((tokens[k] as Token).lower) && WORDS.titleHeads.has(tokens[k + 1]?.lower ?? "")
  );
}

/** An acronym in brackets inside a body's name, with the spaces around it ("Energy and Commerce (E&C) Committee"). */
const INNER_ACRONYM = / \([A-Z][A-Z&]{1,11}\) /u;

/**
 * "the Colombian newspaper 'El Tiempo'", "the daily “Kommersant”": a quotation mark between a
 * descriptor noun (lexicon descriptorNouns) and the name types the name as the descriptor does.
 */
function quotedAfterDescriptor(tokens: Token[], first: number): boolean {
  return (
    QUOTE_MARK.test(tokens[first - 1]?.text ?? "") && WORDS.orgDescriptors.has(tokens[first - 2]?.lower ?? "")
  );
}

/**
 * "signed with the NHI consortium", "Pakistan's ISPR office", "Niger's PNDS party", "the PNDS-Tarayya
 * party", "the TPLF regime": an acronym no list knows (a title-case word glued by a hyphen may
 * follow it), after "the" or a possessive, right before a body's lower-case head (lexicon/
 * organizations.json acronymBodyHeads), names that body; acronyms of capabilities, weapon classes
 * and titles ("the HR office", "the UAV party", "the CEO office") name none.
 */
function acronymBeforeBodyHead(tokens: Token[], first: number, last: number, words: Token[]): boolean {
  const acronym = (words[0] as Token).text;
  const before = tokens[first - 1];
  // "the PNDS-Tarayya party": a title-case word glued by a hyphen after the acronym is in the name.
  const glued =
    words.length === 2 &&
    last === first + 3 &&
    tokens[first + 1]?.text === "-" &&
    !(tokens[first + 1] as Token).space &&
    !(tokens[first + 2] as Token).space &&
    TITLE_CASE_WORD.test((words[1] as Token).text);
  return (
    ((words.length === 1 && last === first + 1) || glued) &&
    ACRONYM.test(acronym) &&
    (before?.lower === "the" || before?.key === "'s") &&
    ACRONYM_BODY_HEAD_WORDS.has(tokens[last]?.text ?? "") &&
    !NOT_BODY_ACRONYM_WORDS.has(acronym) &&
    !TITLE_ACRONYM_WORDS.has(acronym) &&
    !CLASS_ACRONYMS.has(acronym) &&
    !KNOWN_WEAPON_ACRONYMS.has(acronym)
  );
}

/**
 * "The DRDO in India", "the NPOM Mashinostroyeniya": an acronym no list knows, after "the" and
 * not modifying a noun after it ("the GPS system"), names a body; a title's initials ("the COAS",
 * lexicon titleAcronyms) name its holder.
 */
function acronymAfterThe(tokens: Token[], first: number, last: number, words: Token[]): boolean {
  return (
    tokens[first - 1]?.lower === "the" &&
    ACRONYM.test((words[0] as Token).text) &&
    !TITLE_ACRONYM_WORDS.has((words[0] as Token).text) &&
    words.length <= 2 &&
    tokens[last]?.pos !== "NOUN" &&
    !acronymPlace(tokens, last, words)
  );
}

/**
 * "the NAF Base", "the KDF Barracks": a body's acronym before a place's head (lexicon placeHeads)
 * names the body's place, no body.
 */
function acronymPlace(tokens: Token[], last: number, words: Token[]): boolean {
  return words.length === 2 && hasPlaceHead(tokens, last) && !WORDS.orgHeads.has((words[1] as Token).lower);
}

/**
 * True when ", a/the … <title head>" follows the run at `last` ("…, a spokesman for the ministry"),
 * a title phrase without an article ("Hikmet Hajiyev, foreign policy adviser to …"), after a
 * possessive name ("…, Estonia's defence minister,", "…, Zimbabwe's Minister of Defence,"), or
 * capitalised ("…, Minister of Defense of Lithuania,").
 */
function apposedTitle(tokens: Token[], last: number): boolean {
  if (tokens[last]?.text !== ",") return false;
  const article = /^(?:a|an|the)$/u.test(tokens[last + 1]?.lower ?? "");
  const possessive =
    !article && tokens[last + 2]?.key === "'s" && LOWER_FIRST.test(tokens[last + 3]?.text ?? "");
  // "…, South Africa's Minister of Defence and Military Veterans,": a possessive name (one to
  // three capitalised words) before a capitalised title.
  const owner = possessiveOwnerEnd(tokens, last + 1);
  if (!article && !possessive && owner > 0 && isCapitalised(tokens[owner]?.text ?? ""))
    return capitalisedTitleBetweenCommas(tokens, owner);
  if (!article && !possessive && isCapitalised(tokens[last + 1]?.text ?? ""))
    return capitalisedTitleBetweenCommas(tokens, last + 1);
  if (!article && !possessive && !LOWER_FIRST.test(tokens[last + 1]?.text ?? "")) return false;
  for (let k = last + (article ? 2 : possessive ? 3 : 1); k < Math.min(tokens.length, last + 6); k++) {
    const w = tokens[k] as Token;
    if (WORDS.titleHeads.has(w.lower)) return true;
    if (/^[,;:.]$/u.test(w.text) || w.pos === "VERB") return false;
    if (!article && w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "PROPN") return false;
  }
  return false;
}

/** Most capitalised words of a possessive owner before a title ("Papua New Guinea's"). */
const POSSESSIVE_OWNER_WORDS = 3;

/** After a possessive name of capitalised words opening at `k` ("South Africa's"), the index past its mark, else -1. */
function possessiveOwnerEnd(tokens: Token[], k: number): number {
  for (let j = k; j < k + POSSESSIVE_OWNER_WORDS && isCapitalised(tokens[j]?.text ?? ""); j++)
    if (tokens[j + 1]?.key === "'s") return j + 2;
  return -1;
}

/** True when "of" stands before `first`, past "the" and up to two capitalised words ("of the Two Holy Mosques"). */
function titleComplementBefore(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= first - 3 && (tokens[k]?.lower === "the" || isCapitalised(tokens[k]?.text ?? ""))) k--;
  return tokens[k]?.lower === "of";
}

/** Most words of a capitalised title phrase set off by commas ("Deputy Prime Minister-Minister of National Defense"). */
const TITLE_APPOSITION_REACH = 12;

/**
 * True when a capitalised title phrase that names no person opens at `k` and a comma (or the
 * sentence's end) closes it:
 * "…, Minister of Defense of Lithuania, met", "…, Deputy Prime Minister-Minister of National
 * Defense, and …", "…, Federal Minister of …,". Title words (after up to three capitalised
 * modifiers) up to a title head, then only a hyphen, a title word or a
 * preposition may follow the head (not "Minister Edmundo Novillo"), and no given name, verb or
 * other punctuation stands before the closing comma.
 */
function capitalisedTitleBetweenCommas(tokens: Token[], k: number): boolean {
  let j = k;
  let head = false;
  // "Federal Minister": capitalised modifiers (no given name) may open the title.
  const modifier = (w: Token): boolean =>
    !head && j < k + 3 && isCapitalised(w.text) && !WORDS.givenNames.has(w.text);
  while (j < tokens.length) {
    const w = tokens[j] as Token;
    if (!isTitleWord(w.lower) && !(head && w.text === "-") && !modifier(w)) break;
    if (WORDS.titleHeads.has(w.lower)) head = true;
    j++;
  }
  if (!head || j === k) return false;
  const next = tokens[j];
  if (!next || (next.text !== "," && !/^(?:of|for|to|at|in)$/u.test(next.lower))) return false;
  for (; j < Math.min(tokens.length, k + TITLE_APPOSITION_REACH); j++) {
    const w = tokens[j] as Token;
    // "…, Minister of Defence and Veterans Affairs.": the title may close the sentence.
    if (w.text === "," || (w.text === "." && j === tokens.length - 1)) return true;
    if (isVerbOrAux(w) || /^[.;:()]$/u.test(w.text) || WORDS.givenNames.has(w.text)) return false;
  }
  return false;
}

/** Most capitalised modifiers between a country and a descriptor noun ("Korea Aircraft Maker"). */
const MAX_DESCRIPTOR_MODIFIERS = 2;

/**
 * "Korea Manufacturer Daewoo Limited", "(Switzerland) Manufacturer Pilatus Limited", "Brazil
 * Aircraft Maker Embraer": a country's name or demonym (in the run or just before it), up to two
 * capitalised modifiers, then a capitalised descriptor noun (lexicon cappedDescriptorNouns) describe
 * the company named after them; the name starts after the descriptor, or the run names nothing when
 * another name follows it ("Turkey Company Otokar"). Returns the name's first token, else `first`.
 */
function nameAfterDescriptor(
  tokens: Token[],
  first: number,
  last: number,
  countryNames: ReadonlySet<string>,
): number {
  let country = first;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(first, first + n).map((t) => t.text);
    if (first + n < last && countryNames.has(words.join(" "))) {
      country = first + n;
      break;
    }
  }
  if (country === first && !(first > 0 && countryNames.has(tokens[first - 1]?.text ?? ""))) return first;
  for (let k = country; k < last && k <= country + MAX_DESCRIPTOR_MODIFIERS; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text)) return first;
    if (!CAPPED_DESCRIPTORS.has(t.lower)) {
      if (WORDS.orgHeads.has(t.lower) || isTitleOrHonorific(t.lower)) return first;
      continue;
    }
    // The name after the descriptor may be another's, known already ("Turkey Company Otokar").
    const next = tokens[k + 1];
    if (
      !next ||
      !isCapitalised(next.text) ||
      COMPANY_SUFFIX_WORDS.has(next.text) ||
      WORDS.orgHeads.has(next.lower) ||
      isTitleWord(next.lower)
    )
      return first;
    return k + 1;
  }
  return first;
}

/**
 * "(U.S.) Army Maj. Gen. John Smith", "(Kenya) Defence Forces General Ali Musa", "(U.S.) Embassy
 * Chargé d'Affaires Jane Roe": after a country's name or demonym, a run whose words up to a
 * service's or diplomatic post's head (lexicon serviceHeads, diplomaticPostHeads) are that
 * country's body, then a rank or title, is the body's name (stage 4 names it after its country); the rank and the person after it
 * are read as a name of their own. Returns the body's end, else what bodyEnd finds.
 */
function countryBodyEnd(tokens: Token[], first: number, last: number, wordSets: WordSets): number {
  for (let k = first + 1; k < last; k++) {
    const head = tokens[k - 1] as Token;
    const next = tokens[k] as Token;
    const service = SERVICE_HEAD_WORDS.has(head.lower) || POST_HEAD_WORDS.has(head.lower);
    if (!service || !isCapitalised(head.text) || WORDS.orgHeads.has(next.lower)) continue;
    // Title modifiers must lead to a title head or a rank ("Navy Vice Admiral", "Army Maj."); a
    // department's capitalised words may stand before a head that ends the run ("Army Public
    // Relations and Information Director, Colonel X").
    let department = false;
    for (let j = k; j < last; j++) {
      const w = (tokens[j] as Token).lower;
      if (WORDS.titleHeads.has(w) || WORDS.honorifics.has(w.replace(/\.$/u, "")))
        if (!department || j === last - 1 || personalNameTo(tokens, j + 1, last)) return k;
      if (WORDS.orgHeads.has(w)) break;
      if (!isTitleWord(w)) {
        if (!/^(?:and|&)$/u.test(w) && !isCapitalised((tokens[j] as Token).text)) break;
        department = true;
      }
    }
  }
  return bodyEnd(tokens, first, last, wordSets);
}

/**
 * "Federal Police Deputy Commissioner Lesa Gale", "Maoist Centre Pushpa Kamal Dahal": a run of two
 * or more words ending with a body's head, then a title or a given name, is a body's name; the
 * title and the person after it are read as a name of their own. Returns the body's end, else `last`.
 */
function bodyEnd(tokens: Token[], first: number, last: number, wordSets: WordSets): number {
  // "Group Captain Ann Lee": a unit's word opening a rank is the rank's, no body's head.
  if (rankOfUnitAt(tokens, first)) return last;
  // "Defence Cabinet Secretary", "Foreign Ministry Spokesman": a body every country has, before a
  // title, is part of the title.
  if (GENERIC_BODY_STARTS.has((tokens[first] as Token).lower))
    return nameAfterBody(tokens, first, last, wordSets);
  // "Chief Cabinet Secretary": a word that opens titles and a body's head alone make a title.
  const opener = TITLE_OPENER_WORDS.has((tokens[first] as Token).lower);
  for (let k = first + (opener ? 3 : 2); k < last - 1; k++) {
    const head = tokens[k - 1] as Token;
    const next = tokens[k] as Token;
    if ((!WORDS.orgHeads.has(head.lower) && !compoundHeadAt(tokens, k - 1)) || !isCapitalised(head.text))
      continue;
    // "Additional Directorate General of Public Information": "General" after such a head is the
    // body's own word.
    if (next.lower === "general" && GENERAL_SUFFIXED_HEAD_WORDS.has(head.lower)) continue;
    // "The International Court of Justice": a given name that is a body's head too ("Court",
    // "Bank") before a joiner ("of", "for") goes on the body's name, no person's.
    if (
      (isTitleWord(next.lower) && !bodyHeadFirst(tokens, k, last)) ||
      (WORDS.givenNames.has(next.text) && !headBeforeJoiner(tokens, k))
    )
      return k;
    // "Chief of Defence Forces Gen.Muhoozi": a rank's abbreviation before a name no list knows
    // (a given name after it is found as after title words).
    // ("Sergeant Major of the Army Command Sgt. Maj. X": "Command" opens the rank.)
    if (
      WORDS.honorifics.has(next.lower.replace(FINAL_STOP, "")) &&
      !RANK_OPENER_WORDS.has(head.lower) &&
      unknownNameAfterRank(tokens, k + 1, last)
    )
      return k;
  }
  return nameAfterBody(tokens, first, last, wordSets);
}

/** True when token `at` is a body's head word followed by a joiner of a name ("Court of", "Bank for"). */
function headBeforeJoiner(tokens: Token[], at: number): boolean {
  return WORDS.orgHeads.has((tokens[at] as Token).lower) && NAME_JOINERS.has(tokens[at + 1]?.lower ?? "");
}

/**
 * True when a unit's word at `at` opens a rank with a capitalised title head after it ("Group
 * Captain", "Wing Commander", "Squadron Leader"; lexicon rankUnitWords).
 */
function rankOfUnitAt(tokens: Token[], at: number): boolean {
  const head = tokens[at + 1];
  return (
    RANK_UNIT_WORD_SET.has(tokens[at]?.lower ?? "") &&
    head !== undefined &&
    isCapitalised(head.text) &&
    WORDS.titleHeads.has(head.lower)
  );
}

/** True when the words from `at` to `last`, past a stray stop, are capitalised and open with no given name. */
function unknownNameAfterRank(tokens: Token[], at: number, last: number): boolean {
  const k = tokens[at]?.text === "." ? at + 1 : at;
  return (
    k < last && isCapitalised((tokens[k] as Token).text) && !WORDS.givenNames.has((tokens[k] as Token).text)
  );
}

/**
 * True when the capitalised words from `at` (before `last`) reach a body's head before a title head
 * ("Defense Command" of "North American Aerospace Defense Command"): they name a body, no title
 * after one ("Navy Commander", "Ministry Spokesman").
 */
function bodyHeadFirst(tokens: Token[], at: number, last: number): boolean {
  for (let k = at; k < last && isCapitalised((tokens[k] as Token).text); k++) {
    if (titleHeadAt(tokens, k)) return false;
    if (WORDS.orgHeads.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** Where a personal name after a body's name starts in the run (see the readers below and body-person.ts), else `last`. */
function nameAfterBody(tokens: Token[], first: number, last: number, wordSets: WordSets): number {
  return Math.min(
    nameAfterPortfolio(tokens, first, last, wordSets),
    nameAfterTitledBody(tokens, first, last),
    nameAfterBodyTitle(tokens, first, last),
    personAfterBodyName(tokens, first, last, (k) => hasOrgHead(tokens, first, k)),
  );
}

/**
 * "Foreign Ministry Spokesperson Mao Ning", "Ministry of Defence Spokesperson Colonel Li Wei": a
 * body's name, a title head right after it (ranks may follow), then two or three name words that
 * end the run: the name is a person's, and the title no part of the body. Returns where the
 * title starts, else `last`.
 */
function nameAfterBodyTitle(tokens: Token[], first: number, last: number): number {
  for (let h = first + 1; h + MIN_NAME_WORDS < last; h++) {
    const t = tokens[h] as Token;
    if (!isCapitalised(t.text) || !SPEAKER_TITLE_WORDS.has(t.lower)) continue;
    if (!hasOrgHead(tokens, first, h)) continue;
    let k = h + 1;
    while (k < last && isRankAt(tokens, k)) k++;
    if (nameWordsTo(tokens, k, last)) return h;
  }
  return last;
}

/** Fewest and most words of a personal name that no list knows, read after a titled body. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** A personal name's word: a capital, then lower-case letters (or an apostrophe: "M'tumuke"). */
const PERSONAL_NAME_WORD = /^\p{Lu}[\p{Ll}'\u2019]+$/u;

/**
 * "Commander-in-Chief of the Armed Forces Nursultan Temirbekov", "Chief of the Defence Forces Olu
 * Bade": after a title head and "of (the)", a body's name ending with its head, then two or three
 * name words that end the run: the name is a person's, not part of the body. Returns where the
 * name starts, else `last`.
 */
function nameAfterTitledBody(tokens: Token[], first: number, last: number): number {
  for (let k = last - MIN_NAME_WORDS; k > first && k >= last - MAX_NAME_WORDS - 1; k--) {
    const head = tokens[k - 1] as Token;
    if (!WORDS.orgHeads.has(head.lower) || !isCapitalised(head.text) || !nameWordsTo(tokens, k, last))
      continue;
    let j = k - 1;
    while (j > 0 && isCapitalised((tokens[j - 1] as Token).text) && !titleHeadAt(tokens, j - 1)) j--;
    if (tokens[j - 1]?.lower === "the") j--;
    return tokens[j - 1]?.lower === "of" && titleHeadAt(tokens, j - 2) ? k : last;
  }
  return last;
}

/** Endings of abstract common nouns, never of a personal name ("Relations", "Procurement"). */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?|ships?)$/u;

/**
 * True when [k, last) holds two or three personal name words (a capital, then lower-case letters;
 * hyphens between them) that no list knows as a body's head, a title, a place's head or modifier,
 * a month or a common word, and that end as no abstract noun does.
 */
function nameWordsTo(tokens: Token[], k: number, last: number): boolean {
  let words = 0;
  for (let j = k; j < last; j++) {
    const t = tokens[j] as Token;
    if (t.text === "-" && !t.space && j > k) continue;
    if (!TITLE_CASE_WORD.test(t.text)) return false;
    if (WORDS.orgHeads.has(t.lower) || isTitleOrHonorific(t.lower) || WORDS.placeHeads.has(t.lower))
      return false;
    if (WORDS.nonName.has(t.lower) || CALENDAR_NAMES.has(t.lower) || WORDS.events.has(t.lower)) return false;
    if (WORDS.regionModifiers.has(t.lower) || COMMON_NOUN_ENDING.test(t.lower)) return false;
    words++;
  }
  return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS;
}

/**
 * "Ministry of Defence Karim Adel Mansour", "Office of the Interior Walid bin Saud": a body's head,
 * "of" and its capitalised portfolio, then a personal name that ends the run (a given name or a
 * word before a patronymic particle, then no body's head or title word): the body ends before the
 * name. Returns where the name starts, else `last`.
 */
function nameAfterPortfolio(tokens: Token[], first: number, last: number, wordSets: WordSets): number {
  for (let h = first; h + 3 < last; h++) {
    const head = tokens[h] as Token;
    if (!WORDS.orgHeads.has(head.lower) || !isCapitalised(head.text) || tokens[h + 1]?.lower !== "of")
      continue;
    for (let k = h + 3; k + 1 < last; k++) {
      const t = tokens[k] as Token;
      if (WORDS.orgHeads.has(t.lower)) break;
      const opens =
        WORDS.givenNames.has(t.text) || wordSets.patronymicParticles.has(tokens[k + 1]?.lower ?? "");
      if (opens && isCapitalised(t.text) && personalNameTo(tokens, k, last)) return k;
      if (!isCapitalised(t.text) && !/^(?:of|and|&|the)$/u.test(t.lower)) break;
    }
  }
  return last;
}

/**
 * True when the run [k, last) is a personal name: capitalised words, name particles and hyphens,
 * no body's head, title word or honorific.
 */
function personalNameTo(tokens: Token[], k: number, last: number): boolean {
  for (let j = k; j < last; j++) {
    const t = tokens[j] as Token;
    if (WORDS.orgHeads.has(t.lower) || isTitleOrHonorific(t.lower)) return false;
    if (!isCapitalised(t.text) && !isNameParticle(t) && t.text !== "-") return false;
  }
  return true;
}

/** Fewest words of each of two bodies that "of the" joins in one run. */
const MIN_JOINED_BODY_WORDS = 2;

/**
 * "the Joint Staff Department of the Central Military Commission", "the Foreign Affairs Committee
 * of the National Assembly", "the Procurement Agency of the Ministry of Defence", "the Border Guard
 * Service of the UKMK": a run of two or more capitalised words ending with a sub-body's head
 * (lexicon subBodyHeads), then "of the" and a body (parentBodyName) is two bodies; returns the end
 * of the first (the second is read as a name of its own), else `last`. A first part with its own
 * "of" ("Directorate of Information and Public Relations of the Armed Forces") or a one-word one
 * ("Department of the Navy") stays one name.
 */
function subBodyOfEnd(tokens: Token[], first: number, last: number): number {
  for (let k = first + MIN_JOINED_BODY_WORDS; k < last - 1; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== "of") continue;
    if (!SUB_BODY_HEAD_WORDS.has((tokens[k - 1] as Token).lower)) return last;
    for (let j = first; j < k; j++) if (!isCapitalised((tokens[j] as Token).text)) return last;
    // "the Maritime Air Squadron of National Coast Guard": the parent's "the" may be left out,
    // when the parent's name ends with a body's head.
    if (tokens[k + 1]?.lower !== "the") return headedBodyName(tokens, k + 1, last) ? k : last;
    return parentBodyName(tokens, k + 2, last) ? k : last;
  }
  return last;
}

/** True when the words from `from` to `last` are two or more capitalised words ending with a body's head. */
function headedBodyName(tokens: Token[], from: number, last: number): boolean {
  if (last - from < MIN_JOINED_BODY_WORDS || !WORDS.orgHeads.has((tokens[last - 1] as Token).lower))
    return false;
  for (let j = from; j < last; j++) if (!isCapitalised((tokens[j] as Token).text)) return false;
  return true;
}

/** Words that join a parent body's name after its head ("Ministry of Defence of the Republic of X"). */
const PARENT_JOINERS = /^(?:of|the|and)$/u;

/**
 * True when the words from `from` to `last` are a body's name: two or more capitalised words ending
 * with a body's head ("the Central Military Commission"), such a head then "of" and capitalised
 * words ("the Ministry of Defence", "the Parliament of Georgia", "the Ministry of Defence of
 * Ukraine"), or a body's acronym alone ("the UKMK").
 */
function parentBodyName(tokens: Token[], from: number, last: number): boolean {
  if (last - from === 1) return ACRONYM_WORD.test((tokens[from] as Token).text);
  let head = -1;
  for (let j = from; j < last; j++) {
    const t = tokens[j] as Token;
    if (PARENT_JOINERS.test(t.lower)) {
      if (head < 0 || t.lower === "and") return false;
    } else if (!isCapitalised(t.text)) return false;
    else if (head < 0 && WORDS.orgHeads.has(t.lower) && (j > from || tokens[j + 1]?.lower === "of")) head = j;
  }
  const end = tokens[last - 1] as Token;
  return (
    head >= 0 && (head === last - 1 || (tokens[head + 1]?.lower === "of" && !PARENT_JOINERS.test(end.lower)))
  );
}

/**
 * "Colonel Jane Court", "Spokesperson Anna Post": title words, then a given name (lexicon
 * given-names.json) and one more word that ends the run, are a person whose surname is a body's
 * head word, not a body.
 */
function titledGivenName(tokens: Token[], first: number, last: number): boolean {
  let k = first;
  while (k < last && isTitleOrHonorific((tokens[k] as Token).lower)) k++;
  return k > first && last - k === 2 && WORDS.givenNames.has((tokens[k] as Token).text);
}

/**
 * "the Minister of Foreign Affairs and National Community Abroad", "Minister of Foreign Affairs and
 * International Cooperation": capitalised words after "and" in a title's "of" portfolio continue the
 * portfolio (a run opening with a given name does not: "… and Veterans Affairs Jacob Oboth").
 */
function portfolioAfterAnd(tokens: Token[], first: number): boolean {
  const word = tokens[first];
  if (!word || WORDS.givenNames.has(word.text)) return false;
  let joined = false;
  for (let k = first - 1; k > 0 && k >= first - MAX_TITLE_PHRASE; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "and" || t.text === "&") joined = true;
    else if (t.lower === "of") return joined && WORDS.titleHeads.has((tokens[k - 1] as Token).lower);
    else if (!isCapitalised(t.text) || WORDS.titleHeads.has(t.lower) || WORDS.honorifics.has(t.lower))
      return false;
  }
  return false;
}

/**
 * True when the run ending at `last` closes on a title's abbreviation (lexicon titleAbbreviations:
 * "Adm", "Gen", "Dr") written with its dot before a capitalised word: "… Operations Adm. Lisa Ruiz".
 */
function rankOpensNextName(tokens: Token[], last: number): boolean {
  return (
    TITLE_ABBREVIATION_WORDS.has((tokens[last - 1] as Token).lower) &&
    tokens[last]?.text === "." &&
    tokens[last]?.space === false &&
    CAPITALISED_START.test(tokens[last + 1]?.text ?? "")
  );
}

/**
 * "Minister for Defence Industry, …", "Minister for Veterans Affairs": the run is a portfolio's
 * fields (lexicon portfolioNouns and title modifiers) and nothing else, never a person's name.
 */
function portfolioWords(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const w = (tokens[k] as Token).lower;
    if (!PORTFOLIO_NOUN_WORDS.has(w) && !WORDS.titleModifiers.has(w) && w !== "and") return false;
  }
  return true;
}

/**
 * True when the name ending at `last` ends its apposition: a comma, full stop or semicolon, or "and"
 * before a lower-case word ("…, Naveen Sirvastava and other officials").
 */
function endsApposition(tokens: Token[], last: number): boolean {
  const next = tokens[last];
  if (!next || /^[,.;]$/u.test(next.text)) return true;
  return next.lower === "and" && LOWER_FIRST.test(tokens[last + 1]?.text ?? "");
}

/**
 * "Minister of Defence and Veterans Affairs Jacob Oboth": in a titled run, a given name after words
 * of a title or a body (lexicon titleModifiers, titleHeads, organizationHeads) opens the name;
 * returns where the name starts (`first` when no such given name stands there). A capitalised word
 * that is no title word right after a rank or an honorific (isRankAt) has already opened the name,
 * so a given name after it stays inside: "General Phan Văn Giang" is one name, not "Văn Giang".
 */
function givenNameAfterTitleWords(tokens: Token[], first: number, last: number, portfolio: boolean): number {
  let titleWords = portfolio;
  for (let k = first; k < last - 1; k++) {
    const t = tokens[k] as Token;
    if (titleWords && WORDS.givenNames.has(t.text)) return k;
    if (WORDS.titleModifiers.has(t.lower) || WORDS.titleHeads.has(t.lower) || WORDS.orgHeads.has(t.lower))
      titleWords = true;
    else if (isCapitalised(t.text) && isRankAt(tokens, k - 1)) return first;
  }
  return first;
}

/** An abbreviation's stop at the end of a word ("Adm.", "Gen."). */
const ABBREVIATION_STOP = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/**
 * "Chief of Naval Operations Adm. Lisa Ruiz": a rank's abbreviation with its stop (lexicon
 * titleAbbreviations) inside a run, with a capitalised word after it, opens the name after it;
 * the words before it are the end of a title. Returns where the name starts, else `first`.
 */
function nameAfterRankStop(tokens: Token[], first: number, last: number): number {
  for (let k = last - 2; k > first; k--) {
    const t = tokens[k] as Token;
    if (!ABBREVIATION_STOP.test(t.text) || !TITLE_ABBREVIATION_WORDS.has(t.lower.slice(0, -1))) continue;
    if (isCapitalised((tokens[k + 1] as Token).text)) return k + 1;
  }
  return first;
}

/**
 * "Minister of Peace Kemal Tarek", "Commissioner for International Partnerships Jutta Urpilainen":
 * the words of a portfolio (lexicon portfolioNouns, title modifiers, "and") that open a run after a
 * title's "of" or "for" are the portfolio's, and two or three name words after them (a capital,
 * then lower case), no title word or honorific among them, are the name. Returns where the name
 * starts, else `first`.
 */
function nameAfterPortfolioWords(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k < last && isPortfolioWord(tokens[k] as Token)) k++;
  // "Chief of Naval Operations Kim Sung-chan": a name in family-first order (family-first-names.ts).
  if (k > first && familyNameOpensAt(tokens, k, last, FAMILY_FIRST_WORDS)) return k;
  if (k === first || last - k < MIN_NAME_WORDS || last - k > MAX_NAME_WORDS) return first;
  for (let j = k; j < last; j++) {
    const word = tokens[j] as Token;
    if (!PERSONAL_NAME_WORD.test(word.text) || isTitleOrHonorific(word.lower)) return first;
  }
  return k;
}

/** True when the token is a portfolio's word: a field (lexicon portfolioNouns), a title modifier or "and". */
function isPortfolioWord(t: Token): boolean {
  return PORTFOLIO_NOUN_WORDS.has(t.lower) || WORDS.titleModifiers.has(t.lower) || t.lower === "and";
}

/**
 * "Defence Minister of Angola Joao Ernesto dos Santos": a country's name closes the title's
 * portfolio, and a run after it of up to three name words (a capital, then lower case; particles
 * between), no title word or honorific among them, is all the name (not cut at its first listed
 * given name, "Ernesto"; "HRH Princess Angelika …" is cut as before).
 */
function nameAfterCountry(
  tokens: Token[],
  first: number,
  last: number,
  countryNames: ReadonlySet<string>,
): boolean {
  if (!countryNames.has(tokens[first - 1]?.text ?? "")) return false;
  let words = 0;
  for (let k = first; k < last; k++) {
    const word = tokens[k] as Token;
    if (isNameParticle(word) || !HAS_LETTER.test(word.text)) continue;
    if (!PERSONAL_NAME_WORD.test(word.text) || isTitleOrHonorific(word.lower) || honorificsEnd(tokens, k) > k)
      return false;
    words++;
  }
  return words <= MAX_NAME_WORDS;
}

/** Prepositions that join a title to its portfolio or its posting ("Consul General in Shanghai"). */
const PORTFOLIO_JOINERS = new Set(PORTFOLIO_PREPOSITIONS);

/**
 * "Deputy Chief of Mission …", "Minister of State for Defence Procurement …", "Consul General in
 * Shanghai …": the run at `first` continues a title's portfolio or posting (capitalised words,
 * "of", "for", "in", "to", "at", "and", "the" back to a title head, at most MAX_TITLE_PHRASE
 * tokens, no punctuation between).
 */
function portfolioBefore(tokens: Token[], first: number): boolean {
  let joined = false;
  for (let k = first - 1; k >= 0 && k >= first - MAX_TITLE_PHRASE; k--) {
    const t = tokens[k] as Token;
    if (PORTFOLIO_JOINERS.has(t.lower)) joined = true;
    else if (joined && titleHeadAt(tokens, k)) return true;
    else if (t.lower !== "and" && t.lower !== "the" && !isCapitalised(t.text)) return false;
  }
  return false;
}

/**
 * "the Indian Ambassador to the country, Sridharan Madhusudhanan.": a title phrase ends just
 * before the comma that opens the run (a title head at most MAX_TITLE_REACH tokens back, no verb
 * or punctuation between).
 */
function titleBeforeComma(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== ",") return false;
  for (let k = first - 2; k >= Math.max(0, first - MAX_TITLE_REACH); k--) {
    const w = tokens[k] as Token;
    if (WORDS.titleHeads.has(w.lower)) return true;
    if (w.pos === "PUNCT" || w.pos === "VERB") return false;
  }
  return false;
}

/**
 * The type that a lower-case head after a run gives it: "the Amur region", "Nurduz border
 * checkpoint" (a place), "Huey II helicopters", "Panzir air defence system" (a weapon model),
 * "Yeni Shafak newspaper" (an organization; lexicon/organizations.json tailNouns).
 */
function tailType(tokens: Token[], last: number): EntityType | null {
  const next = tokens[last];
  if (!next || !LOWER_FIRST.test(next.text)) return null;
  if (CONTINENT_ADJECTIVES.has((tokens[last - 1] as Token).text)) return null;
  if (
    WORDS.placeTailHeads.has(next.lower) ||
    (WORDS.placeTailModifiers.has(next.lower) && WORDS.placeTailHeads.has(tokens[last + 1]?.lower ?? ""))
  )
    return "Location";
  // "Soviet-era tanks", "Chinese-made drones": a hyphenated modifier of origin or age is no model.
  const glued = tokens[last - 1] as Token;
  const origin =
    tokens[last - 2]?.text === "-" && WORDS.hyphenSuffixes.has(glued.text) && !CLASS_WORDS.has(glued.text);
  if (!origin && !adjectiveBesideDemonym(tokens, last) && weaponTail(tokens, last)) return "WeaponSystem";
  // "Yeni Shafak newspaper has reported", "the Wagner group": an organization's noun, after a
  // name that is no demonym or language ("the European group Airbus", "English-language daily").
  const named = tokens[last - 1] as Token;
  if (!UPPER_FIRST.test(named.text) || WORDS.demonymWords.has(named.text)) return null;
  // One word of an adjective's form names a region's or a people's body, not the body's name ("the Asian group").
  if (tokens[last - 2]?.pos !== "PROPN" && REGIONAL_ADJECTIVE.test(named.text)) return null;
  return ORG_TAILS.some((noun) => phraseAt(tokens, last, noun)) ? "Organization" : null;
}

/**
 * "Russian and Soviet aircraft": one capitalised word coordinated after a demonym, right before
 * the class noun at `last`, is an adjective like it, not a model's name.
 */
function adjectiveBesideDemonym(tokens: Token[], last: number): boolean {
  const joiner = tokens[last - 2]?.lower;
  return (joiner === "and" || joiner === "or") && WORDS.demonymWords.has(tokens[last - 3]?.text ?? "");
}

/**
 * True when a weapon class and a naming word (lexicon/weapons.json `namingWords`) stand before
 * `first` ("a missile dubbed", "an air defence system called"); a broad head ("system") needs a
 * class modifier before it, and "think tank" is no weapon.
 */
function namedAfterWeaponClass(tokens: Token[], first: number): boolean {
  if (!WORDS.namingWords.has(tokens[first - 1]?.lower ?? "")) return false;
  const head = tokens[first - 2];
  if (!head || !LOWER_FIRST.test(head.text) || !WORDS.modelHeads.has(singular(head.lower))) return false;
  const before = tokens[first - 3]?.lower ?? "";
  if (WORDS.broadModelHeads.has(singular(head.lower)))
    return WORDS.weaponModifiers.has(before) || WORDS.namedSystemModifiers.has(before);
  return before !== "think";
}

/** A word of the form of a regional or national adjective ("European", "Asian", "Nordic", "Western"). */
const REGIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|ern)$/u;

/** Longest run of class modifiers between a model's name and its head ("air defence system"). */
const MAX_TAIL_MODIFIERS = 4;

/**
 * True when a weapon head (lexicon/weapons.json `modelHeads`) follows at `at`, after at most a few
 * lower-case class modifiers or hyphenated words ("multi-barrel rocket launchers"). A broad head
 * ("system", "vehicle") counts only after a modifier; plural "fighters" may be people.
 */
function weaponTail(tokens: Token[], at: number): boolean {
  // Hyphens inside a compound ("surface-to-air") do not count toward the modifiers.
  for (let k = at, words = 0; words <= MAX_TAIL_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === "-" && !t.space) continue;
    words++;
    if (!LOWER_FIRST.test(t.text)) return false;
    const head = singular(t.lower);
    if (WORDS.modelHeads.has(head) && t.lower !== "fighters" && (!WORDS.broadModelHeads.has(head) || k > at))
      return true;
    // "counter-drone system": the tokenizer may keep a hyphenated modifier whole.
    const hyphened = tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-" || t.text.includes("-");
    if (!WORDS.weaponModifiers.has(t.lower) && !WORDS.modelTailModifiers.has(t.lower) && !hyphened)
      return false;
  }
  return false;
}

/** Words that open a clause or phrase about the descriptor noun ("a militant group that surfaced …"). */
const DESCRIPTOR_CLAUSE =
  /^(?:that|which|based|backed|linked|known|founded|formed|allied|affiliated|active)$/u;

/** Punctuation a descriptor does not cross. */
const BREAK_MARK = /^[,.;:()“”"]$/u;

/**
 * True when ", (a/the/<Country>'s) … <descriptor noun>," follows the run at `last`
 * ("Ukroboronprom, Ukraine's state-owned arms manufacturer,").
 */
function apposedDescriptor(tokens: Token[], last: number): boolean {
  if (tokens[last]?.text !== ",") return false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 9); k++) {
    const w = tokens[k] as Token;
    if (
      WORDS.orgDescriptors.has(w.lower) &&
      (CLAUSE_END_MARK.test(tokens[k + 1]?.text ?? ".") || DESCRIPTOR_CLAUSE.test(tokens[k + 1]?.lower ?? ""))
    )
      return true;
    // "Helmut Rauch, the head of Germany's Diehl Defense company,": a title before "of" heads the
    // apposition, which then tells a person's office in the body, not what the name is.
    if (w.lower === "of" && isTitleWord(tokens[k - 1]?.lower ?? "")) return false;
    if (BREAK_MARK.test(w.text) || (w.pos === "VERB" && tokens[k - 1]?.text !== "-")) return false;
  }
  return false;
}

/** Most capitalised words between a known name and the place noun that ends its place's name. */
const MAX_PLACE_TAIL = 3;

/**
 * The end of a place name that a known name opens: "Philippine Sea", "Colombo Port", "Pyongyang
 * International Airport" (capitalised words up to a capitalised place noun, which ends the run);
 * -1 when none.
 */
function placeHeadAfter(tokens: Token[], end: number, covered: Uint8Array): number {
  let k = end;
  while (
    k < tokens.length &&
    k - end < MAX_PLACE_TAIL &&
    !covered[k] &&
    isCapitalised((tokens[k] as Token).text) &&
    !acronymAfterPlaceHead(tokens, k)
  )
    k++;
  if (k === end || !hasPlaceHead(tokens, k)) return -1;
  if (isCapitalised(tokens[k]?.text ?? "x") && !acronymAfterPlaceHead(tokens, k)) return -1;
  return k;
}

/**
 * "Subang Air Base RMAF commander": an acronym of capitals at `k` right after a capitalised place
 * noun and before a lower-case word opens another name (the unit at the place), not the place's
 * ("Naval Base ARC Bolivar" goes on).
 */
function acronymAfterPlaceHead(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return (
    prev !== undefined &&
    ACRONYM.test((tokens[k] as Token).text) &&
    !isCapitalised(tokens[k + 1]?.text ?? "") &&
    isCapitalised(prev.text) &&
    WORDS.placeHeads.has(prev.lower)
  );
}

/** True when a capitalised run ends with a place noun ("Scarborough Shoal", "Kola Peninsula"). */
function hasPlaceHead(tokens: Token[], last: number): boolean {
  const t = tokens[last - 1];
  return t !== undefined && isCapitalised(t.text) && WORDS.placeHeads.has(t.lower);
}

/** "of", "for" or "on". */
const OF_FOR_ON = /^(?:of|for|on)$/u;
const ROMANCE_HEADS = new Set(ROMANCE_BODY_HEADS.heads);
const ROMANCE_PARTICLES = new Set(ROMANCE_BODY_HEADS.particles);

/** "Ministerio de Seguridad Pública", "Servicio de Vigilancia Aérea": a Romance body's head, then its particle, opens the run. */
function opensRomanceBody(tokens: Token[], first: number, last: number): boolean {
  return (
    last - first >= 3 &&
    ROMANCE_HEADS.has((tokens[first] as Token).lower) &&
    ROMANCE_PARTICLES.has(tokens[first + 1]?.text ?? "")
  );
}

function hasOrgHead(tokens: Token[], first: number, last: number): boolean {
  if (
    WORDS.orgHeads.has((tokens[last - 1] as Token).lower) ||
    unitAfterOrdinal(tokens, first, last) ||
    // "Research and Analysis Wing": a head that names a body only after coordinated words.
    (last - first >= 4 && sharedHeadAfterAnd(tokens, last - 4, last - 3)) ||
    compoundHeadAt(tokens, last - 1) ||
    tokens.slice(first, last).some((t) => t.lower === "ministry") ||
    opensRomanceBody(tokens, first, last)
  )
    return true;
  // "Institute for the Study of War", "Office of the President": an organization noun then of/for/on.
  // "Directorate General of Public Information": so with "General" between.
  for (let k = first; k < last - 1; k++) {
    const head = (tokens[k] as Token).lower;
    const after = tokens[k + 1]?.lower === "general" && GENERAL_SUFFIXED_HEAD_WORDS.has(head) ? k + 2 : k + 1;
    if (WORDS.orgHeads.has(head) && after < last && OF_FOR_ON.test((tokens[after] as Token).lower))
      return true;
  }
  return false;
}

/** Unit heads a number opens or closes, and those a name closes, by first word (lexicon numberedUnitHeads, namedUnitHeads). */
const NUMBERED_UNIT_PHRASES = indexPhrases(NUMBERED_UNIT_HEADS);
const NAMED_UNIT_PHRASES = indexPhrases(NAMED_UNIT_HEADS);

/** A unit's number: an ordinal or one to three digits (not a year). */
const UNIT_NUMBER = /^(?:\d{1,4}(?:st|nd|rd|th)|\d{1,3})$/u;

/** Most capitalised words between a unit's number and its head ("the 3rd Infantry Division"). */
const MAX_UNIT_MODIFIERS = 3;

/** The end of a capitalised unit head phrase at `at` (case as printed), else -1. */
function unitHeadEnd(tokens: Token[], at: number, phrases: PhraseIndex): number {
  const opening = phrases.get(tokens[at]?.lower ?? "");
  if (opening === undefined) return -1;
  for (const phrase of opening) {
    if (!phrase.every((w, j) => tokens[at + j]?.lower === w && isCapitalised(tokens[at + j]?.text ?? "")))
      continue;
    return at + phrase.length;
  }
  return -1;
}

/** True when no token of [first, last) is covered. */
function uncovered(covered: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (covered[k]) return false;
  return true;
}

/**
 * Military units named by a number (lexicon numberedUnitHeads): "102 Squadron", "No. 1 Squadron",
 * "the 14th Group", "the 3rd Infantry Division" (a number, up to three capitalised words, the
 * head); "Task Force 61", "Jungle Brigade 19", "Carrier Strike Group 5" (up to three capitalised
 * words ending in the head, then the number); "Task Force Eagle" (a head of namedUnitHeads and one
 * capitalised word no title, ending the run). The unit's name ends there: "of the Hellenic Air
 * Force" after it is its parent, not words of its name.
 */
function nameNumberedUnits(sentence: Sentence, out: Mention[], covered: Uint8Array): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    let end = -1;
    let first = i;
    // (A unit's number opens with a digit: the pattern is tried on those alone.)
    const c = (tokens[i] as Token).text.charCodeAt(0);
    if (c >= 48 && c <= 57 && UNIT_NUMBER.test((tokens[i] as Token).text) && !covered[i]) {
      // "No. 102 Squadron": the abbreviation of "number" opens the name.
      if (tokens[i - 1]?.text === "No." || (tokens[i - 1]?.text === "." && tokens[i - 2]?.text === "No")) {
        first = tokens[i - 1]?.text === "No." ? i - 1 : i - 2;
      }
      for (let k = i + 1; k <= i + 1 + MAX_UNIT_MODIFIERS && end < 0; k++) {
        end = unitHeadEnd(tokens, k, NUMBERED_UNIT_PHRASES);
        if (end < 0 && !(isCapitalised(tokens[k]?.text ?? "") && LETTERS_ONLY.test(tokens[k]?.text ?? "")))
          break;
      }
      if (end > 0 && (!uncovered(covered, first, end) || tokens[end]?.text === "-")) end = -1;
      // "12 Group vehicles", "3 Brigade commanders": a bare number before a noun counts it.
      const after = tokens[end];
      if (
        end > 0 &&
        first === i &&
        !ORDINAL.test((tokens[i] as Token).text) &&
        after?.pos === "NOUN" &&
        !isCapitalised(after.text)
      )
        end = -1;
    } else if (isCapitalised((tokens[i] as Token).text)) {
      for (let k = i; k <= i + MAX_UNIT_MODIFIERS && end < 0; k++) {
        const head = unitHeadEnd(tokens, k, NUMBERED_UNIT_PHRASES);
        if (head > 0 && SHORT_NUMBER.test(tokens[head]?.text ?? "") && tokens[head + 1]?.text !== "-") {
          end = head + 1;
          break;
        }
        const named = unitHeadEnd(tokens, k, NAMED_UNIT_PHRASES);
        const word = tokens[named];
        if (
          named > 0 &&
          word &&
          TITLE_CASE_WORD.test(word.text) &&
          !isTitleWord(word.lower) &&
          !isCapitalised(tokens[named + 1]?.text ?? "") &&
          !covered[named]
        ) {
          end = named + 1;
          break;
        }
        if (!(isCapitalised(tokens[k]?.text ?? "") && LETTERS_ONLY.test(tokens[k]?.text ?? ""))) break;
      }
      if (end > 0 && !uncovered(covered, first, end)) end = -1;
    }
    if (end < 0) continue;
    const unit = spelledMention(sentence, first, end, "Organization", "fallback", "fallback-numbered-unit");
    mark(unit, out, covered);
    i = end - 1;
  }
}

/** Most words of a unit's name after its ordinal. */
const MAX_UNIT_WORDS = 4;

/**
 * "the 104th Fighter Wing", "the 157th Air Refueling Wing": an ordinal in digits before `first`
 * and a unit's head (lexicon unitHeads) ending [first, last) make a military unit.
 */
function unitAfterOrdinal(tokens: Token[], first: number, last: number): boolean {
  return (
    ORDINAL.test(tokens[first - 1]?.text ?? "") &&
    last - first <= MAX_UNIT_WORDS &&
    UNIT_HEAD_WORDS.has((tokens[last - 1] as Token).lower)
  );
}

/** True when token `at` is a title head or an honorific ("minister", "Gen.", "Mrs"), not a title modifier alone. */
function titleHeadAt(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  const word = t.lower.replace(FINAL_STOP, "");
  return (titleClass(word) & TITLE_HEAD) !== 0 || WORDS.honorifics.has(word) || WORDS.honorifics.has(t.text);
}

function titleBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  const word = prev.lower.replace(FINAL_STOP, "");
  return isTitleWord(word) || WORDS.honorifics.has(word);
}

/**
 * "Sofia Marchetti met …": a one-word place that opens a run of plain capitalised words that the
 * context types as a person is that person's given name, not the place.
 */
function startsPersonalName(
  tokens: Token[],
  first: number,
  end: number,
  type: EntityType,
  gazetteer: Gazetteer,
  wordSets: WordSets,
): boolean {
  if ((type !== "Location" && type !== "Country") || end !== first + 1) return false;
  // "Princess Haifa bint Abdulaziz", "Aden bin Salim": a place's one-word name before a
  // patronymic particle and a capitalised name is a given name.
  if (
    wordSets.patronymicParticles.has(tokens[end]?.text ?? "") &&
    UPPER_FIRST.test(tokens[end + 1]?.text ?? "")
  )
    return true;
  let last = end;
  while (
    last < first + 3 &&
    TITLE_CASE_WORD.test(tokens[last]?.text ?? "") &&
    !gazetteer.byFirst.has(tokens[last]?.key ?? "")
  )
    last++;
  if (last === end) return false;
  const context = namedByContext(tokens, first, last, tokens.slice(first, last));
  if (type === "Location" && context) return true;
  return givenNameBeforeSurname(tokens, first, last, context || titleBefore(tokens, first));
}

/**
 * "General Joao Lima", "Defence Minister Carlos Santiago": a city's one-word name right after a
 * given name (lexicon/given-names.json) that no other name covers is that person's surname.
 */
function endsPersonalName(
  tokens: Token[],
  first: number,
  end: number,
  type: EntityType,
  covered: Uint8Array,
): boolean {
  if (end !== first + 1 || first === 0 || covered[first - 1]) return false;
  if (type === "Organization") return surnameOfCompany(tokens, first);
  if (type !== "Location") return false;
  const given = tokens[first - 1] as Token;
  return WORDS.givenNames.has(given.text) && TITLE_CASE_WORD.test(given.text);
}

/**
 * "Deputy Defense Minister Anatoly Antonov", "Minister Antonov said", "Mr Boeing": a listed
 * body's one-word name (lexicon/organizations.json) right after a given name (lexicon/
 * given-names.json), a title or an honorific, no capitalised word after it, is a person's
 * surname; the person's span wins. Before a title word it modifies that title ("chief Pentagon
 * spokesman", "senior Kremlin aide"): the body stays a body.
 */
function surnameOfCompany(tokens: Token[], first: number): boolean {
  const word = tokens[first] as Token;
  const before = tokens[first - 1] as Token;
  if (!TITLE_CASE_WORD.test(word.text) || isCapitalised(tokens[first + 1]?.text ?? "")) return false;
  if (isTitleWord(tokens[first + 1]?.lower ?? "")) return false;
  if (
    (WORDS.givenNames.has(before.text) || WORDS.worldGivenNames.has(before.text)) &&
    TITLE_CASE_WORD.test(before.text)
  )
    return true;
  return WORDS.titleHeads.has(before.lower) || WORDS.honorifics.has(before.lower.replace(FINAL_STOP, ""));
}

/**
 * "spokeswoman Victoria Nuland", "Jordan Bardella said": a place or country that is also a given
 * name (lexicon/given-names.json), before one or two capitalised words that no list knows, ending
 * the name, is a person's given name: after a title or before a verb that people do, else only when
 * the words are no English words (the tagger reads them as proper nouns in lower case).
 */
function givenNameBeforeSurname(tokens: Token[], first: number, last: number, cued: boolean): boolean {
  if (!WORDS.givenNames.has((tokens[first] as Token).text) || isCapitalised(tokens[last]?.text ?? "x"))
    return false;
  for (let k = first + 1; k < last; k++) {
    const w = (tokens[k] as Token).lower;
    if (
      WORDS.nonName.has(w) ||
      isTitleWord(w) ||
      WORDS.orgHeads.has(w) ||
      WORDS.placeHeads.has(w) ||
      GENERIC_BODY_STARTS.has(w) ||
      WORDS.demonymWords.has((tokens[k] as Token).text) ||
      CALENDAR_NAMES.has(w)
    )
      return false;
  }
  return (
    cued ||
    looksLikeName(
      tokens
        .slice(first + 1, last)
        .map((t) => t.text)
        .join(" "),
    )
  );
}

/**
 * A name no list knows, typed by its context: a run of two or three plain capitalised words
 * (no organisation or place head, no word that never starts a name) beside a verb that people
 * do ("Javier Milei said", "to see Enrique Manalo"), or coordinated with a given name
 * ("Prabowo Subianto and Anthony Albanese") or after a person's name and "and" (`afterPerson`:
 * "Omar Farah and Idris Nur").
 */
function namedByContext(
  tokens: Token[],
  first: number,
  last: number,
  words: Token[],
  afterPerson = false,
): boolean {
  const core = words.filter((w) => !isNameParticle(w));
  // "Luiz Inacio Lula da Silva met": a lower-case particle before the last name lets a fourth name
  // in (not "Banco Nacional de Desenvolvimento Economico").
  const beforeLast = words[words.length - 2];
  const particle =
    beforeLast !== undefined && beforeLast.text === beforeLast.lower && isNameParticle(beforeLast);
  if (core.length < 2 || core.length > (particle ? 4 : 3)) return false;
  // "S. Jaishankar met": initials may stand before the last name.
  const initial = (w: Token, k: number): boolean => k < core.length - 1 && INITIAL.test(w.text);
  if (
    !core.every(
      (w, k) =>
        initial(w, k) ||
        (TITLE_CASE_WORD.test(w.text) && !WORDS.nonName.has(w.lower) && !isTitleWord(w.lower)),
    )
  )
    return false;
  // "Rajnath Singh also met", "X recently said": one lower-case adverb may stand before the verb.
  const adverb = tokens[last]?.pos === "ADV" && tokens[last]?.text === tokens[last]?.lower;
  const next = tokens[adverb ? last + 1 : last];
  // "led by South Africa-based Kayumba Nyamwasa": the context stands before a hyphened modifier.
  // (A modifier of people only: "welcomed Korean-built Ocean Guardian vessels" names a thing.)
  const before = beforeHyphenedModifier(tokens, first, WORDS.personHyphenSuffixes);
  const prev = tokens[before - 1];
  /** A common noun after the run: it modifies a noun ("Ocean Guardian vessels"), no person. */
  const modifiesNoun = next !== undefined && next.pos === "NOUN" && next.text === next.lower;
  if (next && WORDS.personVerbsAfter.has(next.lower)) return true;
  if (prev && WORDS.personVerbsBefore.has(prev.lower) && !modifiesNoun) return true;
  // "met with Antti Kaikkonen", "was received by Kaarlo Hietanen": a preposition after such a verb.
  const verbs = prev ? WORDS.personVerbsBeforePreposition.get(prev.lower) : undefined;
  // (Not a place's or body's word opening it, nor a run that modifies a noun: "by Camp Aguinaldo staff".)
  if (
    verbs?.has(tokens[before - 2]?.lower ?? "") &&
    !WORDS.placeNouns.has((core[0] as Token).lower) &&
    !WORDS.orgHeads.has((core[0] as Token).lower) &&
    !modifiesNoun
  )
    return true;
  // "Joseph Okello and Tendai Moyo": two or three plain words after a person and "and".
  if (afterPerson) return true;
  // "The foreign ministers of India and Japan, Arjun Mehta and Kenji Sato, met": persons set off
  // after a plural title (and what it is "of") are named there.
  if (
    prev?.text === "," &&
    (next?.lower === "and" || next?.text === ",") &&
    pluralTitleBeforeComma(tokens, first - 1)
  )
    return true;
  // "Haluk Bayraktar, who leads the company": a relative clause of persons.
  if (next?.text === "," && tokens[last + 1]?.lower === "who") return true;
  // "according to Yonatan Freeman, an expert": a source named by two or three plain words.
  if (prev?.lower === "to" && tokens[first - 2]?.lower === "according" && endsApposition(tokens, last))
    return true;
  // "Bakyt Osmonov and Defence Minister Kwame Mensah met": a titled name after "and" is a person's.
  return (
    next?.lower === "and" &&
    (WORDS.givenNames.has(tokens[last + 1]?.text ?? "") || titledNameAt(tokens, last + 1))
  );
}

/**
 * "Director General Bureau of Military Equipment and Technical Cooperation": a head of leading
 * (lexicon bodyLeadHeads) and "General" right before a body's capitalised head word are the
 * holder's title ("Director General"), not the body's name ("General Bureau" after another word
 * stays a name: "Reconnaissance General Bureau").
 */
function leadTitleBeforeBodyHead(tokens: Token[], first: number, last: number): boolean {
  const head = tokens[first + 2];
  return (
    BODY_LEAD_WORDS.has((tokens[first] as Token).lower) &&
    tokens[first + 1]?.lower === "general" &&
    first + 2 < last &&
    head !== undefined &&
    isCapitalised(head.text) &&
    WORDS.orgHeads.has(head.lower)
  );
}

/**
 * True when tokens [first, last) are a personal name, a known given name and one or two more
 * plain capitalised words, and "of the" follows ("Kathleen Rice of the Democratic Party"): the
 * body after "of the" is another name.
 */
function givenNameBeforeBody(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last);
  if (words.length < 2 || words.length > 3 || tokens[last + 1]?.lower !== "the") return false;
  // "R Sampanthan of the Tamil National Alliance": an initial may stand for the given name.
  const opener = words[0] as Token;
  const initial = INITIAL_LETTER.test(opener.text) && words.length === 2;
  return (
    (initial || WORDS.givenNames.has(opener.text)) &&
    words.every((w, k) => (initial && k === 0) || (plainNameWord(w) && !WORDS.nonName.has(w.lower)))
  );
}

/** A given name's initial alone, with or without its stop ("R", "R."). */
const INITIAL_LETTER = /^\p{Lu}\.?$/u;

/**
 * "the Libyan National Army of Gen Khalifa Haftar": "of" before a rank and a personal name (two
 * title-case words of a plain name) leads to the body's commander, no part of the body's name
 * ("Office of the President", "Department of General Services" stay whole).
 */
function rankedNameAfterOf(tokens: Token[], of: number): boolean {
  const rank = (k: number): boolean => {
    const w = (tokens[k]?.lower ?? "").replace(FINAL_STOP, "");
    return MILITARY_RANK_WORDS.has(w) || RANK_ABBREVIATIONS.has(w);
  };
  // "Field Marshal", "Lt Gen": a rank of two words.
  let k = tokens[of + 1]?.lower === "field" ? of + 2 : of + 1;
  if (!rank(k)) return false;
  k++;
  if (tokens[k]?.text === ".") k++;
  if (rank(k)) k++;
  if (tokens[k]?.text === ".") k++;
  const a = tokens[k];
  const b = tokens[k + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    plainNameWord(a) &&
    plainNameWord(b) &&
    !WORDS.nonName.has(a.lower) &&
    !WORDS.nonName.has(b.lower)
  );
}

/** A title-case word that is no body's, place's or title's word (a word of a plain name). */
function plainNameWord(w: Token): boolean {
  return (
    TITLE_CASE_WORD.test(w.text) &&
    !WORDS.orgHeads.has(w.lower) &&
    !WORDS.placeHeads.has(w.lower) &&
    !isTitleOrHonorific(w.lower)
  );
}

/**
 * True when tokens [first, last) are title words with a title head or an honorific (an air force's
 * rank opened by a unit's word, "Squadron Leader"; or a lower-case title head right before them,
 * "president Dilma Rousseff"), then two or three plain capitalised words that are no title, body or
 * place words ("Minister Ahmed Saleh").
 */
function titledNameBefore(tokens: Token[], first: number, last: number): boolean {
  let k = first;
  // "Squadron Leader John Smith of the Royal Air Force": a unit's word opening a rank is the rank's.
  if (
    RANK_UNIT_WORD_SET.has((tokens[k] as Token).lower) &&
    WORDS.titleHeads.has(tokens[k + 1]?.lower ?? "") &&
    isCapitalised(tokens[k + 1]?.text ?? "")
  )
    k++;
  // "president Dilma Rousseff of the Workers' Party": a title head in lower case right before the
  // run heads it as a title inside the run would.
  let head = k === first && WORDS.titleHeads.has(tokens[first - 1]?.text ?? "");
  while (k < last && isTitleOrHonorific((tokens[k] as Token).lower)) {
    const w = (tokens[k] as Token).lower.replace(FINAL_STOP, "");
    head ||= WORDS.titleHeads.has(w) || WORDS.honorifics.has(w);
    k++;
  }
  // "Lt. Gen. Michael X. Garrett": a middle initial (with its stop) inside the name.
  const words = tokens
    .slice(k, last)
    .filter((w, n, all) => !(w.text === "." && MIDDLE_INITIAL.test(all[n - 1]?.text ?? "")));
  const initials = words.filter((w) => MIDDLE_INITIAL.test(w.text)).length;
  if (!head || initials > 1 || words.length < 2 + initials || words.length > 3 + initials) return false;
  return words.every(
    (w, n) =>
      ((n > 0 && n < words.length - 1 && MIDDLE_INITIAL.test(w.text)) || TITLE_CASE_WORD.test(w.text)) &&
      !WORDS.orgHeads.has(w.lower) &&
      !WORDS.placeHeads.has(w.lower) &&
      !WORDS.nonName.has(w.lower),
  );
}

/** A middle initial, with or without its stop ("X.", "L"). */
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/**
 * True when title words with a title head or an honorific at `at` are followed by two capitalised
 * words ("Defence Minister Kwame Mensah", "Gen. Li Wei"), a titled person's name.
 */
function titledNameAt(tokens: Token[], at: number): boolean {
  let k = at;
  let head = false;
  while (k < tokens.length && isTitleOrHonorific((tokens[k] as Token).lower)) {
    const w = (tokens[k] as Token).lower.replace(/\.$/u, "");
    head ||= WORDS.titleHeads.has(w) || WORDS.honorifics.has(w);
    k++;
  }
  return (
    head && k > at && TITLE_CASE_WORD.test(tokens[k]?.text ?? "") && isCapitalised(tokens[k + 1]?.text ?? "")
  );
}

/** Most words of the countries or bodies that a plural title is "of" before its comma ("of India and Japan"). */
const MAX_PLURAL_TITLE_OF_WORDS = 8;

/**
 * True when a plural title head ("ministers", "presidents"), with "of" and the capitalised names of
 * what it is of, ends right before the comma at `comma` ("the defence ministers,", "the foreign
 * ministers of India and Japan,").
 */
function pluralTitleBeforeComma(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  let n = 0;
  while (k > 0 && n < MAX_PLURAL_TITLE_OF_WORDS) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text) && t.lower !== "and" && t.text !== "," && t.lower !== "the") break;
    k--;
    n++;
  }
  if (n > 0) {
    if (tokens[k]?.lower !== "of") return false;
    k--;
  }
  return isPluralTitleHead(tokens[k]?.lower ?? "");
}

/** A capitalised word of two to five letters ("Joo", "Choe", "Son"). */
const SHORT_CAPITALISED_WORD = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * "Joo Won-ho", "Choe Son-hui": a short family name and a given name of two syllables joined by a
 * hyphen, the second in lower case (not an English word such as "made" in "Rolls Royce-made").
 */
function koreanName(tokens: Token[], first: number, last: number): boolean {
  if (last - first !== 4) return false;
  const hyphen = tokens[first + 2] as Token;
  const syllable = tokens[first + 3] as Token;
  return (
    SHORT_CAPITALISED_WORD.test((tokens[first] as Token).text) &&
    SHORT_CAPITALISED_WORD.test((tokens[first + 1] as Token).text) &&
    hyphen.text === "-" &&
    !hyphen.space &&
    !syllable.space &&
    NAME_SYLLABLE.test(syllable.text) &&
    !WORDS.hyphenSuffixes.has(syllable.text)
  );
}

/**
 * "fight Al-Shabaab", "fighting against Boko Haram": an unknown name that is fought is an armed
 * group, an Organization; "an interview with Sputnik" is an outlet.
 */
function orgContext(tokens: Token[], first: number, words: Token[]): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  // "said in an interview with Sputnik": one unknown word interviewing is an outlet.
  if (prev.lower === "with" && tokens[first - 2]?.lower === "interview") return words.length === 1;
  if (prev.lower === "against") return ORG_CONTEXT.has(tokens[first - 2]?.lower ?? "");
  return ORG_CONTEXT.has(prev.lower);
}

/** True when the lower-case tokens from `at` spell `phrase` (curly apostrophes straightened). */
function phraseAt(tokens: Token[], at: number, phrase: readonly string[]): boolean {
  if (at < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    // Compared with the length, not read past the end (which throws optimised code away).
    if (at + k >= tokens.length) return false;
    const lower = (tokens[at + k] as Token).lower;
    // (Curly apostrophes read as straight ones; most words hold none and are compared as they are.)
    if ((lower.includes("’") ? lower.replace(/’/gu, "'") : lower) !== phrase[k]) return false;
  }
  return true;
}

/**
 * "…, Kazinform reports.", "…, Trend reported on Monday.": one to three plain capitalised words
 * after a comma, then an outlet's verb that ends the sentence (a time phrase may follow), name
 * the outlet that reports (never a given name, a city or a title).
 */
function outletContext(tokens: Token[], first: number, last: number, words: Token[]): boolean {
  if (words.length > 3 || tokens[first - 1]?.text !== ",") return false;
  if (!OUTLET_VERB_WORDS.has(tokens[last]?.lower ?? "")) return false;
  const w = words[0] as Token;
  if (WORDS.givenNames.has(w.text) || WORDS.cities.has(w.text) || isTitleOrHonorific(w.lower)) return false;
  const end = tokens.findIndex((t, k) => k > last && /^[.!?]$/u.test(t.text));
  const rest = tokens.slice(last + 1, end < 0 ? tokens.length : end);
  return rest.length === 0 || (rest.length <= 3 && rest[0]?.lower === "on");
}

/**
 * "the ministry told Armenpress.", "…, citing Euractiv.", "Azernews reports, citing …": a
 * report's source (source-outlets.ts), unless its first word is a given name, a city's, a
 * country's or a title's.
 */
function reportSource(
  tokens: Token[],
  first: number,
  last: number,
  words: Token[],
  countryNames: ReadonlySet<string>,
): boolean {
  const w = words[0] as Token;
  if (WORDS.givenNames.has(w.text) || WORDS.cities.has(w.text) || isTitleOrHonorific(w.lower)) return false;
  if (countryNames.has(w.text)) return false;
  // "told Yoo Sang-bum.", "told Ould Sidi.": two or three words in title case may be a person's name; an outlet's name of more than one word is read only with an acronym in it
  // ("ITAR-TASS", "TV Pink").
  if (words.length > 1 && !words.some((t) => ACRONYM.test(t.text))) return false;
  return sourceOutletContext(tokens, first, last, words, SOURCE_CUE_WORDS);
}

/**
 * "a contract with Zentrix", "shares in Valtor", "built by Orlenda", "Valtor's chief executive",
 * "Volkarm, which makes …": a name of up to three words that does not open with a given name,
 * in a company's context, is an organization; "X said in a statement" only for one word (a
 * person's surname stands alone only after the full name, which the gazetteer of the document
 * does not hold here).
 */
function companyContext(tokens: Token[], first: number, last: number, words: Token[]): boolean {
  if (words.length > 3 || WORDS.givenNames.has((words[0] as Token).text)) return false;
  if (words.length === 1 && WORDS.cities.has((words[0] as Token).text)) return false;
  for (const cue of COMPANY_CUES_BEFORE) if (phraseAt(tokens, first - cue.length, cue)) return true;
  for (const cue of COMPANY_CUES_AFTER)
    if (phraseAt(tokens, last, cue)) return words.length === 1 || cue[0] !== "said";
  return false;
}

/**
 * True when a company's cue stands before or after the name at `first`..`last` ("a contract with
 * X", "built by X", "X's chief executive"; lexicon organizations.json contextBefore/contextAfter).
 */
export function companyCueAround(tokens: Token[], first: number, last: number): boolean {
  return (
    COMPANY_CUES_BEFORE.some((cue) => phraseAt(tokens, first - cue.length, cue)) ||
    COMPANY_CUES_AFTER.some((cue) => phraseAt(tokens, last, cue))
  );
}

/** True when a capitalised word at the start of a sentence is no common word in lower case. */
function looksLikeName(name: string): boolean {
  return tagText(name.toLowerCase()).pos.every((p) => p === "PROPN" || p === "PUNCT");
}

/**
 * A city of the gazetteer (lexicon/cities.json). At the start of a sentence, where every word is
 * capitalised, only when its lower-case form is not a common word ("Reading the report").
 */
function isCity(name: string, first: number): boolean {
  if (!WORDS.cities.has(name)) return false;
  // "Ho Chi Minh City hosted …": a listed name of two or more words is no common word.
  return first > 0 || name.includes(" ") || looksLikeName(name);
}

/**
 * "Matchanu-class vessels", "Guardian-Class Patrol Boat": a name glued to "-class" names a class of
 * ships or weapons (not a common word at the start of a sentence: "World-class training").
 */
function namesClass(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last - 1; k++) {
    if (!classSuffixAt(tokens, k)) continue;
    return first > 0 || looksLikeName((tokens[first] as Token).text);
  }
  return false;
}

/**
 * True when the last of capitalised words is a weapon's head noun (lexicon/weapons.json
 * `modelHeads`; not a broad one, "System", nor "Fighters", which may be people) and a class
 * modifier stands before it ("Precision Strike Missile", "Joint Strike Fighter").
 */
function namesWeaponClass(words: Token[]): boolean {
  const head = words[words.length - 1] as Token;
  const sing = singular(head.lower);
  if (!WORDS.modelHeads.has(sing) || WORDS.broadModelHeads.has(sing) || head.lower === "fighters")
    return false;
  const before = words.slice(0, -1);
  // "Dornier Reconnaissance Aircraft": a name before the class words is the model's, not the class's.
  return before.some((w) => WORDS.weaponModifiers.has(w.lower)) && !before.some((w) => looksLikeName(w.text));
}

/**
 * "High Mobility Artillery Rocket Systems (HIMARS)", "Multiple Launch Rocket System (MLRS)", "the
 * Ground-Based Midcourse Defense (GMD) system": a long form spelling the acronym in brackets after
 * it names a weapon when the acronym is a listed weapon's or a weapon class's, when its last word is
 * a weapon's head noun that names no body ("System", "Missile"; not "Systems"), or when a weapon's
 * head noun follows the brackets after a long form with no body's head. Not a maker's name first
 * ("Raytheon Missile Systems (RMS)") nor a body ("Missile Defense Agency (MDA)").
 */
function longFormOfWeapon(tokens: Token[], first: number, last: number): boolean {
  if (!acronymInBrackets(tokens, last)) return false;
  const acronym = (tokens[last + 1] as Token).text;
  if (last - first < 2 || WORDS.makers.has((tokens[first] as Token).text)) return false;
  const tail = (tokens[last - 1] as Token).lower;
  // "Forward Armored Vehicles (VAB)": a weapon's plural class in translation, its acronym the
  // original's, whose letters the words' initials mostly spell in another order.
  const translated =
    WORDS.modelHeads.has(singular(tail)) &&
    !WORDS.orgHeads.has(tail) &&
    spellsMostLetters(
      tokens
        .slice(first, last)
        .map((t) => t.text)
        .join(" "),
      acronym,
    );
  if (!translated && !spellsAcronym(tokens.slice(first, last), acronym)) return false;
  if (KNOWN_WEAPON_ACRONYMS.has(acronym)) return true;
  if (WORDS.modelHeads.has(singular(tail)) && !WORDS.orgHeads.has(tail)) return true;
  // "Heavy Equipment Transporters (HET)": a vehicle's head no model list holds.
  if (LONG_FORM_VEHICLE_WORDS.has(singular(tail))) return true;
  const after = singular(tokens[last + 3]?.lower ?? "");
  return (after === "system" || ACRONYM_HEADS.has(after)) && !hasOrgHead(tokens, first, last);
}

/**
 * True when each word of a long form gives the acronym a prefix of one or more letters, in order
 * ("High Mobility Artillery Rocket Systems" → "HIMARS"); joiners ("of", "to") and the parts after a
 * hyphen ("Ground-Based", "Surface-to-Air") may give none.
 */
function spellsAcronym(words: Token[], acronym: string): boolean {
  const parts: { text: string; optional: boolean }[] = [];
  let glued = false;
  for (const w of words) {
    if (w.text === "-") {
      glued = true;
      continue;
    }
    w.text.split("-").forEach((p, k) => {
      if (p)
        parts.push({ text: p.toUpperCase(), optional: glued || k > 0 || NAME_JOINERS.has(p.toLowerCase()) });
    });
    glued = false;
  }
  const fits = (at: number, part: number): boolean => {
    if (part === parts.length) return at === acronym.length;
    const { text, optional } = parts[part] as { text: string; optional: boolean };
    if (optional && fits(at, part + 1)) return true;
    for (let k = 1; k <= text.length && at + k <= acronym.length; k++) {
      if (text[k - 1] !== acronym[at + k - 1]) break;
      if (fits(at + k, part + 1)) return true;
    }
    return false;
  };
  return fits(0, 0);
}

/** True when a designator opens the words and a weapon's head noun, after class modifiers, ends them. */
function designatedClass(words: Token[]): boolean {
  const first = (words[0] as Token).text;
  if (!SHORT_DESIGNATOR.test(first) && !DESIGNATOR.test(first)) return false;
  if (!WORDS.modelHeads.has(singular((words[words.length - 1] as Token).lower))) return false;
  return words.slice(1, -1).some((w) => WORDS.weaponModifiers.has(w.lower));
}

/**
 * "Port City", "Huey Helicopters", "Referral Hospital": a run whose last word is a place's, a
 * building's or a weapon's head noun (lexicon placeNouns, placeHeads, buildingNouns, weaponHeads)
 * is no personal name, though its first word be a given name.
 */
function endsWithCommonHead(words: Token[]): boolean {
  const end = singular((words[words.length - 1] as Token).lower);
  return (
    WORDS.placeNouns.has(end) ||
    WORDS.placeHeads.has(end) ||
    BUILDING_NOUNS.has(end) ||
    WORDS.weaponHeads.has(end)
  );
}

/** "Army-to-Army", "Ship-to-Shore": one hyphenated compound of two words joined by "to". */
const TO_COMPOUND = /^\p{Lu}\p{L}*-to-\p{L}+$/u;

/** A word glued to a lower-case word by a hyphen ("Serb-majority"), capturing the second word. */
const HYPHEN_SUFFIX = /^\p{Lu}\p{L}*-(\p{Ll}+)$/u;

/** "Mc" or "Mac" opening a surname ("McCarthy"). */
const MAC_PREFIX = /^Ma?c/u;

/**
 * An international given name (WORDS.worldGivenNames) opens a person's name unless "the" or a
 * place noun and "of" stand before it: "the Amiri Diwan", "the province of Quang Nam" (such a
 * name is often also a word or a place in its language).
 */
function worldNameMayOpen(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower;
  if (before === "the") return false;
  return !(before === "of" && WORDS.placeNouns.has(tokens[first - 2]?.lower ?? ""));
}

/**
 * "Shining Path rebels", "Abu Sayyaf militants": two or three title-case words, none a place's,
 * body's or title's word, right before a plural noun of an armed group's members (lexicon
 * armedGroupMembers) name the group.
 */
function armedGroupBefore(tokens: Token[], last: number, words: Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    (WORDS.armedGroupMembers.has(tokens[last]?.text ?? "") || memberBeforeName(tokens, last)) &&
    words.every(plainNameWord)
  );
}

/**
 * "Jemaah Islamiyah militant Abdul Basit Usman": one member of an armed group (the singular of
 * lexicon armedGroupMembers) right before a capitalised name, the member's own.
 */
function memberBeforeName(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && isGroupMemberNoun(t.text) && TITLE_CASE_WORD.test(tokens[at + 1]?.text ?? "");
}

/**
 * The type of a capitalised run no list names (`words`, tokens `first`..`last`), read from its
 * words and the words around it in order, the first rule that decides winning; null when the run
 * names nothing (a modifier, a title, a field of work).
 */
function fallbackType(
  tokens: Token[],
  first: number,
  last: number,
  words: Token[],
  titled: boolean,
  name: string,
  wordSets: WordSets,
  afterPerson = false,
): EntityType | null {
  // "Army-to-Army relations", "Government-to-Government talks": a compound of two nouns joined
  // by "-to-" modifies a noun and names nothing.
  if (TO_COMPOUND.test(name)) return null;
  // "Serb-majority towns", "Pashtun-dominated areas": one name glued by a hyphen to a modifier's
  // lower-case word (lexicon/text.json hyphenSuffixes) modifies a noun and names nothing (but
  // "Cyclone-class" names a class).
  const glue = HYPHEN_SUFFIX.exec(name)?.[1];
  if (glue !== undefined && WORDS.hyphenSuffixes.has(glue) && !CLASS_WORDS.has(glue)) return null;
  // "the 104th Fighter Wing", "the 24th Marine Expeditionary Unit": an ordinal in digits and a
  // unit's head (lexicon unitHeads) make a military unit.
  if (unitAfterOrdinal(tokens, first, last)) return "Organization";
  if (armedGroupBefore(tokens, last, words)) return "Organization";
  if (weaponClassRun(tokens, first, last, words)) return "WeaponSystem";
  if (opensPlaceOf(tokens, first) && words.length >= 3 && words.length <= 5) return "Location";
  // "Colonel Jane Court": after a title, a given name and a body's head word are a person.
  const givenAndHead = titled && words.length === 2 && WORDS.givenNames.has(words[0]?.text ?? "");
  // "M142 High Mobility Artillery Rocket Systems": a designator opens a weapon's long name.
  if (words.length >= 3 && designatedClass(words)) return "WeaponSystem";
  // "Guided Multiple Launch Rocket Systems", "Air Defence Missile System": a weapon's capitalised
  // class, then "System(s)", is a weapon, though "Systems" heads companies' names too.
  if (
    words.length >= 3 &&
    words.length <= 5 &&
    singular((words[words.length - 1] as Token).lower) === "system" &&
    namesWeaponClass(words.slice(0, -1))
  )
    return "WeaponSystem";
  // "the Vehicle Fleet", "its Aircraft Fleet": a fleet of a weapon class's noun is no body.
  if (
    words.length >= 2 &&
    (words[words.length - 1] as Token).lower === "fleet" &&
    WORDS.modelHeads.has(singular((words[words.length - 2] as Token).lower))
  )
    return null;
  // "the Ministry of Defence Headquarters", "Defence Forces Base": a body's name before a place's
  // head names the place.
  if (
    words.length >= 2 &&
    words.length <= 5 &&
    hasPlaceHead(tokens, last) &&
    !WORDS.orgHeads.has((words[words.length - 1] as Token).lower)
  )
    return "Location";
  if (hasOrgHead(tokens, first, last) && !givenAndHead) return "Organization";
  // "its third Littoral Mission Ship (LMS)", "the Littoral Combat Ship": a capitalised class of warship.
  if (words.length >= 2 && words.length <= 4 && SHIP_NOUN_WORDS.has((words[words.length - 1] as Token).lower))
    return "WeaponSystem";
  // "the Precision Strike Missile", "Naval Strike Missiles": a capitalised name ending in a weapon's class noun.
  if (words.length >= 2 && words.length <= 4 && namesWeaponClass(words)) return "WeaponSystem";
  const initialed = initialsType(tokens, first, last, words, titled);
  if (initialed !== undefined) return initialed;
  // "an interception system called Cheongung M-SAM II": a name after a weapon's class and "called".
  if (words.length <= 4 && namedAfterWeaponClass(tokens, first)) return "WeaponSystem";
  // "‘Dehlavieh’ anti-tank guided missiles": a quoted name before a weapon's class names a model.
  if (words.length <= 3 && quotedAt(tokens, first, last) && weaponTail(tokens, last + 1))
    return "WeaponSystem";
  // "the “Rajlovac” barracks", "the 'Gissar' airfield": a quoted name before a place's lower-case
  // head (lexicon places.json placeTailHeads) names the place.
  if (words.length <= 3 && quotedAt(tokens, first, last) && tailType(tokens, last + 1) === "Location")
    return "Location";
  if (!titled && words.length <= 5) {
    // The cheap test first: the tagger runs again only at the start of a sentence. A place noun
    // after the run types longer names too ("Luis Del Valle Garcia naval base").
    const tail = tailType(tokens, last);
    if (tail && (words.length <= 3 || tail === "Location") && (first > 0 || looksLikeName(name))) return tail;
  }
  // "Camden, Arkansas": a name before a comma and a state or province is a town; a given name
  // first makes a person from that state ("John Smith, Texas").
  if (
    !titled &&
    words.length <= 3 &&
    tokens[last]?.text === "," &&
    beforeRegion(tokens, last + 1) &&
    !WORDS.givenNames.has((words[0] as Token).text)
  )
    return "Location";
  if (orgContext(tokens, first, words)) return "Organization";
  // Particles do not count toward a name's length ("Mohammed bin Abdulrahman Al Thani").
  const core = words.filter((w) => !isNameParticle(w)).length;
  // "Chief Signal Officer": a run that ends with a title head is a title, not a name.
  if (titled && core <= 4) return titledRunType(words, givenAndHead);
  if (apposedToTitle(tokens, first, last, words, core)) return "Person";
  const firstWord = words[0] as Token;
  if (namedPlaceWords(words, name)) return "Location";
  // "Al-Shabaab": a given name glued by a hyphen is an Arabic article, not a given name.
  // ("Jean-Yves Le Drian": a second given name after the hyphen makes a compound given name.)
  const glued =
    tokens[first + 1]?.text === "-" &&
    !tokens[first + 1]?.space &&
    !WORDS.givenNames.has(tokens[first + 2]?.text ?? "");
  if (
    core >= 2 &&
    core <= 4 &&
    words.length <= 2 * core &&
    !glued &&
    (WORDS.givenNames.has(firstWord.text) ||
      WORDS.familyFirst.has(firstWord.text) ||
      (WORDS.worldGivenNames.has(firstWord.text) && worldNameMayOpen(tokens, first))) &&
    !endsWithCommonHead(words)
  )
    return "Person";
  if (koreanName(tokens, first, last)) return "Person";
  // "Rima bint Bandar bin Sultan": a patronymic particle between names makes a personal name.
  if (
    core >= 2 &&
    core <= MAX_PATRONYMIC_NAMES &&
    words.some((w) => wordSets.patronymicParticles.has(w.lower))
  )
    return "Person";
  // "Al-Maliki (who …) added", "Al-Maliki, who …, added": past a relative clause on a person.
  const next = tokens[tokens[last + 1]?.lower === "who" ? insertionEnd(tokens, last) : last];
  if (words.length >= 2 && words.length <= 3 && next && wordSets.nameSpeechVerbs.has(next.lower))
    return "Person";
  if (isCity(name, first)) return "Location";
  // "ThePrint", "PetroChina": one word with an inner capital names an outlet or a company.
  if (words.length === 1 && CAMEL_NAME.test(firstWord.text) && !MAC_PREFIX.test(firstWord.text))
    return "Organization";
  if (namedByContext(tokens, first, last, words, afterPerson)) return "Person";
  const prev = tokens[first - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && words.length <= 3 && firstWord.pos === "PROPN")
    return "Location";
  // "visited Palawan where he met …": a name after a verb of travel that "where" follows is a place.
  if (
    tokens[last]?.lower === "where" &&
    prev !== undefined &&
    wordSets.placeMotion.has(prev.lemma) &&
    words.length <= 3 &&
    firstWord.pos === "PROPN" &&
    !WORDS.givenNames.has(firstWord.text)
  )
    return "Location";
  // "the town of X", "the Russian ports of Dunay and Vostochny".
  if (
    prev?.lower === "of" &&
    WORDS.placeNouns.has(singular(tokens[first - 2]?.lower ?? "")) &&
    words.length <= 3
  )
    return "Location";
  return null;
}

/**
 * True when a run names a weapon's class by its own words: a class name (namesClass), a weapon's
 * long form, or a name with "type" or "Class" before a weapon's class noun.
 */
function weaponClassRun(tokens: Token[], first: number, last: number, words: Token[]): boolean {
  if (namesClass(tokens, first, last)) return true;
  if (longFormOfWeapon(tokens, first, last)) return true;
  // "three Marlin type submarines": a name, "type" or "class", and a weapon class noun.
  if (words.length <= 2 && CLASS_WORDS.has(tokens[last]?.text ?? "") && weaponHeadAfter(tokens, last + 1))
    return true;
  // "The Bay Class boat", "two Tide Class tankers": a name and a capitalised "Class" or "Type"
  // before a weapon class noun are the class.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    CLASS_WORDS.has((words[words.length - 1] as Token).lower) &&
    weaponHeadAfter(tokens, last)
  )
    return true;
  return false;
}

/**
 * The type of an untitled run that its initials follow in brackets ("Inter-Services Public
 * Relations (ISPR)"): a body, a weapon when a weapon's head follows, none for a field of work
 * ("Explosive Ordnance Disposal (EOD)"); undefined when no such initials follow.
 */
function initialsType(
  tokens: Token[],
  first: number,
  last: number,
  words: Token[],
  titled: boolean,
): EntityType | null | undefined {
  // "former President Ibrahim Boubacar Keïta (IBK)": a titled name known by its initials is a person.
  if (
    !titled &&
    tokens[last]?.text === "(" &&
    ACRONYM.test(tokens[last + 1]?.text ?? "") &&
    tokens[last + 2]?.text === ")"
  ) {
    const named = words.filter((w) => !NAME_JOINERS.has(w.lower));
    const initials = named.map((w) => w.text[0]).join("");
    // "Inter-Services Public Relations (ISPR)": each part of a hyphenated word may give a letter.
    const partInitials = named
      .map((w) =>
        w.text
          .split("-")
          .map((p) => p[0] ?? "")
          .join(""),
      )
      .join("");
    const acronym = tokens[last + 1]?.text;
    // "Counter Terrorism (CT)", "Explosive Ordnance Disposal (EOD)": a field of work, not a body.
    if ((initials === acronym || partInitials.toUpperCase() === acronym) && namesField(tokens, first, last))
      return null;
    if (initials === acronym || partInitials.toUpperCase() === acronym)
      return ACRONYM_HEADS.has(singular(tokens[last + 3]?.lower ?? "")) ? "WeaponSystem" : "Organization";
  }
  return undefined;
}

/**
 * A titled run of at most four words: a person, unless a weapon's hyphenated modifier stands in it
 * or it ends with a title's, a building's, a body's or a place's noun.
 */
function titledRunType(words: Token[], givenAndHead: boolean): "Person" | null {
  // "High Explosive Anti-Tank Multi-Purpose": a hyphenated weapon modifier is in no personal name.
  if (words.some((w) => w.text.includes("-") && WORDS.weaponModifiers.has(w.lower))) return null;
  // "Major Repair Facility", "Colonel Training Centre": a building's, a body's or a place's noun ends no name.
  // ("House of Representatives Committees": nor does a body's head in the plural.)
  const end = (words[words.length - 1] as Token).lower;
  if (
    WORDS.titleHeads.has(end) ||
    BUILDING_NOUNS.has(end) ||
    (WORDS.orgHeads.has(end) && !givenAndHead) ||
    (end !== singular(end) && WORDS.orgHeads.has(singular(end))) ||
    WORDS.placeHeads.has(end) ||
    WORDS.placeNouns.has(end)
  )
    return null;
  return "Person";
}

/** True when a run of two to four words is set off before or after a title: a person. */
function apposedToTitle(tokens: Token[], first: number, last: number, words: Token[], core: number): boolean {
  // "…, said Majed al-Ansari, a spokesman for …": a name set off before a title is a person.
  // ("In Santa Cruz, Minister of Defence …": a place after its preposition is no person; "the
  // Custodian of the Two Holy Mosques, Governor of …": nor is a title's complement.)
  if (
    core >= 2 &&
    core <= 4 &&
    apposedTitle(tokens, last) &&
    !PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "") &&
    !titleComplementBefore(tokens, first)
  )
    return true;
  // "Chad's interim president, Mahamat Deby, met …": a name set off after a title is a person.
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    endsApposition(tokens, last) &&
    titleBeforeComma(tokens, first)
  )
    return true;
  return false;
}

/** True when a run's words name a listed city or a place known by a given name ("Port Royal"). */
function namedPlaceWords(words: Token[], name: string): boolean {
  // "Dar Es Salaam": a listed city with a lower-case word, written in title case, is a place (its
  // first word may be a given name).
  // "George Town, Penang's capital", "Port Harcourt": nor is a listed city whose first or last word
  // is a place noun.
  if (
    words.length >= 2 &&
    (CITIES_WITH_LOWER_WORDS.has(name.toLowerCase()) ||
      (WORDS.cities.has(name) &&
        (WORDS.placeNouns.has((words[words.length - 1] as Token).lower) ||
          WORDS.placeNouns.has((words[0] as Token).lower))))
  )
    return true;
  const firstWord = words[0] as Token;
  // "Port Royal", "Port Antonio": a place noun that a list of given names holds too, opening two
  // or three words, is the place's name ("the Port City", a nickname, is none).
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    WORDS.placeNouns.has(firstWord.lower) &&
    WORDS.givenNames.has(firstWord.text) &&
    !endsWithCommonHead(words)
  )
    return true;
  return false;
}
