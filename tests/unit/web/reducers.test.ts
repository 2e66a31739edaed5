/**
 * The reducers and the sets behind them: filters hide nodes and edges, hover and selection bring
 * a neighbourhood forward and dim the rest, a highlighted path wins over the selection.
 */
import { describe, expect, it } from "vitest";
import type { ApiGraph } from "../../../web/src/api-types.ts";
import { apiGraphToSigmaGraph } from "../../../web/src/converter.ts";
import { createReducers } from "../../../web/src/reducers.ts";
import { DEFAULT_STATE, type ViewState } from "../../../web/src/state.ts";
import { THEME } from "../../../web/src/theme.ts";
import { computeHidden } from "../../../web/src/visibility.ts";
import { apiEdge } from "./_api-edges.ts";

const node = (id: string, entityType: "Person" | "Country" | "Organization") => ({
  id,
  name: id,
  entityType,
  aliases: [],
  mentions: 1,
  degree: 1,
  x: 0,
  y: 0,
});
const edge = apiEdge;
const API: ApiGraph = {
  revision: 1,
  nodes: [node("kim", "Person"), node("nk", "Country"), node("ru", "Country"), node("nis", "Organization")],
  edges: [
    edge("kim", "meets", "ru", 3),
    edge("nk", "supplies", "ru", 2),
    edge("nis", "assesses", "nk", 1, true),
  ],
};
const graph = apiGraphToSigmaGraph(API);
const with_ = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });

describe("filters", () => {
  const cases: [string, Partial<ViewState["filters"]>, string[], string[]][] = [
    ["keep everything by default", {}, [], []],
    [
      "hide the nodes of an unkept type, and their edges",
      { types: ["Country", "Organization"] },
      ["kim"],
      ["kim|meets|ru"],
    ],
    [
      "hide the edges of an unkept relation",
      { relations: ["supplies"] },
      [],
      ["kim|meets|ru", "nis|assesses|nk"],
    ],
    ["hide edges with less evidence than the minimum", { minEvidence: 2 }, [], ["nis|assesses|nk"]],
    ["hide headline-only edges", { hideHeadlineOnly: true }, [], ["nis|assesses|nk"]],
  ];
  for (const [label, filters, nodes, edges] of cases) {
    it(label, () => {
      const hidden = computeHidden(
        graph,
        with_({ showIsolated: true, filters: { ...DEFAULT_STATE.filters, ...filters } }),
      );
      expect([...hidden.nodes].sort()).toEqual(nodes);
      expect([...hidden.edges].sort()).toEqual(edges.sort());
    });
  }
});

describe("isolated actors and scopes", () => {
  const meetsOnly = { ...DEFAULT_STATE.filters, relations: ["meets" as const] };
  const cases: [label: string, state: Partial<ViewState>, hidden: string[]][] = [
    ["hide actors that no shown relation links, by default", { filters: meetsOnly }, ["nis", "nk"]],
    ["show them when asked", { filters: meetsOnly, showIsolated: true }, []],
    [
      "keep the selected actor even when nothing links it",
      { filters: meetsOnly, selection: { kind: "node", id: "nis" } },
      ["nk"],
    ],
    [
      "keep one connected component: the selection's",
      { scope: { kind: "component" }, selection: { kind: "node", id: "nk" } },
      [],
    ],
    [
      "keep the ego network of one hop around the selection",
      { scope: { kind: "ego", hops: 1 }, selection: { kind: "node", id: "nk" } },
      ["kim"],
    ],
    [
      "keep the ego network of two hops around the selection",
      { scope: { kind: "ego", hops: 2 }, selection: { kind: "node", id: "nis" } },
      ["kim"],
    ],
    ["ignore an ego scope without a selection", { scope: { kind: "ego", hops: 1 } }, []],
  ];
  it.each(cases)("%s", (_label, state, nodes) => {
    const component = new Map([
      ["kim", 0],
      ["ru", 0],
      ["nk", 0],
      ["nis", 0],
    ]);
    expect([...computeHidden(graph, with_(state), component).nodes].sort()).toEqual(nodes);
  });

  it("keeps one connected component: the largest when nothing is selected", () => {
    const component = new Map([
      ["kim", 1],
      ["ru", 0],
      ["nk", 0],
      ["nis", 0],
    ]);
    expect([...computeHidden(graph, with_({ scope: { kind: "component" } }), component).nodes]).toEqual([
      "kim",
    ]);
  });
});

