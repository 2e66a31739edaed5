/**
 * The layout controller: continue or re-run ForceAtlas2 in a web worker
 * (graphology-layout-forceatlas2/worker), with a main-thread fallback when workers are not allowed.
 */
import * as fa2 from "graphology-layout-forceatlas2";
import * as fa2worker from "graphology-layout-forceatlas2/worker.js";
import { hashUnit, type SigmaGraph } from "./converter.ts";
import { interop } from "./interop.ts";

const forceAtlas2 = interop(fa2);
const FA2LayoutSupervisor = interop(fa2worker);

/** A running-or-not layout. */
export interface LayoutController {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** Scatters nodes (seeded) and starts again. */
  rerun(): void;
  kill(): void;
}

/** Creates the layout controller for `graph`; `onChange` runs when it starts or stops. */
export function createLayout(graph: SigmaGraph, onChange: (running: boolean) => void): LayoutController {
  // Spread enough to read labels, and pull loose actors in so they do not squash the rest.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    outboundAttractionDistribution: true,
    barnesHutOptimize: graph.order > 500,
  };
  let worker: InstanceType<typeof FA2LayoutSupervisor> | null = null;
  let frame = 0;
  let running = false;

  function startFallback(): void {
    const step = () => {
      forceAtlas2.assign(graph, { iterations: 1, settings });
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  }

  const controller: LayoutController = {
    isRunning: () => running,
    start() {
      if (running) return;
      try {
        worker ??= new FA2LayoutSupervisor(graph, { settings });
        worker.start();
      } catch {
        worker = null;
        startFallback();
      }
      running = true;
      onChange(true);
    },
    stop() {
      if (!running) return;
      worker?.stop();
      cancelAnimationFrame(frame);
      running = false;
      onChange(false);
    },
    rerun() {
      controller.stop();
      const spread = Math.sqrt(graph.order) * 10;
      graph.updateEachNodeAttributes((node, attrs) => ({
        ...attrs,
        x: (hashUnit(node, 7) - 0.5) * spread,
        y: (hashUnit(node, 8) - 0.5) * spread,
      }));
      controller.start();
    },
    kill() {
      controller.stop();
      worker?.kill();
      worker = null;
    },
  };
  return controller;
}
