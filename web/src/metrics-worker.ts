/**
 * The metrics worker: computes PageRank, betweenness and Louvain communities (analysis.ts) off the
 * page's thread, so that the page stays responsive while betweenness runs on a large graph. Each
 * message is one task; the answer carries its id and the values by node index (transferred).
 */
import { runAnalysis, type AnalysisInput, type AnalysisTask } from "./analysis.ts";

/** A request to the worker. */
export interface MetricsRequest {
  id: number;
  task: AnalysisTask;
  input: AnalysisInput;
}

/** The worker's answer: the values, or the error's message. */
export type MetricsAnswer = { id: number; values: Float64Array } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MetricsRequest>) => void) | null;
  postMessage(message: MetricsAnswer, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  try {
    const values = runAnalysis(data.task, data.input);
    scope.postMessage({ id: data.id, values }, [values.buffer]);
  } catch (err) {
    scope.postMessage({ id: data.id, error: err instanceof Error ? err.message : String(err) });
  }
};
