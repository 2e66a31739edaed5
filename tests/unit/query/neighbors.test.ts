/**
 * Neighbourhoods: the ego network of an actor to a depth, filtered by relation, entity type and
 * evidence, capped in size with the cap reported.
 */
import { describe, expect, it } from "vitest";
import { createQueryEngine, type NeighborOptions } from "../../../src/query/index.ts";
import { koreaGraph } from "./_graphs.ts";

const engine = createQueryEngine(koreaGraph());
const ids = (ref: string, opts: NeighborOptions = {}): string[] =>
  engine
    .neighbors(ref, opts)
    .nodes.map((n) => n.id)
    .sort();

describe("neighbors of an actor", () => {
  const cases: [label: string, opts: NeighborOptions, expected: string[]][] = [
    [
      "its direct neighbours by default",
      {},
      ["kim-jong-un", "national-intelligence-service", "north-korea", "sergei-shoigu"],
    ],
    ["only neighbours over the given relations", { relations: ["meets"] }, ["kim-jong-un", "sergei-shoigu"]],
    [
      "only neighbours of the given types",
      { types: ["Organization"] },
      ["kim-jong-un", "national-intelligence-service"],
    ],
    ["only edges with enough evidence", { minEvidence: 2 }, ["kim-jong-un", "north-korea", "sergei-shoigu"]],
    [
      "neighbours of neighbours at depth 2",
      { depth: 2, relations: ["meets", "affiliated_with"] },
      ["kim-jong-un", "kim-yo-jong", "north-korea", "russia", "sergei-shoigu"],
    ],
  ];
  it.each(cases)("gives %s", (_label, opts, expected) => {
    expect(ids("Kim Jong Un", opts)).toEqual(expected);
  });

  it("puts the center first and keeps the edges among the nodes kept", () => {
    const n = engine.neighbors("Sergei Shoigu");
    expect(n.center.id).toBe("sergei-shoigu");
    expect(n.nodes[0]!.id).toBe("sergei-shoigu");
    expect(n.edges.map((e) => e.key).sort()).toEqual([
      "kim-jong-un|meets|sergei-shoigu",
      "sergei-shoigu|affiliated_with|russia",
    ]);
    expect(n.edges[0]!.evidence.length).toBeGreaterThan(0);
    expect(n.truncated).toBe(false);
  });

  it("caps the number of nodes, keeps the best-connected, and reports the cut", () => {
    const n = engine.neighbors("north-korea", { limit: 3 });
    expect(n.nodes).toHaveLength(3);
    expect(n).toMatchObject({ truncated: true, limit: 3 });
    expect(n.nodes[1]!.id).toBe("kim-jong-un");
  });

  it("fails on an unknown actor and rejects bad options", () => {
    expect(() => engine.neighbors("Atlantis")).toThrow(expect.objectContaining({ code: "UNKNOWN_ENTITY" }));
    expect(() => engine.neighbors("Russia", { depth: 0 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
    expect(() => engine.neighbors("Russia", { minEvidence: -1 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
    expect(() => engine.neighbors("Russia", { relations: ["hates" as never] })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });
});
