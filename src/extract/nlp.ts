/**
 * The wink-nlp tokenizer and tagger, loaded once on first use (module-level lazy singleton) because
 * loading the model costs far more than reading a sentence.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The loaded wink-nlp instance (type as returned by the library). */
export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/** The shared wink-nlp instance: tokenizer and statistical part-of-speech tagger (no NER or sentiment). */
export function getNlp(): Nlp {
  if (instance === null) instance = winkNLP(model, ["pos"]);
  return instance;
}

/** Raw token fields of one text: the token values and wink's Universal POS tags, in order. */
export interface RawTokens {
  values: string[];
  pos: string[];
}

/** Tokenizes and tags `text` with wink-nlp. */
export function tagText(text: string): RawTokens {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  return {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
  };
}
