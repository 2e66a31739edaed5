/**
 * A binary min-heap of (node, key) pairs in typed arrays, with lazy deletion: a node may be
 * pushed several times and stale entries are skipped by the caller. It starts small and doubles
 * when full, so an index holds no worst-case room for every entry; no allocation per query once grown.
 */

/** The heap's storage; `size` is the number of live slots. */
export interface MinHeap {
  node: Int32Array;
  key: Float64Array;
  size: number;
}

/** Creates a heap with room for `capacity` entries; it grows (doubling) when full. */
export function createHeap(capacity: number): MinHeap {
  const room = Math.max(1, capacity);
  return { node: new Int32Array(room), key: new Float64Array(room), size: 0 };
}

/** Doubles the heap's room, keeping its entries. */
function grow(h: MinHeap): void {
  const node = new Int32Array(h.node.length * 2);
  const key = new Float64Array(h.key.length * 2);
  node.set(h.node);
  key.set(h.key);
  h.node = node;
  h.key = key;
}

/** Adds a node with its key. */
export function heapPush(h: MinHeap, node: number, key: number): void {
  if (h.size === h.node.length) grow(h);
  const nodes = h.node;
  const keys = h.key;
  let i = h.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = keys[parent]!;
    if (pk <= key) break;
    nodes[i] = nodes[parent]!;
    keys[i] = pk;
    i = parent;
  }
  nodes[i] = node;
  keys[i] = key;
}

/** Removes the entry with the smallest key; its node and key are left in `out[0]`, `out[1]`. */
function heapPop(h: MinHeap, out: Float64Array): void {
  const nodes = h.node;
  const keys = h.key;
  out[0] = nodes[0]!;
  out[1] = keys[0]!;
  const size = --h.size;
  if (size === 0) return;
  const lastNode = nodes[size]!;
  const lastKey = keys[size]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && keys[right]! < keys[child]!) child = right;
    if (keys[child]! >= lastKey) break;
    nodes[i] = nodes[child]!;
    keys[i] = keys[child]!;
    i = child;
  }
  nodes[i] = lastNode;
  keys[i] = lastKey;
}

/**
 * Pops the smallest entry and settles its node (marks `settled[node] = stamp`), or returns -1
 * when the entry is stale (node already settled, or a cheaper key since pushed). The key is
 * left in `out[1]`.
 */
export function popUnsettled(
  h: MinHeap,
  out: Float64Array,
  settled: Int32Array,
  dist: Float64Array,
  stamp: number,
): number {
  heapPop(h, out);
  const u = out[0]!;
  if (settled[u] === stamp || out[1]! > dist[u]!) return -1;
  settled[u] = stamp;
  return u;
}
