/**
 * The slow network measures as pure functions of a compact copy of the drawn graph (node ids,
 * edge ends by node index, evidence weights): PageRank and betweenness (graphology-metrics) and
 * Louvain communities (graphology-communities-louvain), computed on the undirected simple graph
 * (parallel edges merged, weights summed). The metrics worker runs them off the page's thread;
 * the same functions run inline where no worker exists (unit tests).
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

/** A measure computed from the analysis input ("louvain": each node's raw community number). */
export type AnalysisTask = "pagerank" | "betweenness" | "louvain";

/** What the measures need of a graph, in arrays that can be handed to a worker without copying. */
export interface AnalysisInput {
  nodes: string[];
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
}

/** Runs a task on an input: in a worker, or inline. Values are by node index. */
export type AnalysisRunner = (task: AnalysisTask, input: AnalysisInput) => Promise<Float64Array>;

/** Seed of the Louvain runs, so that the same graph always gives the same communities. */
const LOUVAIN_SEED = 11;

/** The analysis input of the drawn graph: its nodes in order, its edges (self-loops left out). */
export function toAnalysisInput(graph: SigmaGraph): AnalysisInput {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const weight = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attrs, s, t) => {
    if (s === t) return;
    source[e] = index.get(s)!;
    target[e] = index.get(t)!;
    weight[e] = attrs.weight;
    e++;
  });
  return { nodes, source: source.slice(0, e), target: target.slice(0, e), weight: weight.slice(0, e) };
}

/** The undirected simple graph the measures run on: one edge per pair, its weight the evidence sum. */
export function toAnalysisGraph(input: AnalysisInput): UndirectedGraph<object, { weight: number }> {
  const simple = new UndirectedGraph<object, { weight: number }>();
  for (const node of input.nodes) simple.addNode(node);
  for (let e = 0; e < input.source.length; e++) {
    const weight = Math.max(1, input.weight[e]!);
    simple.updateEdge(input.nodes[input.source[e]!]!, input.nodes[input.target[e]!]!, (a) => ({
      weight: (a.weight ?? 0) + weight,
    }));
  }
  return simple;
}

/** Computes one measure; values by node index (Louvain: community numbers, lone nodes each their own). */
export function runAnalysis(task: AnalysisTask, input: AnalysisInput): Float64Array {
  const simple = toAnalysisGraph(input);
  const out = new Float64Array(input.nodes.length);
  const fill = (byNode: Record<string, number>) => input.nodes.forEach((n, i) => (out[i] = byNode[n] ?? 0));
  if (task === "pagerank") {
    if (simple.size > 0) fill(pagerank(simple, { getEdgeWeight: "weight", maxIterations: 200 }));
    else out.fill(simple.order ? 1 / simple.order : 0);
  } else if (task === "betweenness") {
    fill(betweennessCentrality(simple, { normalized: true }));
  } else {
    const community: Record<string, number> =
      simple.size > 0 ? louvain(simple, { getEdgeWeight: "weight", rng: createRandom(LOUVAIN_SEED) }) : {};
    // Nodes without edges are each their own community.
    let lone = Math.max(-1, ...Object.values(community)) + 1;
    input.nodes.forEach((n, i) => (out[i] = community[n] ?? lone++));
  }
  return out;
}

/** Runs the measures on the page's own thread (where no worker exists, as in unit tests). */
export const runInline: AnalysisRunner = (task, input) => Promise.resolve(runAnalysis(task, input));
