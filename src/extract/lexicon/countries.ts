/**
 * Country gazetteer (data in countries.json): every UN member plus a few widely reported states,
 * entries of the lexicon schema (src/extract/lexicon-schema.ts). All-capital aliases
 * ("US", "DPRK") match case-sensitively; the others need a capital first letter in the text.
 */
import DATA from "./countries.json" with { type: "json" };
import type { LexiconEntry } from "../lexicon-schema.ts";

/** One entry per country (lexicon schema): name, aliases, demonyms, capitals, context aliases. */
export const COUNTRY_ENTRIES: readonly LexiconEntry[] = DATA.entities as LexiconEntry[];
