/**
 * A pure CPU-bound baseline for the multi-core build bench: the same amount of arithmetic done by
 * one worker thread, then split between two, so that a build's speed-up can be judged against
 * what the machine delivers to two threads at that moment.
 */
import { Worker } from "node:worker_threads";

const SPIN = `
const { parentPort, workerData } = require("node:worker_threads");
let x = 0;
for (let i = 0; i < workerData; i++) x = (Math.imul(x, 1664525) + 1013904223) | 0;
parentPort.postMessage(x);
`;

/** Wall ms of `threads` threads sharing `iterations` iterations of arithmetic. */
export async function spin(iterations: number, threads: number): Promise<number> {
  const t = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise((done, fail) => {
          const w = new Worker(SPIN, { eval: true, workerData: Math.floor(iterations / threads) });
          w.once("message", done);
          w.once("error", fail);
        }),
    ),
  );
  return performance.now() - t;
}
