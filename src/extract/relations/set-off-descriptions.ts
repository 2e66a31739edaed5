/**
 * Set-off descriptions of organizations: the lower-case description that ends in a descriptor noun
 * ("state arms exporter", "shipbuilder"), and the demonym that opens one set off after a body's
 * name ("Naval Group, the French shipbuilder,"), for the affiliation rules.
 */
import type { SentenceIndex } from "../chunks.ts";
import { LOWER_FIRST } from "../letters.ts";
import type { Mention, Token } from "../types.ts";
import { WORDS } from "../words.ts";

/** Longest run of lower-case words describing an organization ("state-owned news agency"), hyphens counted. */
export const DESCRIPTION_REACH = 7;

/** An article before a description. */
const DESCRIPTION_ARTICLE = /^(?:the|a|an)$/u;

/**
 * "the French shipbuilder,", "a Turkish drone maker.": from `k`, an article, a demonym and a
 * lower-case description ending in a descriptor noun closed by punctuation; the demonym, else null.
 */
export function demonymDescription(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (!DESCRIPTION_ARTICLE.test(tokens[k]?.lower ?? "") || ix.cover[k]) return null;
  const c = ix.cover[k + 1];
  if (!c || c.first !== k + 1 || c.kind !== "demonym" || c.type !== "Country") return null;
  return descriptionEnd(tokens, c.last) > 0 ? c : null;
}

/** The index after a lower-case description ending in a descriptor noun from `k`, else 0. */
export function descriptionEnd(tokens: Token[], k: number): number {
  for (let j = k; j < k + DESCRIPTION_REACH && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (WORDS.orgDescriptors.has(w.lower) && /^[,.;)]$/u.test(tokens[j + 1]?.text ?? ".")) return j + 1;
    if (!(w.text === "-" || LOWER_FIRST.test(w.text))) return 0;
  }
  return 0;
}
