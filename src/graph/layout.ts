/**
 * Layout at build time: seeded start positions (old nodes keep theirs, new nodes go near their
 * neighbours) and ForceAtlas2 iterations in batches until an iteration cap or a time budget is hit,
 * in the caller's thread or in a thread of its own (layout-thread.mjs) while the caller goes on.
 * Deterministic for a seed whenever the cap is reached within the budget, in either thread.
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { iterateInBatches } from "./layout-batches.mjs";
import { createRandom, hashSeed } from "./prng.ts";
import { REPO_ROOT } from "./thread-bundle.ts";

/** How the layout runs. */
export interface LayoutSettings {
  /** Seed of the start positions. */
  seed: number;
  /** Wall-clock budget for the iterations, in ms; at least one iteration always runs. */
  timeBudgetMs: number;
  /** Most iterations to run (0: only place new nodes). */
  maxIterations: number;
  /** Node count above which Barnes-Hut approximation is used. */
  barnesHutThreshold: number;
  /** ForceAtlas2 settings overriding the inferred ones. */
  forceAtlas2: ForceAtlas2Settings;
  /** Clock in ms (injectable for tests). */
  clock: () => number;
}

/** Default layout: seed 1, 2 s budget, up to 300 iterations, Barnes-Hut above 2000 nodes. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = {
  seed: 1,
  timeBudgetMs: 2000,
  maxIterations: 300,
  barnesHutThreshold: 2000,
  forceAtlas2: {},
  clock: () => performance.now(),
};

/** Fills in and checks layout settings, throwing INVALID_OPTION with the field. */
export function resolveLayoutSettings(partial: Partial<LayoutSettings> = {}): LayoutSettings {
  const s = { ...DEFAULT_LAYOUT_SETTINGS, ...partial };
  const bad = (field: string): never => {
    throw new KgError("INVALID_OPTION", `layout: ${field} must be a number >= 0`, { field });
  };
  if (!Number.isInteger(s.seed)) bad("seed");
  if (!(s.timeBudgetMs >= 0)) bad("timeBudgetMs");
  if (!Number.isInteger(s.maxIterations) || s.maxIterations < 0) bad("maxIterations");
  if (!(s.barnesHutThreshold >= 0)) bad("barnesHutThreshold");
  return s;
}

/** What a layout run did. */
export interface LayoutReport {
  placed: number;
  iterations: number;
  barnesHut: boolean;
  elapsedMs: number;
  /** Whether the iterations ran in a layout thread (false: in the caller's). */
  inThread: boolean;
  /**
   * Why the iterations ran in the caller's thread although a layout thread was given (it failed,
   * with its error, or did not answer in time); absent otherwise.
   */
  fallback?: string;
}

const FA2_DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

const hasPosition = (a: { x?: number; y?: number }): boolean => Number.isFinite(a.x) && Number.isFinite(a.y);

/**
 * Gives every node without a position one (or only those of `among`, so that a change to a large
 * graph looks at its own nodes alone): near the mean of its placed neighbours when it has some,
 * else at a seeded spot in a disc sized to the graph (`order` nodes: the stored graph's size when
 * `graph` holds only the part a change touches). Returns how many were placed.
 */
