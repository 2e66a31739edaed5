/**
 * Organization gazetteer (data in the JSON file beside this one): ministries, militaries, intelligence services, news agencies,
 * alliances and defence companies that international-affairs news names often, as entries of the
 * lexicon schema in organizations.json (all-capital aliases match case-sensitively).
 */
import DATA from "./organizations.json" with { type: "json" };
import type { LexiconEntry, LexiconTable } from "../lexicon-schema.ts";
import { wordTable } from "./word-table.ts";

/** One entry per organization (lexicon schema); `perCountry` marks bodies every country has. */
export const ORGANIZATION_ENTRIES: readonly LexiconEntry[] = DATA.entities as LexiconEntry[];

/**
 * Bodies of one country's government that the lexicon knows by name without their country
 * ("White House", "Kremlin"), by country: the built-in table governmentBodies of the lexicon value
 * (lexicon-schema.ts TABLE_KEYS), read through lexicon-tables.ts.
 */
export const GOVERNMENT_BODY_TABLE: LexiconTable = DATA.governmentBodies;

/**
 * Phrases that make a body's name a press office ("Inter-Services Public Relations", "Additional
 * Directorate General of Public Information", "the press service of the General Staff"): the voice
 * of its own side, relaying its news.
 */
export const PRESS_OFFICE_PHRASES: readonly string[] = DATA.pressOfficePhrases;

/**
 * Words that end a capitalised name of an organization ("Ministry of Defence", "Strategic
 * Rocket Forces"): the fallback types such names as Organization.
 */
export const ORGANIZATION_HEADS: readonly string[] = DATA.organizationHeads;

/** First words of organization names every country has ("Foreign Ministry", "Navy"): qualified by country. */
export const GENERIC_ORG_STARTS: readonly string[] = DATA.genericOrgStarts;

/**
 * Last words of a political party's name ("Prosperity Party", "National Resistance Movement"), or
 * the common noun after it ("the United Democratic Alliance party"): a person's possessive before
 * such a body names the person's party.
 */
export const PARTY_HEADS: readonly string[] = DATA.partyHeads;

/**
 * A body's capitalised word that names no body alone, and the heads that may follow it in lower
 * case inside the name ("the Malian Armed forces", "the Ghana Air force").
 */
export const LOWERED_HEADS: ReadonlyMap<string, readonly string[]> = wordTable(DATA.loweredHeads);

/**
 * Bodies named for the building that houses them ("the Pentagon", "the Kremlin"): a body where
 * it speaks or acts ("the Pentagon said"), the building after a preposition of place ("met at the
 * Pentagon", the lexicon's word list seatBodyPrepositions).
 */
export const SEAT_BODIES: readonly string[] = DATA.seatBodies;

/**
 * Nouns that describe an organization before or after its name ("public broadcaster Kan",
 * "state-owned shipyard SIMA", "Rosoboronexport, Russia's arms exporter"): the name is an
 * Organization, and a country's possessive before the noun is its country.
 */
export const DESCRIPTOR_NOUNS: readonly string[] = DATA.descriptorNouns;

/**
 * Descriptor nouns of a maker, seller or state body written after its name ("the Baykar company",
 * "Russia's Rosoboronexport arms agency"): the name before them is the subject of the verb after
 * them. Media nouns ("Reuters news agency said") are not among them.
 */
export const INDUSTRY_DESCRIPTOR_NOUNS: readonly string[] = DATA.industryDescriptorNouns;

/**
 * Descriptor nouns written capitalised between a country and a company's name ("Switzerland
 * Manufacturer Pilatus Limited", "Korea Aircraft Maker KAI"): they and the country before them
 * describe the company; its name starts after them.
 */
export const CAPPED_DESCRIPTOR_NOUNS: readonly string[] = DATA.cappedDescriptorNouns;

/**
 * Words before and after an unknown name that make it an organization ("a contract with X",
 * "shares in X", "built by X"; "X's chief executive", "X, which makes", "X said in a statement"),
 * each a phrase of lower-case tokens as the tokenizer splits them.
 */
export const ORGANIZATION_CONTEXT: Readonly<{ before: readonly string[]; after: readonly string[] }> = {
  before: DATA.contextBefore,
  after: DATA.contextAfter,
};

/**
 * Two-word heads of bodies whose last word alone names a place ("Southern Military District",
 * "Capital Military Region"): a capitalised run ending with one is a body.
 */
export const COMPOUND_HEADS: readonly string[] = DATA.compoundHeads;

/**
 * Verbs of a news outlet that close a sentence after a comma and the outlet's name ("…, Kazinform
 * reports.", "…, Trend reported."): the name is an Organization.
 */
export const OUTLET_VERBS: readonly string[] = DATA.outletVerbs;

/**
 * Cues of a report's source around an unknown name ("told X.", "citing X.";
 * "X has reported"): `before` phrases (lower-case tokens) and the words that may stand between
 * the name and an outlet's verb (OUTLET_VERBS).
 */
