// The graph payload in columns: written from GET /api/graph's rows and read back unchanged.
import { describe, expect, it } from "vitest";
import { fromGraphColumns, isGraphColumns, toGraphColumns } from "../../../src/model/graph-columns.ts";

const ROWS = {
  revision: 7,
  nodes: [
    { id: "a", name: "A", entityType: "Person", aliases: ["Ay"], mentions: 3, degree: 2, x: 1.5, y: -2 },
    { id: "b", name: "B", entityType: "Country", aliases: [], mentions: 1, degree: 1, x: null, y: null },
    { id: "c", name: "C", entityType: "Person", aliases: [], mentions: 1, degree: 1, x: 0, y: 0 },
  ],
  edges: [
    {
      key: "a|meets|b",
      source: "a",
      target: "b",
      relation: "meets",
      weight: 2,
      docs: 1,
      headlineOnly: false,
      events: ["2025-01-02", "2025-01"],
    },
    {
      key: "a|supplies|c",
      source: "a",
      target: "c",
      relation: "supplies",
      weight: 1,
      docs: 1,
      headlineOnly: true,
      events: ["2025-01-02"],
    },
    {
      key: "imported-7",
      source: "c",
      target: "b",
      relation: "meets",
      weight: 1,
      docs: 1,
      headlineOnly: false,
      events: [],
    },
  ],
};

describe("graph columns", () => {
  const columns = toGraphColumns(ROWS);

  it("reads back the rows it was written from, keys, positions and event dates included", () => {
    expect(isGraphColumns(columns)).toBe(true);
    expect(isGraphColumns(ROWS)).toBe(false);
    expect(fromGraphColumns(columns)).toEqual(ROWS);
  });

  it("sends each entity type, relation and date once", () => {
    expect(columns.entityTypes).toEqual(["Person", "Country"]);
    expect(columns.relations).toEqual(["meets", "supplies"]);
    expect(columns.dates).toEqual(["2025-01-02", "2025-01"]);
  });

  it("carries only the keys that are not source|relation|target", () => {
    expect(columns.edges.keys).toEqual({ 2: "imported-7" });
  });

  it("leaves out repeated keys, self-loops and edges to unknown nodes", () => {
    const more = toGraphColumns({
      ...ROWS,
      edges: [
        ...ROWS.edges,
        { ...ROWS.edges[0]!, weight: 9 },
        { ...ROWS.edges[0]!, key: "a|meets|a", target: "a" },
        { ...ROWS.edges[0]!, key: "a|meets|z", target: "z" },
      ],
    });
    expect(fromGraphColumns(more).edges).toEqual(ROWS.edges);
  });
});
