/**
 * Titles (data in the JSON file beside this one): the head nouns that name a role someone holds for a country or an
 * organization, the modifiers that may stand before them, and honorifics.
 */
import DATA from "./titles.json" with { type: "json" };
import { wordTable } from "./word-table.ts";

/** Role nouns that make the name after them a Person and carry affiliation ("leader", "minister"). */
export const TITLE_HEADS: readonly string[] = DATA.titleHeads;

/**
 * Title heads of those who speak for a body, never part of a body's own name: after a body's name
 * and before a personal name they open the title ("Foreign Ministry Spokesperson Mao Ning").
 */
export const SPEAKER_TITLES: readonly string[] = DATA.speakerTitles;

/** Words that may stand between a demonym or organization and a title head ("Deputy Foreign"). */
export const TITLE_MODIFIERS: readonly string[] = DATA.titleModifiers;

/**
 * Honorifics matched only as printed, in capitals ("the Ambassador of Qatar HE Sheikh Saud"): "HE"
 * is His (or Her) Excellency, "He" the pronoun.
 */
export const PRINTED_HONORIFICS: readonly string[] = DATA.printedHonorifics;

/** Abbreviated titles written with a dot before a name ("Mr.", "Gen.", "Sen."). */
export const TITLE_ABBREVIATIONS: readonly string[] = DATA.titleAbbreviations;

/**
 * Initials of titles ("the COAS", "the CAS", "the CS"): a title's holder, never a body, though
 * written as a body's acronym is.
 */
export const TITLE_ACRONYMS: readonly string[] = DATA.titleAcronyms;

/**
 * Post-nominal letters written after a personal name ("the Hon Jane Roe MP", "Ann Lee CSC"): no part
 * of the name. Matched as printed (capitals).
 */
export const POST_NOMINALS: readonly string[] = DATA.postNominals;

/**
 * Fields a minister's portfolio names beside the title modifiers ("Minister for Defence Industry",
 * "Minister for Veterans Affairs"): a run of them after a title and "for" or "of" is the portfolio, never a person.
 */
export const PORTFOLIO_NOUNS: readonly string[] = DATA.portfolioNouns;

/**
 * Title modifiers that are also common nouns of defence news ("arms"): they belong to a title only
 * when a title's head follows them after other title words ("arms procurement chief"), never on
 * their own ("U.S. arms sales to Taiwan").
 */
export const HEADED_TITLE_MODIFIERS: readonly string[] = DATA.headedTitleModifiers;

/** Honorifics written before a name ("Mr.", "Gen."): the name after them is a Person. */
export const HONORIFICS: readonly string[] = [...TITLE_ABBREVIATIONS, ...DATA.honorifics];

/**
 * Honorifics of one or more words written before a name, lower case, an apostrophe glued to its
 * word ("tan sri", "dato' sri", "datuk seri", "hj", "his highness", "shaikh"): Malaysian, Bruneian
 * and Gulf styles of address, stripped from the name like "Sheikh" and "Gen."; read only as whole
 * phrases, since some of their words are also names ("Sri Mulyani", "Tan Kok Wai").
 */
export const HONORIFIC_PHRASES: readonly string[] = DATA.honorificPhrases;

/**
 * Ranks of several words, lower case, whose last words name a service ("General of the Army
 * Valery Gerasimov", "Admiral of the Fleet X"): a rank, no body the holder serves.
 */
export const RANK_PHRASES: readonly string[] = DATA.rankPhrases;

/**
 * Title heads that a rank word after them completes into one title ("Inspector General", "Judge
 * Advocate General", "Provost Marshal"): a rank phrase opening on that word ("the Inspector General
 * of the Army") ends the title and names its body; it is no rank of its own.
 */
export const RANK_COMPLETED_HEADS: readonly string[] = DATA.rankCompletedHeads;

/**
 * Nouns for unnamed people who speak for a country ("US officials say", "Ukrainian
 * intelligence believes"): with a demonym before them the country is the source.
 */
export const UNNAMED_SPEAKERS: readonly string[] = DATA.unnamedSpeakers;

/**
 * Titles of postings abroad ("Ambassador to Kenya", "Defense Attaché to Nigeria"): the country
 * after "to" is where the person serves, not the one the person serves.
 */
export const POSTING_TITLES: readonly string[] = DATA.postingTitles;

/**
 * Roles held at an institution without serving a state ("an expert at the Hebrew University"):
 * set off after a name with "at" or "of" a body, they tie the person to that body only.
 */
export const INSTITUTION_ROLES: readonly string[] = DATA.institutionRoles;

/** Nouns of a unit inside a body that a staff member heads or works in ("the Asia programme at X"). */
export const UNIT_NOUNS: readonly string[] = DATA.unitNouns;

/**
 * Staff functions a body's unit is named by ("Head of Protocol at X", "Director of Public Relations
 * at X"): like a unit's noun, they end the unit a staff member heads before "at" its body; never
 * after a minister's or secretary's title ("Minister of Foreign Relations at the UN": a venue).
 */
