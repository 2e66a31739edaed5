/**
 * The lexicon schema: one shape for the built-in entity lists (src/extract/lexicon/*.json) and
 * the user lexicons (graph-data/lexicon/*.json), and the validator that turns parsed JSON into
 * entries. Imports no NLP, so the store can read lexicons without loading the pipeline.
 */
import { KgError } from "../model/errors.ts";
import { type EntityType, isEntityType } from "../model/ontology.ts";
import type { Frame } from "./frames.ts";
import { tableNameKey } from "./lexicon-tables.ts";
import type { ModalityCues } from "./modality-cues.ts";

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

/**
 * The keys of the word lists a lexicon carries besides its entities (built-in lists in
 * lexicon/stage-words.json): each is a list of words that a stage reads, written in lower case,
 * except bodyPrefixes, whose words are matched as written, with their capitals ("Royal",
 * "Imperial": a user list ["royal"] matches nothing), and countryBlocs, canonical names of
 * entities as the lexicon names them ("United Nations", "BRICS").
 */
export const WORD_LIST_KEYS = [
  "subjectPronouns",
  "subjectDeterminers",
  "pairPrepositions",
  "counterpartNouns",
  "deicticAdverbs",
  "askingVerbs",
  "byAgentParticiples",
  "fromAgentParticiples",
  "speakingGroupNouns",
  "pairNouns",
  "lengthUnits",
  "portfolioHolders",
  "amountMagnitudes",
  "nameSpeechVerbs",
  "unnamedVoiceTitles",
  "destinationWords",
  "placeBefore",
  "placeAfter",
  "placeMotion",
  "placeRelativeOf",
  "patronymicParticles",
  "gluedNameParticles",
  "seatBodyPrepositions",
  "documentNameHeads",
  "eventNameOpeners",
  "bodyPrefixes",
  "leadParticiples",
  "stateVoiceWords",
  "governmentNouns",
  "capitalGovernmentWords",
  "referringDeterminers",
  "ownerPronouns",
  "subjectControlVerbs",
  "mainVerbObjectOpeners",
  "mannerPhraseNouns",
  "mannerPhraseOpeners",
  "reportAuthorPrepositions",
  "sayingBaseForms",
  "servantNamePrefixes",
  "attackNouns",
  "dealPronouns",
  "occasionPhrasePrepositions",
  "speakingOccasionNouns",
  "hyphenPairJoins",
  "hyphenPairConflictNouns",
  "hyphenPairTargetPrepositions",
  "honoraryTitleMarks",
  "stateBodyHeads",
  "countryNouns",
  "quotedBodyPrepositions",
  "stateBodyWords",
  "forceWords",
  "bodyPhraseEnds",
  "groupPersonNouns",
  "groupCountryNouns",
  "presentTenseVerbs",
  "nonSupplyObjects",
  "placeListOpeners",
  "placeListEnds",
  "forceNameWords",
  "forceNameHeads",
  "placeListClauseVerbs",
  "countryBlocs",
  "blocPostingTitles",
] as const;

/** The name of one word list of a lexicon. */
export type WordListKey = (typeof WORD_LIST_KEYS)[number];

/** The word lists of a lexicon, one per key of WORD_LIST_KEYS. */
export type LexiconWords = Readonly<Record<WordListKey, readonly string[]>>;

/**
 * The keys of the lexicon's tables: each groups names under the value they map to, as
 * `{"United States": ["White House", "Pentagon"]}`; a name is read as its group's (the last group
 * that lists it). Built-in tables in the JSON file each key names:
 * - homeCountries (people.json): well-known officials by their home country, names as written;
 * - governmentBodies (organizations.json): bodies of one country's government by that country;
 * - ministryAcronyms (organizations.json): a ministry's acronyms, as written, by the ministry's
 *   name ("Foreign Ministry": ["MFA", "MOFA"]).
 */
export const TABLE_KEYS = ["homeCountries", "governmentBodies", "ministryAcronyms"] as const;

/** The name of one table of a lexicon. */
export type TableKey = (typeof TABLE_KEYS)[number];

/** One table: a group's name to the names it holds. */
export type LexiconTable = Readonly<Record<string, readonly string[]>>;

/** The tables of a lexicon, one per key of TABLE_KEYS. */
export type LexiconTables = Readonly<Record<TableKey, LexiconTable>>;

/**
 * A lexicon as a value: the entity entries the extractor knows, later entries winning ties, the
 * word lists the stages read, the tables of names by group (TABLE_KEYS), and the relation frame
 * rows (built-in lexicon/frames.json) the relations stages compile into their frame table
 * (frames.ts frameTableOf), and the modality cues (built-in lexicon/modality-cues.json) the
 * relation readers hedge facts by (modality-cues.ts modalityTableOf).
 */
export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  readonly words: LexiconWords;
  readonly tables: LexiconTables;
  readonly frames: readonly Frame[];
  readonly modality: ModalityCues;
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

const WORD_LIST_KEY_SET: ReadonlySet<string> = new Set(WORD_LIST_KEYS);

/**
 * Keys an older lexicon file may still give, each read as the list that replaced it: session 34's
 * venueTitleWords (a venue after "at") was merged into portfolioHolders, which held the same words.
 * The new key wins where a file gives both.
 */
