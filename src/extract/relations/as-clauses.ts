/**
 * As-clauses: "… was not destined for Havana as Cuban officials maintained." A verb of saying in
 * an "as" clause that closes the sentence without a comma before "as", after a negated predicate,
 * qualifies that predicate (what the officials maintained is the opposite, that the cargo was
 * destined for Havana), not the sentence's first actor. Un-negated ("Russian forces shelled
 * Kharkiv overnight as Ukraine said", the comma often left out in wire copy) or set off by a
 * comma ("Russia shelled Kharkiv, as Ukraine said."), the clause endorses the whole sentence and
 * is left to the other rules.
 */
import { MODALITY_RANK, modalityOf, plainWords } from "../clause.ts";
import type { ModalityTable } from "../modality-cues.ts";
import type { Token } from "../types.ts";
import { isVerbOrAux } from "../words.ts";

/** Most words of a time or place phrase after the as-clause's verb before the sentence's end. */
const AS_TAIL = 3;

/**
 * True when the subject opening at `first` follows a bare "as" (no comma before it) after a negated
 * predicate in the same clause ("not", "never": the cue words of clause.ts modalityOf) and the verb
 * at `t` ends the sentence, past at most a short phrase.
 */
export function restrictiveAsSpeaker(
  tokens: readonly Token[],
  first: number,
  t: number,
  cues: ModalityTable,
): boolean {
  if (tokens[first - 1]?.lower !== "as" || first < 2 || /^[,;:(—–-]$/u.test(tokens[first - 2]?.text ?? ""))
    return false;
  let open = first - 2;
  while (open > 0 && !/^[,;:(—–-]$/u.test(tokens[open - 1]?.text ?? "")) open--;
  const clause = plainWords(tokens.slice(open, first - 1));
  if (MODALITY_RANK[modalityOf(clause, cues)] < MODALITY_RANK.negated) return false;
  for (let k = t + 1; k < Math.min(tokens.length, t + 2 + AS_TAIL); k++) {
    const w = tokens[k] as Token;
    if (/^[.!?]$/u.test(w.text)) return true;
    if (isVerbOrAux(w) || w.lower === "that" || /^[,;:“”"]$/u.test(w.text)) return false;
  }
  return tokens.length <= t + 1;
}
