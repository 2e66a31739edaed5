/**
 * User lexicon: entries (and word lists and frame rows) from graph-data/lexicon/*.json (parsed by the caller)
 * layered over the built-in lexicon, so users can add names and aliases without touching code. Returns a value
 * to pass as ExtractOptions.lexicon; nothing is installed globally.
 */
import { parseLexicon, parseLexiconWords } from "./lexicon-schema.ts";
import { BUILT_IN_LEXICON, type Lexicon, createLexicon } from "./lexicons.ts";
import { parseFrameRows } from "./frames.ts";

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...], words?:
 * {...}, frames?: [...]}`) and returns the lexicon of those entries over the built-in one, with the
 * word lists it gives replacing the built-in ones by key and its frame rows following the built-in
 * rows (or replacing the row of their id). Throws INVALID_INPUT on a malformed entry, word list or
 * frame row.
 * `[]` gives the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): Lexicon {
  const record = Array.isArray(json) ? null : (json as { words?: unknown; frames?: unknown } | null);
  const base = BUILT_IN_LEXICON;
  return createLexicon(
    parseLexicon(
      record && !("entities" in record) && (record.words ?? record.frames) !== undefined ? [] : json,
    ),
    base,
    record?.words === undefined ? base.words : parseLexiconWords(record.words, base.words),
    record?.frames === undefined ? base.frames : parseFrameRows(record.frames, base.frames),
  );
}
