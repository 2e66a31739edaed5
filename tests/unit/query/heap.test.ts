/**
 * The path search's min-heap starts small and grows: pushed past its first room, it still gives
 * every entry back, smallest key first.
 */
import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/graph/prng.ts";
import { createHeap, heapPush, popUnsettled } from "../../../src/query/heap.ts";

describe("the path search's heap", () => {
  it("grows past its first room and pops every entry in key order", () => {
    const n = 5000;
    const rand = createRandom(3);
    const dist = Float64Array.from({ length: n }, () => Math.floor(rand() * 1000));
    const heap = createHeap(1);
    for (let node = 0; node < n; node++) heapPush(heap, node, dist[node]!);
    expect(heap.size).toBe(n);
    const settled = new Int32Array(n);
    const out = new Float64Array(2);
    const keys: number[] = [];
    const nodes = new Set<number>();
    while (heap.size > 0) {
      const node = popUnsettled(heap, out, settled, dist, 1);
      expect(node).toBeGreaterThanOrEqual(0);
      nodes.add(node);
      keys.push(out[1]!);
    }
    expect(nodes.size).toBe(n);
    expect(keys).toEqual([...dist].sort((a, b) => a - b));
  });
});
