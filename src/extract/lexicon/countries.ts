/**
 * Country gazetteer (data in countries.json): every UN member plus a few widely reported states,
 * entries of the lexicon schema (src/extract/lexicon-schema.ts). All-capital aliases
 * ("US", "DPRK") match case-sensitively; the others need a capital first letter in the text.
 */
import DATA from "./countries.json" with { type: "json" };
import type { LexiconEntry } from "../lexicon-schema.ts";

/** One entry per country (lexicon schema): name, aliases, demonyms, capitals, context aliases. */
export const COUNTRY_ENTRIES: readonly LexiconEntry[] = DATA.entities as LexiconEntry[];

/**
 * A demonym or short name that several countries share ("Congolese", "Korea"): the gazetteer
 * reads it as its first country, the default; stage 4 gives it to the candidate the document
 * names (4-resolve.ts, resolveSharedForms).
 */
export interface SharedForm {
  form: string;
  /** The candidates, the default first. */
  countries: string[];
}

/** Every shared demonym or short name (countries.json `sharedForms`). */
export const SHARED_FORMS: readonly SharedForm[] = DATA.sharedForms;

/**
 * ISO 3166 two-letter codes of the countries (countries.json `codes`): a model's variant that ends
 * in the code of a country the document names is that country's national variant ("K2PL").
 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = DATA.codes;
