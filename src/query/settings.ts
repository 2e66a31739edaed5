/**
 * Query settings: defaults and limits for search, neighbourhoods and paths, how an edge's
 * evidence turns into a walking cost, and the checks that turn user options into resolved ones.
 */
import { KgError } from "../model/errors.ts";
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from "../model/ontology.ts";
import type { NeighborOptions, PathOptions, SearchOptions } from "./types.ts";

/**
 * The walking cost of an edge when paths are weighted: 1 / (1 + ln(1 + evidence) + docs).
 * An edge seen once costs about 0.37; one seen in 5 sentences of 3 documents about 0.2, so
 * a path through well-attested edges wins over an equally long one through single mentions.
 */
export function evidenceCost(evidence: number, docs: number): number {
  return 1 / (1 + Math.log1p(Math.max(0, evidence)) + Math.max(0, docs));
}

/** Everything a query engine can be tuned with. */
export interface QuerySettings {
  /** Default and largest number of search hits. */
  searchLimit: number;
  maxSearchLimit: number;
  /** MiniSearch fuzziness (fraction of the term length that may be edited). */
  fuzzy: number;
  /** How many candidates an ambiguity or unknown-entity error lists. */
  candidateLimit: number;
  neighborDepth: number;
  maxNeighborDepth: number;
  neighborLimit: number;
  maxNeighborLimit: number;
  maxHops: number;
  maxHopsLimit: number;
  /** Default k of k-shortest mode, and its ceiling. */
  k: number;
  maxK: number;
  /** Most paths one answer holds (equally short paths can be many). */
  maxPaths: number;
  /** Most nodes one search may label before it stops (truncated). */
  maxVisited: number;
  timeoutMs: number;
  /** Walking cost of an edge when weighted (must be > 0). */
  edgeCost: (evidence: number, docs: number) => number;
  /** Milliseconds clock for time bounds (injectable for tests). */
  clock: () => number;
}

/** The defaults. */
export const DEFAULT_QUERY_SETTINGS: Readonly<QuerySettings> = {
  searchLimit: 10,
  maxSearchLimit: 100,
  fuzzy: 0.2,
  candidateLimit: 5,
  neighborDepth: 1,
  maxNeighborDepth: 4,
  neighborLimit: 200,
  maxNeighborLimit: 5000,
  maxHops: 6,
  maxHopsLimit: 12,
  k: 3,
  maxK: 20,
  maxPaths: 50,
  maxVisited: 500_000,
  timeoutMs: 5000,
  edgeCost: evidenceCost,
  clock: () => performance.now(),
};

function option(name: string, message: string): KgError {
  return new KgError("INVALID_OPTION", `query: ${name} ${message}`, { field: name });
}

function checkInt(name: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw option(name, `must be a whole number from ${min} to ${max} (got ${String(value)})`);
  }
}

/** Merges settings over the defaults and checks them; throws INVALID_OPTION. */
export function resolveQuerySettings(partial: Partial<QuerySettings> = {}): QuerySettings {
  const s: QuerySettings = { ...DEFAULT_QUERY_SETTINGS, ...partial };
  checkInt("searchLimit", s.searchLimit, 1, s.maxSearchLimit);
  checkInt("neighborDepth", s.neighborDepth, 1, s.maxNeighborDepth);
  checkInt("neighborLimit", s.neighborLimit, 1, s.maxNeighborLimit);
  checkInt("maxHops", s.maxHops, 1, s.maxHopsLimit);
  checkInt("k", s.k, 1, s.maxK);
  checkInt("maxPaths", s.maxPaths, 1, 1_000_000);
  checkInt("maxVisited", s.maxVisited, 1, Number.MAX_SAFE_INTEGER);
  checkInt("candidateLimit", s.candidateLimit, 1, 100);
  if (!(s.fuzzy >= 0 && s.fuzzy < 1)) throw option("fuzzy", "must be from 0 to below 1");
  if (!(s.timeoutMs > 0)) throw option("timeoutMs", "must be above 0");
  return s;
}

function checkTypes(name: string, values: readonly unknown[] | undefined): EntityType[] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw option(name, "must be a list of entity types");
  for (const v of values)
    if (!isEntityType(v))
      throw option(name, `has unknown entity type '${String(v)}' (one of ${ENTITY_TYPES.join(", ")})`);
  return values.length ? [...values] : undefined;
}

