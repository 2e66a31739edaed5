/**
 * A meeting noun in a phrase quoted from its holder, or described by him: "held a “warm and
 * productive meeting” with X", "holding what he described as a “warm and productive meeting” in
 * Paris with X". The quote marks and the describing clause stand between the verb that holds the
 * meeting and its noun, and between the noun and its partner's preposition; these helpers step
 * over them so that meet.ts reads the phrase as it reads "held a meeting with X".
 */
import type { Token } from "../types.ts";
import { isVerbOrAux } from "../words.ts";
import { QUOTE_MARK } from "../letters.ts";

/** Tags of the words a quoted meeting phrase may hold before its noun ("a “warm and productive”"). */
const PHRASE_TAGS = /^(?:ADJ|ADV|DET|NUM|CCONJ)$/u;
/** Most words of the phrase before the noun, quote marks included. */
const PHRASE_REACH = 8;

/** One past the quote marks that close a phrase right after token `t` ("meeting” with X"), `t + 1` when none. */
export function pastClosingQuotes(tokens: readonly Token[], t: number): number {
  let k = t + 1;
  while (k < tokens.length && QUOTE_MARK.test((tokens[k] as Token).text)) k++;
  return k;
}

/**
 * The verb that holds the meeting noun at `t` through a quoted phrase, a describing clause or a
 * long run of modifiers ("held a “warm and productive meeting”", "holding what he described as a
 * meeting", "held a warm and very productive meeting"), or -1 when none stands before the noun.
 * `describing` holds the verbs of a describing clause (the table's meetWords.describingVerbs).
 */
export function quotedPhraseVerb(
  tokens: readonly Token[],
  t: number,
  describing: ReadonlySet<string>,
): number {
  let k = t - 1;
  let quoted = false;
  while (k >= 0 && t - k <= PHRASE_REACH) {
    const w = tokens[k] as Token;
    if (QUOTE_MARK.test(w.text)) quoted = true;
    else if (!PHRASE_TAGS.test(w.pos) && w.text !== ",") break;
    k--;
  }
  // "what he described as", "what was called": a describing clause before the phrase.
  const described = describingClauseStart(tokens, k, describing);
  if (described >= 0) return isVerbOrAux(tokens[described - 1]) ? described - 1 : -1;
  // "held a warm and productive meeting": a longer phrase of modifiers needs no quote marks.
  return (quoted || k < t - 4) && isVerbOrAux(tokens[k]) ? k : -1;
}

/**
 * The index of "what" when a describing clause ends at token `k` ("what he described as", "what
 * they called", "what was termed"), or -1.
 */
function describingClauseStart(tokens: readonly Token[], k: number, describing: ReadonlySet<string>): number {
  let j = tokens[k]?.lower === "as" ? k - 1 : k;
  const verb = tokens[j];
  if (!verb || !describing.has(verb.lemma)) return -1;
  j--;
  // "what he described", "what was called", "what has been called".
  while (j >= 0 && j >= k - 4 && tokens[j]?.lower !== "what") {
    if (!/^(?:PRON|AUX)$/u.test(tokens[j]?.pos ?? "")) return -1;
    j--;
  }
  return tokens[j]?.lower === "what" ? j : -1;
}
