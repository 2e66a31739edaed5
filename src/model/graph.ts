/**
 * The domain graph type: a graphology MultiDirectedGraph of entities and relations,
 * and its factory.
 */
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./types.ts";

/** The knowledge graph: nodes keyed by entity id, edges keyed `source|relation|target`. */
export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Creates an empty knowledge graph (directed, multi, no self loops). */
export function createKgGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}
