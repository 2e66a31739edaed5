/**
 * Scoring an extraction against a gold annotation, by the matching rules of docs/ontology.md:
 * entities match by normalised name or alias, relations match as triples after both ends are
 * mapped to gold entities, and optional gold items are neither required nor penalised. Pure:
 * gold and extraction in, counts per entity type and per relation type out.
 */
import {
  type EntityType,
  type RelationType,
  isEntityType,
  isRelationType,
  SYMMETRIC_RELATIONS,
} from "../model/ontology.ts";
import type { Gold } from "./gold.ts";
import { NOT_LETTERS_OR_DIGITS } from "../model/letters.ts";

/** The entity types the evaluation scores (the ontology's core five). */
export const SCORED_ENTITY_TYPES: readonly EntityType[] = [
  "Person",
  "Organization",
  "Country",
  "Location",
  "WeaponSystem",
];
/** The relation types the evaluation scores. */
export const SCORED_RELATIONS: readonly RelationType[] = ["supplies", "meets", "assesses", "affiliated_with"];

/** What the scorer reads of an extraction: the contract in docs/ontology.md (extra fields are ignored). */
export interface ScoredExtraction {
  entities: readonly { id: string; name: string; type: string; aliases?: readonly string[] }[];
  relations: readonly { source: string; relation: string; target: string }[];
}

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of some counts (0 where a ratio has no denominator). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts overall and by type, with the items behind every false positive and miss. */
export interface Tally<T extends string> {
  all: Counts;
  byType: Record<T, Counts>;
  /** Gold items not found, as "name (type)" or "source relation target". */
  misses: string[];
  /** Extracted items that are wrong, each with its reason when it is not plain. */
  falsePositives: string[];
}

/** The score of one extraction against one gold. */
export interface DocumentScore {
  entities: Tally<EntityType>;
  relations: Tally<RelationType>;
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function zeroByType<T extends string>(types: readonly T[]): Record<T, Counts> {
  return Object.fromEntries(types.map((t) => [t, zero()])) as Record<T, Counts>;
}

function emptyTally<T extends string>(types: readonly T[]): Tally<T> {
  return { all: zero(), byType: zeroByType(types), misses: [], falsePositives: [] };
}

/** Adds one outcome to the overall and per-type counts. */
function count<T extends string>(tally: Tally<T>, type: T, outcome: keyof Counts): void {
  tally.all[outcome] += 1;
  tally.byType[type][outcome] += 1;
}

/**
 * The key under which two spellings of a name are the same: case and accents' composition folded,
 * punctuation dropped, a leading "the", a trailing possessive and a plural "s" on the last word
 * (of a word longer than three letters, not ending in "ss") removed.
 */
export function normaliseName(name: string): string {
  const folded = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/s'(?=\s|$)/g, "s");
  const words = folded.split(NOT_LETTERS_OR_DIGITS).filter((w) => w !== "");
  if (words[0] === "the") words.shift();
  const last = words.at(-1);
  if (last !== undefined && last.length > 3 && last.endsWith("s") && !last.endsWith("ss"))
    words[words.length - 1] = last.slice(0, -1);
  return words.join(" ");
}

/** Maps a normalised name to the gold entity it names; a gold entity's own name wins a clash. */
export function goldIndex(gold: Gold): Map<string, Gold["entities"][number]> {
  const index = new Map<string, Gold["entities"][number]>();
  for (const entity of gold.entities) {
    const own = normaliseName(entity.name);
    for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
      const key = normaliseName(spelling);
      if (!index.has(key) || key === own) index.set(key, entity);
    }
  }
  return index;
}

/** The key of a triple: meets is undirected, so its ends are put in order. */
export function tripleKey(source: string, relation: string, target: string): string {
  const symmetric = isRelationType(relation) && SYMMETRIC_RELATIONS.has(relation);
  return symmetric && target < source ? `${target} ${relation} ${source}` : `${source} ${relation} ${target}`;
}

/**
 * The gold id of each extracted entity, keyed by the extracted entity's name (matched by any
 * spelling of either, as scoreDocument matches), and the keys of the extracted triples whose two
 * ends both match (tripleKey): what the scripts that study misses need beside the score.
 */
