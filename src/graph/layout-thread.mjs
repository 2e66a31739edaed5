/**
 * The layout thread (started by layout.ts, plain JavaScript so that it needs no loader): waits
 * for one layout, runs ForceAtlas2's iterations on the shared matrices in the same timed batches
 * as the caller's thread would, then records how many it ran and wakes the caller, who is blocked
 * in Atomics.wait inside its write transaction. control[0]: 0 running, 1 done; control[1]: iterations.
 */
import { performance } from "node:perf_hooks";
import { parentPort } from "node:worker_threads";
import { iterateInBatches } from "./layout-batches.mjs";

parentPort.once("message", ({ settings, nodes, edges, control, started, budgetMs, maxIterations }) => {
  const state = new Int32Array(control);
  const iterations = iterateInBatches(settings, new Float32Array(nodes), new Float32Array(edges), {
    maxIterations,
    budgetMs,
    started,
    // The same clock in every thread: ms since the epoch (performance.now() counts from each thread's start).
    clock: () => performance.timeOrigin + performance.now(),
  });
  Atomics.store(state, 1, iterations);
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
  parentPort.close();
});
