/**
 * Modality cues as data: the words before a trigger that hedge it and the modality each gives
 * (lexicon/modality-cues.json, cues), and the catenatives read with their "to" as one cue ("has
 * to", "have to": wholeCues), validated here on load, with typed errors naming the list and the
 * row. clause.ts reads the built-in cues (CUE_MODALITIES, the verb group's cue words).
 */
import { KgError } from "../model/errors.ts";
import { MODALITIES, type Modality } from "../model/ontology.ts";
import DATA from "./lexicon/modality-cues.json" with { type: "json" };

/** One cue: its word or words, and the modality it gives. */
export type ModalityCue = readonly [string, Modality];

/** The modality cues of a lexicon: the hedging words (in the order they are checked) and the whole cues. */
export interface ModalityCues {
  readonly cues: readonly ModalityCue[];
  readonly whole: readonly ModalityCue[];
}

const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

/** The rows of list `key` of `record`, validated: each a [cue, modality] pair of a known modality. */
function rowsOf(record: Record<string, unknown>, key: string): ModalityCue[] {
  const rows = record[key];
  if (!Array.isArray(rows))
    throw new KgError("INVALID_INPUT", `modality cues: '${key}' must be a list of [cue, modality] rows`, {
      key,
    });
  return rows.map((row: unknown, index): ModalityCue => {
    const [cue, modality] = Array.isArray(row) ? (row as unknown[]) : [];
    if (!Array.isArray(row) || row.length !== 2 || typeof cue !== "string" || !cue.trim())
      throw new KgError("INVALID_INPUT", `modality cues: '${key}' row ${index} must be [cue, modality]`, {
        key,
        index,
      });
    if (typeof modality !== "string" || !MODALITY_SET.has(modality))
      throw new KgError("INVALID_INPUT", `modality cues: '${key}' row ${index} has an unknown modality`, {
        key,
        index,
      });
    return Object.freeze([cue.trim().toLowerCase(), modality as Modality] as const);
  });
}

/**
 * Validates parsed modality cues (`{cues: [[cue, modality], …], wholeCues: [...], about?}`) and
 * returns them. Throws INVALID_INPUT naming the list (`key`) and, for a bad row, its `index`.
 */
export function parseModalityCues(json: unknown): ModalityCues {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new KgError("INVALID_INPUT", "modality cues: expected an object {cues, wholeCues}");
  const record = json as Record<string, unknown>;
  return Object.freeze({
    cues: Object.freeze(rowsOf(record, "cues")),
    whole: Object.freeze(rowsOf(record, "wholeCues")),
  });
}

/** The built-in modality cues (lexicon/modality-cues.json), validated. */
export const BUILT_IN_MODALITY_CUES: ModalityCues = parseModalityCues(DATA);
