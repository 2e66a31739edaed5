/**
 * Cheaper bulk edge insertion into a graphology graph. graphology keeps each node's neighbours in
 * plain objects keyed by neighbour id; V8 gives such an object a new hidden class for every key
 * added, until it turns it into a hash table, so inserting 50k edges spent most of its time making
 * hidden classes. Turning the (still empty) objects into hash tables first roughly halves the cost
 * of an insertion. This reaches into graphology's internals (0.26), so it checks their shape and
 * leaves the graph alone when they differ: the graph behaves the same either way.
 */
import type { AbstractGraph } from "graphology-types";

/** The sides of a node's adjacency graphology may hold. */
const SIDES = ["out", "in", "undirected"] as const;

/**
 * Puts every node's (empty) adjacency objects in dictionary mode, before edges are added in bulk.
 * Deleting a property that is not the last one added is what makes V8 switch an object to a hash
 * table; the two properties are gone again afterwards. Returns the number of objects switched.
 */
export function prepareBulkEdges(graph: AbstractGraph): number {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return 0;
  let switched = 0;
  for (const data of nodes.values() as IterableIterator<Record<string, unknown>>) {
    for (const side of SIDES) {
      const adjacency = data[side] as Record<string, unknown> | undefined;
      if (!adjacency || typeof adjacency !== "object") continue;
      // Only empty objects: a filled one is left as it is (its keys are neighbours).
      let empty = true;
      for (const _key in adjacency) {
        empty = false;
        break;
      }
      if (!empty) continue;
      adjacency["\u0000a"] = 0;
      adjacency["\u0000b"] = 0;
      delete adjacency["\u0000a"];
      delete adjacency["\u0000b"];
      switched++;
    }
  }
  return switched;
}