export const FIELD_NOUNS: readonly string[] = DATA.fieldNouns;

/** Finite verbs of leading a body: "X, who heads the agency," makes X its member. */
export const LEAD_VERBS: readonly string[] = DATA.leadVerbs;

/**
 * Prepositions that give where a body sits: "the Vietnamese Embassy in Laos, led by X" makes X a
 * member of the embassy, not of the country it sits in.
 */
export const SEAT_PREPOSITIONS: readonly string[] = DATA.seatPrepositions;

/**
 * Nouns of holding an office that "as" and a title follow, owned by the holder: "congratulated X
 * for his appointment as Mongolian Defense Minister", "X's tenure as Kenya's army chief".
 */
export const APPOINTMENT_NOUNS: readonly string[] = DATA.appointmentNouns;

/**
 * Participles of putting someone in an office, before "as" and a title: "X was appointed as
 * Chief of the Kenya Defence Forces" (the subject holds it), "named X as Y" (the object does).
 */
export const APPOINTMENT_VERBS: readonly string[] = DATA.appointmentVerbs;

/**
 * Verbs and phrases of holding or taking an office before "as" and a title, their subject the
 * holder: "X serves as Ugandan Defence Minister", "X took office as", "X was sworn in as".
 */
export const SERVING_VERBS: readonly string[] = DATA.servingVerbs;

/**
 * Last words of titles built on a service's name ("Chief of Army Staff", "Chief of the Naval
 * Staff"): the one service word between "of" and one of them is part of the title, not a body.
 */
export const STAFF_TITLE_TAILS: readonly string[] = DATA.staffTitleTails;

/**
 * A service's generic name that, right after a title head's "of" with no article and before the
 * "of" of the body, is a word of the title ("Chief of Defence Force of the TPDF"), no body (lower-cased).
 */
export const TITLE_SERVICE_NAMES: readonly string[] = DATA.titleServiceNames;

/**
 * Marks of an office held for the time being, written after the title and its comma, before the
 * name ("Chargé d'Affaires, a.i. Jane Roe"; lower-cased): no part of the name, as ranks.
 */
export const INTERIM_MARKERS: readonly string[] = DATA.interimMarkers;

/**
 * Adjectives between an appointment and the office it gives, after an article: "X was named the
 * new commander of Y", "appointed X as the acting head of Y" (lower-cased).
 */
export const APPOINTMENT_MODIFIERS: readonly string[] = DATA.appointmentModifiers;

/**
 * Words that open a title and never a body's name: "Chief Cabinet Secretary X" and "Deputy
 * Cabinet Secretary X" are titles, not a body "Chief Cabinet" before the title "Secretary".
 */
export const TITLE_OPENERS: readonly string[] = DATA.titleOpeners;

/**
 * Title heads that also open real bodies' names ("General Staff", "General Dynamics", "The
 * Diplomat"): a run they open before a body noun stays a body (title-bodies.ts).
 */
export const BODY_NAME_TITLE_HEADS: readonly string[] = DATA.bodyNameTitleHeads;

/** Words a minister's portfolio drops before it is matched to a ministry's ("Minister of National Defense" is "defence"). */
export const PORTFOLIO_FILLERS: readonly string[] = DATA.portfolioFillers;

/**
 * Phrases that join a title to its portfolio, capitalised inside a title ("Deputy Director in
 * Charge of Operations"): no part of a name; the portfolio after them is read as after "of".
 */
export const PORTFOLIO_OPENERS: readonly string[] = DATA.portfolioOpeners;

/**
 * Words that open a rank before its abbreviation ("Command Sgt. Maj.", "Command Master Chief"):
 * though a body's head, not the end of a body's name before the rank.
 */
export const RANK_OPENERS: readonly string[] = DATA.rankOpeners;

/**
 * A unit's word that opens an air force's rank before a title head ("Squadron Leader", "Wing
 * Commander", "Group Captain", "Flight Lieutenant"): part of the title, though a body's head.
 */
export const RANK_UNIT_WORDS: readonly string[] = DATA.rankUnitWords;

/**
 * Words that open a sentence's fronted phrase ("Upon meeting X, the Australian PM said …", "After
 * receiving X, the Chinese president thanked …"): the name in it is no subject, and the title
 * phrase after its comma and before a verb is the main clause's subject, no apposition of that name.
 */
export const FRONTED_PHRASE_OPENERS: readonly string[] = DATA.frontedPhraseOpeners;

/**
 * Title modifiers that open a rank or title worn before a name ("Senior Colonel", "Rear Admiral",
 * "Air Marshal"), unlike those that name a portfolio ("Defence", "National"): after a body's name
 * they start the person's part of the run ("the Ministry of National Defence Senior Colonel X").
 */
export const RANK_OPENING_MODIFIERS: readonly string[] = DATA.rankOpeningModifiers;

/** Prepositions that join a title to its portfolio or its posting ("Minister of Defence", "Consul General in Shanghai"). */
export const PORTFOLIO_PREPOSITIONS: readonly string[] = DATA.portfolioPrepositions;

