/**
 * Languages: "(FTCO, in Spanish)", "said in Russian.": a demonym right after "in" that ends its
 * phrase (a bracket, a comma, a stop or a quotation mark follows) names a language, no country.
 */
import { LANGUAGE_PHRASE_ENDS } from "./lexicon/text.ts";
import type { DocState, Token } from "./types.ts";

/** Marks that end the phrase a language's name closes (lexicon text.json languagePhraseEnds). */
const PHRASE_ENDS = new Set(LANGUAGE_PHRASE_ENDS);

/** Removes each demonym mention that is a language's name after "in" (see the file's header). */
export function dropLanguageNames(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index];
    if (!list) continue;
    const tokens = sentence.tokens;
    const language = (first: number, last: number): boolean => {
      const before = tokens[first - 1] as Token | undefined;
      const after = tokens[last] as Token | undefined;
      return before?.lower === "in" && (after === undefined || PHRASE_ENDS.has(after.text));
    };
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m && m.kind === "demonym" && m.last - m.first === 1 && language(m.first, m.last)) list.splice(k, 1);
    }
  }
}
