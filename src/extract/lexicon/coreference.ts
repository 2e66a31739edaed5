/**
 * Coreference lexicon (data in coreference.json): the pronouns, group nouns ("the two leaders"),
 * meeting phrases that a plural subject takes, the words that keep a phrase from being asserted,
 * the nouns of "the country" and "the company", and the speech verbs that name a quotation's speaker.
 */
import DATA from "./coreference.json" with { type: "json" };
import { wordTable } from "./word-table.ts";

/** Third-person singular pronouns that stand for a person. */
export const PERSON_PRONOUNS: readonly string[] = DATA.personPronouns;
/** First-person singular pronouns: the speaker of the quotation they stand in. */
export const SPEAKER_SINGULAR: readonly string[] = DATA.speakerSingular;
/** First-person plural pronouns: the speaker's country (or the speaking body itself). */
export const SPEAKER_PLURAL: readonly string[] = DATA.speakerPlural;
/** Third-person plural pronouns that may stand for a group of people. */
export const PLURAL_PRONOUNS: readonly string[] = DATA.pluralPronouns;
/** Plural nouns after "the two" / "both" that stand for two people named earlier. */
export const GROUP_NOUNS: readonly string[] = DATA.groupNouns;
/**
 * Plural nouns after a bare "the" that stand for the two parties named earlier ("The sides
 * exchanged views", "The delegations held talks"); other group nouns need "the two" or "both".
 */
export const DEFINITE_GROUP_NOUNS: readonly string[] = DATA.definiteGroupNouns;
/** Past-tense phrases after a group subject that say its members met ("held talks"). */
export const GROUP_MEET_PHRASES: readonly string[] = DATA.groupMeetPhrases;
/** Words between a subject and its verb that make the phrase planned, possible or negated. */
export const NOT_ASSERTED: readonly string[] = DATA.notAsserted;
/** Lower-case words before a country noun that keep "the … country" from standing for the one country named before ("the other country", "the host nation", "the member state"). */
export const OTHER_COUNTRY_MODIFIERS: readonly string[] = DATA.otherCountryModifiers;
/** Nouns of a definite description that stands for a company ("the company", "the shipbuilder"). */
export const COMPANY_NOUNS: readonly string[] = DATA.companyNouns;
/** Last words of an organization's name that make it a company ("Turkish Aerospace Industries"). */
export const COMPANY_HEADS: readonly string[] = DATA.companyHeads;
/**
 * Words in a group's meeting clause that say its members met others apart, not each other ("they
 * held talks with their respective counterparts", "they separately met …").
 */
export const GROUP_APART_WORDS: readonly string[] = DATA.groupApartWords;
/**
 * Links after a main clause's comma that open a clause of the same subject's next act ("X paid a
 * courtesy call to Y, after which he held talks with Z": he is X, not Y).
 */
export const SUBJECT_CLAUSE_LINKS: readonly string[] = DATA.subjectClauseLinks;
/** Speech verbs (lemmas) that attribute a quotation to its speaker. */
export const SAY_VERBS: readonly string[] = DATA.sayVerbs;
/** Nouns of a statement whose bare "the statement" speaks for the author told with it before ("X said in a statement"). */
export const STATEMENT_NOUNS: readonly string[] = DATA.statementNouns;
/** Verbs besides the say verbs whose subject is the author of the statement they carry ("X issued a statement"). */
export const STATEMENT_ISSUE_VERBS: readonly string[] = DATA.statementIssueVerbs;
/** Nouns by which a later sentence names who made the remarks before it ("X made the remarks at a briefing"). */
export const REMARK_NOUNS: readonly string[] = DATA.remarkNouns;
/** Verbs (lemmas) of giving or getting arms after which a sentence-opening "It" is a country or body ("It ordered 30 more"). */
export const IT_SUPPLY_VERBS: readonly string[] = DATA.itSupplyVerbs;

/**
 * Verbs of a reply: an opening "It" that denies or rejects answers the party a claim before it
 * named ("Kenya accused Uganda of arming rebels. It denied …" may be Uganda), so it continues the
 * previous sentence's subject only when that sentence names no one else.
 */
export const IT_REPLY_VERBS: readonly string[] = DATA.itReplyVerbs;

/** Words that may stand between a group subject and its verb ("They then met", "had met"). */
export const SUBJECT_VERB_FILLERS: readonly string[] = DATA.subjectVerbFillers;
/** Words that change a title's rank: "the minister" is not the deputy minister. */
export const RANK_MODIFIERS: readonly string[] = DATA.rankModifiers;
/** Spellings of one title word, "variant|canonical" ("defence|defense"). */
export const TITLE_SPELLINGS: readonly string[] = DATA.titleSpellings;
/** Titles before a name that say the person is a man ("Mr", "King"). */
export const MALE_TITLES: readonly string[] = DATA.maleTitles;
/** Titles before a name that say the person is a woman ("Ms", "Queen"). */
export const FEMALE_TITLES: readonly string[] = DATA.femaleTitles;
/** Pronouns that stand for a man. */
export const MALE_PRONOUNS: readonly string[] = DATA.malePronouns;
/** Pronouns that stand for a woman. */
export const FEMALE_PRONOUNS: readonly string[] = DATA.femalePronouns;
/** Possessive pronouns of one person ("his trip", "her visit"). */
export const POSSESSIVE_PERSON_PRONOUNS: readonly string[] = DATA.possessivePersonPronouns;
/** Possessive pronouns, of persons or of countries and bodies ("his", "its", "their", "our"). */
export const POSSESSIVE_PRONOUNS: readonly string[] = DATA.possessivePronouns;