const RENAMED_WORD_LISTS: Readonly<Record<string, WordListKey>> = { venueTitleWords: "portfolioHolders" };

/**
 * Validates parsed word lists (an object of lists keyed by WORD_LIST_KEYS, and an optional "about"
 * text) and returns them over `base`: a key the object gives replaces base's list. Without `base`
 * every key is required. A renamed key (RENAMED_WORD_LISTS) is read as its new one. Throws INVALID_INPUT naming the key that is unknown, missing or not a
 * list of strings.
 */
export function parseLexiconWords(json: unknown, base?: LexiconWords): LexiconWords {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new KgError("INVALID_INPUT", "lexicon: words must be an object of word lists");
  const record = { ...(json as Record<string, unknown>) };
  for (const [old, key] of Object.entries(RENAMED_WORD_LISTS)) {
    if (!Object.hasOwn(record, old)) continue;
    if (!Object.hasOwn(record, key)) record[key] = record[old];
    delete record[old];
  }
  return keyedOver(record, WORD_LIST_KEYS, WORD_LIST_KEY_SET, ["words", "list"], base, (value, key) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
      throw new KgError("INVALID_INPUT", `lexicon: words '${key}' must be a list of strings`, { key });
    return Object.freeze((value as string[]).map((w) => w.trim()).filter(Boolean));
  });
}

/**
 * The values of `keys` read from `record` by `read`, or base's for a key it does not give (every
 * key required without `base`), frozen. `what` names the object and one of its values in errors
 * ("words", "list"). Throws INVALID_INPUT naming a key that is unknown (not in `known`, nor
 * "about") or missing.
 */
function keyedOver<K extends string, V>(
  record: Readonly<Record<string, unknown>>,
  keys: readonly K[],
  known: ReadonlySet<string>,
  [object, item]: readonly [string, string],
  base: Readonly<Record<K, V>> | undefined,
  read: (value: unknown, key: K) => V,
): Readonly<Record<K, V>> {
  for (const key of Object.keys(record)) {
    if (key !== "about" && !known.has(key))
      throw new KgError("INVALID_INPUT", `lexicon: ${object} has an unknown ${item} '${key}'`, { key });
  }
  const out = {} as Record<K, V>;
  for (const key of keys) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (value !== undefined) out[key] = read(value, key);
    else if (base) out[key] = base[key];
    else throw new KgError("INVALID_INPUT", `lexicon: ${object} has no ${item} '${key}'`, { key });
  }
  return Object.freeze(out);
}

const TABLE_KEY_SET: ReadonlySet<string> = new Set(TABLE_KEYS);

/** The groups of one table as written in `value`, validated; `key` names the table in errors. */
function tableOf(value: unknown, key: string): LexiconTable {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new KgError("INVALID_INPUT", `lexicon: tables '${key}' must be an object of name lists`, { key });
  const table: Record<string, readonly string[]> = {};
  for (const [group, names] of Object.entries(value as Record<string, unknown>)) {
    if (!group.trim() || !Array.isArray(names) || names.some((n) => typeof n !== "string"))
      throw new KgError(
        "INVALID_INPUT",
        `lexicon: tables '${key}' group '${group}' must be a list of strings`,
        {
          key,
          group,
        },
      );
    table[group.trim()] = Object.freeze((names as string[]).map((n) => n.trim()).filter(Boolean));
  }
  return Object.freeze(table);
}

/**
 * `over`'s groups added to `base`'s: a name `over` lists is its group's, no longer the group base
 * gave it, whichever way it is written when the table looks names up folded (`nameKey`,
 * lexicon-tables.ts tableNameKey: "joe biden" moves "Joe Biden"); base's other names keep theirs,
 * in base's order, `over`'s groups following.
 */
function layered(base: LexiconTable, over: LexiconTable, nameKey: (name: string) => string): LexiconTable {
  const moved = new Set(Object.values(over).flat().map(nameKey));
  const out: Record<string, readonly string[]> = {};
  for (const [group, names] of Object.entries(base)) out[group] = names.filter((n) => !moved.has(nameKey(n)));
  for (const [group, names] of Object.entries(over)) out[group] = [...(out[group] ?? []), ...names];
  for (const group of Object.keys(out)) out[group] = Object.freeze(out[group] as string[]);
  return Object.freeze(out);
}

/**
 * Validates parsed tables (an object of tables keyed by TABLE_KEYS, each an object of name lists
 * by group, and an optional "about" text) and returns them over `base`: the names of a table the
 * object gives are added to base's table, each in the group the object lists it under (a user's
 * `{"homeCountries": {"Zembla": ["Jane Doe"]}}` adds one official and keeps the built-in ones).
 * Without `base` every key is required. Throws INVALID_INPUT naming the key (and group) that is
 * unknown, missing or not an object of lists of strings.
 */
export function parseLexiconTables(json: unknown, base?: LexiconTables): LexiconTables {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new KgError("INVALID_INPUT", "lexicon: tables must be an object of tables");
  return keyedOver(
    json as Record<string, unknown>,
    TABLE_KEYS,
    TABLE_KEY_SET,
    ["tables", "table"],
    base,
    (value, key) => (base ? layered(base[key], tableOf(value, key), tableNameKey(key)) : tableOf(value, key)),
  );
}
