/**
 * Types for the two internal modules of graphology-layout-forceatlas2 that layout.ts uses to run
 * iterations in batches on one set of matrices (the package ships no declarations for them).
 */
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** Runs one ForceAtlas2 iteration on the node and edge matrices, in place. */
  export default function iterate(
    settings: ForceAtlas2Settings,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";
  /** Flat matrices of the graph's positions, masses and weighted edges. */
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  /** Writes the matrix positions back to the graph's x and y attributes. */
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}
