/**
 * User lexicon: entries (and word lists and frame rows) from graph-data/lexicon/*.json (parsed by the caller)
 * layered over the built-in lexicon, so users can add names and aliases without touching code. Returns a value
 * to pass as ExtractOptions.lexicon; nothing is installed globally. The one reader of a user lexicon file's
 * shape: graph/user-lexicon.ts reads each file of a data folder with readUserLexiconFile too.
 */
import { KgError } from "../model/errors.ts";
import {
  type LexiconTables,
  type LexiconWords,
  parseLexicon,
  parseLexiconTables,
  parseLexiconWords,
} from "./lexicon-schema.ts";
import { BUILT_IN_LEXICON, type Lexicon, createLexicon } from "./lexicons.ts";
import { type Frame, parseFrameRows } from "./frames.ts";

/** What one user lexicon file gives: its entity entries as written, and the word lists, tables and frame rows over a base. */
export interface UserLexiconFile {
  /** The entity entries, not yet validated (parseLexicon validates them, with those of other files). */
  readonly entries: readonly unknown[];
  /** The base's word lists with those the file gives replacing theirs by key. */
  readonly words: LexiconWords;
  /** The base's tables with the names the file gives added, each in the group it lists it under. */
  readonly tables: LexiconTables;
  /** The base's frame rows with those the file gives replacing the row of their id or following. */
  readonly frames: readonly Frame[];
}

/**
 * Reads one parsed user lexicon file over `base`'s word lists, tables and frame rows: an array of
 * entries (`{name, type, aliases?}`), or an object `{entities?, words?, tables?, frames?}` that
 * gives at least one of them. A field that is missing or `null` is not given. Throws INVALID_INPUT when the file is
 * neither, when `entities` is not an array, or on a malformed word list, table or frame row (whose error
 * it passes on); entries are validated by parseLexicon.
 */
export function readUserLexiconFile(
  json: unknown,
  base: { readonly words: LexiconWords; readonly tables: LexiconTables; readonly frames: readonly Frame[] },
): UserLexiconFile {
  if (Array.isArray(json))
    return { entries: json, words: base.words, tables: base.tables, frames: base.frames };
  const record =
    typeof json === "object" && json !== null
      ? (json as { entities?: unknown; words?: unknown; tables?: unknown; frames?: unknown })
      : {};
  const entities = record.entities ?? undefined;
  const words = record.words ?? undefined;
  const tables = record.tables ?? undefined;
  const frames = record.frames ?? undefined;
  const entries =
    entities ?? (words !== undefined || tables !== undefined || frames !== undefined ? [] : undefined);
  if (!Array.isArray(entries))
    throw new KgError("INVALID_INPUT", "lexicon: expected an array of {name, type, aliases}");
  return {
    entries,
    words: words === undefined ? base.words : parseLexiconWords(words, base.words),
    tables: tables === undefined ? base.tables : parseLexiconTables(tables, base.tables),
    frames: frames === undefined ? base.frames : parseFrameRows(frames, base.frames),
  };
}

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...], words?:
 * {...}, tables?: {...}, frames?: [...]}`, read by readUserLexiconFile) and returns the lexicon of
 * those entries over the built-in one, with the word lists it gives replacing the built-in ones by
 * key, the names of its tables added to the built-in tables, and its frame rows following the
 * built-in rows (or replacing the row of their id). Throws INVALID_INPUT on a malformed entry, word
 * list, table or frame row.
 * `[]` gives the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): Lexicon {
  const base = BUILT_IN_LEXICON;
  const file = readUserLexiconFile(json, base);
  return createLexicon(parseLexicon(file.entries), base, file.words, file.frames, file.tables);
}