describe("reducers", () => {
  it("mark hidden nodes and edges hidden", () => {
    const r = createReducers(graph, with_({ filters: { ...DEFAULT_STATE.filters, types: ["Country"] } }));
    expect(r.nodeReducer("kim", graph.getNodeAttributes("kim")).hidden).toBe(true);
    expect(r.edgeReducer("kim|meets|ru", graph.getEdgeAttributes("kim|meets|ru")).hidden).toBe(true);
    expect(r.nodeReducer("ru", graph.getNodeAttributes("ru")).hidden).toBeUndefined();
  });

  it("bring the hovered node's neighbours forward and dim the others", () => {
    const r = createReducers(graph, with_({ hoveredNode: "kim" }));
    expect(r.nodeReducer("ru", graph.getNodeAttributes("ru")).forceLabel).toBe(true);
    expect(r.nodeReducer("nis", graph.getNodeAttributes("nis")).color).toBe(THEME.dimNodeColor);
    expect(r.edgeReducer("kim|meets|ru", graph.getEdgeAttributes("kim|meets|ru")).label).toBe("meets");
    expect(r.edgeReducer("nk|supplies|ru", graph.getEdgeAttributes("nk|supplies|ru")).color).toBe(
      THEME.dimEdgeColor,
    );
  });

  it("always label the selected node and show edge labels only when focused", () => {
    const r = createReducers(graph, with_({ selection: { kind: "node", id: "nis" } }));
    expect(r.nodeReducer("nis", graph.getNodeAttributes("nis"))).toMatchObject({
      forceLabel: true,
      highlighted: true,
    });
    const idle = createReducers(graph, DEFAULT_STATE);
    expect(idle.edgeReducer("kim|meets|ru", graph.getEdgeAttributes("kim|meets|ru")).label).toBeNull();
  });

  it("let a highlighted path win over the selection's neighbourhood", () => {
    const highlight = { nodes: new Set(["nis", "nk"]), edges: new Set(["nis|assesses|nk"]) };
    const r = createReducers(graph, with_({ selection: { kind: "node", id: "kim" }, highlight }));
    expect(r.nodeReducer("ru", graph.getNodeAttributes("ru")).color).toBe(THEME.dimNodeColor);
    expect(r.edgeReducer("nis|assesses|nk", graph.getEdgeAttributes("nis|assesses|nk"))).toMatchObject({
      color: THEME.highlightEdgeColor,
      forceLabel: true,
    });
  });

  it("follow the state given to prepare", () => {
    const r = createReducers(graph, DEFAULT_STATE);
    r.prepare(
      with_({ sizeBy: "weightedDegree", filters: { ...DEFAULT_STATE.filters, relations: ["meets"] } }),
    );
    expect(r.edgeReducer("nk|supplies|ru", graph.getEdgeAttributes("nk|supplies|ru")).hidden).toBe(true);
    // ru has 5 pieces of evidence, nis 1: ru is drawn bigger.
    const size = (n: string) => r.nodeReducer(n, graph.getNodeAttributes(n)).size ?? 0;
    expect(size("ru")).toBeGreaterThan(size("nis"));
  });

  it("colour nodes by a measure once it is computed, by type meanwhile, and back by type", async () => {
    let landed = () => undefined as void;
    const computed = new Promise<void>((resolve) => (landed = resolve));
    const r = createReducers(graph, with_({ colorBy: "pagerank" }), { onComputed: () => landed() });
    const color = (n: string) => r.nodeReducer(n, graph.getNodeAttributes(n)).color;
    expect(r.encoded().colorBy).toBe("type");
    expect(color("ru")).toBe(graph.getNodeAttribute("ru", "color"));
    await computed;
    r.prepare(with_({ colorBy: "pagerank" }));
    expect(r.encoded().colorBy).toBe("pagerank");
    expect(color("ru")).not.toBe(graph.getNodeAttribute("ru", "color"));
    expect(color("ru")).not.toBe(color("nis"));
    r.prepare(with_({ colorBy: "type" }));
    expect(color("ru")).toBe(graph.getNodeAttribute("ru", "color"));
  });

  it("keep the sizes of the previous measure until the wanted one is computed", async () => {
    let landed = () => undefined as void;
    const computed = new Promise<void>((resolve) => (landed = resolve));
    const r = createReducers(graph, DEFAULT_STATE, { onComputed: () => landed() });
    const size = (n: string) => r.nodeReducer(n, graph.getNodeAttributes(n)).size ?? 0;
    const byDegree = graph.mapNodes((n) => size(n));
    r.prepare(with_({ sizeBy: "pagerank" }));
    expect(r.encoded().sizeBy).toBe("degree");
    expect(graph.mapNodes((n) => size(n))).toEqual(byDegree);
    await computed;
    r.prepare(with_({ sizeBy: "pagerank" }));
    expect(r.encoded().sizeBy).toBe("pagerank");
    expect(graph.mapNodes((n) => size(n))).not.toEqual(byDegree);
  });

  it("put the selection, then its neighbours, first in the label order", () => {
    const r = createReducers(graph, with_({ selection: { kind: "node", id: "nis" } }));
    expect(r.labelOrder().slice(0, 2)).toEqual(["nis", "nk"]);
    expect(new Set(r.labelOrder())).toEqual(new Set(graph.nodes()));
  });

  it("list a hover's old and new neighbourhoods for a partial refresh", () => {
    const r = createReducers(graph, DEFAULT_STATE);
    const change = r.hoverChange(with_({ hoveredNode: "kim" }), with_({ hoveredNode: "nis" }));
    expect(change.nodes.sort()).toEqual(["kim", "nis", "nk", "ru"]);
    expect(change.edges.sort()).toEqual(["kim|meets|ru", "nis|assesses|nk"]);
  });
});
