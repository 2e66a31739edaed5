/**
 * A hyphened modifier before a name: "led by South Africa-based Kayumba Nyamwasa", "quoted
 * Kremlin-backed Denis Pushilin". The modifier (a name, a hyphen and a modifier's lower-case word,
 * lexicon/text.json hyphenSuffixes: "based", "backed", "born" …) stands between a name and the
 * words that type it by context (a verb that people do before them: "led by", "quoted"); read past
 * it, the context is the one before the modifier.
 */
import type { Token } from "./types.ts";

/** Most words of the name before the hyphen ("South Africa", "Abu Dhabi", "Rio de Janeiro"). */
const MAX_MODIFIER_NAME_WORDS = 3;

/** A word that opens with a capital letter. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * The index where the words before a name start when a hyphened modifier stands right before the
 * name at `first` ("South Africa-based" → the index of "South"); `first` when none stands there.
 * `suffixes`: the modifier's lower-case words (lexicon hyphenSuffixes).
 */
export function beforeHyphenedModifier(
  tokens: readonly Token[],
  first: number,
  suffixes: ReadonlySet<string>,
): number {
  const suffix = tokens[first - 1];
  const hyphen = tokens[first - 2];
  const glued = tokens[first - 3];
  // (Glued: no space before the hyphen nor before the modifier's word.)
  if (suffix === undefined || suffix.space || !suffixes.has(suffix.text)) return first;
  if (hyphen?.text !== "-" || hyphen.space || glued === undefined || !CAPITAL_FIRST.test(glued.text))
    return first;
  let k = first - 3;
  while (
    k > 0 &&
    first - 3 - k + 1 < MAX_MODIFIER_NAME_WORDS &&
    CAPITAL_FIRST.test(tokens[k - 1]?.text ?? "")
  )
    k--;
  return k;
}
