/**
 * A compact, read-only full-text index of short texts (entity names and aliases): the sorted
 * distinct terms and their postings in typed arrays, ranked by BM25+ with field boosts, prefix
 * and fuzzy (edit distance) term matches, scored the way MiniSearch 7 scores them. It keeps no
 * map or object per term, so it holds a fraction of MiniSearch's memory; built once per state of
 * the graph (the engine rebuilds it after a change).
 */

/** What the index is built from: each document's text per field, fields in a fixed order. */
export interface TermIndexInput {
  /** Boost of each field, in field order. */
  boosts: readonly number[];
  /** Splits a field's text into terms (empty terms are skipped). */
  tokenize: (text: string) => string[];
}

/** How one query matches and combines its terms. */
export interface TermQuery {
  /** Whether a term also matches the longer terms it starts. */
  prefix: boolean;
  /** Edit distance allowed for a term: a fraction of its length (below 1), a count, or 0. */
  fuzzy: (term: string) => number;
  /** Whether every query term must match (AND) or any (OR). */
  combineWith: "AND" | "OR";
  /** Keeps a document (by number) among the results. */
  filter?: (doc: number) => boolean;
}

/** A document that matches, with its score. */
export interface TermHit {
  doc: number;
  score: number;
}

/** Weights of prefix and fuzzy term matches, and BM25+ parameters (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The index; documents are numbered in the order they were given. */
export interface TermIndex {
  readonly docCount: number;
  /** Documents matching `text`, best first (ties by document number). */
  search(text: string, query: TermQuery): TermHit[];
}

/** Accumulated score of one document for one query. */
interface Partial {
  score: number;
  /** Query terms matched (distinct). */
  terms: string[];
}

