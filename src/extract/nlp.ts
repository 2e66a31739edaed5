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

/**
 * Letters of Latin Extended-A/B and Latin Extended Additional ("č", "ğ", "ł", "ễ"): wink's
 * tokenizer does not take them for letters and cuts a word at each ("Vučić" → "Vu č i ć").
 */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/u;
const EXTENDED_LATIN_ALL = /[\u0100-\u024f\u1e00-\u1eff]/gu;

/**
 * Tokenizes and tags `text` with wink-nlp. Token values are always substrings of `text`: a text
 * with extended Latin letters is tokenized with each such letter replaced by a plain one of the
 * same length (so "Vučić" stays one word) and the values are read back from `text`.
 */
export function tagText(text: string): RawTokens {
  const nlp = getNlp();
  const its = nlp.its;
  const extended = EXTENDED_LATIN.test(text);
  const read = extended ? text.replace(EXTENDED_LATIN_ALL, plainLetter) : text;
  const tokens = nlp.readDoc(read).tokens();
  const values = tokens.out(its.value) as string[];
  return {
    values: extended ? originalValues(values, read, text) : values,
    pos: tokens.out(its.pos) as string[],
  };
}

/** One plain ASCII letter for an extended Latin letter: its base letter, else "x" or "X". */
function plainLetter(letter: string): string {
  const base = letter.normalize("NFD").charAt(0);
  if (/^[A-Za-z]$/u.test(base)) return base;
  return letter === letter.toLowerCase() ? "x" : "X";
}

/** The values of `read` (a same-length copy of `text`) taken back from `text` where found. */
function originalValues(values: string[], read: string, text: string): string[] {
  let cursor = 0;
  return values.map((v) => {
    const at = read.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64) return v;
    cursor = at + v.length;
    return text.slice(at, cursor);
  });
}
