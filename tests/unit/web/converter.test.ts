/**
 * The converter from GET /api/graph to the sigma graph: entity types never reach sigma as `type`,
 * parallel edges fan out, positions are kept, and fallback positions are seeded.
 */
import { describe, expect, it } from "vitest";
import { toGraphColumns } from "../../../src/model/graph-columns.ts";
import type { RelationType } from "../../../src/model/ontology.ts";
import { apiEdge } from "./_api-edges.ts";
import type { ApiGraph } from "../../../web/src/api-types.ts";
import {
  apiGraphToSigmaGraph,
  edgeProgram,
  parallelCurvatures,
  sizeFor,
  sizeScale,
} from "../../../web/src/converter.ts";

const API: ApiGraph = {
  revision: 3,
  nodes: [
    {
      id: "kim-jong-un",
      name: "Kim Jong Un",
      entityType: "Person",
      aliases: ["Kim"],
      mentions: 12,
      degree: 3,
      x: 1,
      y: 2,
    },
    { id: "russia", name: "Russia", entityType: "Country", aliases: [], mentions: 9, degree: 2, x: 5, y: 5 },
    {
      id: "sergei-shoigu",
      name: "Sergei Shoigu",
      entityType: "Person",
      aliases: [],
      mentions: 2,
      degree: 1,
      x: null,
      y: null,
    },
  ],
  edges: [
    {
      key: "kim-jong-un|supplies|russia",
      source: "kim-jong-un",
      target: "russia",
      relation: "supplies",
      weight: 2,
      docs: 1,
      headlineOnly: false,
      firstSeen: null,
      lastSeen: null,
    },
    {
      key: "russia|assesses|kim-jong-un",
      source: "russia",
      target: "kim-jong-un",
      relation: "assesses",
      weight: 1,
      docs: 1,
      headlineOnly: true,
      firstSeen: null,
      lastSeen: null,
    },
    {
      key: "kim-jong-un|meets|sergei-shoigu",
      source: "kim-jong-un",
      target: "sergei-shoigu",
      relation: "meets",
      weight: 1,
      docs: 1,
      headlineOnly: false,
      firstSeen: null,
      lastSeen: null,
    },
  ],
};

