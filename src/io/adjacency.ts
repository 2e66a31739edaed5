/**
 * A speed-up for building large graphs: graphology keeps each node's neighbours in plain objects
 * keyed by neighbour id, and V8 gives every such object a fresh hidden class for each key added
 * (a new map per edge end: most of an import's graph-building time and much of its garbage at a
 * million edges). Switching a new node's empty adjacency objects to dictionary mode up front makes
 * each edge a plain hash insert. The objects stay empty and behave the same (insertion order is
 * kept); if graphology's internals ever differ from what is expected here, nothing is done.
 */
import type { KgGraph } from "../model/graph.ts";

interface NodeData {
  in?: unknown;
  out?: unknown;
  undirected?: unknown;
}

function toDictionary(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  for (const _ in value) return; // not empty: leave it alone
  const o = value as Record<string, unknown>;
  // Deleting a property other than the last added one moves V8 objects to dictionary mode.
  o["\u0000kg-a"] = 0;
  o["\u0000kg-b"] = 0;
  delete o["\u0000kg-a"];
  delete o["\u0000kg-b"];
}

/** Puts a node's (still empty) adjacency objects in dictionary mode; a no-op when they are not found. */
export function prepareAdjacency(graph: KgGraph, node: string): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const data = nodes.get(node) as NodeData | undefined;
  if (!data) return;
  toDictionary(data.in);
  toDictionary(data.out);
  toDictionary(data.undirected);
}
