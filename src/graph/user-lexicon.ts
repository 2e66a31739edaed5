/**
 * User lexicons: the `<dataDir>/lexicon/*.json` files where users add names, aliases and types
 * the built-in gazetteer lacks. Read here into a lexicon value that the store passes to every
 * extraction it runs (never installed globally: two stores in one process keep their own), and
 * fingerprinted so that a changed lexicon re-extracts sources that were otherwise unchanged.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { KgError } from "../model/errors.ts";
import { type Lexicon, parseLexicon } from "../extract/lexicon-schema.ts";
import { createLexicon } from "../extract/lexicons.ts";

/** A data folder's lexicon: the value to extract with, its entry count and fingerprint ("" when none). */
export interface UserLexiconInfo {
  lexicon: Lexicon;
  entries: number;
  fingerprint: string;
}

/**
 * Reads every `*.json` in `dir` (a missing folder is no lexicon) and returns the lexicon of its
 * entries over the built-in one, with their count and fingerprint. A malformed file is
 * INVALID_INPUT naming it.
 */
export async function readUserLexicon(dir: string): Promise<UserLexiconInfo> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    names = [];
  }
  const entries: unknown[] = [];
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
    const list = Array.isArray(json) ? json : (json as { entities?: unknown } | null)?.entities;
    if (!Array.isArray(list))
      throw new KgError("INVALID_INPUT", `lexicon ${name}: expected an array of {name, type, aliases}`, {
        file: name,
      });
    entries.push(...list);
  }
  let lexicon: Lexicon;
  try {
    lexicon = createLexicon(parseLexicon(entries));
  } catch (err) {
    throw new KgError("INVALID_INPUT", `lexicon in ${dir}: ${(err as Error).message}`);
  }
  return {
    lexicon,
    entries: entries.length,
    fingerprint: names.length ? hash.digest("hex").slice(0, 16) : "",
  };
}
