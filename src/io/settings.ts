/**
 * Export and import settings: the options interfaces, their defaults, and the functions that
 * validate them and fill in what is missing.
 */
import { KgError } from "../model/errors.ts";
import { isEntityType, type EntityType } from "../model/ontology.ts";
import { validateFilter, type GraphFilter } from "../graph/filter.ts";

/** Options of every exporter. */
export interface ExportOptions {
  /** What to keep (entity types, relations, minimum evidence...). */
  filter?: GraphFilter;
  /** GEXF time: `auto` is dynamic when any evidence is dated; `static` never writes spells. */
  dynamic?: "auto" | "static" | "dynamic";
  /** Approximate size in characters of each yielded piece. */
  chunkSize?: number;
  /** Whether edges carry every piece of evidence as a JSON attribute (lossless round trip). */
  fullEvidence?: boolean;
}

/** Export options with every field filled in. */
export interface ResolvedExportOptions {
  filter: GraphFilter;
  dynamic: "auto" | "static" | "dynamic";
  chunkSize: number;
  fullEvidence: boolean;
}

/** Default export options. */
const EXPORT_DEFAULTS: ResolvedExportOptions = {
  filter: {},
  dynamic: "auto",
  chunkSize: 64 * 1024,
  fullEvidence: true,
};

/** Checks and completes export options, throwing INVALID_OPTION naming the field. */
export function resolveExportOptions(options: ExportOptions = {}): ResolvedExportOptions {
  const resolved: ResolvedExportOptions = {
    filter: validateFilter(options.filter ?? EXPORT_DEFAULTS.filter),
    dynamic: options.dynamic ?? EXPORT_DEFAULTS.dynamic,
    chunkSize: options.chunkSize ?? EXPORT_DEFAULTS.chunkSize,
    fullEvidence: options.fullEvidence ?? EXPORT_DEFAULTS.fullEvidence,
  };
  if (!["auto", "static", "dynamic"].includes(resolved.dynamic)) {
    throw new KgError(
      "INVALID_OPTION",
      `export: dynamic must be auto, static or dynamic, not '${String(resolved.dynamic)}'`,
      { field: "dynamic" },
    );
  }
  if (!Number.isInteger(resolved.chunkSize) || resolved.chunkSize < 1) {
    throw new KgError("INVALID_OPTION", "export: chunkSize must be a whole number >= 1", {
      field: "chunkSize",
    });
  }
  return resolved;
}

/** Options of importFile. */
export interface ImportOptions {
  /** Entity type given to nodes whose type is missing or unknown (with a warning). */
  defaultType?: EntityType;
  /** Document id given to evidence that names no document (default `import:<file name>`). */
  sourceName?: string;
}

/** Import options with every field filled in. */
export interface ResolvedImportOptions {
  defaultType: EntityType;
  sourceName: string;
}

/** Default import options. */
const IMPORT_DEFAULTS: ResolvedImportOptions = {
  defaultType: "Organization",
  sourceName: "import",
};

/** Checks and completes import options. */
export function resolveImportOptions(options: ImportOptions = {}): ResolvedImportOptions {
  const defaultType = options.defaultType ?? IMPORT_DEFAULTS.defaultType;
  if (!isEntityType(defaultType)) {
    throw new KgError("INVALID_OPTION", `import: unknown default entity type '${String(defaultType)}'`, {
      field: "defaultType",
    });
  }
  return { defaultType, sourceName: options.sourceName ?? IMPORT_DEFAULTS.sourceName };
}