function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first term at or after `from` that does not start with `prefix`. */
function prefixEnd(terms: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Terms within `maxDistance` edits of `query`, with their distance: a banded Levenshtein matrix
 * over the sorted terms, reusing the rows of the prefix a term shares with the one before and
 * skipping every term under a prefix already too far (as a walk down a prefix tree would).
 */
function fuzzyTerms(terms: readonly string[], query: string, maxDistance: number): Map<number, number> {
  const found = new Map<number, number>();
  const n = query.length + 1;
  const m = n + maxDistance;
  const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
  for (let j = 0; j < n; ++j) matrix[j] = j;
  for (let i = 1; i < m; ++i) matrix[i * n] = i;
  let prev = "";
  let valid = 0; // rows 1..valid hold the prefix of `prev` of that length
  let t = 0;
  while (t < terms.length) {
    const term = terms[t]!;
    let depth = 0;
    const limit = Math.min(valid, term.length);
    while (depth < limit && term.charCodeAt(depth) === prev.charCodeAt(depth)) depth++;
    let pruned = -1;
    const last = Math.min(term.length, m - 1);
    for (let i = depth + 1; i <= last; i++) {
      const char = term[i - 1];
      const row = n * i;
      const prevRow = row - n;
      let minDistance = matrix[row]!;
      const jmin = Math.max(0, i - maxDistance - 1);
      const jmax = Math.min(n - 1, i + maxDistance);
      for (let j = jmin; j < jmax; ++j) {
        const rpl = matrix[prevRow + j]! + (char !== query[j] ? 1 : 0);
        const del = matrix[prevRow + j + 1]! + 1;
        const ins = matrix[row + j]! + 1;
        const dist = (matrix[row + j + 1] = Math.min(rpl, del, ins));
        if (dist < minDistance) minDistance = dist;
      }
      if (minDistance > maxDistance) {
        pruned = i;
        valid = i - 1;
        break;
      }
      valid = i;
    }
    prev = term;
    if (pruned >= 0) {
      // No term under this prefix can come within the distance.
      t = prefixEnd(terms, term.slice(0, pruned), t + 1);
      continue;
    }
    if (term.length <= m - 1) {
      const distance = matrix[n * term.length + n - 1]!;
      if (distance <= maxDistance) found.set(t, distance);
    }
    t++;
  }
  return found;
}

/** The index's arrays (see createTermIndex). */
interface TermArrays {
  /** Distinct terms, sorted. */
  terms: string[];
  /** Postings of term r: start[r] .. start[r + 1] - 1. */
  start: Int32Array;
  /** Each posting's slot: field * docCount + document; a term's postings run field by field. */
  slot: Int32Array;
  /** How many times the term occurs in its slot. */
  freq: Uint16Array;
  /** Distinct terms of each document's field, at document * fieldCount + field. */
  fieldLength: Uint16Array;
  avgFieldLength: Float64Array;
}

/**
 * Gathers the postings. Kept apart from the query closures, which would otherwise keep every
 * variable of the build alive (closures of one function share its scope).
 */
function buildArrays(docs: readonly (readonly string[])[], input: TermIndexInput): TermArrays {
  const fieldCount = input.boosts.length;
  const docCount = docs.length;
  const fieldLength = new Uint16Array(docCount * fieldCount);
  const avgFieldLength = new Float64Array(fieldCount);
  // Postings gathered as (term number, slot), a slot being field * docCount + document.
  const termNumber = new Map<string, number>();
  const firstSeen: string[] = [];
  const tTerm: number[] = [];
  const tSlot: number[] = [];
  docs.forEach((fields, doc) => {
    for (let f = 0; f < fieldCount; f++) {
      const tokens = input.tokenize(fields[f] ?? "");
      const length = Math.min(0xffff, new Set(tokens).size);
      fieldLength[doc * fieldCount + f] = length;
      avgFieldLength[f] = avgFieldLength[f]! + length;
      for (const term of tokens) {
        if (!term) continue;
        let num = termNumber.get(term);
        if (num === undefined) {
          num = firstSeen.length;
          termNumber.set(term, num);
          firstSeen.push(term);
        }
        tTerm.push(num);
        tSlot.push(f * docCount + doc);
      }
    }
  });
  if (docCount > 0) for (let f = 0; f < fieldCount; f++) avgFieldLength[f] = avgFieldLength[f]! / docCount;
  const terms = [...firstSeen].sort();
  const rank = new Int32Array(firstSeen.length);
  terms.forEach((term, r) => {
    rank[termNumber.get(term)!] = r;
  });
  // Counting sort of the postings by term rank, taking fields in order, so that each term's
  // postings run field by field and, within a field, in document order.
  const count = new Int32Array(terms.length + 1);
  for (const num of tTerm) count[rank[num]! + 1]!++;
  for (let r = 0; r < terms.length; r++) count[r + 1]! += count[r]!;
  const fill = count.slice(0, terms.length);
  const slots = new Int32Array(tTerm.length);
  for (let f = 0; f < fieldCount; f++) {
    const lo = f * docCount;
    const hi = lo + docCount;
    tTerm.forEach((num, i) => {
      const slot = tSlot[i]!;
      if (slot >= lo && slot < hi) slots[fill[rank[num]!]!++] = slot;
    });
  }
  // Repeated slots of one term become one posting with its frequency.
  const start = new Int32Array(terms.length + 1);
  const postSlot = new Int32Array(slots.length);
  const postFreq = new Uint16Array(slots.length);
  let p = 0;
  for (let r = 0; r < terms.length; r++) {
    start[r] = p;
    for (let i = count[r]!; i < count[r + 1]!; i++) {
      if (p > start[r]! && postSlot[p - 1] === slots[i]) {
        if (postFreq[p - 1]! < 0xffff) postFreq[p - 1]!++;
      } else {
        postSlot[p] = slots[i]!;
        postFreq[p++] = 1;
      }
    }
  }
  start[terms.length] = p;
  return {
    terms,
    start,
    slot: postSlot.slice(0, p),
    freq: postFreq.slice(0, p),
    fieldLength,
    avgFieldLength,
  };
}

/** Builds the index of `docs`: for each document, its text in each field. */
export function createTermIndex(docs: readonly (readonly string[])[], input: TermIndexInput): TermIndex {
  const fieldCount = input.boosts.length;
  const docCount = docs.length;
  const { terms, start, slot, freq, fieldLength, avgFieldLength } = buildArrays(docs, input);
  const boosts = [...input.boosts];
  const tokenize = input.tokenize;

  /** Adds the documents holding term `r`, weighted, to `results` (field by field, as MiniSearch). */
  const termResults = (source: string, r: number, weight: number, results: Map<number, Partial>): void => {
    const to = start[r + 1]!;
    for (let from = start[r]!; from < to;) {
      const f = Math.floor(slot[from]! / docCount);
      const fieldEnd = (f + 1) * docCount;
      let end = from;
      while (end < to && slot[end]! < fieldEnd) end++;
      const matching = end - from;
      const idf = Math.log(1 + (docCount - matching + 0.5) / (matching + 0.5));
      const factor = weight * boosts[f]!;
      const avg = avgFieldLength[f]!;
      for (let i = from; i < end; i++) {
        const doc = slot[i]! - f * docCount;
        const tf = freq[i]!;
        const length = fieldLength[doc * fieldCount + f]!;
        const raw =
          idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
        const score = factor * raw;
        const old = results.get(doc);
        if (old) {
          old.score += score;
          if (!old.terms.includes(source)) old.terms.push(source);
        } else results.set(doc, { score, terms: [source] });
      }
      from = end;
    }
  };

  /** The documents matching one query term. */
  const termQuery = (term: string, query: TermQuery): Map<number, Partial> => {
    const results = new Map<number, Partial>();
    const at = lowerBound(terms, term);
    if (terms[at] === term) termResults(term, at, 1, results);
    const fuzzy = query.fuzzy(term);
    const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    const fuzzyMatches = maxDistance > 0 ? fuzzyTerms(terms, term, maxDistance) : null;
    if (query.prefix) {
      const end = prefixEnd(terms, term, at);
      for (let r = at; r < end; r++) {
        const candidate = terms[r]!;
        const distance = candidate.length - term.length;
        if (!distance) continue;
        // A longer term the query starts is scored as a prefix match only.
        fuzzyMatches?.delete(r);
        termResults(
          term,
          r,
          (PREFIX_WEIGHT * candidate.length) / (candidate.length + 0.3 * distance),
          results,
        );
      }
    }
    if (fuzzyMatches) {
      for (const [r, distance] of fuzzyMatches) {
        if (!distance) continue;
        const length = terms[r]!.length;
        termResults(term, r, (FUZZY_WEIGHT * length) / (length + distance), results);
      }
    }
    return results;
  };

  const search = (text: string, query: TermQuery): TermHit[] => {
    const queryTerms = tokenize(text).filter((t) => t);
    if (queryTerms.length === 0) return [];
    let combined: Map<number, Partial> | null = null;
    for (const term of queryTerms) {
      const results = termQuery(term, query);
      if (!combined) {
        combined = results;
        continue;
      }
      if (query.combineWith === "OR") {
        for (const [doc, r] of results) {
          const old: Partial | undefined = combined.get(doc);
          if (!old) combined.set(doc, r);
          else {
            old.score += r.score;
            for (const t of r.terms) if (!old.terms.includes(t)) old.terms.push(t);
          }
        }
      } else {
        const both = new Map<number, Partial>();
        for (const [doc, r] of results) {
          const old: Partial | undefined = combined.get(doc);
          if (!old) continue;
          for (const t of r.terms) if (!old.terms.includes(t)) old.terms.push(t);
          both.set(doc, { score: old.score + r.score, terms: old.terms });
        }
        combined = both;
      }
    }
    const hits: TermHit[] = [];
    for (const [doc, r] of combined!) {
      if (query.filter && !query.filter(doc)) continue;
      // Documents matching more of the query's terms rank higher (MiniSearch's "quality").
      hits.push({ doc, score: r.score * (r.terms.length || 1) });
    }
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  };

  return { docCount, search };
}
