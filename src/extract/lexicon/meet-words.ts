/**
 * Word lists of the meets rules (data in the JSON file beside this one): verbs that hold a meeting
 * noun, subordinators that open a clause before the main one, prepositions that make a meeting
 * noun an event, predicates of a meeting that did not happen, and words that keep signers apart.
 */
import DATA from "./meet-words.json" with { type: "json" };

/** The meeting word lists (meet-words.json) as one value: a frame table carries it (frames.ts createFrameTable). */
export type MeetWords = Readonly<typeof DATA>;

/** The built-in meeting word lists. */
export const MEET_WORDS: MeetWords = DATA;

/** Verbs whose subject takes part in the meeting noun they govern ("held talks", "paid a courtesy call"). */
export const HOLD_VERBS: readonly string[] = DATA.holdVerbs;

/** Subordinators that open a clause before the main one ("Before they met, …"). */
export const OPENING_SUBORDINATORS: readonly string[] = DATA.openingSubordinators;

/** Prepositions after which a meeting noun is an event the clause's subject took part in. */
export const EVENT_PREPOSITIONS: readonly string[] = DATA.eventPrepositions;

/** Predicates that say a meeting did not happen ("was postponed", "was called off"). */
export const UNREALISED: readonly string[] = DATA.unrealised;

/** Participles that say a meeting did not happen only after a form of "be" ("has been ruled out", "was abandoned"). */
export const UNREALISED_PASSIVES: readonly string[] = DATA.unrealisedPassives;

/** Words in a signing clause that say its signers were not together ("signed separately", "by video link"). */
export const APART_WORDS: readonly string[] = DATA.apartWords;
/** Words that tell talks held at a distance, not in person ("by phone", "a telephone conversation", "via video link"). */
export const REMOTE_WORDS: readonly string[] = DATA.remoteWords;
/** Adjectives before a meeting noun that say its coordinated subjects met apart ("at separate meetings"). */
export const APART_MODIFIERS: readonly string[] = DATA.apartModifiers;

/**
 * An apart word and a word before it in the clause that make it map each signer to a party
 * ("on behalf of the two ministries respectively"), not keep the signers apart.
 */
export const PARTY_MAPPINGS: readonly (readonly [string, string])[] = DATA.partyMappings.map(
  ([apart, opener]) => [apart as string, opener as string] as const,
);

/** Nouns of a group whose leader ("led by X") takes part in its meetings ("a delegation led by X met Y"). */
export const DELEGATION_NOUNS: readonly string[] = DATA.delegationNouns;

/** Nouns of a person's own companions besides the delegation nouns ("X and his team met Y": X met Y). */
export const COMPANION_NOUNS: readonly string[] = DATA.companionNouns;

/** Prepositions and articles of a delegation's phrase before "led by" ("a delegation of the X Embassy in Y led by Z"). */
export const DELEGATION_LINK_WORDS: readonly string[] = DATA.delegationLinkWords;

/** Words of a reciprocal partner ("met each other", "met one another"): the subjects met each other. */
export const RECIPROCAL_WORDS: readonly string[] = DATA.reciprocalWords;

/** Nouns that govern a meeting noun through a preposition and leave it to come ("preparations for a summit between A and B"). */
export const PENDING_NOUNS: readonly string[] = DATA.pendingNouns;

/** Predicates of a meeting noun that say it is still being arranged ("a meeting between A and B was being prepared"). */
export const PENDING_PREDICATES: readonly string[] = DATA.pendingPredicates;

/** Verbs after "to" that give a courtesy call's purpose, not an appeal ("called on General X to discuss …"). */
export const VISIT_PURPOSE_VERBS: readonly string[] = DATA.visitPurposeVerbs;

/** Lower-case words between the article and a titled partner's title ("hosted the new Minister of Defense of X, Y"). */
export const PARTNER_TITLE_MODIFIERS: readonly string[] = DATA.partnerTitleModifiers;

/** Definite nouns of a handover that refer back to goods received in the sentence before ("X made the delivery"). */
export const DELIVERY_NOUNS: readonly string[] = DATA.deliveryNouns;

/** Verbs that make a handover noun ("made the delivery", "The handover was made by X"). */
export const DELIVERY_VERBS: readonly string[] = DATA.deliveryVerbs;

/** Prepositions of a short place phrase between a meeting verb and its object ("received in his office X"). */
export const PLACE_PREPOSITIONS: readonly string[] = DATA.placePrepositions;

/** Determiners that open such a place phrase ("in his office", "at the ministry"). */
export const PLACE_DETERMINERS: readonly string[] = DATA.placeDeterminers;

/** Nouns of "on the sidelines of" an event ("held a meeting on the sidelines of the summit with X"). */
export const SIDELINE_NOUNS: readonly string[] = DATA.sidelineNouns;

/** Lemma phrases by which people join a meeting told before ("participated in", "took part in", "attended", "present at"). */
export const EVENT_JOIN_PHRASES: readonly (readonly string[])[] = DATA.eventJoinPhrases;

/** Nouns of a definite reference to a meeting told before ("the meeting", "Thursday's talks"). */
export const EVENT_REFERENCE_NOUNS: readonly string[] = DATA.eventReferenceNouns;

/** Determiners of a definite reference to a meeting told before ("the meeting", "this session"). */
export const EVENT_REFERENCE_DETERMINERS: readonly string[] = DATA.eventReferenceDeterminers;

/** Plural nouns of a group of visitors told without names ("Lawmakers from the United States met ..."). */
export const VISITOR_GROUP_NOUNS: readonly string[] = DATA.visitorGroupNouns;

/** Participles whose by-phrase names people who are with a person in person ("accompanied by X", "joined by X"). */
export const COMPANION_PARTICIPLES: readonly string[] = DATA.companionParticiples;

/** Prepositions after a meeting noun that name its own participants or body ("the meeting of NATO defence ministers"): another meeting. */
export const EVENT_REFERENCE_OWNERS: readonly string[] = DATA.eventReferenceOwners;

/**
 * Nouns of goods handed over in person ("received the keys from X", "handed over four trucks to Y"):
 * the goods a handover row of frames.json takes when it lists no objectNouns of its own.
 */
export const HANDOVER_GOODS: readonly string[] = DATA.handoverGoods;

/** Verbs of a clause describing a meeting in its holder's words ("what he described as a “warm meeting”"). */
export const DESCRIBING_VERBS: readonly string[] = DATA.describingVerbs;