describe("apiGraphToSigmaGraph", () => {
  const graph = apiGraphToSigmaGraph(API);

  it("keeps every node and edge under its key", () => {
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.hasEdge("kim-jong-un|supplies|russia")).toBe(true);
  });

  it("passes the entity type as entityType and never as type", () => {
    graph.forEachNode((_node, attrs) => {
      expect(attrs).not.toHaveProperty("type");
      expect(["Person", "Country"]).toContain(attrs.entityType);
    });
  });

  it("gives edges a sigma program as type, never a relation", () => {
    const programs = new Set(graph.mapEdges((_e, attrs) => attrs.type));
    for (const p of programs) expect(["arrow", "line", "curved", "curvedArrow"]).toContain(p);
    expect(graph.getEdgeAttribute("kim-jong-un|meets|sergei-shoigu", "type")).toBe("line");
  });

  it("labels nodes with their names and colours them by type", () => {
    expect(graph.getNodeAttribute("kim-jong-un", "label")).toBe("Kim Jong Un");
    expect(graph.getNodeAttribute("kim-jong-un", "color")).not.toBe(
      graph.getNodeAttribute("russia", "color"),
    );
  });

  it("uses the API's positions and places nodes without one near a neighbour, the same way each time", () => {
    expect(graph.getNodeAttributes("kim-jong-un")).toMatchObject({ x: 1, y: 2 });
    const again = apiGraphToSigmaGraph(API);
    const placed = graph.getNodeAttributes("sergei-shoigu");
    expect(Number.isFinite(placed.x) && Number.isFinite(placed.y)).toBe(true);
    expect(again.getNodeAttributes("sergei-shoigu")).toMatchObject({ x: placed.x, y: placed.y });
    expect(Math.hypot(placed.x - 1, placed.y - 2)).toBeLessThan(10);
  });

  it("places actors that arrive in a live update near a neighbour, not where the server put them", () => {
    const live = apiGraphToSigmaGraph(
      { ...API, nodes: API.nodes.map((n) => (n.id === "sergei-shoigu" ? { ...n, x: 1e6, y: 1e6 } : n)) },
      (id) => (id === "sergei-shoigu" ? undefined : graph.getNodeAttributes(id)),
      { apiPositions: false },
    );
    const shoigu = live.getNodeAttributes("sergei-shoigu");
    const kim = live.getNodeAttributes("kim-jong-un");
    expect(Math.hypot(shoigu.x - kim.x, shoigu.y - kim.y)).toBeLessThan(10);
  });

  it("draws the same graph from GET /api/graph/columns as from GET /api/graph", () => {
    const fromColumns = apiGraphToSigmaGraph(toGraphColumns(API));
    expect(fromColumns.export()).toEqual(graph.export());
  });

  it("fans out bundles of parallel edges as parallelCurvatures does, and counts each actor's neighbours and evidence", () => {
    const node = (id: string) => ({
      id,
      name: id,
      entityType: "Person" as const,
      aliases: [],
      mentions: 1,
      degree: 0,
    });
    const edge = (source: string, relation: RelationType, target: string, weight = 1) =>
      apiEdge(source, relation, target, weight);
    const bundled: ApiGraph = {
      revision: 1,
      nodes: ["a", "b", "c", "d"].map(node),
      edges: [
        edge("a", "supplies", "b", 3),
        edge("b", "assesses", "a"),
        edge("a", "meets", "b"),
        edge("c", "supplies", "a"),
        edge("a", "assesses", "c", 0),
        edge("d", "meets", "c"),
      ],
    };
    const drawn = apiGraphToSigmaGraph(bundled);
    const expected = parallelCurvatures(bundled.edges);
    for (const e of bundled.edges)
      expect(drawn.getEdgeAttribute(e.key, "curvature")).toBe(expected.get(e.key));
    expect(drawn.mapNodes((_n, a) => [a.neighbours, a.weightedDegree])).toEqual([
      [2, 7],
      [1, 5],
      [2, 3],
      [1, 1],
    ]);
  });

  it("gives each evidence's event days to its edge, whichever payload it comes from", () => {
    const dated: ApiGraph = {
      ...API,
      edges: API.edges.map((e, i) => ({ ...e, events: [["2025-03", "2025-03-04"], ["2025-03-04"], []][i]! })),
    };
    const g = apiGraphToSigmaGraph(toGraphColumns(dated));
    expect(g.getEdgeAttribute("kim-jong-un|supplies|russia", "spans")).toEqual([
      { start: "2025-03-01", end: "2025-03-31" },
      { start: "2025-03-04", end: "2025-03-04" },
    ]);
    expect(g.getEdgeAttribute("russia|assesses|kim-jong-un", "spans")).toEqual([
      { start: "2025-03-04", end: "2025-03-04" },
    ]);
    expect(g.getEdgeAttribute("kim-jong-un|meets|sergei-shoigu", "spans")).toEqual([]);
  });

  it("keeps known positions over the API's (after a live update)", () => {
    const kept = apiGraphToSigmaGraph(API, (id) => (id === "russia" ? { x: 42, y: 43 } : undefined));
    expect(kept.getNodeAttributes("russia")).toMatchObject({ x: 42, y: 43 });
  });

  it("sizes nodes by degree, growing with the count", () => {
    expect(graph.getNodeAttribute("kim-jong-un", "size")).toBe(sizeFor(3));
    expect(sizeFor(10)).toBeGreaterThan(sizeFor(1));
    expect(sizeFor(1_000_000)).toBeLessThanOrEqual(24);
  });

  it("shrinks nodes on large graphs, never below a quarter", () => {
    expect(sizeScale(30)).toBe(1);
    expect(sizeScale(10_000)).toBeLessThan(0.5);
    expect(sizeScale(10_000_000)).toBe(0.25);
  });
});

describe("parallel edges", () => {
  const cases: [
    string,
    { key: string; source: string; target: string }[],
    (c: Map<string, number>) => void,
  ][] = [
    [
      "a lone edge stays straight",
      [{ key: "a|x|b", source: "a", target: "b" }],
      (c) => expect(c.get("a|x|b")).toBe(0),
    ],
    [
      "two edges in the same direction bend to opposite sides",
      [
        { key: "a|x|b", source: "a", target: "b" },
        { key: "a|y|b", source: "a", target: "b" },
      ],
      (c) => expect(Math.sign(c.get("a|x|b")!)).toBe(-Math.sign(c.get("a|y|b")!)),
    ],
    [
      "two edges in opposite directions get the same signed curvature (which puts them on opposite sides)",
      [
        { key: "a|x|b", source: "a", target: "b" },
        { key: "b|y|a", source: "b", target: "a" },
      ],
      (c) => {
        expect(c.get("a|x|b")).not.toBe(0);
        expect(c.get("a|x|b")).toBe(c.get("b|y|a"));
      },
    ],
    [
      "three edges spread with the middle one straight",
      [
        { key: "a|x|b", source: "a", target: "b" },
        { key: "a|y|b", source: "a", target: "b" },
        { key: "a|z|b", source: "a", target: "b" },
      ],
      (c) => expect(Math.abs(c.get("a|y|b")!)).toBe(0),
    ],
  ];
  for (const [label, edges, check] of cases) it(label, () => check(parallelCurvatures(edges)));

  it("draws curved edges with a curve program, arrows only for directed relations", () => {
    expect(edgeProgram("supplies", true)).toBe("curvedArrow");
    expect(edgeProgram("meets", true)).toBe("curved");
    expect(edgeProgram("supplies", false)).toBe("arrow");
    expect(edgeProgram("meets", false)).toBe("line");
  });
});
