/**
 * Lexicons as values: the built-in lexicon (the entity lists and the stages' word lists under
 * src/extract/lexicon/) and `createLexicon`, which layers user entries and word lists over it. A lexicon is passed to the extractor in
 * ExtractOptions; nothing here is process-wide mutable state, so two stores in one process keep
 * their own lexicons.
 */
import { COUNTRY_ENTRIES } from "./lexicon/countries.ts";
import {
  GOVERNMENT_BODY_TABLE,
  MINISTRY_ACRONYM_TABLE,
  ORGANIZATION_ENTRIES,
} from "./lexicon/organizations.ts";
import { HOME_COUNTRY_TABLE, PERSON_ENTRIES } from "./lexicon/people.ts";
import { PLACE_ENTRIES } from "./lexicon/places.ts";
import { WEAPON_MODEL_ENTRIES } from "./lexicon/weapons.ts";
import STAGE_WORDS from "./lexicon/stage-words.json" with { type: "json" };
import MODALITY_CUE_DATA from "./lexicon/modality-cues.json" with { type: "json" };
import {
  type Lexicon,
  type LexiconEntry,
  type LexiconTables,
  type LexiconWords,
  parseLexiconTables,
  parseLexiconWords,
} from "./lexicon-schema.ts";
import { DEFAULT_FRAMES, type Frame } from "./frames.ts";
import { type ModalityCues, parseModalityCues } from "./modality-cues.ts";

export type { Lexicon, LexiconEntry, LexiconTables, LexiconWords } from "./lexicon-schema.ts";

/** The built-in word lists of the stages (lexicon/stage-words.json), validated. */
const BUILT_IN_WORDS: LexiconWords = parseLexiconWords(STAGE_WORDS);

/** The built-in tables (lexicon-schema.ts TABLE_KEYS; people.json and organizations.json), validated. */
const BUILT_IN_TABLES: LexiconTables = parseLexiconTables({
  homeCountries: HOME_COUNTRY_TABLE,
  governmentBodies: GOVERNMENT_BODY_TABLE,
  ministryAcronyms: MINISTRY_ACRONYM_TABLE,
});

/** The built-in modality cues (lexicon/modality-cues.json), validated: the schema of a user file's `modality`. */
const BUILT_IN_MODALITY_CUES: ModalityCues = parseModalityCues(MODALITY_CUE_DATA);

/**
 * The built-in lexicon: countries, organizations, places, weapon models and people, and the
 * built-in word lists, tables, frame rows and modality cues.
 */
export const BUILT_IN_LEXICON: Lexicon = Object.freeze({
  entries: Object.freeze([
    ...COUNTRY_ENTRIES,
    ...ORGANIZATION_ENTRIES,
    ...PLACE_ENTRIES,
    ...WEAPON_MODEL_ENTRIES,
    ...PERSON_ENTRIES,
  ]),
  words: BUILT_IN_WORDS,
  tables: BUILT_IN_TABLES,
  frames: DEFAULT_FRAMES,
  modality: BUILT_IN_MODALITY_CUES,
});

/**
 * A lexicon of `entries` over `base` (default the built-in one), with `words` (default base's word
 * lists; parseLexiconWords gives them over base's), frame rows `frames` (default base's;
 * frames.ts parseFrameRows gives them over base's), `tables` (default base's;
 * parseLexiconTables gives them over base's) and modality cues `modality` (default base's;
 * modality-cues.ts parseModalityCues gives them over base's). Earlier entries win ties between equally long
 * matches, so the user's entries come first and win over built-in names.
 */
export function createLexicon(
  entries: readonly LexiconEntry[],
  base: Lexicon = BUILT_IN_LEXICON,
  words: LexiconWords = base.words,
  frames: readonly Frame[] = base.frames,
  tables: LexiconTables = base.tables,
  modality: ModalityCues = base.modality,
): Lexicon {
  if (
    entries.length === 0 &&
    words === base.words &&
    frames === base.frames &&
    tables === base.tables &&
    modality === base.modality
  )
    return base;
  const all = entries.length === 0 ? base.entries : Object.freeze([...entries, ...base.entries]);
  return Object.freeze({ entries: all, words, tables, frames, modality });
}
