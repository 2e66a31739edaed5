/**
 * User lexicon: entries from graph-data/lexicon/*.json (parsed by the caller) merged over the
 * built-in gazetteer, so users can add names and aliases without touching code.
 */
import { KgError } from "../model/errors.ts";
import { isEntityType } from "../model/ontology.ts";
import { type LexiconEntry, setUserLexicon } from "./gazetteer.ts";

/**
 * Validates parsed lexicon JSON (an array of `{name, type, aliases?}` or `{entities: [...]}`),
 * installs it over the built-in lexicon for later extractions, and returns the entries.
 * Throws INVALID_INPUT on a malformed entry. Passing `[]` restores the built-in lexicon.
 */
export function loadUserLexicon(json: unknown): LexiconEntry[] {
  const list = Array.isArray(json) ? json : (json as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list))
    throw new KgError("INVALID_INPUT", "lexicon: expected an array of {name, type, aliases}");
  const entries = list.map((raw, i): LexiconEntry => {
    const e = raw as { name?: unknown; type?: unknown; aliases?: unknown };
    if (typeof e?.name !== "string" || !e.name.trim())
      throw new KgError("INVALID_INPUT", `lexicon: entry ${i} has no name`, { index: i });
    if (!isEntityType(e.type))
      throw new KgError("INVALID_INPUT", `lexicon: entry ${i} ('${e.name}') has an unknown type`, {
        index: i,
      });
    const aliases = Array.isArray(e.aliases)
      ? e.aliases.filter((a): a is string => typeof a === "string")
      : [];
    return { name: e.name.trim(), type: e.type, aliases };
  });
  setUserLexicon(entries);
  return entries;
}
