/**
 * The page's side of the metrics worker: hands a task and the graph's arrays to the worker and
 * resolves with its answer. Falls back to computing inline where workers are not available.
 */
import { runInline, type AnalysisRunner } from "./analysis.ts";
import type { MetricsAnswer, MetricsRequest } from "./metrics-worker.ts";

/** A runner backed by one worker, and how to stop it. */
export interface WorkerRunner {
  run: AnalysisRunner;
  dispose(): void;
}

/** Creates the worker (lazily, on the first task) and the runner that talks to it. */
export function createWorkerRunner(): WorkerRunner {
  if (typeof Worker === "undefined") return { run: runInline, dispose: () => undefined };
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve(values: Float64Array): void; reject(err: Error): void }>();
  const start = (): Worker => {
    const w = new Worker(new URL("./metrics-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = ({ data }: MessageEvent<MetricsAnswer>) => {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      if ("error" in data) pending?.reject(new Error(`metrics: ${data.error}`));
      else pending?.resolve(data.values);
    };
    w.onerror = (event) => {
      for (const pending of waiting.values()) pending.reject(new Error(`metrics worker: ${event.message}`));
      waiting.clear();
    };
    return w;
  };
  return {
    run(task, input) {
      worker ??= start();
      const request: MetricsRequest = { id: next++, task, input };
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(request.id, { resolve, reject });
        // The arrays are copied, not transferred: the page keeps its own for later tasks.
        w.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error("metrics worker stopped"));
      waiting.clear();
    },
  };
}
