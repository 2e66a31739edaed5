/**
 * A ministry named by its acronym after its country: "The Iranian MFA spokesperson added …",
 * "Pakistan's MOFA said …". An acronym of the lexicon's ministryAcronyms (organizations.json:
 * "MFA" for "Foreign Ministry") right after a country's demonym, or after a country's name and its
 * possessive, is an Organization mention named as the ministry is when printed in full, so that
 * stage 4 qualifies it by the country as it does "the Iranian Foreign Ministry". Alone ("the MFA")
 * the acronym is left as it is: whose ministry it is may not be told.
 */
import { makeMention } from "./make-mention.ts";
import type { Mention, Sentence } from "./types.ts";

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
    const name = covered[i] ? undefined : acronyms.get((tokens[i] as { text: string }).text);
    if (name === undefined || !countryBefore(sentence, out, i)) continue;
    out.push(makeMention(sentence, i, i + 1, name, "Organization", "fallback", "fallback-organization"));
    covered[i] = 1;
  }
}

/** True when a country's demonym ends right before token `i`, or its name and a possessive mark do. */
function countryBefore(sentence: Sentence, out: readonly Mention[], i: number): boolean {
  const tokens = sentence.tokens;
  const possessive = /^['’]s$/u.test(tokens[i - 1]?.text ?? "");
  const end = possessive ? i - 1 : i;
  return out.some(
    (m) =>
      m.type === "Country" && m.last === end && (possessive ? m.kind !== "demonym" : m.kind === "demonym"),
  );
}
