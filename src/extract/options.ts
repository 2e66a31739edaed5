/**
 * Extraction settings: interface, defaults, validation and resolution in one place.
 */
import { KgError } from "../model/errors.ts";

/** Options a caller may pass to extractDocument / extractDocuments. */
export interface ExtractOptions {
  /** Give relations from headline and teaser lines too (evidence.headline = true). Default false. */
  headlineRelations?: boolean;
}

/** Options with every default filled in. */
export interface ResolvedExtractOptions {
  headlineRelations: boolean;
}

/** The default extraction options. */
export const DEFAULT_EXTRACT_OPTIONS: Readonly<ResolvedExtractOptions> = Object.freeze({
  headlineRelations: false,
});

/** Throws INVALID_OPTION when an option has the wrong type. */
export function validateExtractOptions(options: ExtractOptions): void {
  if (options.headlineRelations !== undefined && typeof options.headlineRelations !== "boolean") {
    throw new KgError("INVALID_OPTION", "extract: headlineRelations must be a boolean", {
      option: "headlineRelations",
    });
  }
}

/** Validates `options` and fills in the defaults. */
export function resolveExtractOptions(options: ExtractOptions = {}): ResolvedExtractOptions {
  validateExtractOptions(options);
  return { ...DEFAULT_EXTRACT_OPTIONS, ...stripUndefined(options) };
}

function stripUndefined(options: ExtractOptions): Partial<ResolvedExtractOptions> {
  return options.headlineRelations === undefined ? {} : { headlineRelations: options.headlineRelations };
}
