/**
 * The wink-nlp tokenizer, loaded once on first use (module-level lazy singleton) because
 * loading the model costs far more than reading a sentence.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The loaded wink-nlp instance (type as returned by the library). */
export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/** The shared wink-nlp instance, tokenizer only (no POS, NER or sentiment: see tagger.ts). */
export function getNlp(): Nlp {
  if (instance === null) instance = winkNLP(model, []);
  return instance;
}

/** Raw token fields of one text: the token values, in order. */
export interface RawTokens {
  values: string[];
}

/** Tokenizes `text` with wink-nlp. */
export function tagText(text: string): RawTokens {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  return {
    values: tokens.out(its.value) as string[],
  };
}
