/**
 * Organization descriptions (data in the JSON file beside this one): lower-case noun phrases that, after a country's
 * possessive or demonym, name one of its bodies ("Ukraine's military intelligence agency",
 * "the Polish navy"); the named organizations some of them stand for; the head nouns a later
 * definite description ("the agency") may refer back with; and the "known as" phrases.
 */
import DATA from "./descriptions.json" with { type: "json" };

/** Descriptions, longest first is not required (the matcher prefers the longest). */
export const ORG_DESCRIPTIONS: readonly string[] = DATA.orgDescriptions;

/**
 * Descriptions that name a known organization: `Country|description|Canonical name` (the
 * canonical name must be in the organization gazetteer).
 */
export const ORG_DESCRIPTION_NAMES: readonly string[] = DATA.orgDescriptionNames;

/**
 * Nouns a definite description may refer back with ("the agency", "the ministry"), each with
 * the last words of the organization names it fits.
 */
export const ORG_ANAPHORS: readonly string[] = DATA.orgAnaphors;

/** Nouns of a published finding whose definite form ("the report said") refers back to its source. */
export const REPORT_NOUNS: readonly string[] = DATA.reportNouns;

/**
 * Nouns of any document: "the document" refers back to the last document named whatever its noun
 * ("Amnesty released a report … The document goes on to state that …").
 */
export const GENERIC_DOCUMENT_NOUNS: readonly string[] = DATA.genericDocumentNouns;

/** Verbs by which a source puts out a report ("Amnesty published a report"). */
export const PUBLISH_VERBS: readonly string[] = DATA.publishVerbs;

/**
 * Verbs of rejecting or judging whose object "the report" stands for the last report named ("A UN
 * report accused X … Y rejected the report as baseless" → Y judges the UN), lemmas.
 */
export const REPORT_JUDGING_VERBS: readonly string[] = DATA.reportJudgingVerbs;

/**
 * Words of judgement (nouns and adjectives of an evaluation, whatever its polarity: "intentions",
 * "goodwill", "provocation", "irresponsible", "proof") whose owner a claim judges: "said the
 * statements remind the world of Turkey's real intentions" is about Turkey.
 */
export const JUDGEMENT_WORDS: readonly string[] = DATA.judgementWords;

/**
 * Nouns of an actor's conduct, whatever its polarity ("involvement", "support", "role", "desire",
 * "violations", "presence"): a claim whose subject names no actor but whose predicate tells an
 * actor's conduct is about that actor, as with a word of judgement: "said the evidence proved
 * Khartoum's support for the rebels" is about Sudan, "said the root cause was the desire of the US
 * to …" about the US.
 */
export const CONDUCT_NOUNS: readonly string[] = DATA.conductNouns;

/**
 * Modifiers that make a word of judgement or a noun of conduct someone else's claim ("accusations
 * about alleged military threats by Lithuania", "the purported involvement of Iran"): the speaker
 * judges no one by naming it.
 */
export const DISOWNING_MODIFIERS: readonly string[] = DATA.disowningModifiers;

/** Phrases after a comma that give another name ("The agency, known as the GUR, said"). */
export const ALIAS_CUES: readonly string[] = DATA.aliasCues;

/**
 * Nouns of a tie between actors that stand between an actor (or "its", "their") and the name they
 * describe: "China and U.S. ally Australia", "Germany and its ally France", "NATO member Norway".
 * The name heads the phrase.
 */
export const APPOSITIVE_NOUNS: readonly string[] = DATA.appositiveNouns;

/**
 * Adjectives of a tie that may open an actor phrase before its name, as a determiner does
 * ("accused neighbouring Rwanda of …", "allegations by neighboring Ethiopia"): the name after them
 * is the phrase's head.
 */
export const TIE_ADJECTIVES: readonly string[] = DATA.tieAdjectives;

/**
 * Descriptor nouns after an organization's name that make it a state's selling body ("Russia's
 * Rosoboronexport arms agency has signed contracts"): its country sells with it, also where the
 * body is the subject of the transfer (relations/company-states.ts).
 */
export const STATE_SELLER_NOUNS: readonly string[] = DATA.stateSellerNouns;

/**
 * Verbs besides the statement verbs after which "it"/"they" is the speaker: denials and
 * commitments ("denied that it had …", "pledged that they would …").
 */
export const SPEAKER_VERBS: readonly string[] = DATA.speakerVerbs;

/**
 * Nouns of events, places of action and topics after a name ("the Ukraine war", "the Kosovo
 * conflict", "the Libya operation", "a Pakistan visit"): the name only modifies the noun, so the
 * phrase does not stand for that actor (no recipient, partner or speaker).
 */
export const EVENT_HEADS: readonly string[] = DATA.eventHeads;

/**
 * Nouns after a demonym that name people of the country who do not act for its state ("Syrian
 * rebels", "Ukrainian civilians", "the Venezuelan opposition"): the demonym does not stand for
 * the country as an actor there.
 */
export const NON_STATE_GROUPS: readonly string[] = DATA.nonStateGroups;

/**
 * Nouns of a body formed by other bodies, in an organization's appositive ("X, a consortium of A
 * and B", "X (a joint venture of A and B)"): each member body is affiliated with X.
 */
export const MEMBER_GROUP_NOUNS: readonly string[] = DATA.memberGroupNouns;

/** Words between such a noun and its member bodies ("of", "comprising", "formed by"). */
export const MEMBER_CONNECTORS: readonly string[] = DATA.memberConnectors;

/**
 * Nouns of belonging in an organization's appositive ("X, a subsidiary of Y", "X, the trade arm of
 * Y"): X is affiliated with Y.
 */
export const PART_OF_NOUNS: readonly string[] = DATA.partOfNouns;

/** Copulas that join a body to the phrase of what it is part of ("The Quds Force is the elite branch of the IRGC"). */
export const PART_OF_COPULAS: readonly string[] = DATA.partOfCopulas;

/** Plural nouns of an armed service's members ("Venezuelan air force pilots": the service is named). */
export const SERVICE_MEMBER_NOUNS: readonly string[] = DATA.serviceMembers;

/**
 * Last words of a body's name that make it a part of the body named after it with "of" ("the
 * Central Military Commission of the PLA"); not "Amnesty International of the IDF", where "of"
 * follows a nominalised verb.
 */
export const SUB_BODY_HEADS: readonly string[] = DATA.subBodyHeads;

/**
 * Words right after a country's name inside a body's name that make the country what the body
 * deals with, not its owner ("the Taiwan Affairs Office of the State Council" is China's).
 */
export const SUBJECT_WORDS: readonly string[] = DATA.subjectWords;

/**
 * Nouns of unnamed sources after "citing" ("Reuters reported, citing sources", "citing an
 * unnamed official"): the statement relays theirs. Evidence is no source ("citing the missile's
 * flight trajectory").
 */
export const CITED_SOURCE_NOUNS: readonly string[] = DATA.citedSourceNouns;

/**
 * Lowercase heads of a unit that speaks for the named body or country before it ("The UN panel
 * said", "a NATO team found", "the Chinese delegation said"): the body is the speaker.
 */
export const SPEAKING_UNITS: readonly string[] = DATA.speakingUnits;

/**
 * Participles that open an actor phrase inside a list like a determiner ("A and visiting US
 * Defense Secretary B held talks", "the outgoing minister").
 */
export const VISIT_PARTICIPLES: readonly string[] = DATA.visitParticiples;

/** Words of a photo caption's position marker after a name ("Putin (R)", "Kim, left,"): part of no phrase. */
export const CAPTION_POSITIONS: readonly string[] = DATA.captionPositions;