function checkRelations(name: string, values: readonly unknown[] | undefined): RelationType[] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw option(name, "must be a list of relations");
  for (const v of values)
    if (!isRelationType(v))
      throw option(name, `has unknown relation '${String(v)}' (one of ${RELATION_TYPES.join(", ")})`);
  return values.length ? [...values] : undefined;
}

/** Resolved search options. */
export interface ResolvedSearchOptions {
  types: EntityType[] | undefined;
  limit: number;
}

/** Checks search options against the settings. */
export function resolveSearchOptions(s: QuerySettings, o: SearchOptions = {}): ResolvedSearchOptions {
  checkInt("limit", o.limit, 1, s.maxSearchLimit);
  return { types: checkTypes("types", o.types), limit: o.limit ?? s.searchLimit };
}

/** Resolved neighbourhood options. */
export interface ResolvedNeighborOptions {
  depth: number;
  relations: RelationType[] | undefined;
  types: EntityType[] | undefined;
  minEvidence: number;
  limit: number;
}

/** Checks neighbourhood options against the settings. */
export function resolveNeighborOptions(s: QuerySettings, o: NeighborOptions = {}): ResolvedNeighborOptions {
  checkInt("depth", o.depth, 1, s.maxNeighborDepth);
  checkInt("limit", o.limit, 1, s.maxNeighborLimit);
  checkInt("minEvidence", o.minEvidence, 0, Number.MAX_SAFE_INTEGER);
  return {
    depth: o.depth ?? s.neighborDepth,
    relations: checkRelations("relations", o.relations),
    types: checkTypes("types", o.types),
    minEvidence: o.minEvidence ?? 0,
    limit: o.limit ?? s.neighborLimit,
  };
}

/** Resolved path options: every bound set, filters as bit masks over type and relation codes. */
export interface ResolvedPathOptions {
  mode: "shortest" | "k-shortest";
  k: number;
  maxHops: number;
  directed: boolean;
  weighted: boolean;
  maxPaths: number;
  maxVisited: number;
  timeoutMs: number;
  /** Bit i set when RELATION_TYPES[i] may be walked. */
  relationMask: number;
  /** Bit i set when ENTITY_TYPES[i] may be an intermediate node. */
  typeMask: number;
}

/** The mask with the bits of the listed names set (all bits when the list is absent). */
export function maskOf<T extends string>(
  all: readonly T[],
  keep: readonly T[] | undefined,
  drop: readonly T[] | undefined,
): number {
  let mask = 0;
  all.forEach((name, i) => {
    if ((!keep || keep.includes(name)) && !drop?.includes(name)) mask |= 1 << i;
  });
  return mask;
}

/** Checks path options against the settings; throws INVALID_OPTION naming the field. */
export function resolvePathOptions(s: QuerySettings, o: PathOptions = {}): ResolvedPathOptions {
  const mode = o.mode ?? "shortest";
  if (mode !== "shortest" && mode !== "k-shortest")
    throw option("mode", "must be 'shortest' or 'k-shortest'");
  checkInt("k", o.k, 1, s.maxK);
  checkInt("maxHops", o.maxHops, 1, s.maxHopsLimit);
  checkInt("maxPaths", o.maxPaths, 1, 1_000_000);
  checkInt("maxVisited", o.maxVisited, 1, Number.MAX_SAFE_INTEGER);
  if (o.timeoutMs !== undefined && !(o.timeoutMs > 0)) throw option("timeoutMs", "must be above 0");
  const via = checkRelations("via", o.via);
  const avoid = checkRelations("avoid", o.avoid);
  const through = checkTypes("throughTypes", o.throughTypes);
  const avoidTypes = checkTypes("avoidTypes", o.avoidTypes);
  return {
    mode,
    k: mode === "k-shortest" ? (o.k ?? s.k) : 1,
    maxHops: o.maxHops ?? s.maxHops,
    directed: o.directed ?? false,
    weighted: o.weighted ?? false,
    maxPaths: o.maxPaths ?? s.maxPaths,
    maxVisited: o.maxVisited ?? s.maxVisited,
    timeoutMs: o.timeoutMs ?? s.timeoutMs,
    relationMask: maskOf(RELATION_TYPES, via, avoid),
    typeMask: maskOf(ENTITY_TYPES, through, avoidTypes),
  };
}
