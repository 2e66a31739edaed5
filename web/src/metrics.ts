/**
 * Network measures for the canvas: degree, weighted degree (evidence) and mentions at once (the
 * converter counted them), connected components on the page when first asked for, and PageRank,
 * betweenness and Louvain communities (analysis.ts) when first asked for, by a runner: the
 * metrics worker in the browser, so that betweenness (O(V·E)) never blocks the page. Until a
 * measure arrives its values are empty and `computing()` names it.
 */
import {
  runInline,
  toAnalysisInput,
  type AnalysisInput,
  type AnalysisRunner,
  type AnalysisTask,
} from "./analysis.ts";
import type { SigmaGraph } from "./converter.ts";

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

/** What can be computed apart: a measure, or the Louvain communities. */
export type Computed = Measure | "community";

/**
 * Every measure of a graph. Reading a measure (or the communities) that is not computed yet starts
 * computing it and gives empty values meanwhile; `onComputed` (see computeMetrics) says when it lands.
 */
export interface Metrics {
  values(measure: Measure): ReadonlyMap<string, number>;
  /** True once the values of `what` are computed. */
  ready(what: Computed): boolean;
  /** Starts computing `what` unless it is done or under way; resolves once it is computed. */
  request(what: Computed): Promise<void>;
  /** What is being computed now (in the worker), in the order asked. */
  computing(): readonly Computed[];
  /** Louvain community of each node (0 is the largest community; empty until computed). */
  community: ReadonlyMap<string, number>;
  /** Connected component of each node (0 is the largest component). */
  component: ReadonlyMap<string, number>;
  /** Node count of each community and component, by index. */
  communitySizes: readonly number[];
  componentSizes: readonly number[];
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
function connectedComponents(
  graph: Pick<SigmaGraph, "forEachNode" | "forEachNeighbor">,
): Map<string, number> {
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
 * mentions of every node, as the converter counted them in its pass over the edges: the same
 * values as on the analysis graph, without building it or walking each node's neighbours.
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
    degree.set(node, attrs.neighbours);
    weightedDegree.set(node, attrs.weightedDegree);
    mentions.set(node, attrs.mentions);
  });
  return { degree, weightedDegree, mentions };
}

/** Options of computeMetrics: who computes the slow measures, and who hears when one lands. */
export interface MetricsOptions {
  /** The runner of PageRank, betweenness and Louvain (default: inline, on this thread). */
  run?: AnalysisRunner;
  /** Called after a measure computed apart has landed (not for one that failed). */
  onComputed?: (what: Computed) => void;
  /** Called when computing a measure failed. */
  onError?: (what: Computed, err: unknown) => void;
}

/** The task that computes each measure that is computed apart. */
const TASKS: Partial<Record<Computed, AnalysisTask>> = {
  pagerank: "pagerank",
  betweenness: "betweenness",
  community: "louvain",
};

/** Computes the measures of `graph`: degrees at once, the rest when first asked for. */
export function computeMetrics(graph: SigmaGraph, options: MetricsOptions = {}): Metrics {
  const run = options.run ?? runInline;
  const { degree, weightedDegree: weighted, mentions } = degreeMeasures(graph);
  const computed = new Map<Measure, ReadonlyMap<string, number>>([
    ["degree", degree],
    ["weightedDegree", weighted],
    ["mentions", mentions],
  ]);
  const EMPTY = new Map<string, number>();
  let communities: { community: Map<string, number>; sizes: number[] } | null = null;
  let components: { component: Map<string, number>; sizes: number[] } | null = null;
  // The graph's arrays are made once, for the first measure computed apart.
  let input: AnalysisInput | null = null;
  const underWay = new Map<Computed, Promise<void>>();

  const ready = (what: Computed) => (what === "community" ? communities !== null : computed.has(what));
  const request = (what: Computed): Promise<void> => {
    const task = TASKS[what];
    if (ready(what) || !task) return Promise.resolve();
    let pending = underWay.get(what);
    if (pending) return pending;
    input ??= toAnalysisInput(graph);
    const nodes = input.nodes;
    pending = run(task, input).then(
      (values) => {
        const byNode = new Map(nodes.map((n, i) => [n, values[i]!]));
        if (what === "community") communities = { community: byNode, sizes: rankGroups(byNode) };
        else computed.set(what as Measure, byNode);
        underWay.delete(what);
        options.onComputed?.(what);
      },
      (err: unknown) => {
        underWay.delete(what);
        options.onError?.(what, err);
      },
    );
    underWay.set(what, pending);
    return pending;
  };
  const grouped = () => {
    if (!communities) void request("community");
    return communities ?? { community: EMPTY, sizes: [] };
  };
  const connected = () => {
    if (!components) {
      const component = connectedComponents(graph);
      components = { component, sizes: rankGroups(component) };
    }
    return components;
  };
  return {
    values(measure) {
      const values = computed.get(measure);
      if (values) return values;
      void request(measure);
      return EMPTY;
    },
    ready,
    request,
    computing: () => [...underWay.keys()],
    get community() {
      return grouped().community;
    },
    get communitySizes() {
      return grouped().sizes;
    },
    get component() {
      return connected().component;
    },
    get componentSizes() {
      return connected().sizes;
    },
  };
}
