/**
 * User lexicon: entries from graph-data/lexicon/*.json (parsed by the caller) layered over the
 * built-in lexicon, so users can add names and aliases without touching code. Returns a value
 * to pass as ExtractOptions.lexicon; nothing is installed globally.
 */
import { parseLexicon } from "./lexicon-schema.ts";
import { type Lexicon, createLexicon } from "./lexicons.ts";

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...]}`)
 * and returns the lexicon of those entries over the built-in one. Throws INVALID_INPUT on a
 * malformed entry. `[]` gives the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): Lexicon {
  return createLexicon(parseLexicon(json));
}