export const SOURCE_CUES: Readonly<{ before: readonly string[]; verbLeads: readonly string[] }> =
  DATA.sourceCues;
/**
 * Head words of a news outlet's name ("The New York Times", "The Washington Post"): after "the",
 * alone, they name the one outlet of the document whose name they end ("the Times").
 */
export const OUTLET_HEADS: readonly string[] = DATA.outletHeads;

/**
 * Legal-form and group words after a company's name ("Raytheon Co", "BAE Systems Plc", "Hanwha
 * Group", "China State Shipbuilding Corporation Limited"): they stay in the company's mention, and
 * alone they name nothing. A full stop after an abbreviation ("Co.") is the tokenizer's own token.
 */
export const COMPANY_SUFFIXES: readonly string[] = DATA.companySuffixes;

/**
 * Lower-case nouns after a name no list knows that make it an organization ("Yeni Shafak
 * newspaper has reported", "the Wagner group", "the Zentrix company"); two-word nouns are one
 * string ("news agency").
 */
export const ORGANIZATION_TAIL_NOUNS: readonly string[] = DATA.tailNouns;

/**
 * "army|land,whole": the last words of an armed service's name, the kind of force the name names
 * (the first kind: the land force, all the armed forces, the air force or the navy), then the
 * kinds a lower-case description with those words may mean when the document names no force of
 * the first ("the Liberian army" is the Armed Forces of Liberia where no army is named). A
 * description of a country's service is the one named force of that kind and country.
 */
export const SERVICE_KINDS: readonly string[] = DATA.serviceKinds;
/**
 * Capitalised heads after a title's possessive that make the whole a body's name ("the Attorney
 * General's Office", "the President's Office", "the Prosecutor General's Department").
 */
export const TITLE_OFFICE_HEADS: readonly string[] = DATA.titleOfficeHeads;
/**
 * Lower-case heads after an acronym no list knows that make the acronym a body's name ("the NHI
 * consortium", "the PDP party", "Pakistan's ISPR office"); not the heads a capability shares with
 * a body ("mission", "force", "group": "the SEAD mission", "the QRA force").
 */
export const ACRONYM_BODY_HEADS: readonly string[] = DATA.acronymBodyHeads;
/**
 * Acronyms of capabilities and common things ("the ISR mission", "an NGO group"): before a body's
 * head or beside a body's name, they name no body.
 */
export const NOT_BODY_ACRONYMS: readonly string[] = DATA.notBodyAcronyms;

/**
 * Head words of a country's armed and police services ("Army", "Defence Forces", "Police"): after
 * the country's name and before a rank or title ("U.S. Army Maj. Gen. X"), they end the body's name.
 */
export const SERVICE_HEADS: readonly string[] = DATA.serviceHeads;

/**
 * Head words of a country's diplomatic posts ("Embassy", "Consulate"): after the country's name and
 * before a title ("U.S. Embassy Chargé d'Affaires X"), they end the post's name as service heads do.
 */
export const DIPLOMATIC_POST_HEADS: readonly string[] = DATA.diplomaticPostHeads;

/** Armed services every country has, named bare ("the Navy"): a country's service, never a body of its own. */
export const BARE_SERVICES: readonly string[] = DATA.bareServices;

/**
 * Heads of a body's name that, capitalised alone ("the Command's", "the Company"), refer back to
 * the one body of the document whose name ends with them, and name nothing else.
 */
export const BARE_HEADS: readonly string[] = DATA.bareHeads;

/**
 * Heads every country's body may bear ("the Ministry said", "the Embassy said", "Commissioner of
 * Police"), and an outlet's "Press" ("Press secretary of the minister"): printed alone they refer back to the document's one body they head ("Foreign Affairs
 * Ministry", "Ministry of Defence", "US Embassy"), and name no body of their own. Read only where a
 * bare head is resolved, not where a head is shared ("Army and Navy Club").
 */
export const LONE_HEADS: readonly string[] = DATA.loneHeads;

/**
 * Heads of forums named after the country they are about ("Ukraine Defense Contact Group", "Syria
 * Support Group", "Ukraine Recovery Conference"): such a body is not that country's.
 */
export const FORUM_HEADS: readonly string[] = DATA.forumHeads;

/**
 * Heads of bodies that no name of their own reveals as a body ("Team", "Meeting", "Mechanism")
 * until the article defines the name with an acronym in brackets ("the International Monitoring
 * Team (IMT)", "the ASEAN Defence Ministers' Meeting (ADMM)"): only then the fallback names a body.
 */
export const SPELLED_BODY_HEADS: readonly string[] = DATA.spelledBodyHeads;

/**
 * Heads of military units that an ordinal in digits opens ("the 104th Fighter Wing", "the 24th
 * Marine Expeditionary Unit", "the 7th Fleet"): with the ordinal, the capitalised name is a body.
 */
