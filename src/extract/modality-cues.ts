/**
 * Modality cues as part of a lexicon value: the words before a trigger that hedge it and the
 * modality each gives (cues), and the catenatives read with their "to" as one cue ("has to",
 * "have to": wholeCues). One schema for the built-in list (lexicon/modality-cues.json, read by
 * lexicons.ts) and a user file's `{"modality": {...}}`, validated here with typed errors naming
 * the list and the row; compiled once per value into the table modalityOf reads, so a user
 * lexicon's cues reach every relation reader and two lexicon values never see each other's cues.
 */
import { KgError } from "../model/errors.ts";
import { MODALITIES, type Modality } from "../model/ontology.ts";
import type { DocState } from "./types.ts";

/** One cue: its word or words, and the modality it gives. */
export type ModalityCue = readonly [string, Modality];

/** The modality cues of a lexicon: the hedging words (in the order they are checked) and the whole cues. */
export interface ModalityCues {
  readonly cues: readonly ModalityCue[];
  readonly whole: readonly ModalityCue[];
}

/** The lists of a modality cues object, by the key a file gives them under, and the field they fill. */
const CUE_LISTS = [
  ["cues", "cues"],
  ["wholeCues", "whole"],
] as const;

const CUE_LIST_KEYS: ReadonlySet<string> = new Set([...CUE_LISTS.map(([key]) => key), "about"]);

const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

/** The rows of list `key`, `rows` as written, validated: each a [cue, modality] pair of a known modality. */
function rowsOf(rows: unknown, key: string): ModalityCue[] {
  if (!Array.isArray(rows))
    throw new KgError("INVALID_INPUT", `lexicon: modality '${key}' must be a list of [cue, modality] rows`, {
      key,
    });
  return rows.map((row: unknown, index): ModalityCue => {
    const [cue, modality] = Array.isArray(row) ? (row as unknown[]) : [];
    if (!Array.isArray(row) || row.length !== 2 || typeof cue !== "string" || !cue.trim())
      throw new KgError("INVALID_INPUT", `lexicon: modality '${key}' row ${index} must be [cue, modality]`, {
        key,
        index,
      });
    if (typeof modality !== "string" || !MODALITY_SET.has(modality))
      throw new KgError(
        "INVALID_INPUT",
        `lexicon: modality '${key}' row ${index} has an unknown modality (one of ${MODALITIES.join(", ")})`,
        { key, index },
      );
    // modalityOf reads a cue of one word or a pair of words ("yet to"): a longer cue would never
    // match, so it is refused rather than kept without effect ("on the verge": write "verge").
    const words = cue.trim().toLowerCase().split(/\s+/u);
    if (words.length > 2)
      throw new KgError(
        "INVALID_INPUT",
        `lexicon: modality '${key}' row ${index} has a cue of more than two words ('${cue.trim()}')`,
        { key, index },
      );
    return Object.freeze([words.join(" "), modality as Modality] as const);
  });
}

/** `over`'s rows after base's, a cue `over` gives no longer base's: a user's row gives its cue a new modality. */
function layered(base: readonly ModalityCue[], over: readonly ModalityCue[]): readonly ModalityCue[] {
  const given = new Set(over.map(([cue]) => cue));
  return Object.freeze([...base.filter(([cue]) => !given.has(cue)), ...over]);
}

/**
 * Validates parsed modality cues (`{cues?: [[cue, modality], …], wholeCues?: [...], about?}`) and
 * returns them over `base`: the rows a list gives follow base's, each replacing base's row of the
 * same cue (a user's `["may", "asserted"]` makes "may" hedge nothing). Without `base` both lists
 * are required. Throws INVALID_INPUT naming the list (`key`: unknown, missing or not a list) and,
 * for a bad row, its `index`.
 */
export function parseModalityCues(json: unknown, base?: ModalityCues): ModalityCues {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new KgError("INVALID_INPUT", "lexicon: modality must be an object {cues, wholeCues}");
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!CUE_LIST_KEYS.has(key))
      throw new KgError("INVALID_INPUT", `lexicon: modality has an unknown list '${key}'`, { key });
  const out: Record<keyof ModalityCues, readonly ModalityCue[]> = { cues: [], whole: [] };
  for (const [key, field] of CUE_LISTS) {
    const rows = record[key] ?? undefined;
    if (rows !== undefined) {
      const read = rowsOf(rows, key);
      out[field] = base ? layered(base[field], read) : Object.freeze(read);
    } else if (base) out[field] = base[field];
    else throw new KgError("INVALID_INPUT", `lexicon: modality has no list '${key}'`, { key });
  }
  return Object.freeze(out);
}

