/**
 * User lexicon: entries (and word lists, tables, frame rows and modality cues) from graph-data/lexicon/*.json (parsed by the caller)
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
import { type ModalityCues, parseModalityCues } from "./modality-cues.ts";

/**
 * What one user lexicon file gives: its entity entries as written, and the word lists, tables,
 * frame rows and modality cues over a base.
 */
export interface UserLexiconFile {
  /** The entity entries, not yet validated (parseLexicon validates them, with those of other files). */
  readonly entries: readonly unknown[];
  /** The base's word lists with those the file gives replacing theirs by key. */
  readonly words: LexiconWords;
  /** The base's tables with the names the file gives added, each in the group it lists it under. */
  readonly tables: LexiconTables;
  /** The base's frame rows with those the file gives replacing the row of their id or following. */
  readonly frames: readonly Frame[];
  /** The base's modality cues with the rows the file gives following, each replacing base's row of its cue. */
  readonly modality: ModalityCues;
}

/**
 * Reads one parsed user lexicon file over `base`'s word lists, tables, frame rows and modality
 * cues: an array of entries (`{name, type, aliases?}`), or an object `{entities?, words?, tables?,
 * frames?, modality?}` that gives at least one of them (`modality`: `{cues?, wholeCues?}`, rows
 * `[cue, modality]` as in lexicon/modality-cues.json). A field that is missing or `null` is not
 * given. Throws INVALID_INPUT when the file is neither, when `entities` is not an array, or on a
 * malformed word list, table, frame row or modality cue (whose error it passes on); entries are
 * validated by parseLexicon.
 */
export function readUserLexiconFile(json: unknown, base: Omit<UserLexiconFile, "entries">): UserLexiconFile {
  if (Array.isArray(json))
    return {
      entries: json,
      words: base.words,
      tables: base.tables,
      frames: base.frames,
      modality: base.modality,
    };
  const record =
    typeof json === "object" && json !== null
      ? (json as {
          entities?: unknown;
          words?: unknown;
          tables?: unknown;
          frames?: unknown;
          modality?: unknown;
        })
      : {};
  const entities = record.entities ?? undefined;
  const words = record.words ?? undefined;
  const tables = record.tables ?? undefined;
  const frames = record.frames ?? undefined;
  const modality = record.modality ?? undefined;
  const given = [words, tables, frames, modality].some((field) => field !== undefined);
  const entries = entities ?? (given ? [] : undefined);
  if (!Array.isArray(entries))
    throw new KgError("INVALID_INPUT", "lexicon: expected an array of {name, type, aliases}");
  return {
    entries,
    words: words === undefined ? base.words : parseLexiconWords(words, base.words),
    tables: tables === undefined ? base.tables : parseLexiconTables(tables, base.tables),
    frames: frames === undefined ? base.frames : parseFrameRows(frames, base.frames),
    modality: modality === undefined ? base.modality : parseModalityCues(modality, base.modality),
  };
}

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...], words?:
 * {...}, tables?: {...}, frames?: [...], modality?: {...}}`, read by readUserLexiconFile) and
 * returns the lexicon of those entries over the built-in one, with the word lists it gives
 * replacing the built-in ones by key, the names of its tables added to the built-in tables, its
 * frame rows following the built-in rows (or replacing the row of their id) and its modality cues
 * following the built-in cues (or replacing the row of their cue). Throws INVALID_INPUT on a
 * malformed entry, word list, table, frame row or modality cue.
 * `[]` gives the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): Lexicon {
  const base = BUILT_IN_LEXICON;
  const file = readUserLexiconFile(json, base);
  return createLexicon(parseLexicon(file.entries), base, file.words, file.frames, file.tables, file.modality);
}
