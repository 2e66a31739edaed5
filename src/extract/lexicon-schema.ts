/**
 * The lexicon schema: one shape for the built-in entity lists (src/extract/lexicon/*.json) and
 * the user lexicons (graph-data/lexicon/*.json), and the validator that turns parsed JSON into
 * entries. Imports no NLP, so the store can read lexicons without loading the pipeline.
 */
import { KgError } from "../model/errors.ts";
import { type EntityType, isEntityType } from "../model/ontology.ts";
import type { Frame } from "./frames.ts";

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
 * "Imperial": a user list ["royal"] matches nothing).
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
] as const;

/** The name of one word list of a lexicon. */
export type WordListKey = (typeof WORD_LIST_KEYS)[number];

/** The word lists of a lexicon, one per key of WORD_LIST_KEYS. */
export type LexiconWords = Readonly<Record<WordListKey, readonly string[]>>;

/**
 * A lexicon as a value: the entity entries the extractor knows, later entries winning ties, the
 * word lists the stages read, and the relation frame rows (built-in lexicon/frames.json) the
 * relations stages compile into their frame table (frames.ts frameTableOf).
 */
export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  readonly words: LexiconWords;
  readonly frames: readonly Frame[];
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
  for (const key of Object.keys(record)) {
    if (key !== "about" && !WORD_LIST_KEY_SET.has(key))
      throw new KgError("INVALID_INPUT", `lexicon: words has an unknown list '${key}'`, { key });
  }
  const words = {} as Record<WordListKey, readonly string[]>;
  for (const key of WORD_LIST_KEYS) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (value === undefined) {
      if (!base) throw new KgError("INVALID_INPUT", `lexicon: words has no list '${key}'`, { key });
      words[key] = base[key];
      continue;
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
      throw new KgError("INVALID_INPUT", `lexicon: words '${key}' must be a list of strings`, { key });
    words[key] = Object.freeze((value as string[]).map((w) => w.trim()).filter(Boolean));
  }
  return Object.freeze(words);
}
