/**
 * Weapon lexicon (data in the JSON file beside this one): head nouns of weapon classes, the modifiers that make a class
 * specific ("short-range ballistic"), synonyms folded into one class, named models and makers.
 */
import DATA from "./weapons.json" with { type: "json" };
import type { LexiconEntry } from "../lexicon-schema.ts";

/** Head nouns of weapon classes, singular, with irregular plurals listed. */
export const WEAPON_HEADS: readonly string[] = DATA.weaponHeads;

/**
 * Heads that count as a WeaponSystem on their own (generic items ONTOLOGY allows but does not
 * require); the other heads need a class modifier ("air defence system", "armoured vehicle").
 */
export const GENERIC_WEAPONS: readonly string[] = DATA.genericWeapons;

/** Modifiers that make a weapon class specific; multi-word ones are written with spaces or hyphens as seen. */
export const WEAPON_MODIFIERS: readonly string[] = DATA.weaponModifiers;

/**
 * Heads of platforms whose lower-case classes name a role, not a model's class ("transport
 * helicopter", "fighter jet", "naval ship", "surveillance plane", "self-propelled howitzer"): without
 * a calibre such a class is a generic weapon, no node (a calibre keeps "170mm self-propelled howitzer").
 */
export const ROLE_CLASS_HEADS: readonly string[] = DATA.roleClassHeads;

/** Modifiers that alone do not make a class specific ("nuclear missile" yes, "air missile" no). */
export const WEAK_MODIFIERS: readonly string[] = DATA.weakModifiers;

/** Class names folded into one canonical class: `canonical|synonyms`. */
export const WEAPON_SYNONYMS: readonly string[] = DATA.weaponSynonyms;

/** Named models and families, matched as written (case-sensitive first letter), lexicon-schema entries. */
export const WEAPON_MODEL_ENTRIES: readonly LexiconEntry[] = DATA.entities as LexiconEntry[];

/**
 * Heads after which an unknown capitalised name is a weapon model ("Huey II helicopters", "Sukhoi
 * jets"); the broad ones only with a class modifier between ("Panzir air defence system", "Kirpi
 * armoured vehicles"); and words of size or role that may stand between such a name and its head
 * without making a weapon's class alone ("Sokol medium transport helicopters", "Yak-130 training
 * aircraft").
 */
export const MODEL_HEADS: Readonly<{
  all: readonly string[];
  broad: readonly string[];
  tailModifiers: readonly string[];
}> = {
  all: DATA.modelHeads,
  broad: DATA.broadModelHeads,
  tailModifiers: DATA.modelTailModifiers,
};

/**
 * Words that introduce a model's name after its class ("an interception system called Cheongung
 * M-SAM II"), and the nouns besides the class modifiers that make a broad head ("system") a
 * weapon's before them.
 */
export const NAMING_WORDS: Readonly<{ words: readonly string[]; systemModifiers: readonly string[] }> = {
  words: DATA.namingWords,
  systemModifiers: DATA.namedSystemModifiers,
};

/**
 * Words between a model and its class noun that name its line of versions, no part of its name
 * ("M109 series self-propelled howitzers").
 */
export const SERIES_WORDS: readonly string[] = DATA.seriesWords;

/** Weapon heads too broad to make a maker's acronym a model ("Raytheon GPS system", "IAI ELTA radar"). */
export const BROAD_MAKER_HEADS: readonly string[] = DATA.broadMakerHeads;

/**
 * Vehicle heads that no model list holds but that end a weapon's long form spelled by an acronym in
 * brackets after it ("Heavy Equipment Transporters (HET)", "Heavy Expanded Mobility Tactical Trucks
 * (HEMTT)"); alone after a maker they stay generic ("Tata trucks").
 */
export const LONG_FORM_VEHICLE_HEADS: readonly string[] = DATA.longFormVehicleHeads;

/** Defence makers whose name may precede a model ("Boeing E-7 Wedgetail"); kept as part of the name. */
export const WEAPON_MAKERS: readonly string[] = DATA.weaponMakers;

/**
 * Nouns after a weapon class that make the phrase a part or an industry, not the weapon:
 * "rocket components", "drone engines", "missile technology".
 */
