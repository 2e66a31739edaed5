/**
 * Word lists of the meets rules (data in the JSON file beside this one): the built-in value that a
 * frame table carries (the meets rules read their lists from it), and the few lists that readers
 * without a frame table take by name.
 */
import DATA from "./meet-words.json" with { type: "json" };

/** The meeting word lists (meet-words.json) as one value: a frame table carries it (frames.ts createFrameTable). */
export type MeetWords = Readonly<typeof DATA>;

/** The built-in meeting word lists. */
export const MEET_WORDS: MeetWords = DATA;

/** Subordinators that open a clause before the main one ("Before they met, …"). */
export const OPENING_SUBORDINATORS: readonly string[] = DATA.openingSubordinators;

/** Nouns of a group whose leader ("led by X") takes part in its meetings ("a delegation led by X met Y"). */
export const DELEGATION_NOUNS: readonly string[] = DATA.delegationNouns;

/** Lower-case words between the article and a titled partner's title ("hosted the new Minister of Defense of X, Y"). */
export const PARTNER_TITLE_MODIFIERS: readonly string[] = DATA.partnerTitleModifiers;

/** Prepositions of a short place phrase between a meeting verb and its object ("received in his office X"). */
export const PLACE_PREPOSITIONS: readonly string[] = DATA.placePrepositions;

/** Participles whose by-phrase names people who are with a person in person ("accompanied by X", "joined by X"). */
export const COMPANION_PARTICIPLES: readonly string[] = DATA.companionParticiples;