/** Participles that may open a definite description before its title ("the visiting minister" is the minister). */
export const DESCRIPTION_PARTICIPLES: readonly string[] = DATA.descriptionParticiples;

/**
 * Descriptions of one person that fit any title the person was introduced with ("the Senegalese
 * military leader" for an inspector general, "the visiting dignitary" for a chief of staff).
 */
export const GENERIC_PERSON_TITLES: readonly string[] = DATA.genericPersonTitles;
/**
 * A description's head that stands for any of several titles, "head|title,title": "the French
 * leader" for "President X" or "Prime Minister Y", "the Chinese envoy" for "Ambassador Z".
 */
export const BROADER_TITLES: readonly string[] = DATA.broaderTitles;
/** Words that, with a military rank, still make only a rank ("Rear Admiral", "Air Vice Marshal"). */
export const RANK_TITLE_WORDS: readonly string[] = DATA.rankTitleWords;
/**
 * Heads and modifiers of a military office that a person the document introduced only by a rank
 * may hold ("General X … the Nigerian army chief"; "Admiral Y … the navy commander").
 */
export const RANK_OFFICE_HEADS: readonly string[] = DATA.rankOfficeHeads;
export const RANK_OFFICE_MODIFIERS: readonly string[] = DATA.rankOfficeModifiers;
/** Nouns of a definite description that stand for the document's visitor ("the guest"). */
export const VISITOR_NOUNS: readonly string[] = DATA.visitorNouns;
/** Lemmas right after a person that make the person a visitor ("X, who is on an official visit", "X arrived"). */
export const VISIT_CUES: readonly string[] = DATA.visitCues;
/**
 * Forms of the words of a visit right before the place visited ("visited Peru", "arrived in
 * Peru", "a visit to Peru"); forms, as the tagger recovers the lemma of known verbs only.
 */
export const VISITED_PLACE_CUES: readonly string[] = DATA.visitedPlaceCues;
/**
 * Words that may stand between a visit cue and the place visited ("visited Peru", "arrived in
 * Peru", "a visit to the Philippines").
 */
export const VISITED_PLACE_LINKS: readonly string[] = DATA.visitedPlaceLinks;
/** Lemmas of receiving someone: the person they take as object is a visitor ("received General X"). */
export const HOST_VERBS: readonly string[] = DATA.hostVerbs;

/** Lemmas of a sentence that only names who told the sentence before ("Turkey handed over equipment. The General Staff's press service reported."). */
export const CLOSING_REPORT_VERBS: readonly string[] = DATA.closingReportVerbs;

/** Verbs that tell a meeting only after a titled group subject ("the two defence ministers discussed …"). */
export const TITLED_GROUP_PHRASES: readonly string[] = DATA.titledGroupPhrases;
/**
 * One voice of a group, "singular|plural": "One official said …" after "US officials …" speaks
 * for the country the group was named by.
 */
export const GROUP_VOICES: readonly string[] = DATA.groupVoices;

/**
 * Kinds of country a definite description names, "kind/other words of it|Country,Country": "the Sultanate", "the
 * kingdom", "the island nation", "the Gulf state" stand for the one country of that kind the
 * document named before (a country's official style or its geography, not a judgement).
 */
export const COUNTRY_KINDS: readonly string[] = DATA.countryKinds;
/**
 * Nouns of a body that is a country's government by the conventions ("the junta"): introduced
 * with its country ("Niger's junta", "the junta in Bamako"), the bare noun later stands for it.
 */
export const STATE_NOUNS: readonly string[] = DATA.stateNouns;

/**
 * Nouns of an act that, with a referring determiner and no actor of their own, stand for an act
 * told just before ("A fired missiles. B condemned the launch."), each with the verbs of the acts
 * it may stand for; the nouns that stand for any act ("the move"), all act verbs, the verbs that
 * tell an act by their object noun ("carried out strikes"), the nouns of forces whose demonym tells
 * the actor ("Russian troops shelled …"), the verbs whose "from" tells the actor of their passive
 * ("shells fired from Myanmar"), and the pronouns that stand for an act.
 */
export interface ReferredActs {
  readonly nouns: ReadonlyMap<string, readonly string[]>;
  readonly generalNouns: readonly string[];
  readonly verbs: readonly string[];
  readonly carrierVerbs: readonly string[];
  readonly forceNouns: readonly string[];
  readonly agentFromVerbs: readonly string[];
  readonly pronouns: readonly string[];
  readonly irregularForms: ReadonlyMap<string, string>;
}

/** The built-in referred acts (coreference.json referredActs). */
export const REFERRED_ACTS: ReferredActs = {
  ...DATA.referredActs,
  nouns: wordTable(DATA.referredActs.nouns),
  irregularForms: wordTable(DATA.referredActs.irregularForms),
};

/**
 * Group subjects that stand for the actors coordinated or met just before ("The two leaders
 * condemned …", "The three Sahel countries said …"): the number words that count the group (its
 * plural nouns of people and of countries are the stage-words lists groupPersonNouns and
 * groupCountryNouns, read from the lexicon value).
 */
export const GROUP_SPEAKERS: {
  readonly numbers: ReadonlyMap<string, number>;
} = { numbers: wordTable(DATA.groupSpeakers.numbers) };
