/**
 * What a text gives under a given lexicon value, for the tests that check a word list is read from
 * the lexicon (stage-words-*.test.ts, frame-rows-value.test.ts): the relations and entities as short
 * strings, and the built-in lexicon with one word list emptied.
 */
import { extractDocument } from "../../../src/extract/index.ts";
import type { WordListKey } from "../../../src/extract/lexicon-schema.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";

type Lexicon = typeof BUILT_IN_LEXICON;

/** The relations `text` gives under `lexicon`, as "source relation target". */
export function relations(text: string, lexicon: Lexicon = BUILT_IN_LEXICON): string[] {
  const ex = extractDocument({ id: "words.txt", text, meta: {} }, { lexicon });
  return ex.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
}

/** The entities `text` gives under `lexicon`, as "name/type". */
export function entities(text: string, lexicon: Lexicon = BUILT_IN_LEXICON): string[] {
  const ex = extractDocument({ id: "words.txt", text, meta: {} }, { lexicon });
  return ex.entities.map((e) => `${e.name}/${e.type}`);
}

/** The built-in lexicon with the word list `key` emptied. */
export function withoutList(key: WordListKey): Lexicon {
  return createLexicon([], BUILT_IN_LEXICON, { ...BUILT_IN_LEXICON.words, [key]: [] });
}