/**
 * A diplomatic mission's head by his title, and the body he heads by its name's words ("ambassador"
 * and "embassy", "high commissioner" and "high commission"): the title's holder serves the body.
 */
export const MISSION_OFFICES: ReadonlyMap<string, string> = wordTable(DATA.missionOffices);

/**
 * Marks of a retired rank, written in brackets between the rank and the name ("General (R) X",
 * "Lt Gen (Retd) Y"): the person keeps the rank's and the title's phrase; the title is not a past one.
 */
export const RETIRED_RANK_MARKS: readonly string[] = DATA.retiredRankMarks;

/** Words that make a title a past one ("former Defence Minister X" no longer serves the ministry). */
export const PAST_TITLE_MARKS: readonly string[] = DATA.pastTitleMarks;

/** Spellings of a portfolio word made one ("defense" is "defence"). */
export const PORTFOLIO_SPELLINGS: ReadonlyMap<string, string> = wordTable(DATA.portfolioSpellings);

/** Nouns that tell of another holder of one's office ("his counterpart"): a portfolio named once may then be two people's. */
export const PEER_NOUNS: readonly string[] = DATA.peerNouns;

/**
 * Titles of a monarch's house by which the Gulf and royal press name a person with one given name
 * ("King Salman", "Sheikh Mohamed", "Prince Khalid"), and the peerage titles by which the press
 * names a peer or a Tongan noble ("Lord Ahmad", "Lord Tu'ivanako", "Baroness Ashton"): the title
 * stays in that person's name ("Sultan" is left out: "Sultan Haitham" is Haitham, and Sultan is a
 * given name too).
 */
export const REGNAL_TITLES: readonly string[] = DATA.regnalTitles;

/**
 * Title heads that may run straight into the name of the body the holder leads, without "of"
 * ("Chairman Joint Chiefs of Staff Committee of Pakistan, General X", "Commander Eastern Naval
 * Command, Vice Admiral X"), as in South Asian and West African English.
 */
export const BODY_LEAD_HEADS: readonly string[] = DATA.bodyLeadHeads;

/**
 * Heads of leading (among BODY_LEAD_HEADS) that also open a body's own name ("Chief Directorate",
 * "Head Office"): before a body's name they stay part of it, not the holder's title.
 */
export const NAME_OPENING_LEAD_HEADS: readonly string[] = DATA.nameOpeningLeadHeads;

/**
 * Title heads written without their accent, by the accented head ("charge" for "chargé"): read as
 * the head only before the French word that completes the title ("charge d'affaires"), since the
 * bare word is a common noun.
 */
export const UNACCENTED_TITLES: ReadonlyMap<string, string> = wordTable(DATA.unaccentedTitles);

/**
 * Title heads as news misspells them, by the head ("minster", "mnister" for "minister"): read as
 * the head where a title stands, capitalised, after a title word or before "of" or a name ("Defence
 * Minster Bongani Dlamini", "Mnister of the National Guard"), not after a place's name ("York Minster").
 */
export const MISSPELT_TITLES: ReadonlyMap<string, string> = wordTable(DATA.misspeltTitles);

/**
 * Military ranks and service words worn before a name ("General", "Lt.", "Adm."): unlike an office
 * ("Foreign Minister", "President"), a rank before a name does not show that the names of a list
 * carry their titles before them ("Gen. A, the commander of X, and B": the title is A's).
 */
export const MILITARY_RANKS: readonly string[] = DATA.militaryRanks;

/**
 * Verbs of holding a seat "on" a body ("X serves on the Armed Services Committee", "who sits on
 * the Defence Committee"): present tense only, since a seat once held is told with a date.
 */
export const SEAT_VERBS: readonly string[] = DATA.seatVerbs;

/** Common nouns of a seat's body "of" an organization ("serves on the board of Saab"): the organization. */
export const SEAT_BODY_NOUNS: readonly string[] = DATA.seatBodyNouns;

/**
 * Abbreviated ranks and titles before a name, lower-cased without their stop, with the words they
 * stand for ("lt": "lieutenant", "radm": "rear admiral"): each is a title word, and a title head
 * where its last word is one ("Lt. Gen. X", "RADM Y", "Sqn Ldr Z").
 */
export const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = wordTable(DATA.rankAbbreviations);

/**
 * Words that close a plural title set off after a list of names and say that each name holds it
 * for the owner at the same place ("A and B, the foreign ministers of X and Y respectively,").
 */
export const RESPECTIVE_MARKERS: readonly string[] = DATA.respectiveMarkers;

/** Words that may open a plural title set off after a list of names ("the", "both"). */
export const RESPECTIVE_OPENERS: readonly string[] = DATA.respectiveOpeners;

/**
 * Verbs (with their preposition) of a relative clause after a name that tie the person to the body
 * or country named next ("X, who works for the IISS,", "X, who speaks for the ministry,"); not
 * "works with" (a partner) nor "represents" ("who represents Georgia in the Senate": a US state).
 */
export const RELATIVE_SERVICE_PHRASES: readonly string[] = DATA.relativeServicePhrases;
