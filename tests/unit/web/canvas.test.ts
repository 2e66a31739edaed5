/**
 * What makes the canvas readable and analysable: labels placed without overlap, nodes pushed
 * apart and actors without relations packed in a block, and the measures behind sizes, colours
 * and the actors table.
 */
import { describe, expect, it } from "vitest";
import type { ApiGraph } from "../../../web/src/api-types.ts";
import { apiGraphToSigmaGraph } from "../../../web/src/converter.ts";
import { cameraToFit } from "../../../web/src/camera.ts";
import { overlaps, placeLabels, type LabelCandidate } from "../../../web/src/labels.ts";
import { computeMetrics } from "../../../web/src/metrics.ts";
import { extentOf, tidyLayout } from "../../../web/src/tidy.ts";

const node = (id: string, x: number, y: number, degree = 1) => ({
  id,
  name: id,
  entityType: "Country" as const,
  aliases: [],
  mentions: 1,
  degree,
  x,
  y,
});
const edge = (source: string, target: string, weight = 1) => ({
  key: `${source}|supplies|${target}`,
  source,
  target,
  relation: "supplies" as const,
  weight,
  docs: 1,
  headlineOnly: false,
  firstSeen: null,
  lastSeen: null,
});

describe("placeLabels", () => {
  const view = { width: 400, height: 300 };
  const at = (key: string, cx: number, cy: number, width = 60): LabelCandidate => ({
    key,
    cx,
    cy,
    radius: 5,
    width,
  });

  it("puts a label that would cover an earlier one on another side of its node, else drops it", () => {
    const kept = placeLabels(
      [at("a", 100, 100), at("b", 100, 104), at("c", 100, 108), at("d", 100, 200), at("e", 100, 100)],
      view,
      13,
    );
    expect(kept.map((b) => b.key)).toEqual(["a", "b", "c", "d"]);
    expect(kept[0]!.x).toBeGreaterThan(100);
    expect(kept[1]!.x + kept[1]!.width).toBeLessThan(100);
    expect(kept[2]!.y).toBeGreaterThan(108);
  });

  it("moves a label that would leave the view on the right to its node's left", () => {
    const [box] = placeLabels([at("edge", 390, 100)], view, 13);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  it("never keeps two overlapping labels among many crowded ones", () => {
    const crowd = Array.from({ length: 300 }, (_, i) =>
      at(`n${i}`, (i * 37) % 400, (i * 53) % 300, 20 + (i % 7) * 10),
    );
    const kept = placeLabels(crowd, view, 13);
    expect(kept.length).toBeGreaterThan(10);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) expect(overlaps(kept[i]!, kept[j]!)).toBe(false);
  });

  it("keeps labels off the discs of the nodes brought forward", () => {
    const kept = placeLabels([{ ...at("a", 100, 100), solid: true }, at("b", 60, 100, 30)], view, 13);
    expect(kept.map((b) => b.key)).toEqual(["a", "b"]);
    expect(kept[1]!.x + kept[1]!.width).toBeLessThanOrEqual(60);
  });

  it("stops at the limit", () => {
    expect(placeLabels([at("a", 50, 50), at("b", 50, 150), at("c", 50, 250)], view, 13, 2)).toHaveLength(2);
  });
});

describe("tidyLayout", () => {
  const api: ApiGraph = {
    revision: 1,
    nodes: [
      node("a", 0, 0, 2),
      node("b", 0.01, 0, 2),
      node("c", 0, 0.01, 2),
      node("d", 5, 5, 1),
      node("lone1", 500, 500, 0),
      node("lone2", -500, 40, 0),
    ],
    edges: [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("a", "d")],
  };

  it("pushes apart nodes that would overlap on screen", () => {
    const graph = apiGraphToSigmaGraph(api);
    tidyLayout(graph, { viewportSide: 600, padding: 40, margin: 4 });
    const extent = extentOf(graph, ["a", "b", "c", "d"])!;
    const pxPerUnit = 520 / Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]);
    for (const [p, q] of [
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
    ] as const) {
      const [u, v] = [graph.getNodeAttributes(p), graph.getNodeAttributes(q)];
      expect(Math.hypot(u.x - v.x, u.y - v.y) * pxPerUnit).toBeGreaterThanOrEqual(u.size + v.size);
    }
  });

  it("packs actors without relations in a block under the others and returns the others' extent", () => {
    const graph = apiGraphToSigmaGraph(api);
    const extent = tidyLayout(graph)!;
    expect(extent).toEqual(extentOf(graph, ["a", "b", "c", "d"]));
    for (const lone of ["lone1", "lone2"]) {
      const { x, y } = graph.getNodeAttributes(lone);
      expect(y).toBeLessThan(extent.y[0]);
      expect(x).toBeGreaterThanOrEqual(extent.x[0] - (extent.x[1] - extent.x[0]));
      expect(x).toBeLessThanOrEqual(extent.x[1] + (extent.x[1] - extent.x[0]));
    }
  });
});

