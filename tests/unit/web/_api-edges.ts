/**
 * Test data for the viewer's tests: an edge as GET /api/graph sends it, with one document and no
 * dates, keyed as the API keys it.
 */
import type { RelationType } from "../../../src/model/ontology.ts";

export const apiEdge = (
  source: string,
  relation: RelationType,
  target: string,
  weight = 1,
  headlineOnly = false,
) => ({
  key: `${source}|${relation}|${target}`,
  source,
  target,
  relation,
  weight,
  docs: 1,
  headlineOnly,
  firstSeen: null,
  lastSeen: null,
});