export function placeNewNodes(
  graph: KgGraph,
  seed = DEFAULT_LAYOUT_SETTINGS.seed,
  among?: readonly string[],
  order = graph.order,
): number {
  const radius = 10 * Math.sqrt(Math.max(1, order));
  const jitter = (node: string): [number, number] => {
    const random = createRandom(hashSeed(node, seed));
    const angle = random() * 2 * Math.PI;
    return [Math.cos(angle), Math.sin(angle)].map((v) => v * Math.sqrt(random())) as [number, number];
  };
  let pending = (
    among
      ? [...new Set(among)].filter((n) => graph.hasNode(n) && !hasPosition(graph.getNodeAttributes(n)))
      : graph.filterNodes((_, a) => !hasPosition(a))
  ).sort();
  const placed = pending.length;
  const anyPlaced = placed < graph.order;
  for (let pass = 0; anyPlaced && pass < 3 && pending.length; pass++) {
    const next: string[] = [];
    for (const node of pending) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(node, (_, a) => {
        if (hasPosition(a)) [sx, sy, n] = [sx + (a.x as number), sy + (a.y as number), n + 1];
      });
      if (n === 0) {
        next.push(node);
        continue;
      }
      const [jx, jy] = jitter(node);
      graph.mergeNodeAttributes(node, { x: sx / n + jx * 5, y: sy / n + jy * 5 });
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  for (const node of pending) {
    const [jx, jy] = jitter(node);
    graph.mergeNodeAttributes(node, { x: jx * radius, y: jy * radius });
  }
  return placed;
}

/** Places new nodes, then runs ForceAtlas2 in timed batches on one set of matrices. */
export function layoutGraph(graph: KgGraph, partial: Partial<LayoutSettings> = {}): LayoutReport {
  return startLayout(graph, partial).finish();
}

/** A layout started by startLayout: finish() waits for its iterations and gives the graph their positions. */
export interface PendingLayout {
  finish(): LayoutReport;
}

/**
 * A thread started ahead of a layout (startLayoutThread), so that it is up by the time the
 * graph is ready: startLayout hands it the iterations, once.
 */
export interface LayoutThread {
  readonly worker: Worker;
  /**
   * Shared with the thread: [0] 0 running, 1 done, 2 failed; [1] the iterations it ran; [2] the
   * length of a failure's message in `message`.
   */
  readonly control: Int32Array;
  /** Shared with the thread: a failure's message, UTF-8 (cut at its length). */
  readonly message: Uint8Array;
}

// From the root, not from this module: the same holds when this code runs from the CLI bundle (dist/cli/).
const LAYOUT_THREAD_URL = new URL("src/graph/layout-thread.mjs", REPO_ROOT);

/**
 * How long past its budget a layout thread may take before the caller gives up on it and runs the
 * iterations itself (a thread that failed to start never answers).
 */
const LAYOUT_THREAD_GRACE_MS = 5000;

/** Bytes kept for a failed layout thread's message (a longer one is cut). */
const LAYOUT_THREAD_MESSAGE_BYTES = 512;

/**
 * Starts a layout thread (see startLayout) from `url` (tests give another), or null when none can
 * be started (its file is missing: a thread whose module is not found would never answer); it
 * does not keep the process alive.
 */
export function startLayoutThread(url: URL = LAYOUT_THREAD_URL): LayoutThread | null {
  if (!existsSync(fileURLToPath(url))) return null;
  const control = new Int32Array(new SharedArrayBuffer(12));
  const message = new Uint8Array(new SharedArrayBuffer(LAYOUT_THREAD_MESSAGE_BYTES));
  let worker: Worker;
  try {
    // Plain JavaScript: without the caller's loader flags (tsx in tests and benches), it starts in a few ms.
    worker = new Worker(url, {
      execArgv: [],
      workerData: { control: control.buffer, message: message.buffer },
    });
  } catch {
    return null;
  }
  worker.unref();
  // The caller, blocked in Atomics.wait inside its transaction, cannot take this event before it
  // is done: the thread tells a failure and its message through `control` and `message`, finish()
  // reports it (LayoutReport.fallback), and this listener only keeps the event from ending the process.
  worker.on("error", () => {});
  return { worker, control, message };
}

/** Ends a layout thread that will not be used. */
export function closeLayoutThread(thread: LayoutThread): void {
  void thread.worker.terminate();
}

/** A float array over shared memory holding a copy of `values`. */
function shared(values: Float32Array): Float32Array {
  const copy = new Float32Array(new SharedArrayBuffer(values.byteLength));
  copy.set(values);
  return copy;
}

/**
 * Places new nodes and starts ForceAtlas2 on the graph's matrices: in `thread` when one is given
 * (the caller goes on with other work, on another core, until finish()), else in finish(). The
 * thread runs the same iterations in the same timed batches, so a layout that reaches its
 * iteration cap within the budget gives the same positions either way. An injected clock (tests)
 * runs in this thread: another thread cannot call it.
 */
export function startLayout(
  graph: KgGraph,
  partial: Partial<LayoutSettings> = {},
  thread: LayoutThread | null = null,
): PendingLayout {
  try {
    return startLayoutIn(graph, partial, thread);
  } catch (err) {
    if (thread) closeLayoutThread(thread);
    throw err;
  }
}

/** startLayout's work; on a throw, startLayout ends the thread. */
function startLayoutIn(
  graph: KgGraph,
  partial: Partial<LayoutSettings>,
  thread: LayoutThread | null,
): PendingLayout {
  const s = resolveLayoutSettings(partial);
  const started = s.clock();
  const placed = placeNewNodes(graph, s.seed);
  const barnesHut = graph.order > s.barnesHutThreshold;
  if (graph.order < 2 || s.maxIterations === 0) {
    if (thread) closeLayoutThread(thread);
    const report = { placed, iterations: 0, barnesHut, elapsedMs: s.clock() - started, inThread: false };
    return { finish: () => report };
  }
  const settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: barnesHut,
    ...s.forceAtlas2,
  };
  const matrices = graphToByteArrays(graph, (_, a) =>
    typeof a.weight === "number" && a.weight > 0 ? a.weight : 1,
  );
  const before = Float32Array.from(matrices.nodes);
  const done = (iterations: number, inThread: boolean): LayoutReport => {
    const finite = matrices.nodes.every((v) => Number.isFinite(v));
    assignLayoutChanges(graph, finite ? matrices.nodes : before, null);
    return { placed, iterations, barnesHut, elapsedMs: s.clock() - started, inThread };
  };
  // The budget counts from `from`: a layout taken back from a failed thread gets a whole one.
  const inThisThread = (from = started): LayoutReport =>
    done(
      iterateInBatches(settings, matrices.nodes, matrices.edges, {
        maxIterations: s.maxIterations,
        budgetMs: s.timeBudgetMs,
        started: from,
        clock: s.clock,
      }),
      false,
    );
  if (!thread) return { finish: () => inThisThread() };
  if (s.clock !== DEFAULT_LAYOUT_SETTINGS.clock) {
    closeLayoutThread(thread);
    return { finish: () => inThisThread() };
  }
  const nodes = shared(matrices.nodes);
  const edges = shared(matrices.edges);
  const { control } = thread;
  thread.worker.postMessage({
    settings,
    nodes: nodes.buffer,
    edges: edges.buffer,
    started: performance.timeOrigin + started,
    budgetMs: s.timeBudgetMs,
    maxIterations: s.maxIterations,
  });
  return {
    finish() {
      const wait = Math.max(0, s.timeBudgetMs - (s.clock() - started)) + LAYOUT_THREAD_GRACE_MS;
      Atomics.wait(control, 0, 0, wait);
      if (Atomics.load(control, 0) !== 1) {
        // Failed, or no answer: the layout runs here, as it would have without a thread, and says so.
        const fallback = threadFallback(thread, wait);
        closeLayoutThread(thread);
        return { ...inThisThread(s.clock()), fallback };
      }
      matrices.nodes.set(nodes);
      return done(Atomics.load(control, 1), true);
    },
  };
}

/** Why a layout thread gave no layout: its failure and message, or no answer within `waitedMs`. */
function threadFallback(thread: LayoutThread, waitedMs: number): string {
  const outcome = Atomics.load(thread.control, 0);
  const length = Math.min(Atomics.load(thread.control, 2), thread.message.length);
  const error = length > 0 ? `: ${new TextDecoder().decode(thread.message.slice(0, length))}` : "";
  const why =
    outcome === 2
      ? `the layout thread failed${error}`
      : `the layout thread did not answer within ${Math.round(waitedMs)} ms`;
  return `${why}; the layout ran in the main thread`;
}
