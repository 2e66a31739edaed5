/**
 * Exact look-up of documents by a key (a normalised name, alias or acronym) in two typed arrays:
 * 32-bit hashes of the keys, sorted, beside the document of each. A look-up finds the documents
 * whose key has the same hash and keeps those the caller confirms hold the key, so a hash
 * collision never gives a wrong answer. It keeps no string and no map, unlike a Map of Sets.
 */

/** FNV-1a hash of a string's UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Documents by key. */
export interface NameTable {
  /** The documents (ascending) whose key is `key`, as `holds(doc, key)` confirms. */
  get(key: string, holds: (doc: number, key: string) => boolean): number[];
}

/** The hashes, sorted, and the document of each (built apart: see createNameTable). */
function sortedPairs(pairs: Iterable<readonly [key: string, doc: number]>): [Uint32Array, Int32Array] {
  const hs: number[] = [];
  const ds: number[] = [];
  for (const [key, doc] of pairs) {
    if (!key) continue;
    hs.push(hash(key));
    ds.push(doc);
  }
  const order = Array.from(hs.keys()).sort((a, b) => hs[a]! - hs[b]! || ds[a]! - ds[b]!);
  return [Uint32Array.from(order, (i) => hs[i]!), Int32Array.from(order, (i) => ds[i]!)];
}

/**
 * Builds a table of (key, document) pairs; empty keys are left out. The build runs in a function
 * of its own so that the look-up's closure keeps only the two arrays.
 */
export function createNameTable(pairs: Iterable<readonly [key: string, doc: number]>): NameTable {
  const [hashes, docs] = sortedPairs(pairs);
  return {
    get(key, holds) {
      const h = hash(key);
      let lo = 0;
      let hi = hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[mid]! < h) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < hashes.length && hashes[i] === h; i++) {
        const doc = docs[i]!;
        if (out[out.length - 1] !== doc && holds(doc, key)) out.push(doc);
      }
      return out;
    },
  };
}
