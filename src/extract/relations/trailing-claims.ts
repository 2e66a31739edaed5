/**
 * Trailing claims: a verb of stating that needs "that" ("charge", "note", "maintain", "confirm")
 * may also close a bare claim told before its speaker, as it closes a quotation. "Iran is sending
 * missiles to Hezbollah fighters in Lebanon, Israeli intelligence officials charge." gives the claim
 * before the comma: the speaker stands right after the comma and the verb ends the sentence, past
 * at most a short time or place phrase ("…, the ministry noted on Monday.").
 */
import type { Token } from "../types.ts";
import { isVerbOrAux } from "../words.ts";

/** Most words of the time or place phrase between a trailing verb and the sentence's end. */
const TRAILING_PHRASE = 4;

/** Tags of the words of a trailing time or place phrase ("on Monday", "in a statement"). */
const PHRASE_TAGS = /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|ADV)$/u;

/**
 * True when the subject opening at `first` follows a comma, a clause with a verb stands before
 * that comma, and the verb at `t` ends the sentence (past a short phrase without a verb or "that").
 */
export function closesBareClaim(tokens: readonly Token[], t: number, first: number): boolean {
  if (first < 2 || tokens[first - 1]?.text !== ",") return false;
  let k = t + 1;
  while (k < tokens.length && k <= t + TRAILING_PHRASE && PHRASE_TAGS.test(tokens[k]?.pos ?? "")) {
    if (tokens[k]?.lower === "that") return false;
    k++;
  }
  const end = tokens[k];
  if (end && !/^[.!]$/u.test(end.text)) return false;
  // A claim: some verb before the comma ("Iran is sending …"), not a bare phrase ("In Kyiv, officials noted.").
  return tokens.slice(0, first - 1).some((w) => isVerbOrAux(w));
}
