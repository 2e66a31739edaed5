/**
 * Subject control: "Canada promised Ukraine to transfer 50 LAV carriers" — after a verb of
 * promising, the object before "to" receives the promise; the one who does what the infinitive
 * says is the promiser, the subject of the promising verb (unlike "asked Ukraine to transfer").
 * The verbs are a word list of the lexicon value (stage-words.json subjectControlVerbs), passed in.
 */
import type { Token } from "./types.ts";

/**
 * The index of the verb of promising right before the chunk spanning tokens `first` to `last`
 * (exclusive), when "to" follows the chunk; else -1. `controlVerbs` are the lemmas of verbs of
 * promising (lexicon subjectControlVerbs).
 */
export function subjectControlVerb(
  tokens: readonly Token[],
  first: number,
  last: number,
  controlVerbs: ReadonlySet<string>,
): number {
  const verb = tokens[first - 1];
  if (!verb || verb.pos !== "VERB" || !controlVerbs.has(verb.lemma) || tokens[last]?.lower !== "to")
    return -1;
  return first - 1;
}