export const UNIT_HEADS: readonly string[] = DATA.unitHeads;

/**
 * Heads of military units that a number in digits opens or closes ("102 Squadron", "the 14th
 * Group", "Task Force 61", "Jungle Brigade 19"): with the number, the capitalised name is a unit.
 */
export const NUMBERED_UNIT_HEADS: readonly string[] = DATA.numberedUnitHeads;

/** Heads of units named by a capitalised word after them ("Task Force Eagle"). */
export const NAMED_UNIT_HEADS: readonly string[] = DATA.namedUnitHeads;

/**
 * Heads of institutions named after two coordinated fields or services ("Command and Staff
 * College", "Army and Navy Club", "Research and Analysis Wing"): a single capitalised word, "and",
 * one capitalised word and one of these heads make one name, the head shared by both words.
 */
export const SHARED_MODIFIER_HEADS: readonly string[] = DATA.sharedModifierHeads;

/**
 * Last words of a longer form of a listed name ("Raytheon Technologies Corp.", "Mahindra Defence
 * Systems", "Revolutionary Guards Corps"): capitalised words after a listed body that end in one
 * of them are the same body's name, not a second body.
 */
export const NAME_TAILS: readonly string[] = DATA.nameTails;

/** Last words of a longer form of a listed weapon's name ("Harpoon Coastal Defense Systems"). */
export const WEAPON_NAME_TAILS: readonly string[] = DATA.weaponNameTails;

/**
 * Words that close a firm's name after "&" ("Smith & Sons", "Ngom & Freres", "Moreau & Fils",
 * "Booz & Company"): a partnership's or a family firm's word, which no personal name ends in.
 */
export const PARTNER_WORDS: readonly string[] = DATA.partnerWords;

/**
 * Legal forms written with a slash, which the tokenizer splits in three ("Hydrema Export A/S",
 * Danish and Norwegian "I/S", "K/S", Brazilian "S/A"): they close a firm's name.
 */
export const SLASHED_COMPANY_SUFFIXES: readonly string[] = DATA.slashedCompanySuffixes;

/**
 * Heads of a body inside a listed body ("university", "command"): "the People's Liberation Army
 * Medical University" is a body of its own, named with its parent's name.
 */
export const SUB_BODY_HEADS: readonly string[] = DATA.subBodyHeads;

/**
 * Heads of an armed service inside a listed body ("PLA Air Force", "IRGC Navy", "PLA Rocket
 * Force"): right after the listed body's name they make a body of its own, named with its
 * parent's name (not the parent's "of" sub-bodies of SUB_BODY_HEADS: "Ground Forces of the Armed
 * Forces of Ukraine" stays one name).
 */
export const SERVICE_SUB_BODY_HEADS: readonly string[] = DATA.serviceSubBodyHeads;

/**
 * Plural nouns of an armed group's members ("rebels", "guerrillas"): a name of two or more
 * capitalised words right before one is the group's name ("Shining Path rebels", "Abu Sayyaf
 * militants").
 */
export const ARMED_GROUP_MEMBERS: readonly string[] = DATA.armedGroupMembers;

/**
 * Body heads that "General" follows inside the body's own name ("Directorate General of Public
 * Information", "Consulate General of India"): there "General" is no rank opening a holder's name.
 */
export const GENERAL_SUFFIXED_HEADS: readonly string[] = DATA.generalSuffixedHeads;

/**
 * Heads of bodies' names in Spanish, Portuguese, French and Italian, lower-cased ("Ministerio de
 * Seguridad Pública", "Fuerza Aérea"), and the particles that join them to what follows: such a
 * head, then a particle, opens a body's name. No head that is also a given name ("Marina": "Marina de
 * Souza" is a person).
 */
export const ROMANCE_BODY_HEADS: { heads: readonly string[]; particles: readonly string[] } =
  DATA.romanceBodyHeads;

/**
 * A ministry's acronyms, as written, by the name of the ministry they stand for ("Foreign
 * Ministry": "MFA", "MOFA"): the built-in table ministryAcronyms of the lexicon value, read through
 * lexicon-tables.ts by ministry-acronyms.ts.
 */
export const MINISTRY_ACRONYM_TABLE: LexiconTable = DATA.ministryAcronyms;

/**
 * A ministry's two word orders ("Armenian Ministry of Defence", "Armenian Defence Ministry"): the
 * heads that take a portfolio after "of" or before them, and the portfolio's spellings folded to
 * one ("defense" is "defence", "foreign affairs" is "foreign"); read by body-keys.ts.
 */
export const MINISTRY_WORD_FORMS: {
  readonly heads: readonly string[];
  readonly shortForms: ReadonlyMap<string, string>;
} = { ...DATA.ministryWordForms, shortForms: wordTable(DATA.ministryWordForms.shortForms) };
