/**
 * The wink-nlp tokenizer and tagger, loaded once on first use (module-level lazy singleton) because
 * loading the model costs far more than reading a sentence; the words of its model's own lexicon are
 * kept with it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import winkNLP, { type Model } from "wink-nlp";

/** The loaded wink-nlp instance (type as returned by the library). */
export type Nlp = ReturnType<typeof winkNLP>;

/** The words of the model's own lexicon and their count (wink adds the unknown words it meets after them). */
interface Lexemes {
  hash: Record<string, number>;
  size: number;
}

/**
 * The parts of speech the model's lexicon allows each of its words (its "posClusters"): one
 * cluster index per word, read from the packed lexicon.
 */
interface WordClasses {
  lexicon: Uint32Array;
  /** Offset, mask and shift of the cluster index in a word's packed record. */
  layout: readonly number[];
  /** Size of one word's packed record. */
  size: number;
  clusters: ReadonlySet<string>[];
}

/** The loaded instance and its model's own words. */
let loaded: { nlp: Nlp; lexemes: Lexemes; classes: WordClasses } | null = null;

/** The shared wink-nlp instance: tokenizer and statistical part-of-speech tagger (no NER or sentiment). */
export function getNlp(): Nlp {
  return load().nlp;
}

/** Loads the instance on first use; the model's own words are read as wink loads its core model. */
function load(): { nlp: Nlp; lexemes: Lexemes; classes: WordClasses } {
  if (loaded === null) {
    let lexemes: Lexemes = { hash: {}, size: 0 };
    let classes: WordClasses = { lexicon: new Uint32Array(0), layout: [], size: 0, clusters: [] };
    const nlp = winkNLP(
      englishModel((core) => {
        lexemes = { hash: core.features.lexeme.hash ?? {}, size: core.features.lexeme.list.length };
        classes = wordClasses(core);
      }),
      ["pos"],
    );
    loaded = { nlp, lexemes, classes };
  }
  return loaded;
}

/** The lexicon's parts of speech of each word, as tag names, from the loaded core model. */
function wordClasses(core: CoreModel): WordClasses {
  const names: string[] = [];
  for (const [tag, k] of Object.entries(core.pos.hash)) names[k] = tag;
  const clusters = (core.features.posClusters.list as Set<number>[]).map(
    (cluster) => new Set([...cluster].map((k) => names[k] ?? "X")),
  );
  return {
    lexicon: core.lexicon as Uint32Array,
    layout: core.packing.layout.lexemeCID ?? [],
    size: core.packing.size,
    clusters,
  };
}

/** No part of speech: a word outside the model's own lexicon. */
const NO_CLASSES: ReadonlySet<string> = new Set();

/**
 * The parts of speech the English model's lexicon allows a lower-case word ("values": NOUN and
 * VERB; "officials": NOUN; "russian": ADJ), or none for a word outside it. Read by the tagger to
 * tell a word that may head a verb group from one that cannot, by the word's own entry.
 */
export function lexiconTags(lower: string): ReadonlySet<string> {
  const k = modelLexeme(lower);
  if (k < 0) return NO_CLASSES;
  const { classes } = load();
  const [offset = 0, mask = 0, shift = 0] = classes.layout;
  const cluster = ((classes.lexicon[offset + k * classes.size] ?? 0) & mask) >>> shift;
  return classes.clusters[cluster] ?? NO_CLASSES;
}

const MODEL_DIST = "wink-eng-lite-web-model/dist/";

/** A feature of wink's core model: its values, and their index when the model packs it by value. */
interface CoreFeature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of wink's core model (eng-core-web-model.json) that loading it prepares. */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[]; size: number };
  features: Record<string, CoreFeature> & { lexeme: CoreFeature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** 32-bit words from base64 text, in a buffer of their own. */
function words32(base64: string): Uint32Array {
  return new Uint32Array(new Uint8Array(Buffer.from(base64, "base64")).buffer);
}

/**
 * wink-eng-lite-web-model's core model, prepared as its read-core-model.js and load-core-model.js
 * prepare it, from one parse of its JSON: the package's own loader parses the file on import,
 * then copies it through JSON.stringify and JSON.parse, and decodes the base64 lexicon a
 * character at a time, about 150 ms of each extraction thread's start (the model is read once
 * per thread).
 */
function loadCoreModel(require: NodeJS.Require): CoreModel {
  const model = JSON.parse(
    readFileSync(require.resolve(`${MODEL_DIST}languages/cur/models/eng-core-web-model.json`), "utf8"),
  ) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  const hashOf = (list: string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout)
    if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * True when a lower-case word is in the English model's own lexicon ("tanks", "penny"), not one
 * that wink met only in the texts read ("nakatani", "singh").
 */
export function inEnglishLexicon(lower: string): boolean {
  return modelLexeme(lower) >= 0;
}

/** The index of a lower-case word in the English model's own lexicon, or -1 (a word met only in the texts read). */
function modelLexeme(lower: string): number {
  const { lexemes } = load();
  const k = lexemes.hash[lower];
  return k !== undefined && k < lexemes.size ? k : -1;
}

/**
 * wink-eng-lite-web-model as its dist/model.js assembles it, with the core model loaded by
 * loadCoreModel and handed to `onCore` once wink has loaded it.
 */
export function englishModel(onCore?: (core: CoreModel) => void): Model {
  const require = createRequire(import.meta.url);
  const part = (name: string): unknown => require(`${MODEL_DIST}${name}.js`);
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => {
    const core = loadCoreModel(require);
    onCore?.(core);
    return core;
  };
  model.sbd = part("load-sbd-model");
  model.pos = part("load-pos-model");
  model.ner = part("load-ner-model");
  model.negation = part("load-negation-model");
  model.sa = part("load-sa-model");
  model.metaCER = part("load-cer-meta-model");
  model.featureFn = part("feature");
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part("porter-stemmer");
  addons.lemmatize = part("lemmatize");
  addons.readabilityStats = part("readability-stats");
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as Model;
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

/**
 * The token values of each text, as tagText gives them for that text alone, from one wink
 * document of all of them (one call instead of one per text: compiling the gazetteer tokenized
 * its 1,600 surfaces one document each, about 0.2 s at the start of every extraction thread).
 * wink splits a text at spaces first and tokenizes each run of non-space characters apart from
 * the others, so the texts joined by spaces give each its own tokens; each token is assigned to
 * its text by its offset. Texts must not be empty. Should a token not be found where expected,
 * every text is tokenized alone.
 */
export function tokenizeEach(texts: readonly string[]): string[][] {
  const joined = texts.join(" ");
  const out: string[][] = texts.map(() => []);
  let t = 0;
  let end = texts[0]?.length ?? 0;
  let cursor = 0;
  for (const value of tagText(joined).values) {
    const at = joined.indexOf(value, cursor);
    if (at < 0) return texts.map((text) => tagText(text).values);
    cursor = at + value.length;
    while (at >= end && t + 1 < texts.length) end += 1 + texts[++t]!.length;
    out[t]!.push(value);
  }
  return out;
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
