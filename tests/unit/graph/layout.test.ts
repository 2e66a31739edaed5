/**
 * Layout: seeded and deterministic, finite positions, old nodes kept in place, new nodes near
 * their neighbours, and a time budget that still runs at least one iteration; in a layout thread,
 * the same positions as in the caller's.
 */
import { describe, expect, it } from "vitest";
import {
  layoutGraph,
  placeNewNodes,
  resolveLayoutSettings,
  startLayout,
  startLayoutThread,
} from "../../../src/graph/layout.ts";
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import { meetsAttrs, nodeAttrs, randomGraph } from "./_graphs.ts";

const positions = (g: KgGraph): [number, number][] => g.mapNodes((_, a) => [a.x as number, a.y as number]);

describe("the layout", () => {
  it("is the same for the same seed", () => {
    const a = randomGraph(200);
    const b = randomGraph(200);
    layoutGraph(a, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 });
    layoutGraph(b, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 });
    expect(positions(a)).toEqual(positions(b));
  });

  it("gives the same positions in a layout thread as in the caller's thread", () => {
    const a = randomGraph(200);
    const b = randomGraph(200);
    const inline = layoutGraph(a, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 });
    const thread = startLayoutThread();
    expect(thread).not.toBeNull();
    const threaded = startLayout(b, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 }, thread).finish();
    expect(threaded.iterations).toBe(50);
    expect(threaded.inThread).toBe(true);
    expect(threaded.fallback).toBeUndefined();
    expect(inline.iterations).toBe(50);
    expect(inline.inThread).toBe(false);
    expect(positions(b)).toEqual(positions(a));
  });

  it("runs the whole layout in the caller's thread at once when the thread fails to start", () => {
    const a = randomGraph(200);
    const b = randomGraph(200);
    layoutGraph(a, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 });
    const thread = startLayoutThread(new URL("./_failing-layout-thread.mjs", import.meta.url));
    expect(thread).not.toBeNull();
    const waitedFrom = performance.now();
    const report = startLayout(b, { seed: 3, maxIterations: 50, timeBudgetMs: 60_000 }, thread).finish();
    // Not after the budget and the grace (65 s): the thread told its failure.
    expect(performance.now() - waitedFrom).toBeLessThan(4000);
    expect(report.inThread).toBe(false);
    expect(report.fallback).toBe(
      "the layout thread failed: the layout thread failed to start; the layout ran in the main thread",
    );
    expect(report.iterations).toBe(50);
    expect(positions(b)).toEqual(positions(a));
  });

  it("has a layout thread tell the caller when its iterations throw", () => {
    const thread = startLayoutThread();
    expect(thread).not.toBeNull();
    thread!.worker.postMessage({
      settings: null,
      nodes: null,
      edges: null,
      started: 0,
      budgetMs: 10,
      maxIterations: 5,
    });
    expect(Atomics.wait(thread!.control, 0, 0, 4000)).not.toBe("timed-out");
    expect(Atomics.load(thread!.control, 0)).toBe(2);
    // With its error's message, for the caller's report.
    expect(Atomics.load(thread!.control, 2)).toBeGreaterThan(0);
  });

  it("starts no layout thread whose file is missing (it would never answer)", () => {
    expect(startLayoutThread(new URL("./no-such-layout-thread.mjs", import.meta.url))).toBeNull();
  });

  it("differs for another seed", () => {
    const a = randomGraph(50);
    const b = randomGraph(50);
    layoutGraph(a, { seed: 1, maxIterations: 5 });
    layoutGraph(b, { seed: 2, maxIterations: 5 });
    expect(positions(a)).not.toEqual(positions(b));
  });

  it("gives every node finite coordinates", () => {
    const g = randomGraph(300);
    layoutGraph(g, { maxIterations: 30 });
    expect(positions(g).flat().every(Number.isFinite)).toBe(true);
  });

  it("keeps the positions of old nodes when it only places new ones", () => {
    const g = randomGraph(20);
    layoutGraph(g, { maxIterations: 10 });
    const before = { ...g.getNodeAttributes("n0") };
    g.addNode("new", nodeAttrs("New"));
    g.addEdgeWithKey("new|meets|n0", "new", "n0", meetsAttrs());
    expect(placeNewNodes(g)).toBe(1);
    expect(g.getNodeAttributes("n0")).toMatchObject({ x: before.x, y: before.y });
    const { x, y } = g.getNodeAttributes("new");
    expect(
      Math.hypot((x as number) - (before.x as number), (y as number) - (before.y as number)),
    ).toBeLessThanOrEqual(5);
  });

  it("runs one iteration, then stops, when one iteration takes the whole budget", () => {
    let t = 0;
    const report = layoutGraph(randomGraph(30), {
      timeBudgetMs: 100,
      maxIterations: 500,
      clock: () => (t += 100),
    });
    expect(report.iterations).toBe(1);
  });

  it("uses Barnes-Hut above the threshold", () => {
    expect(layoutGraph(randomGraph(30), { barnesHutThreshold: 10, maxIterations: 2 }).barnesHut).toBe(true);
    expect(layoutGraph(randomGraph(30), { maxIterations: 2 }).barnesHut).toBe(false);
  });

  it("refuses a negative budget with INVALID_OPTION", () => {
    expect(() => resolveLayoutSettings({ timeBudgetMs: -1 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });

  it("lays out an empty graph and a single node without failing", () => {
    const g = createKgGraph();
    expect(layoutGraph(g).iterations).toBe(0);
    g.addNode("a", nodeAttrs("A"));
    layoutGraph(g);
    expect(positions(g).flat().every(Number.isFinite)).toBe(true);
  });
});
