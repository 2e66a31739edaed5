/**
 * Entity search and reference resolution over node names, aliases and ids: prefix and
 * typo-tolerant, ranked (BM25+ over a compact term index, scored as MiniSearch scores it); exact
 * normalised name, alias or acronym matches rank first. A reference resolves only by an exact id,
 * name, alias or acronym (folding case, accents and punctuation); anything else, or a name several
 * entities share, fails with the candidates listed. The index keeps typed arrays and the node ids,
 * not a copy of every name: exact matches are confirmed against the graph's own attributes.
 */
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { slugify } from "../model/ids.ts";
import { createNameTable, type NameTable } from "./name-table.ts";
import { acronymOf, normalizeName, tokenize } from "./normalize.ts";
import type { QuerySettings, ResolvedSearchOptions } from "./settings.ts";
import { createTermIndex, type TermIndex, type TermQuery } from "./term-index.ts";
import type { SearchHit } from "./types.ts";

/** A search index over one state of the graph (rebuild it when the graph changes). */
export interface SearchIndex {
  search(text: string, opts: ResolvedSearchOptions): SearchHit[];
  resolve(ref: string): string;
}

/** Boosts: an exact name counts three times, an exact alias twice, a name or alias the text starts 1.5 times. */
const EXACT_NAME = 3;
const EXACT_ALIAS = 2;
const STARTS_WITH = 1.5;
/** Field boosts of the term index: name, aliases, id words, acronym. */
const FIELD_BOOSTS = [3, 2, 1, 1.5];

/** The term index and exact-match tables of the graph's nodes, numbered in graph order. */
function buildTables(graph: KgGraph): {
  ids: string[];
  terms: TermIndex;
  byName: NameTable;
  byAlias: NameTable;
  byAcronym: NameTable;
} {
  const ids: string[] = [];
  const fields: string[][] = [];
  const names: [string, number][] = [];
  const aliases: [string, number][] = [];
  const acronyms: [string, number][] = [];
  graph.forEachNode((id, a) => {
    const doc = ids.length;
    const name = a.name ?? id;
    const list = a.aliases ?? [];
    const acronym = acronymOf(name);
    ids.push(id);
    // Fields in the order of FIELD_BOOSTS: name, aliases, id words, acronym.
    fields.push([name, list.join(" | "), id.replace(/-/g, " "), acronym ?? ""]);
    names.push([normalizeName(name), doc]);
    for (const alias of list) aliases.push([normalizeName(alias), doc]);
    if (acronym) acronyms.push([acronym, doc]);
  });
  return {
    ids,
    terms: createTermIndex(fields, { boosts: FIELD_BOOSTS, tokenize }),
    byName: createNameTable(names),
    byAlias: createNameTable(aliases),
    byAcronym: createNameTable(acronyms),
  };
}

