/**
 * Network measures for the canvas: degree, weighted degree (evidence), PageRank and betweenness
 * (graphology-metrics), Louvain communities (graphology-communities-louvain) and connected
 * components, computed on an undirected simple copy of the drawn graph (parallel edges merged,
 * weights summed). Degrees are computed at once; PageRank, communities and components when first
 * asked for, and betweenness (O(V·E)) too.
 */
import { UndirectedGraph } from "graphology";
import * as louvainModule from "graphology-communities-louvain";
import * as betweennessModule from "graphology-metrics/centrality/betweenness.js";
import * as pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { createRandom } from "../../src/graph/prng.ts";
import type { SigmaGraph } from "./converter.ts";
import { interop } from "./interop.ts";

const louvain = interop(louvainModule);
const betweennessCentrality = interop(betweennessModule);
const pagerank = interop(pagerankModule);

/** The measures a node can be sized or coloured by. */
export const MEASURES = ["degree", "weightedDegree", "pagerank", "betweenness", "mentions"] as const;
/** One of the measures. */
export type Measure = (typeof MEASURES)[number];

/** How each measure is named in the viewer. */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  degree: "connections",
  weightedDegree: "evidence (weighted degree)",
  pagerank: "PageRank",
  betweenness: "betweenness",
  mentions: "mentions",
};

/** Every measure of a graph; `values(m)` computes a lazy one on first use. */
export interface Metrics {
  values(measure: Measure): ReadonlyMap<string, number>;
  /** Louvain community of each node (0 is the largest community). */
  community: ReadonlyMap<string, number>;
  /** Connected component of each node (0 is the largest component). */
  component: ReadonlyMap<string, number>;
  /** Node count of each community and component, by index. */
  communitySizes: readonly number[];
  componentSizes: readonly number[];
}

/** Seed of the Louvain runs, so that the same graph always gives the same communities. */
const LOUVAIN_SEED = 11;

/** The undirected simple graph the measures run on: one edge per pair, its weight the evidence sum. */
export function toAnalysisGraph(graph: SigmaGraph): UndirectedGraph<object, { weight: number }> {
  const simple = new UndirectedGraph<object, { weight: number }>();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const weight = Math.max(1, attrs.weight);
    simple.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + weight }));
  });
  return simple;
}

/** Renumbers groups so that 0 is the largest (ties by first member's id); returns the sizes. */
function rankGroups(groups: Map<string, number>): number[] {
  const members = new Map<number, string[]>();
  for (const [node, g] of groups) {
    const list = members.get(g);
    if (list) list.push(node);
    else members.set(g, [node]);
  }
  const order = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0),
  );
  order.forEach((list, rank) => list.forEach((node) => groups.set(node, rank)));
  return order.map((list) => list.length);
}

/** Connected components by breadth-first search (over neighbours, whatever the edges' direction). */
function components(graph: Pick<SigmaGraph, "forEachNode" | "forEachNeighbor">): Map<string, number> {
  const of = new Map<string, number>();
  let next = 0;
  graph.forEachNode((start) => {
    if (of.has(start)) return;
    const id = next++;
    of.set(start, id);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      graph.forEachNeighbor(queue[i]!, (n) => {
        if (!of.has(n)) {
          of.set(n, id);
          queue.push(n);
        }
      });
    }
  });
  return of;
}

/**
 * Degree (distinct neighbours), weighted degree (evidence on every edge, at least 1 each) and
 * mentions of every node, in one pass over the nodes and one over the edges of the drawn graph:
 * the same values as on the analysis graph, without building it.
 */
export function degreeMeasures(graph: SigmaGraph): {
  degree: Map<string, number>;
  weightedDegree: Map<string, number>;
  mentions: Map<string, number>;
} {
  const degree = new Map<string, number>();
  const weightedDegree = new Map<string, number>();
  const mentions = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    let d = 0;
    graph.forEachNeighbor(node, () => void d++);
    degree.set(node, d);
    weightedDegree.set(node, 0);
    mentions.set(node, attrs.mentions);
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const weight = Math.max(1, attrs.weight);
    weightedDegree.set(source, weightedDegree.get(source)! + weight);
    weightedDegree.set(target, weightedDegree.get(target)! + weight);
  });
  return { degree, weightedDegree, mentions };
}

/** Computes the measures of `graph` (degrees at once; the rest when first asked for). */
export function computeMetrics(graph: SigmaGraph): Metrics {
  const { degree, weightedDegree: weighted, mentions } = degreeMeasures(graph);
  // The analysis graph is built for the first measure that needs it.
  let analysis: UndirectedGraph<object, { weight: number }> | null = null;
  const simpleGraph = () => (analysis ??= toAnalysisGraph(graph));
  // PageRank, Louvain and components wait until first asked for, like betweenness.
  let groups: Pick<Metrics, "community" | "component" | "communitySizes" | "componentSizes"> | null = null;
  const grouped = () => {
    if (groups) return groups;
    const simple = simpleGraph();
    const community = new Map(
      Object.entries(
        simple.size > 0 ? louvain(simple, { getEdgeWeight: "weight", rng: createRandom(LOUVAIN_SEED) }) : {},
      ),
    );
    // Nodes without edges are each their own community.
    let lone = community.size ? Math.max(...community.values()) + 1 : 0;
    simple.forEachNode((node) => void (community.has(node) || community.set(node, lone++)));
    const communitySizes = rankGroups(community);
    const component = components(graph);
    const componentSizes = rankGroups(component);
    groups = { community, component, communitySizes, componentSizes };
    return groups;
  };
  const computed = new Map<Measure, ReadonlyMap<string, number>>([
    ["degree", degree],
    ["weightedDegree", weighted],
    ["mentions", mentions],
  ]);
  const lazy: Record<"pagerank" | "betweenness", () => ReadonlyMap<string, number>> = {
    pagerank: () => {
      const simple = simpleGraph();
      return new Map(
        Object.entries(
          simple.size > 0
            ? pagerank(simple, { getEdgeWeight: "weight", maxIterations: 200 })
            : Object.fromEntries(simple.mapNodes((n) => [n, simple.order ? 1 / simple.order : 0])),
        ),
      );
    },
    betweenness: () => new Map(Object.entries(betweennessCentrality(simpleGraph(), { normalized: true }))),
  };
  return {
    values(measure) {
      let values = computed.get(measure);
      if (!values) {
        values = lazy[measure as "pagerank" | "betweenness"]();
        computed.set(measure, values);
      }
      return values;
    },
    get community() {
      return grouped().community;
    },
    get component() {
      return grouped().component;
    },
    get communitySizes() {
      return grouped().communitySizes;
    },
    get componentSizes() {
      return grouped().componentSizes;
    },
  };
}
