/**
 * A ministry named by its acronym after its country: "The Iranian MFA spokesperson added …",
 * "Pakistan's MOFA said …". An acronym of the lexicon's ministryAcronyms (organizations.json:
 * "MFA" for "Foreign Ministry") right after a country's demonym, or after a country's name and its
 * possessive, is an Organization mention named as the ministry is when printed in full, so that
 * stage 4 qualifies it by the country as it does "the Iranian Foreign Ministry". Alone ("the MFA")
 * the acronym is left as it is: whose ministry it is may not be told; so the acronym alone is no
 * alias of the country's ministry either (in a graph an alias joins other documents' "MFA" to it),
 * and the spelling with the country ("Iranian MFA", "Pakistan's MOFA") is.
 */
import { POSSESSIVE_ENDING } from "./letters.ts";
import { makeMention } from "./make-mention.ts";
import type { Mention, Sentence, Token } from "./types.ts";

/**
 * Adds to `out`, and marks in `covered`, the mention of each uncovered ministry acronym (a key of
 * `acronyms`, as written) that a country's demonym or possessive stands right before.
 */
export function nameMinistryAcronyms(
  sentence: Sentence,
  out: Mention[],
  covered: Uint8Array,
  acronyms: ReadonlyMap<string, string>,
): void {
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const name = covered[i] ? undefined : acronyms.get((tokens[i] as Token).text);
    const owner = name === undefined ? undefined : countryBefore(sentence, out, i);
    if (name === undefined || owner === undefined) continue;
    const m = makeMention(sentence, i, i + 1, name, "Organization", "fallback", "fallback-organization");
    m.printed = sentence.text.slice(owner.start - sentence.start, m.end - sentence.start);
    m.textNoAlias = true;
    out.push(m);
    covered[i] = 1;
  }
}

/** The country's demonym that ends right before token `i`, or its name before a possessive mark there. */
function countryBefore(sentence: Sentence, out: readonly Mention[], i: number): Mention | undefined {
  const tokens = sentence.tokens;
  const possessive = POSSESSIVE_ENDING.test(tokens[i - 1]?.text ?? "");
  const end = possessive ? i - 1 : i;
  return out.find(
    (m) =>
      m.type === "Country" && m.last === end && (possessive ? m.kind !== "demonym" : m.kind === "demonym"),
  );
}
