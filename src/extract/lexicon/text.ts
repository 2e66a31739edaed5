/**
 * Text lexicon (data in the JSON file beside this one): abbreviations that do not end a sentence, page furniture that is
 * not content, and capitalised words that never start a name.
 */
import DATA from "./text.json" with { type: "json" };
import { TITLE_ABBREVIATIONS } from "./titles.ts";

/** Abbreviations (lower case, without the final dot) after which a period does not end a sentence. */
export const ABBREVIATIONS: readonly string[] = [...TITLE_ABBREVIATIONS, ...DATA.abbreviations];

/**
 * Abbreviations that stay abbreviations only before a number: a month's ("Jun. 5", "Sept. 2024"). Before a
 * capitalised word the stop ends the sentence: "... met Chinese Defence Minister Dong Jun. Chinese state media ...".
 */
export const NUMBERED_ABBREVIATIONS: readonly string[] = DATA.numberedAbbreviations;

/** Lines (lower-cased, trimmed) that are page furniture when they start with one of these. */
export const FURNITURE_PREFIXES: readonly string[] = DATA.furniturePrefixes;

/** Whole lines (lower-cased, without a final colon) that are page furniture: section and banner labels ("Breaking News"). */
export const FURNITURE_LINES: readonly string[] = DATA.furnitureLines;

/**
 * Words that end a hard-wrapped line of prose mid-sentence ("… that Iraqi weapons were\ntransferred
 * to …"): a line of prose without a final stop that ends in one of these runs on into the next line.
 */
export const WRAP_JOINERS: readonly string[] = DATA.wrapJoiners;

/**
 * Lower-case articles and auxiliaries a headline leaves out ("Qatar emir meets Iran foreign minister"):
 * a first line holding one is prose, not the headline (line-breaks.ts).
 */
export const HEADLINE_ABSENT_WORDS: readonly string[] = DATA.headlineAbsentWords;

/**
 * Calls to the reader ("… by email and never miss our top stories", "Click here to subscribe"):
 * a short line holding one anywhere is page furniture, not a headline or prose.
 */
export const FURNITURE_CALLS: readonly string[] = DATA.furnitureCalls;

/** Capitalised words that begin sentences or headlines but never start a name. */
export const NON_NAME_WORDS: readonly string[] = DATA.nonNameWords;

/**
 * Capitalised words that, right after a place's or country's name or a demonym, make the two a
 * day's or an event's name, no place ("Europe Day", "Africa Day", "the Korean War"); the place is
 * not named there.
 */
export const PLACE_EVENT_WORDS: readonly string[] = DATA.placeEventWords;

/** Words that make a capitalised run an event, not an actor ("Korean War", "World Cup"). */
export const EVENT_WORDS: readonly string[] = DATA.eventWords;

/**
 * Marks that end the phrase a language's name closes after "in" ("(FTCO, in Spanish)", "said in
 * Russian."): a bracket, a comma, a stop, a colon or a quotation mark.
 */
export const LANGUAGE_PHRASE_ENDS: readonly string[] = DATA.languagePhraseEnds;

/**
 * Small word classes the name finder uses: class openers ("Type 052D"), prepositions before a
 * place, function words stripped before an organization, production-variant words ("Block 70"),
 * lower-case words that may join the parts of a name ("of", "bin", "da"), words before a name
 * that make it an organisation, and the endings of outlets' web addresses.
 */
export const NAME_WORDS: Readonly<{
  classOpeners: readonly string[];
  /** Words that open a numbered class only before a weapon class noun ("Class 212CD submarines"). */
  headedClassOpeners: readonly string[];
  placePrepositions: readonly string[];
  closedOpeners: readonly string[];
  variantWords: readonly string[];
  nameJoiners: readonly string[];
  /**
   * Lower-case particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen",
   * "Carlos Agostinho do Rosario"): a name runs on through them.
   */
  nameParticles: readonly string[];
  /** Particles that are one only as written in lower case ("do", "das"; "Do" and "Das" are surnames). */
  lowerCaseNameParticles: readonly string[];
  /** Words after "of" that make a ceremony or an award, no body ("Guard of Honour"). */
  ceremonyComplements: readonly string[];
  /** Words before an unknown name that make it an organisation ("fight Al-Shabaab", "anti-Taliban"). */
  orgContextBefore: readonly string[];
  /** Last parts of web addresses that name an outlet ("Censor.NET", "News.Az", "Caliber.az"). */
  webDomains: readonly string[];
  /** Lower-case words after a hyphen that make a modifier, not a given name ("Rolls Royce-made"). */
  hyphenSuffixes: readonly string[];
  /**
   * Words after a hyphen that make a modifier of a person ("Kremlin-backed Denis Pushilin",
   * "US-born"): the context that types a name by the verb before it is read past them only.
   */
  personHyphenSuffixes: readonly string[];
  /**
   * Participles after a hyphen that make a name before them a modifier of origin or seat
   * ("Chennai-based Larsen and Toubro", "Kremlin-backed"): the name after them is another.
   */
  originParticiples: readonly string[];
  /** Words glued by a hyphen after a demonym that make it a language, not a country ("Spanish-language"). */
  languageSuffixes: readonly string[];
  /** What stands before the hyphen of a designator that is no weapon ("Covid-19", "G-20", "COP-28"). */
  nonWeaponPrefixes: readonly string[];
  /** Words before a designator that make it no weapon ("Flight MH-17"). */
  nonWeaponBefore: readonly string[];
  /** Lower-case words between a name and a weapon class noun that make the name a class ("Marlin type submarines"). */
  classWords: readonly string[];
  /** Currency nouns: a country's name or demonym right before one names the money, not the country ("U.S. dollars"). */
  currencyNouns: readonly string[];
  /**
   * Combining forms glued by a hyphen before a place's name ("Euro-Atlantic", "Trans-Atlantic",
   * "Afro-Asian"): the compound modifies a noun, and the place after the hyphen is no mention;
   * nor is a known person's surname there a person ("Indo-Pak ties", "Sino-Pak": a country's clipping).
   */
  combiningForms: readonly string[];
  /** Capitalised words that, like a compass word, make a demonym a continent's ("Latin American"). */
  continentPrefixes: readonly string[];
  /** Adjectives of continents and regions: before a place noun they name no place ("the Central Asian region"). */
  continentAdjectives: readonly string[];
  /** Words of fields of work ("Counter Terrorism", "Disaster Relief"): a name made only of them names no body. */
  fieldWords: readonly string[];
  /** Nouns of buildings and events that end no personal name ("Repair Facility", "Air Show"). */
  buildingNouns: readonly string[];
  /** Nouns of a mission that no personal name holds ("the EU Training Mission in Mali"). */
  missionWords: readonly string[];
  /** British and American spellings of one word, "british|american" ("defence|defense"): one body's name either way. */
  spellingVariants: readonly string[];
  /** A name's word printed closed up, and its two words, "closed|open" ("airforce|air force"): one body's name either way. */
  closedCompounds: readonly string[];
  /** Capitalised nouns whose possessive stays inside a body's name ("People's Defence Forces"). */
  possessiveNameWords: readonly string[];
  /** Capitalised determiners that open a body's name before such a possessive ("His Majesty's Armed Forces"). */
  royalPossessives: readonly string[];
  /** Capitalised nouns of a state's formal name before "of" and a country ("the Republic of Kenya"). */
  stateForms: readonly string[];
  /** Capitalised words that may stand before such a noun ("Federal Republic", "Islamic Republic"). */
  stateFormModifiers: readonly string[];
}> = DATA.nameWords;
