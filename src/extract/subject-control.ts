/**
 * Subject control: "Canada promised Ukraine to transfer 50 LAV carriers" — after a verb of
 * promising, the object before "to" receives the promise; the one who does what the infinitive
 * says is the promiser, the subject of the promising verb (unlike "asked Ukraine to transfer").
 */
import { SUBJECT_CONTROL_VERBS } from "./lexicon/grammar.ts";
import type { Token } from "./types.ts";

const CONTROL = new Set(SUBJECT_CONTROL_VERBS);

/**
 * The index of the verb of promising right before the chunk spanning tokens `first` to `last`
 * (exclusive), when "to" follows the chunk; else -1.
 */
export function subjectControlVerb(tokens: readonly Token[], first: number, last: number): number {
  const verb = tokens[first - 1];
  if (!verb || verb.pos !== "VERB" || !CONTROL.has(verb.lemma) || tokens[last]?.lower !== "to") return -1;
  return first - 1;
}
