/**
 * Graph differences: what a change added, removed or updated, computed by comparing the graph
 * before and after (so every change is reported the same way, however it was made).
 */
import type { KgGraph } from "../model/graph.ts";
import type { Evidence } from "../model/types.ts";
import type { GraphChange } from "./types.ts";

/** An empty change for the given documents. */
export function emptyChange(documents: string[] = []): GraphChange {
  return {
    documents,
    entitiesAdded: [],
    entitiesRemoved: [],
    relationsAdded: [],
    relationsRemoved: [],
    relationsUpdated: [],
  };
}

/** True when two evidence lists hold the same sentences of the same documents, in order. */
export function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((e, i) => {
    const o = b[i] as Evidence;
    return e.doc === o.doc && e.start === o.start && e.end === o.end && e.sentence === o.sentence;
  });
}

/**
 * The change from `before` to `after` (ids sorted), tagged with the documents that caused it. An
 * edge in both is updated when `sameEdge` says its evidence differs (by default: the evidence
 * its attributes hold on each side).
 */
export function diffGraphs(
  before: KgGraph,
  after: KgGraph,
  documents: string[],
  sameEdge: (edge: string) => boolean = (edge) =>
    sameEvidence(before.getEdgeAttributes(edge).evidence ?? [], after.getEdgeAttributes(edge).evidence ?? []),
): GraphChange {
  const change = emptyChange([...documents].sort());
  after.forEachNode((node) => {
    if (!before.hasNode(node)) change.entitiesAdded.push(node);
  });
  before.forEachNode((node) => {
    if (!after.hasNode(node)) change.entitiesRemoved.push(node);
  });
  after.forEachEdge((edge) => {
    if (!before.hasEdge(edge)) change.relationsAdded.push(edge);
    else if (!sameEdge(edge)) change.relationsUpdated.push(edge);
  });
  before.forEachEdge((edge) => {
    if (!after.hasEdge(edge)) change.relationsRemoved.push(edge);
  });
  for (const list of Object.values(change)) list.sort();
  return change;
}
