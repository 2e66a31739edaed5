/**
 * Entity search and reference resolution over node names, aliases and ids, with MiniSearch:
 * prefix and typo-tolerant, ranked; exact normalised name, alias or acronym matches rank first. A
 * reference resolves only by an exact id, name, alias or acronym (folding case, accents and
 * punctuation); anything else, or a name several entities share, fails with the candidates listed.
 */
import MiniSearch from "minisearch";
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { slugify } from "../model/ids.ts";
import { acronymOf, normalizeName, tokenize } from "./normalize.ts";
import type { QuerySettings, ResolvedSearchOptions } from "./settings.ts";
import type { SearchHit } from "./types.ts";

interface IndexedEntity {
  id: string;
  name: string;
  aliases: string;
  ident: string;
  acronym: string;
}

/** A search index over one state of the graph (rebuild it when the graph changes). */
export interface SearchIndex {
  search(text: string, opts: ResolvedSearchOptions): SearchHit[];
  resolve(ref: string): string;
}

/** Boosts: an exact name counts three times, an exact alias twice, a name or alias the text starts 1.5 times. */
const EXACT_NAME = 3;
const EXACT_ALIAS = 2;
const STARTS_WITH = 1.5;

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

/** Builds the index of the graph's nodes. */
export function createSearchIndex(graph: KgGraph, settings: QuerySettings): SearchIndex {
  const mini = new MiniSearch<IndexedEntity>({
    fields: ["name", "aliases", "ident", "acronym"],
    tokenize,
    processTerm: (term) => term || null,
    searchOptions: {
      boost: { name: 3, aliases: 2, ident: 1, acronym: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? settings.fuzzy : 0),
      tokenize,
    },
  });
  const exactName = new Map<string, Set<string>>();
  const exactAlias = new Map<string, Set<string>>();
  const exactAcronym = new Map<string, Set<string>>();
  const forms = new Map<string, string[]>();
  const docs: IndexedEntity[] = [];
  graph.forEachNode((id, a) => {
    const aliases = a.aliases ?? [];
    docs.push({
      id,
      name: a.name ?? id,
      aliases: aliases.join(" | "),
      ident: id.replace(/-/g, " "),
      acronym: acronymOf(a.name ?? id) ?? "",
    });
    const names = [a.name ?? id, ...aliases].map(normalizeName);
    const acronym = acronymOf(a.name ?? id);
    if (acronym) addTo(exactAcronym, acronym, id);
    forms.set(id, names);
    addTo(exactName, names[0]!, id);
    for (const alias of names.slice(1)) addTo(exactAlias, alias, id);
  });
  mini.addAll(docs);

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
    const filter = types
      ? (r: { id: string }) => types.includes(graph.getNodeAttribute(r.id, "type"))
      : undefined;
    let results = mini.search(text, { combineWith: "AND", ...(filter && { filter }) });
    if (results.length === 0) results = mini.search(text, { combineWith: "OR", ...(filter && { filter }) });
    const scores = new Map<string, number>();
    for (const r of results) scores.set(r.id as string, r.score);
    // Exact matches are found even when the tokenizer drops every term (e.g. "U.S.").
    for (const id of [
      ...(exactName.get(norm) ?? []),
      ...(exactAlias.get(norm) ?? []),
      ...(exactAcronym.get(norm) ?? []),
    ]) {
      if (!scores.has(id) && (!types || types.includes(graph.getNodeAttribute(id, "type"))))
        scores.set(id, 1);
    }
    // Rank on scores alone; only the hits that are returned are materialised.
    const ranked: { id: string; score: number; degree: number }[] = [];
    for (const [id, score] of scores) {
      const boost = exactName.get(norm)?.has(id)
        ? EXACT_NAME
        : exactAlias.get(norm)?.has(id) || exactAcronym.get(norm)?.has(id)
          ? EXACT_ALIAS
          : forms.get(id)?.some((f) => f.startsWith(norm))
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
    const byName = one(exactName.get(norm));
    if (byName) return byName;
    const slug = slugify(text);
    if (graph.hasNode(slug)) return slug;
    const byAlias = one(exactAlias.get(norm)) ?? one(exactAcronym.get(norm));
    if (byAlias) return byAlias;
    // No exact match: never guess. The nearest names are listed for the user to choose from.
    const near = search(text, { types: undefined, limit: settings.candidateLimit });
    const candidates = near.length
      ? near
      : mini
          .search(text, { combineWith: "OR", fuzzy: 0.4, prefix: true })
          .slice(0, settings.candidateLimit)
          .map((r) => hit(r.id as string, Math.round(r.score * 1000) / 1000));
    const hint = candidates.length ? `; did you mean ${describe(candidates)}?` : "";
    throw new KgError("UNKNOWN_ENTITY", `no entity is named '${ref}'${hint}`, { ref, candidates });
  };

  return { search, resolve };
}
