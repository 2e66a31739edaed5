/**
 * A lexicon's word lists as sets: compiled once per word-lists value (a WeakMap, as gazetteerOf
 * keeps a lexicon's gazetteer), so each stage reads the lists of the lexicon it was given and no
 * set is built at module level from the built-in data.
 */
import { type LexiconWords, WORD_LIST_KEYS, type WordListKey } from "./lexicon-schema.ts";
import type { DocState } from "./types.ts";

/** A lexicon's word lists as sets, by the same keys. */
export type WordSets = Readonly<Record<WordListKey, ReadonlySet<string>>>;

const compiled = new WeakMap<LexiconWords, WordSets>();

/** The sets of `words`, built on their first use and kept beside them. */
export function wordSetsOf(words: LexiconWords): WordSets {
  let sets = compiled.get(words);
  if (sets === undefined) {
    const built = {} as Record<WordListKey, ReadonlySet<string>>;
    for (const key of WORD_LIST_KEYS) built[key] = new Set(words[key]);
    sets = Object.freeze(built);
    compiled.set(words, sets);
  }
  return sets;
}

/**
 * True when `word` names a state's body or armed force (stage words stateBodyWords or forceWords:
 * "ministry", "army"), as a body's head or last word does ("Defence Ministry", "Indian Army").
 */
export function isStateBodyWord(words: WordSets, word: string): boolean {
  return words.stateBodyWords.has(word) || words.forceWords.has(word);
}

/** The word sets of the lexicon a document is extracted with. */
export function wordsOf(state: DocState): WordSets {
  return wordSetsOf(state.options.lexicon.words);
}
