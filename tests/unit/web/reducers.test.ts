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
const edge = (
  source: string,
  relation: "supplies" | "meets" | "assesses",
  target: string,
  weight = 1,
  headlineOnly = false,
) => ({
  key: `${source}|${relation}|${target}`,
  source,
  target,
  relation,
  weight,
  docs: 1,
  headlineOnly,
  firstSeen: null,
  lastSeen: null,
});
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
      const hidden = computeHidden(graph, { ...DEFAULT_STATE.filters, ...filters });
      expect([...hidden.nodes].sort()).toEqual(nodes);
      expect([...hidden.edges].sort()).toEqual(edges.sort());
    });
  }
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
    r.prepare(with_({ sizeBy: "evidence", filters: { ...DEFAULT_STATE.filters, relations: ["meets"] } }));
    expect(r.edgeReducer("nk|supplies|ru", graph.getEdgeAttributes("nk|supplies|ru")).hidden).toBe(true);
    expect(r.nodeReducer("kim", graph.getNodeAttributes("kim")).size).toBe(
      graph.getNodeAttribute("kim", "sizeEvidence"),
    );
  });

  it("list a hover's old and new neighbourhoods for a partial refresh", () => {
    const r = createReducers(graph, DEFAULT_STATE);
    const change = r.hoverChange(with_({ hoveredNode: "kim" }), with_({ hoveredNode: "nis" }));
    expect(change.nodes.sort()).toEqual(["kim", "nis", "nk", "ru"]);
    expect(change.edges.sort()).toEqual(["kim|meets|ru", "nis|assesses|nk"]);
  });
});
