/**
 * The lexicon schema: one shape for the built-in entity lists (src/extract/lexicon/*.json) and
 * the user lexicons (graph-data/lexicon/*.json), and the validator that turns parsed JSON into
 * entries. Imports no NLP, so the store can read lexicons without loading the pipeline.
 */
import { KgError } from "../model/errors.ts";
import { type EntityType, isEntityType } from "../model/ontology.ts";

/** Aliases that name the entity only in a document that also names one of `when`. */
export interface ContextAliases {
  /** Surface forms matched with their capitals as written ("the North"). */
  aliases: string[];
  /** Names (canonical) whose presence in the document licenses the aliases. */
  when: string[];
}

/** One entity of a lexicon, built-in or user-supplied. */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Country only: adjectives naming it, the first one the main ("Russian"). */
  demonyms?: string[];
  /** Country only: its capital's names, the first one canonical. */
  capitals?: string[];
  /**
   * Organization only: a body every country has under this name (Joint Chiefs of Staff): each
   * country's is its own entity, named with the country's demonym when the text gives it.
   */
  perCountry?: boolean;
  /** Aliases valid only in context ("the North" for North Korea where a Korea is named). */
  contextAliases?: ContextAliases;
}

/** A lexicon as a value: the entity entries the extractor knows, later entries winning ties. */
export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
}

function strings(value: unknown, what: string, i: number): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw new KgError("INVALID_INPUT", `lexicon: entry ${i} has ${what} that are not strings`, { index: i });
  return (value as string[]).map((s) => s.trim()).filter(Boolean);
}

/**
 * Validates parsed lexicon JSON (an array of entries or `{entities: [...]}`) and returns the
 * entries. Throws INVALID_INPUT on a malformed entry, naming its index.
 */
export function parseLexicon(json: unknown): LexiconEntry[] {
  const list = Array.isArray(json) ? json : (json as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list))
    throw new KgError("INVALID_INPUT", "lexicon: expected an array of {name, type, aliases}");
  return list.map((raw, i): LexiconEntry => {
    const e = raw as Record<string, unknown> | null;
    if (typeof e?.name !== "string" || !e.name.trim())
      throw new KgError("INVALID_INPUT", `lexicon: entry ${i} has no name`, { index: i });
    if (!isEntityType(e.type))
      throw new KgError("INVALID_INPUT", `lexicon: entry ${i} ('${e.name}') has an unknown type`, {
        index: i,
      });
    const entry: LexiconEntry = {
      name: e.name.trim(),
      type: e.type,
      aliases: strings(e.aliases, "aliases", i) ?? [],
    };
    const demonyms = strings(e.demonyms, "demonyms", i);
    if (demonyms) entry.demonyms = demonyms;
    const capitals = strings(e.capitals, "capitals", i);
    if (capitals) entry.capitals = capitals;
    if (e.perCountry === true) entry.perCountry = true;
    const context = e.contextAliases as { aliases?: unknown; when?: unknown } | undefined;
    if (context !== undefined) {
      const aliases = strings(context?.aliases, "context aliases", i);
      const when = strings(context?.when, "context names", i);
      if (!aliases || !when)
        throw new KgError("INVALID_INPUT", `lexicon: entry ${i} needs contextAliases {aliases, when}`, {
          index: i,
        });
      entry.contextAliases = { aliases, when };
    }
    return entry;
  });
}
