/**
 * User lexicon: entries (and word lists) from graph-data/lexicon/*.json (parsed by the caller)
 * layered over the built-in lexicon, so users can add names and aliases without touching code. Returns a value
 * to pass as ExtractOptions.lexicon; nothing is installed globally.
 */
import { parseLexicon, parseLexiconWords } from "./lexicon-schema.ts";
import { BUILT_IN_LEXICON, type Lexicon, createLexicon } from "./lexicons.ts";

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...], words?:
 * {...}}`) and returns the lexicon of those entries over the built-in one, with the word lists it
 * gives replacing the built-in ones by key. Throws INVALID_INPUT on a malformed entry or word list.
 * `[]` gives the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): Lexicon {
  const words = Array.isArray(json) ? undefined : (json as { words?: unknown } | null)?.words;
  const base = BUILT_IN_LEXICON;
  return createLexicon(
    parseLexicon(json),
    base,
    words === undefined ? base.words : parseLexiconWords(words, base.words),
  );
}