/** A cue word: the modality it gives alone, and the words after it that make a cue of two words with it. */
interface CueWord {
  alone: Modality | undefined;
  pairs: Map<string, Modality> | undefined;
}

/**
 * A lexicon's modality cues compiled for modalityOf: each cue word, the modality it gives alone,
 * and the words after it that make a cue of several words with it (each part of a cue before one
 * of its spaces, then the part after it, to the cue's modality); whole cues are read only as one
 * word, never as a pair. modalityOf reads a word once and the pair without joining the two words.
 */
export interface ModalityTable {
  readonly words: ReadonlyMap<string, CueWord>;
}

const compiled = new WeakMap<ModalityCues, ModalityTable>();

/** The table of `cues`, built on its first use and kept beside them. */
export function modalityTableOf(cues: ModalityCues): ModalityTable {
  let table = compiled.get(cues);
  if (table === undefined) {
    const words = new Map<string, CueWord>();
    const entry = (word: string): CueWord => {
      let e = words.get(word);
      if (!e) words.set(word, (e = { alone: undefined, pairs: undefined }));
      return e;
    };
    // A cue listed twice gives the later row's modality.
    for (const [cue, modality] of new Map(cues.cues)) {
      entry(cue).alone = modality;
      for (const space of cue.matchAll(/ /gu)) {
        const e = entry(cue.slice(0, space.index));
        (e.pairs ??= new Map()).set(cue.slice(space.index + 1), modality);
      }
    }
    for (const [cue, modality] of cues.whole) entry(cue).alone = modality;
    table = Object.freeze({ words });
    compiled.set(cues, table);
  }
  return table;
}

/** The modality cue table of the lexicon a document is extracted with. */
export function modalityCuesOf(state: DocState): ModalityTable {
  return modalityTableOf(state.options.lexicon.modality);
}

/** How far each modality is from a plain assertion: the higher of two hedges wins. */
export const MODALITY_RANK: Readonly<Record<Modality, number>> = {
  asserted: 0,
  possible: 1,
  planned: 2,
  negated: 3,
  denied: 4,
};

/** The modality the one word `word` gives as a cue of `table` on its own, if any ("may": possible). */
export function cueModality(table: ModalityTable, word: string): Modality | undefined {
  return table.words.get(word)?.alone;
}

/** The modality the two words `first` and `second` give as one cue of `table`, if any ("not deny": possible). */
export function cuePairModality(table: ModalityTable, first: string, second: string): Modality | undefined {
  return table.words.get(first)?.pairs?.get(second);
}

/**
 * The modality that a list of cue words adds up to under the cues of `table` (denied > negated >
 * planned > possible > asserted).
 */
export function modalityOf(words: readonly string[], table: ModalityTable): Modality {
  let result: Modality = "asserted";
  const rank = MODALITY_RANK;
  const cues = table.words;
  for (let i = 0; i < words.length; i++) {
    // Two-word cues first ("yet to": "has yet to be signed").
    const w = words[i] as string;
    const cue = cues.get(w);
    if (cue === undefined) continue;
    // (A reader may list each word's lemma after it: "not", "not", "denied", "deny"; "n't", "not".)
    let j = i + 1;
    while (words[j] === w || (cue.alone !== undefined && cues.get(words[j] ?? "")?.alone === cue.alone)) j++;
    const next = words[j];
    const paired = next === undefined ? undefined : cue.pairs?.get(next);
    const m = paired ?? cue.alone;
    if (m && rank[m] > rank[result]) result = m;
    if (paired === undefined) continue;
    // A cue of two words is read once: its second word, and that word's other forms right after
    // it, are not read again alone ("did not deny that": the pair "not deny" gives possible, and
    // its "deny" does not deny).
    const second = cues.get(next as string)?.alone;
    i = j;
    while (second !== undefined && cues.get(words[i + 1] ?? "")?.alone === second) i++;
  }
  return result;
}
