/**
 * The extraction pipeline's public API: text in, entities and relations with evidence out.
 */
export {
  extractDocument,
  extractDocuments,
  extractDocumentDetailed,
  mergeExtractions,
  particlesOf,
  prepareExtraction,
  STAGES,
} from "./pipeline.ts";
export type { DetailedExtraction } from "./pipeline.ts";
export { DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions, validateExtractOptions } from "./options.ts";
export type { ExtractOptions, ResolvedExtractOptions } from "./options.ts";
export { BUILT_IN_SCORER } from "./5b-learned.ts";
export type { ScorerModel } from "./5b-learned.ts";
export { loadUserLexicon } from "./user-lexicon.ts";
export { BUILT_IN_LEXICON, createLexicon } from "./lexicons.ts";
export { parseLexicon } from "./lexicon-schema.ts";
export type { Lexicon, LexiconEntry } from "./lexicon-schema.ts";
