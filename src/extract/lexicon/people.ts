/**
 * People gazetteer (data in the JSON file beside this one): canonical spellings of leaders and officials often named by
 * surname alone, and first names / family names that let the fallback recognise unknown people.
 */
import DATA from "./people.json" with { type: "json" };
import GIVEN from "./given-names.json" with { type: "json" };
import type { LexiconEntry, LexiconTable } from "../lexicon-schema.ts";
import { slugify } from "../../model/ids.ts";

/** One entry per person (lexicon schema); a bare surname resolves through the name itself. */
export const PERSON_ENTRIES: readonly LexiconEntry[] = DATA.entities as LexiconEntry[];

/** Common given names: a capitalised pair starting with one of these is a Person. */
export const GIVEN_NAMES: readonly string[] = DATA.givenNames;

/**
 * Generational suffixes after a surname ("Surangel Whipps Jr.", "Lloyd J. Austin III"): the
 * surname used alone later ("President Whipps", "Austin said") is the word before them.
 */
export const NAME_SUFFIXES: readonly string[] = DATA.nameSuffixes;

/**
 * Family names written first (Korean, Chinese, Vietnamese): in "Lee Sung Joon" the first word
 * is the one used alone later ("Lee said").
 */
export const FAMILY_FIRST_NAMES: readonly string[] = DATA.familyFirstNames;

/** Verbs after a capitalised two- or three-word run that make it a person ("Javier Milei said"). */
export const PERSON_VERBS_AFTER: readonly string[] = DATA.personVerbsAfter;

/**
 * Nouns of a field or portfolio that end no personal name, lower-cased ("Land Transport" of
 * "Minister of Land Transport and Light Rail", "Public Information", "Pilot Project"): a run read
 * as a person's name that ends with one is a title's or a body's words, no person.
 */
export const NOT_NAME_ENDINGS: readonly string[] = DATA.notNameEndings;

/** Verbs before such a run that make it a person ("to see Enrique Manalo", "praised Pat Conroy"). */
export const PERSON_VERBS_BEFORE: readonly string[] = DATA.personVerbsBefore;

/**
 * Verbs before a preposition that then make a run a person ("met with Antti Kaikkonen", "was
 * received by Kaarlo Hietanen"): each preposition with the verbs (or nouns) that it follows.
 */
export const PERSON_VERBS_BEFORE_PREPOSITION: Readonly<Record<string, readonly string[]>> =
  DATA.personVerbsBeforePreposition;

/**
 * Common first names in English-speaking countries (public-domain Moby list via @stdlib's
 * datasets; built by scripts/build-given-names.mjs): a capitalised run opening with one is a person.
 */
export const ENGLISH_GIVEN_NAMES: readonly string[] = GIVEN.names;

/**
 * International given names (African, Arabic, Asian, Slavic, Turkic, Latin American...) from
 * gender-detection-from-name, less every name that is an English word, a dictionary place or a
 * word of another lexicon file (built by scripts/build-world-given-names.mjs).
 */
export const WORLD_GIVEN_NAMES: readonly string[] = GIVEN.world;

/** Given names that only the male list holds (the pronoun check: "she" is not Robert). */
export const MALE_GIVEN_NAMES: readonly string[] = GIVEN.male;

/**
 * A personal name folded for a gazetteer look-up: its entity slug (model/ids.ts: case, accents,
 * strokes, hyphens and dots do not count) less a generational suffix ("Recep Tayyip Erdoğan",
 * "Ferdinand Marcos Jr.", "Moon Jae-in").
 */
export function foldPersonName(name: string): string {
  return slugify(name).replace(/-(?:jr|sr|ii|iii|iv)$/u, "");
}

/**
 * Well-known officials by their home country (people.json homeCountries): the built-in table
 * homeCountries of the lexicon value (lexicon-schema.ts TABLE_KEYS), read through
 * lexicon-tables.ts by the own-side guard (document-sides.ts: "President Biden said US troops
 * would …" is news of his own side even where no title names his country) and by
 * leader-governments.ts ("the Biden administration" is that country's government). Never an
 * affiliation fact.
 */
export const HOME_COUNTRY_TABLE: LexiconTable = DATA.homeCountries;
