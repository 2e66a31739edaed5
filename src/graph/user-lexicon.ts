/**
 * User lexicons: the `<dataDir>/lexicon/*.json` files where users add names, aliases and types
 * the built-in gazetteer lacks, word lists that replace the built-in ones (`words`), names that add
 * to the built-in tables (`tables`: an official's home country, a government body's country),
 * relation frame rows that add to the built-in ones (`frames`) and modality cues that add to the
 * built-in ones (`modality`: "is poised to" as planned). Read here into a lexicon value that the store passes to every
 * extraction it runs (never installed globally: two stores in one process keep their own), and
 * fingerprinted so that a changed lexicon re-extracts sources that were otherwise unchanged.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { KgError, isKgError } from "../model/errors.ts";
import { type Lexicon, type LexiconEntry, parseLexicon } from "../extract/lexicon-schema.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../extract/lexicons.ts";
import { type UserLexiconFile, readUserLexiconFile } from "../extract/user-lexicon.ts";

/** A data folder's lexicon: the value to extract with, its entry count and fingerprint ("" when none). */
export interface UserLexiconInfo {
  lexicon: Lexicon;
  entries: number;
  fingerprint: string;
}

/**
 * Reads every `*.json` in `dir` (a missing folder is no lexicon) and returns the lexicon of its
 * entries over the built-in one, with their count and fingerprint. A file `{entities, words}` may
 * give word lists (lexicon-schema.ts WORD_LIST_KEYS): each replaces the built-in list of its key,
 * a later file's (by name) a former's. It may give tables (lexicon-schema.ts TABLE_KEYS): each
 * name joins the built-in table of its key in the group it is listed under. It may give frame rows (`frames`, the shape of
 * lexicon/frames.json rows): each follows the built-in rows, or replaces the row of its id. It may
 * give modality cues (`modality`, the shape of lexicon/modality-cues.json): each follows the
 * built-in cues, or replaces the row of its cue. A malformed file is INVALID_INPUT naming it (and
 * the entry's index in it, a word list's key, a table's key and group, a frame row, or a modality
 * cue's list and row).
 */
export async function readUserLexicon(dir: string): Promise<UserLexiconInfo> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    names = [];
  }
  const entries: LexiconEntry[] = [];
  let base: Omit<UserLexiconFile, "entries"> = BUILT_IN_LEXICON;
  const hash = createHash("sha256");
  for (const name of names) {
    const raw = await readFile(join(dir, name), "utf8");
    hash.update(name).update("\0").update(raw);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new KgError("INVALID_INPUT", `lexicon ${name}: not JSON (${(err as Error).message})`, {
        file: name,
      });
    }
    let file: UserLexiconFile;
    let fileEntries: LexiconEntry[];
    try {
      file = readUserLexiconFile(json, base);
      // Each file's entries validated on their own: a bad entry is named by its file and its index there.
      fileEntries = parseLexicon(file.entries);
    } catch (err) {
      // An untyped error is a bug of the reader, not the user's file: no INVALID_INPUT blamed on it.
      if (!isKgError(err)) throw err;
      // "lexicon bad.json: words has an unknown list 'adverbs'": the file named where the reader says "lexicon".
      const details = err.details;
      const message = (err as Error).message.replace(/^lexicon: /u, "");
      throw new KgError("INVALID_INPUT", `lexicon ${name}: ${message}`, { ...details, file: name });
    }
    entries.push(...fileEntries);
    base = file;
  }
  const lexicon = createLexicon(
    entries,
    BUILT_IN_LEXICON,
    base.words,
    base.frames,
    base.tables,
    base.modality,
  );
  return {
    lexicon,
    entries: entries.length,
    fingerprint: names.length ? hash.digest("hex").slice(0, 16) : "",
  };
}
