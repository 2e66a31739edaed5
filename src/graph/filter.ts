/**
 * Graph filters: which entity types, relation types and how much evidence an edge needs
 * to be shown or exported, and the time window its evidence must fall in (time-window.ts).
 * One filter shape serves the API, the exporters and the viewer.
 */
import { KgError } from "../model/errors.ts";
import { isHeadlineOnly, type EvidenceSource } from "../model/evidence.ts";
import { createKgGraph, type KgGraph } from "../model/graph.ts";
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from "../model/ontology.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";
import { isOpenWindow, resolveTimeWindow, type TimeWindow, windowGraph } from "./time-window.ts";

/** What to keep. Absent fields keep everything; with a time window, only nodes with an edge inside it. */
export interface GraphFilter extends TimeWindow {
  types?: readonly EntityType[];
  relations?: readonly RelationType[];
  /** Minimum number of evidence sentences an edge needs. */
  minEvidence?: number;
  /** Drop edges whose only evidence comes from headlines. */
  hideHeadlineOnly?: boolean;
  /** Drop nodes left without edges (default false). */
  dropIsolated?: boolean;
}

/** Checks a filter's values, throwing INVALID_OPTION with the offending field. */
export function validateFilter(filter: GraphFilter): GraphFilter {
  for (const t of filter.types ?? []) {
    if (!isEntityType(t))
      throw new KgError(
        "INVALID_OPTION",
        `filter: unknown entity type '${t}'; the types are ${ENTITY_TYPES.join(", ")}`,
        { field: "types", valid: [...ENTITY_TYPES] },
      );
  }
  for (const r of filter.relations ?? []) {
    if (!isRelationType(r))
      throw new KgError(
        "INVALID_OPTION",
        `filter: unknown relation '${r}'; the relations are ${RELATION_TYPES.join(", ")}`,
        { field: "relations", valid: [...RELATION_TYPES] },
      );
  }
  const min = filter.minEvidence;
  if (min !== undefined && (!Number.isInteger(min) || min < 0)) {
    throw new KgError("INVALID_OPTION", "filter: minEvidence must be a whole number >= 0", {
      field: "minEvidence",
    });
  }
  resolveTimeWindow(filter);
  return filter;
}

/** True when the filter keeps everything. */
export function isEmptyFilter(filter: GraphFilter): boolean {
  return (
    !filter.types?.length &&
    !filter.relations?.length &&
    !filter.minEvidence &&
    !filter.hideHeadlineOnly &&
    !filter.dropIsolated &&
    isOpenWindow(filter)
  );
}

/** Whether a node passes the filter's type test. */
export function keepsNode(filter: GraphFilter, attrs: NodeAttributes): boolean {
  return !filter.types?.length || filter.types.includes(attrs.type);
}

/** Whether an edge passes the filter's relation, evidence and headline tests (not its ends). */
export function keepsEdge(filter: GraphFilter, attrs: EdgeAttributes): boolean {
  if (filter.relations?.length && !filter.relations.includes(attrs.relation)) return false;
  if (filter.minEvidence && (attrs.evidence?.length ?? attrs.weight) < filter.minEvidence) return false;
  if (filter.hideHeadlineOnly && isHeadlineOnly(attrs)) return false;
  return true;
}

/**
 * A new graph holding what the filter keeps (attributes are shared, not copied); a time window
 * reads the evidence of edges that hold none from `evidence`.
 */
export function filterGraph(whole: KgGraph, filter: GraphFilter, evidence?: EvidenceSource): KgGraph {
  validateFilter(filter);
  const graph = windowGraph(whole, filter, evidence ? { evidence } : {});
  const out = createKgGraph();
  graph.forEachNode((node, attrs) => {
    if (keepsNode(filter, attrs)) out.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && keepsEdge(filter, attrs)) {
      out.addEdgeWithKey(edge, source, target, attrs);
    }
  });
  if (filter.dropIsolated) {
    out.forEachNode((node) => {
      if (out.degree(node) === 0) out.dropNode(node);
    });
  }
  return out;
}