export const WEAPON_PART_NOUNS: readonly string[] = DATA.weaponPartNouns;

/** Class phrases (singular) that name people, not weapons: "suicide bomber", "drone operator". */
export const WEAPON_PERSON_PHRASES: readonly string[] = DATA.personPhrases;

/**
 * Prefixes of warship names ("USS Normandy", "HMS Queen Elizabeth", "NNS Thunder"): the prefix
 * and the capitalised name after it are one WeaponSystem (a named platform).
 */
export const SHIP_PREFIXES: readonly string[] = DATA.shipPrefixes;

/** Nouns of warships after which capitalised names are the ships' names ("the frigates Jiaxing and Lianyungang"). */
export const SHIP_NOUNS: readonly string[] = DATA.shipNouns;

/**
 * Verbs that give a vessel its name ("was named P350", "a motorboat named Natoma", "were baptized
 * with the names A, B and C"): after a vessel's noun earlier in the sentence, the name that follows
 * is the ship's, and each name coordinated with it another ship's.
 */
export const SHIP_NAMING_WORDS: readonly string[] = DATA.shipNamingWords;
/** Words that give a ship a new name ("renamed"): the ship before and the name after are one ship. */
export const SHIP_RENAMING_WORDS: readonly string[] = DATA.shipRenamingWords;

/** Words between a naming verb and the names it gives ("were baptized with the names A, B and C"). */
export const SHIP_NAME_PHRASES: readonly string[] = DATA.shipNamePhrases;

/** Nouns of vessels that a naming verb may name, besides the warship nouns ("boat", "tug", "oiler"). */
export const VESSEL_NOUNS: readonly string[] = DATA.vesselNouns;

/**
 * Heads after which an all-capital acronym no list knows names a weapon model ("MRAP vehicles",
 * "Mine-Resistant Ambush Protected (MRAP) vehicles"); narrower than the class heads ("GPS system").
 */
export const ACRONYM_WEAPON_HEADS: readonly string[] = DATA.acronymHeads;

/**
 * Acronyms of weapon classes ("ATGM", "MRAP", "APC"): after a model's name they are its class,
 * not a variant of it ("Javelin ATGMs", not a model "Javelin ATGM").
 */
export const WEAPON_CLASS_ACRONYMS: readonly string[] = DATA.classAcronyms;

/** Words for a mark number after a model, written apart from it ("Pinaka Mk-II", "Mk 2", "Mark 3"). */
export const MARK_WORDS: readonly string[] = DATA.markWords;

/** Words of a calibre after its size, between a model and its class ("M2A1 .50 caliber heavy machine guns"). */
export const CALIBRE_WORDS: readonly string[] = ["caliber", "calibre", "mm"];

/**
 * Nouns that stand in a model's class before its weapon head ("M240B machine guns"): they make no
 * weapon class of their own, so a bare "machine gun" stays generic.
 */
export const MODEL_CLASS_NOUNS: readonly string[] = ["machine"];

/**
 * Kinds of goods by their class nouns, singular and lower case ("boat", "helicopter", "tank",
 * "missile"): goods of two kinds are two transfers. A word of no kind leaves the kind unknown.
 * supply-words.json goodsKinds is another grouping on purpose: it says which word may refer back to
 * goods a deal named ("The vessels" after "patrol boats"), so its groups overlap ("aircraft" with the
 * jets and with the helicopters, "vehicle" with trucks and with tanks) and leave munitions out; read
 * as these kinds, "The KN-23 missiles were delivered by Pakistan" took the supplier of missiles told
 * before it (7 bench documents of the extract hash moved, session 31).
 */
export const WEAPON_KINDS: ReadonlyMap<string, string> = new Map(
  Object.entries(DATA.weaponKinds as Record<string, string[]>).flatMap(([kind, words]) =>
    words.map((w) => [w, kind] as const),
  ),
);

/**
 * Words, lower case, that tell goods of another make than a supplier's ("the locally built GNS
 * Volta", "Soviet T-72 tanks"): such goods continue no supply told before them.
 */
export const OTHER_MAKE_WORDS: readonly string[] = DATA.otherMakeWords;
