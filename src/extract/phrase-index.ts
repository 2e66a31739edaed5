/**
 * Phrase indexes: a lexicon's multi-word phrases grouped by their first word, so that a rule that
 * tries every phrase at every token looks up the few that open with the token's word instead of
 * scanning the whole list.
 */

/** Phrases as word lists, grouped by first word, in lexicon order within each group. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Indexes phrases ("foreign military sale", "air wing") by their first word, keeping their order. */
export function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const first = words[0] as string;
    const group = out.get(first);
    if (group) group.push(words);
    else out.set(first, [words]);
  }
  return out;
}
