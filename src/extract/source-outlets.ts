/**
 * A news source named by the words around it: "…, the ministry told Armenpress.", "…, citing
 * Euractiv.", "Azernews reports, citing …", "As Shephard has reported, …". An unknown capitalised
 * name of one to three words in one of these places is the outlet (or body) a report comes from:
 * an Organization, never a person (a person named in full earlier is still found by surname in
 * stage 4). The cue phrases are data (lexicon organizations.json sourceCues); "according to" is
 * none, its object being as often a person (and an outlet found there fed the according-to
 * assessment rule false facts on validation).
 */
import { INDEFINITE_ARTICLES } from "./lexicon/grammar.ts";
import type { Token } from "./types.ts";

/** The cue phrases of a source, each as the tokenizer splits it (lower case). */
export interface SourceCueWords {
  /** Phrases right before the name ("told", "citing"); "the" may follow them. */
  readonly before: readonly (readonly string[])[];
  /** Verbs of reporting right after the name ("reports", "reported"). */
  readonly verbs: ReadonlySet<string>;
  /** Words that may stand between the name and its verb ("has", "previously"). */
  readonly verbLeads: ReadonlySet<string>;
}

/** Most capitalised words of a source's name read from its cues. */
const MAX_SOURCE_WORDS = 3;

/** Articles that open an apposition describing the name before them ("…, an expert at"; lexicon grammar.ts). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(INDEFINITE_ARTICLES);

/** Tokens that end the clause a source's name closes. */
const CLAUSE_END = /^[.,;:!?)]$/u;

/**
 * True when the name at tokens [first, last) (`words`: its words but hyphens) stands where a
 * report's source does: after a cue ("told Armenpress."; "told Kyodo News that" is not read: the
 * name must close its clause) or opening a clause after a comma or "as" before a verb of reporting
 * ("…, Azernews reports,", "As Shephard has reported,"; a sentence's first word is none).
 */
export function sourceOutletContext(
  tokens: readonly Token[],
  first: number,
  last: number,
  words: readonly Token[],
  cues: SourceCueWords,
): boolean {
  if (words.length === 0 || words.length > MAX_SOURCE_WORDS) return false;
  return sourceAfterCue(tokens, first, last, cues) || sourceBeforeVerb(tokens, first, last, cues);
}

/** "told Armenpress.", "citing Euractiv,", "told the RTVM.": a cue, then the name closing its clause. */
function sourceAfterCue(
  tokens: readonly Token[],
  first: number,
  last: number,
  cues: SourceCueWords,
): boolean {
  const next = tokens[last];
  if (next !== undefined && !CLAUSE_END.test(next.text)) return false;
  // "according to Freeman, an expert at …": a name described by an apposition is a person's.
  if (next?.text === "," && APPOSITION_OPENERS.has(tokens[last + 1]?.lower ?? "")) return false;
  const start = tokens[first - 1]?.lower === "the" ? first - 1 : first;
  return cues.before.some((cue) => cueEndsAt(tokens, start, cue));
}

/**
 * "…, Azernews reports, citing", ", SKAI reported.", "As Shephard has reported": the name opens its
 * clause, after a comma or "as", before a verb of reporting. A sentence's first word is not read:
 * there every word is capitalised, and the plural nouns of people who report ("Witnesses reported
 * that …", "Residents reported, citing …") or a writer's surname ("Kofman wrote that …") stand
 * in the same place.
 */
function sourceBeforeVerb(
  tokens: readonly Token[],
  first: number,
  last: number,
  cues: SourceCueWords,
): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || (prev.text !== "," && prev.lower !== "as")) return false;
  let k = last;
  while (k < last + 2 && cues.verbLeads.has(tokens[k]?.lower ?? "")) k++;
  if (!cues.verbs.has(tokens[k]?.lower ?? "")) return false;
  // The verb reports without an object of its own ("X reported, citing …", "X reports that …").
  const after = tokens[k + 1];
  return (
    after === undefined || CLAUSE_END.test(after.text) || after.lower === "that" || after.lower === "citing"
  );
}

/** True when the lower-case tokens right before `end` spell `cue`. */
function cueEndsAt(tokens: readonly Token[], end: number, cue: readonly string[]): boolean {
  const at = end - cue.length;
  if (at < 0) return false;
  return cue.every((w, k) => tokens[at + k]?.lower === w);
}
