// ForceAtlas2's iterations in timed batches, shared by the layout in the caller's thread
// (layout.ts) and in a thread of its own (layout-thread.mjs). Plain JavaScript, so that the layout
// thread runs without a TypeScript loader.
import iterate from "graphology-layout-forceatlas2/iterate.js";

/**
 * Runs iterations on `nodes` (in place) until `maxIterations` or until the next batch would end
 * past `budgetMs` after `started` (at least one always runs); returns how many ran. Batches grow
 * to 64 iterations, sized from the time each has taken so far.
 * @param {object} settings ForceAtlas2's settings
 * @param {Float32Array} nodes
 * @param {Float32Array} edges
 * @param {{ maxIterations: number, budgetMs: number, started: number, clock: () => number }} limits
 * @returns {number}
 */
export function iterateInBatches(settings, nodes, edges, { maxIterations, budgetMs, started, clock }) {
  let iterations = 0;
  let batch = 1;
  const loopStart = clock();
  while (iterations < maxIterations) {
    for (let i = 0; i < batch; i++) iterate(settings, nodes, edges);
    iterations += batch;
    const elapsed = clock() - loopStart;
    const perIteration = elapsed / iterations;
    const left = budgetMs - (clock() - started);
    batch = Math.min(maxIterations - iterations, Math.floor(left / Math.max(perIteration, 1e-3)), 64);
    if (batch < 1) break;
  }
  return iterations;
}
