/**
 * Extraction settings: interface, defaults, validation and resolution in one place. The lexicon
 * is one of them: a value (src/extract/lexicons.ts) that each call carries, never global state.
 */
import { KgError } from "../model/errors.ts";
import { BUILT_IN_SCORER, type ScorerModel, validateScorerModel } from "./5b-learned.ts";
import type { Lexicon } from "./lexicon-schema.ts";
import { BUILT_IN_LEXICON } from "./lexicons.ts";

/** Options a caller may pass to extractDocument / extractDocuments. */
export interface ExtractOptions {
  /**
   * Give relations from headline and teaser lines too (evidence.headline = true). Default true:
   * the gold conventions count headline facts, and on dev, shared and held-out headlines they add
   * many true triples and no false one (see docs/ontology.md, "Headlines"). False keeps a
   * headline's entities only.
   */
  headlineRelations?: boolean;
  /** The names the extractor knows (createLexicon(userEntries)). Default the built-in lexicon. */
  lexicon?: Lexicon;
  /**
   * Keep generic weapon words ("drones", "missiles") as entities. Default false: they would be
   * hubs joining unrelated suppliers (see src/extract/weapon-families.ts).
   */
  genericWeapons?: boolean;
  /**
   * The learned scorer (src/extract/5b-learned.ts) that adds relations the rules miss. Default the
   * built-in model BUILT_IN_SCORER (lexicon/learned-scorer.json), which turns on the relations
   * that passed its training's checks (meets only, since session 17). Null turns it off.
   */
  learnedScorer?: ScorerModel | null;
}

/** Options with every default filled in. */
export interface ResolvedExtractOptions {
  headlineRelations: boolean;
  lexicon: Lexicon;
  genericWeapons: boolean;
  learnedScorer: ScorerModel | null;
}

/** The default extraction options. */
export const DEFAULT_EXTRACT_OPTIONS: Readonly<ResolvedExtractOptions> = Object.freeze({
  headlineRelations: true,
  lexicon: BUILT_IN_LEXICON,
  genericWeapons: false,
  learnedScorer: BUILT_IN_SCORER,
});

/** Throws INVALID_OPTION when an option has the wrong type. */
export function validateExtractOptions(options: ExtractOptions): void {
  for (const option of ["headlineRelations", "genericWeapons"] as const) {
    if (options[option] !== undefined && typeof options[option] !== "boolean") {
      throw new KgError("INVALID_OPTION", `extract: ${option} must be a boolean`, { option });
    }
  }
  if (options.learnedScorer !== undefined && options.learnedScorer !== null) {
    try {
      validateScorerModel(options.learnedScorer);
    } catch (err) {
      throw new KgError("INVALID_OPTION", `extract: learnedScorer: ${(err as Error).message}`, {
        option: "learnedScorer",
      });
    }
  }
  if (
    options.lexicon !== undefined &&
    (!Array.isArray(options.lexicon?.entries) ||
      typeof options.lexicon.words !== "object" ||
      options.lexicon.words === null)
  ) {
    throw new KgError("INVALID_OPTION", "extract: lexicon must come from createLexicon()", {
      option: "lexicon",
    });
  }
}

/** Validates `options` and fills in the defaults. */
export function resolveExtractOptions(options: ExtractOptions = {}): ResolvedExtractOptions {
  validateExtractOptions(options);
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_EXTRACT_OPTIONS, ...defined };
}
