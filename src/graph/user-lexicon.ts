/**
 * User lexicons: the `<dataDir>/lexicon/*.json` files where users add names, aliases and types
 * the built-in gazetteer lacks. Read here, installed into the extraction pipeline, and
 * fingerprinted so that a changed lexicon re-extracts sources that were otherwise unchanged.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { KgError } from "../model/errors.ts";
import { loadExtractModule } from "./extractor.ts";

/** What was installed: the number of entries and a fingerprint ("" when there is no user lexicon). */
export interface UserLexiconInfo {
  entries: number;
  fingerprint: string;
}

/**
 * Reads every `*.json` in `dir` (a missing folder is no lexicon), installs the entries over the
 * built-in lexicon, and returns their count and fingerprint. A malformed file is INVALID_INPUT naming it.
 */
export async function installUserLexicon(dir: string): Promise<UserLexiconInfo> {
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
  const { loadUserLexicon } = await loadExtractModule();
  try {
    loadUserLexicon(entries);
  } catch (err) {
    throw new KgError("INVALID_INPUT", `lexicon in ${dir}: ${(err as Error).message}`);
  }
  return { entries: entries.length, fingerprint: names.length ? hash.digest("hex").slice(0, 16) : "" };
}