export function matchGold(
  gold: Gold,
  extraction: ScoredExtraction,
  moreEntities: ScoredExtraction["entities"] = [],
): { goldOf: Map<string, string>; found: Set<string> } {
  const index = goldIndex(gold);
  const goldOf = new Map<string, string>();
  for (const e of [...moreEntities, ...extraction.entities]) {
    const match = [e.name, ...(e.aliases ?? [])].map((n) => index.get(normaliseName(n))).find((g) => g);
    if (match) goldOf.set(e.name, match.id);
  }
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const found = new Set<string>();
  for (const r of extraction.relations) {
    const source = goldOf.get(nameOf.get(r.source) ?? "");
    const target = goldOf.get(nameOf.get(r.target) ?? "");
    if (source && target) found.add(tripleKey(source, r.relation, target));
  }
  return { goldOf, found };
}

/** Scores one extraction against its gold. */
export function scoreDocument(gold: Gold, extraction: ScoredExtraction): DocumentScore {
  const index = goldIndex(gold);
  const goldId = new Map<string, string>();
  const entities = emptyTally(SCORED_ENTITY_TYPES);
  const found = new Set<string>();
  for (const e of extraction.entities) {
    const match = [e.name, ...(e.aliases ?? [])].map((n) => index.get(normaliseName(n))).find((g) => g);
    if (match) goldId.set(e.id, match.id);
    if (!isEntityType(e.type) || !SCORED_ENTITY_TYPES.includes(e.type)) continue;
    if (!match) {
      count(entities, e.type, "fp");
      entities.falsePositives.push(`${e.name} (${e.type})`);
    } else if (match.optional) {
      continue;
    } else if (match.type !== e.type) {
      count(entities, e.type, "fp");
      entities.falsePositives.push(`${e.name} (${e.type}; gold says ${match.type})`);
    } else if (found.has(match.id)) {
      count(entities, e.type, "fp");
      entities.falsePositives.push(`${e.name} (${e.type}; a second node for ${match.name})`);
    } else {
      found.add(match.id);
      count(entities, e.type, "tp");
    }
  }
  for (const g of gold.entities) {
    if (g.optional || found.has(g.id)) continue;
    count(entities, g.type, "fn");
    entities.misses.push(`${g.name} (${g.type})`);
  }

  const required = new Map<string, Gold["relations"][number]>();
  const optional = new Set<string>();
  for (const r of gold.relations) {
    const key = tripleKey(r.source, r.relation, r.target);
    if (r.optional) optional.add(key);
    else required.set(key, r);
  }
  const relations = emptyTally(SCORED_RELATIONS);
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const seen = new Set<string>();
  for (const r of extraction.relations) {
    if (!isRelationType(r.relation) || !SCORED_RELATIONS.includes(r.relation)) continue;
    const shown = `${names.get(r.source) ?? r.source} ${r.relation} ${names.get(r.target) ?? r.target}`;
    const source = goldId.get(r.source);
    const target = goldId.get(r.target);
    const key = source && target ? tripleKey(source, r.relation, target) : `unmatched ${shown}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!source || !target) {
      count(relations, r.relation, "fp");
      relations.falsePositives.push(`${shown} (an end is no gold entity)`);
    } else if (required.has(key)) {
      count(relations, r.relation, "tp");
    } else if (!optional.has(key)) {
      count(relations, r.relation, "fp");
      relations.falsePositives.push(shown);
    }
  }
  const goldNames = new Map(gold.entities.map((e) => [e.id, e.name]));
  for (const [key, r] of required) {
    if (seen.has(key)) continue;
    count(relations, r.relation, "fn");
    relations.misses.push(
      `${goldNames.get(r.source) ?? r.source} ${r.relation} ${goldNames.get(r.target) ?? r.target}`,
    );
  }
  return { entities, relations };
}

function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

function sumTallies<T extends string>(types: readonly T[], tallies: Tally<T>[]): Tally<T> {
  const total = emptyTally(types);
  for (const t of tallies) {
    addCounts(total.all, t.all);
    for (const type of types) addCounts(total.byType[type], t.byType[type]);
  }
  return total;
}

/** The micro-average of several documents' scores: their counts summed (item lists are left empty). */
export function sumScores(scores: readonly DocumentScore[]): DocumentScore {
  return {
    entities: sumTallies(
      SCORED_ENTITY_TYPES,
      scores.map((s) => s.entities),
    ),
    relations: sumTallies(
      SCORED_RELATIONS,
      scores.map((s) => s.relations),
    ),
  };
}

/** Precision, recall and F1 of counts. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