/** Builds the index of the graph's nodes. */
export function createSearchIndex(graph: KgGraph, settings: QuerySettings): SearchIndex {
  const { ids, terms, byName, byAlias, byAcronym } = buildTables(graph);
  const nameOf = (id: string): string => graph.getNodeAttribute(id, "name") ?? id;
  const hasName = (doc: number, key: string): boolean => normalizeName(nameOf(ids[doc]!)) === key;
  const hasAlias = (doc: number, key: string): boolean =>
    (graph.getNodeAttribute(ids[doc]!, "aliases") ?? []).some((x) => normalizeName(x) === key);
  const hasAcronym = (doc: number, key: string): boolean => acronymOf(nameOf(ids[doc]!)) === key;
  const toIds = (docs: number[]): Set<string> => new Set(docs.map((d) => ids[d]!));
  const exactName = (norm: string): Set<string> => toIds(byName.get(norm, hasName));
  const exactAlias = (norm: string): Set<string> => toIds(byAlias.get(norm, hasAlias));
  const exactAcronym = (norm: string): Set<string> => toIds(byAcronym.get(norm, hasAcronym));
  /** Whether one of the entity's normalised names or aliases starts with `norm`. */
  const startsWith = (id: string, norm: string): boolean => {
    const a = graph.getNodeAttributes(id);
    return [a.name ?? id, ...(a.aliases ?? [])].some((f) => normalizeName(f).startsWith(norm));
  };
  /** Term-index hits as (id, score), best first. */
  const find = (text: string, query: TermQuery): { id: string; score: number }[] =>
    terms.search(text, query).map((h) => ({ id: ids[h.doc]!, score: h.score }));
  const typed = (
    fuzzy: (term: string) => number,
    combineWith: "AND" | "OR",
    types?: readonly string[],
  ): TermQuery => ({
    prefix: true,
    fuzzy,
    combineWith,
    ...(types && { filter: (doc: number) => types.includes(graph.getNodeAttribute(ids[doc]!, "type")) }),
  });
  const fuzzyOf = (term: string): number => (term.length > 3 ? settings.fuzzy : 0);

  const hit = (id: string, score: number): SearchHit => {
    const a = graph.getNodeAttributes(id);
    return {
      id,
      name: a.name,
      type: a.type,
      aliases: [...(a.aliases ?? [])],
      score,
      degree: graph.degree(id),
    };
  };

  const search = (text: string, opts: ResolvedSearchOptions): SearchHit[] => {
    const norm = normalizeName(text);
    if (!norm) return [];
    const types = opts.types;
    let results = find(text, typed(fuzzyOf, "AND", types));
    if (results.length === 0) results = find(text, typed(fuzzyOf, "OR", types));
    const scores = new Map<string, number>();
    for (const r of results) scores.set(r.id, r.score);
    const names = exactName(norm);
    const others = new Set([...exactAlias(norm), ...exactAcronym(norm)]);
    // Exact matches are found even when the tokenizer drops every term (e.g. "U.S.").
    for (const id of [...names, ...others]) {
      if (!scores.has(id) && (!types || types.includes(graph.getNodeAttribute(id, "type"))))
        scores.set(id, 1);
    }
    // Rank on scores alone; only the hits that are returned are materialised.
    const ranked: { id: string; score: number; degree: number }[] = [];
    for (const [id, score] of scores) {
      const boost = names.has(id)
        ? EXACT_NAME
        : others.has(id)
          ? EXACT_ALIAS
          : startsWith(id, norm)
            ? STARTS_WITH
            : 1;
      ranked.push({ id, score: Math.round(score * boost * 1000) / 1000, degree: graph.degree(id) });
    }
    ranked.sort(
      (a, b) => b.score - a.score || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return ranked.slice(0, opts.limit).map((r) => hit(r.id, r.score));
  };

  const describe = (hits: SearchHit[]): string =>
    hits.map((h) => `${h.name} (${h.type}, ${h.id})`).join("; ");

  const ambiguous = (ref: string, candidates: SearchHit[]): KgError =>
    new KgError(
      "AMBIGUOUS_ENTITY",
      `'${ref}' could be ${describe(candidates)}; give a fuller name or an id`,
      { ref, candidates },
    );

  const resolve = (ref: string): string => {
    const text = ref.trim();
    if (!text) throw new KgError("INVALID_INPUT", "query: an entity reference is empty", { ref });
    if (graph.hasNode(text)) return text;
    const norm = normalizeName(text);
    const hitsOf = (ids: Set<string>): SearchHit[] =>
      [...ids]
        .map((id) => hit(id, 0))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
        .slice(0, settings.candidateLimit);
    const one = (exact: Set<string> | undefined): string | null => {
      if (exact && exact.size > 1) throw ambiguous(ref, hitsOf(exact));
      return exact?.size === 1 ? [...exact][0]! : null;
    };
    // A name several entities share is ambiguous even when one of them has it as its id.
    const named = one(exactName(norm));
    if (named) return named;
    const slug = slugify(text);
    if (graph.hasNode(slug)) return slug;
    const aliased = one(exactAlias(norm)) ?? one(exactAcronym(norm));
    if (aliased) return aliased;
    // No exact match: never guess. The nearest names are listed for the user to choose from.
    const near = search(text, { types: undefined, limit: settings.candidateLimit });
    const candidates = near.length
      ? near
      : find(
          text,
          typed(() => 0.4, "OR"),
        )
          .slice(0, settings.candidateLimit)
          .map((r) => hit(r.id, Math.round(r.score * 1000) / 1000));
    const hint = candidates.length ? `; did you mean ${describe(candidates)}?` : "";
    throw new KgError("UNKNOWN_ENTITY", `no entity is named '${ref}'${hint}`, { ref, candidates });
  };

  return { search, resolve };
}
