/**
 * Main verbs after a phrase: "Turkey's decision to buy Russian-made S-400 systems rendered
 * Ankara's participation impossible" — a finite verb right after a noun, with a determined object
 * of its own, opens the predicate of the clause that the trigger's phrase only stood in, so the
 * trigger's object zone ends before it ("F-35" is not bought). The words that open such an object
 * are a word list of the lexicon value (stage-words.json mainVerbObjectOpeners), passed in.
 */
import type { Token } from "./types.ts";

/** Tags of a word that ends a noun phrase. */
const NOUN_END = /^(?:NOUN|PROPN)$/u;
/** A past form, by its ending when the lemmatiser does not know the verb ("rendered"). */
const PAST_FORM = /ed$/u;

/**
 * True when token `k`, past the trigger at `t`, is a finite verb in the past or present that
 * follows a noun and takes a determined object ("systems rendered Ankara's …", "jets gave the
 * air force …"); a participle of a reduced relative takes a preposition or nothing
 * ("systems delivered to Turkey", "systems made by Almaz-Antey"). `openers` are the words that open
 * a determined object (lexicon mainVerbObjectOpeners).
 */
export function mainVerbAfterNoun(
  tokens: readonly Token[],
  k: number,
  t: number,
  openers: ReadonlySet<string>,
): boolean {
  const w = tokens[k];
  if (!w || k <= t + 1 || w.pos !== "VERB" || w.text !== w.lower || w.lower.endsWith("ing")) return false;
  if (w.lower === w.lemma && !PAST_FORM.test(w.lower)) return false;
  if (!NOUN_END.test(tokens[k - 1]?.pos ?? "")) return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (openers.has(next.lower)) return true;
  // "rendered Ankara's participation": a possessive name opens the object.
  return next.pos === "PROPN" && (tokens[k + 2]?.key === "'s" || tokens[k + 2]?.key === "’s");
}
