/**
 * The layout thread (started by layout.ts, plain JavaScript so that it needs no loader): waits
 * for one layout, runs ForceAtlas2's iterations on the shared matrices in the same timed batches
 * as the caller's thread would, then records how many it ran and wakes the caller, who is blocked
 * in Atomics.wait inside its write transaction. control (workerData.control)[0]: 0 running,
 * 1 done, 2 failed; [1]: iterations; [2]: the length of the failure's message, written as UTF-8 in
 * workerData.message. A failure (a module that does not load, an iteration that throws) wakes the
 * caller at once, so that it runs the layout itself rather than wait out the budget, and says why.
 */
import { performance } from "node:perf_hooks";
import { TextEncoder } from "node:util";
import { parentPort, workerData } from "node:worker_threads";

const state = new Int32Array(workerData.control);
const message = new Uint8Array(workerData.message);

/** Wakes the caller with the layout's outcome (1 done, 2 failed), the iterations run and a failure's error. */
function tell(outcome, iterations = 0, err = undefined) {
  if (err !== undefined) {
    const text = err instanceof Error ? err.message : String(err);
    Atomics.store(state, 2, new TextEncoder().encodeInto(text, message).written);
  }
  Atomics.store(state, 1, iterations);
  Atomics.store(state, 0, outcome);
  Atomics.notify(state, 0);
}

let iterateInBatches;
try {
  ({ iterateInBatches } = await import("./layout-batches.mjs"));
} catch (err) {
  tell(2, 0, err);
  throw err;
}

parentPort.once("message", ({ settings, nodes, edges, started, budgetMs, maxIterations }) => {
  try {
    const iterations = iterateInBatches(settings, new Float32Array(nodes), new Float32Array(edges), {
      maxIterations,
      budgetMs,
      started,
      // The same clock in every thread: ms since the epoch (performance.now() counts from each thread's start).
      clock: () => performance.timeOrigin + performance.now(),
    });
    tell(1, iterations);
  } catch (err) {
    tell(2, 0, err);
    throw err;
  } finally {
    parentPort.close();
  }
});