describe("computeMetrics", () => {
  // Two triangles joined through a bridge node, and a lone actor.
  const api: ApiGraph = {
    revision: 1,
    nodes: ["a", "b", "c", "x", "d", "e", "f", "lone"].map((id) => node(id, 0, 0)),
    edges: [
      edge("a", "b"),
      edge("b", "c"),
      edge("c", "a", 3),
      edge("c", "x"),
      edge("x", "d"),
      edge("d", "e"),
      edge("e", "f"),
      edge("f", "d"),
    ],
  };
  const computedLater: string[] = [];
  const metrics = computeMetrics(apiGraphToSigmaGraph(api), {
    onComputed: (what) => computedLater.push(what),
  });

  it("counts connections and evidence at once", () => {
    expect(metrics.ready("degree")).toBe(true);
    expect(metrics.values("degree").get("c")).toBe(3);
    expect(metrics.values("weightedDegree").get("c")).toBe(5);
  });

  it("computes PageRank, betweenness and communities apart, empty and named as computing until they land", async () => {
    expect(metrics.ready("betweenness")).toBe(false);
    expect(metrics.values("betweenness").size).toBe(0);
    expect(metrics.computing()).toEqual(["betweenness"]);
    await Promise.all([
      metrics.request("betweenness"),
      metrics.request("pagerank"),
      metrics.request("community"),
    ]);
    expect(metrics.computing()).toEqual([]);
    expect(new Set(computedLater)).toEqual(new Set(["betweenness", "pagerank", "community"]));
    expect(metrics.values("betweenness").size).toBe(8);
  });

  it("gives the bridge the highest betweenness", () => {
    const b = metrics.values("betweenness");
    const top = [...b].sort((p, q) => q[1] - p[1])[0]![0];
    expect(top).toBe("x");
  });

  it("finds the two triangles as communities and the lone actor alone", () => {
    const c = metrics.community;
    expect(c.get("a")).toBe(c.get("b"));
    expect(c.get("d")).toBe(c.get("e"));
    expect(c.get("a")).not.toBe(c.get("d"));
    expect(metrics.communitySizes.at(-1)).toBe(1);
  });

  it("numbers components from the largest", () => {
    expect(metrics.component.get("a")).toBe(0);
    expect(metrics.component.get("lone")).toBe(1);
    expect(metrics.componentSizes).toEqual([7, 1]);
  });

  it("ranks PageRank highest where the most evidence meets", () => {
    const pr = metrics.values("pagerank");
    expect(pr.get("c")!).toBeGreaterThan(pr.get("b")!);
  });
});

describe("cameraToFit", () => {
  it("centres on the points and zooms so that they fit inside the margins", () => {
    const cam = cameraToFit(
      [
        { x: 0.4, y: 0.4 },
        { x: 0.6, y: 0.5 },
      ],
      { width: 800, height: 600 },
      40,
      { min: 0.01, max: 20 },
    )!;
    expect(cam.x).toBeCloseTo(0.5);
    expect(cam.y).toBeCloseTo(0.45);
    // 0.2 framed units at (600 - 80) / ratio pixels each must fit in 800 - 180 pixels.
    expect((0.2 * 520) / cam.ratio).toBeLessThanOrEqual(620 + 1e-9);
  });
});
