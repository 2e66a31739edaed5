/**
 * Path queries: all equally short paths, k shortest paths, direction, relation and type
 * filters, evidence weighting, bounds, and the evidence and reading of every hop.
 */
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../../src/query/index.ts";
import type { PathOptions } from "../../../src/query/index.ts";
import { meetsAttrs } from "../graph/_graphs.ts";
import { graphOf, koreaGraph, sentenceOf, type EdgeSpec, type NodeSpec } from "./_graphs.ts";

const P = (id: string): NodeSpec => [id, "Person"];
const O = (id: string): NodeSpec => [id, "Organization"];
const C = (id: string): NodeSpec => [id, "Country"];

/** a → b → d and a → c → d (two equally short paths), plus a long way a → e → f → d. */
const diamond = graphOf(
  [P("a"), O("b"), C("c"), P("d"), P("e"), P("f")],
  [
    ["a", "supplies", "b"],
    ["b", "supplies", "d"],
    ["a", "assesses", "c"],
    ["c", "assesses", "d"],
    ["a", "meets", "e"],
    ["e", "meets", "f"],
    ["f", "meets", "d"],
  ],
);

const routes = (opts: PathOptions, graph = diamond, from = "a", to = "d"): string[][] => {
  const engine = createQueryEngine(graph);
  try {
    return engine.paths(from, to, opts).paths.map((p) => p.nodes);
  } finally {
    engine.dispose();
  }
};

describe("paths between two actors", () => {
  const cases: [label: string, opts: PathOptions, expected: string[][]][] = [
    [
      "all equally short paths by default, in reading order",
      {},
      [
        ["a", "c", "d"],
        ["a", "b", "d"],
      ],
    ],
    ["only paths over the relations in `via`", { via: ["meets"] }, [["a", "e", "f", "d"]]],
    ["no paths over relations in `avoid`", { avoid: ["supplies"] }, [["a", "c", "d"]]],
    ["only intermediate nodes of `throughTypes`", { throughTypes: ["Country"] }, [["a", "c", "d"]]],
    [
      "no intermediate nodes of `avoidTypes`",
      { avoidTypes: ["Organization", "Country"] },
      [["a", "e", "f", "d"]],
    ],
    ["nothing longer than `maxHops`", { via: ["meets"], maxHops: 2 }, []],
    ["at most `maxPaths` paths", { maxPaths: 1 }, [["a", "b", "d"]]],
    [
      "the k shortest simple paths in order",
      { mode: "k-shortest", k: 3 },
      [
        ["a", "b", "d"],
        ["a", "c", "d"],
        ["a", "e", "f", "d"],
      ],
    ],
    [
      "fewer than k when fewer exist",
      { mode: "k-shortest", k: 10, via: ["supplies", "meets"] },
      [
        ["a", "b", "d"],
        ["a", "e", "f", "d"],
      ],
    ],
  ];
  it.each(cases)("gives %s", (_label, opts, expected) => {
    expect(routes(opts)).toEqual(expected);
  });

  it("returns an empty list, not an error, when no path exists", () => {
    const g = graphOf([P("a"), P("b"), P("z")], [["a", "meets", "b"]]);
    const r = createQueryEngine(g).paths("a", "z");
    expect(r.paths).toEqual([]);
    expect(r.truncated).toBe(false);
    expect(r.from.id).toBe("a");
    expect(r.to.id).toBe("z");
  });

  it("gives the one-node path from an actor to itself", () => {
    expect(routes({}, diamond, "a", "a")).toEqual([["a"]]);
  });

  it("fails on an unknown or ambiguous actor", () => {
    const e = createQueryEngine(koreaGraph());
    expect(() => e.paths("Vladimir Putin", "Russia")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ENTITY" }),
    );
    expect(() => e.paths("Kim", "Russia")).toThrow(expect.objectContaining({ code: "AMBIGUOUS_ENTITY" }));
  });

  it("rejects options out of range", () => {
    const e = createQueryEngine(diamond);
    const bad: PathOptions[] = [
      { mode: "k-shortest", k: 21 },
      { k: 0 },
      { maxHops: 0 },
      { via: ["likes" as never] },
      { throughTypes: ["Planet" as never] },
      { mode: "longest" as never },
      { timeoutMs: -1 },
    ];
    for (const opts of bad)
      expect(() => e.paths("a", "d", opts)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });
});

describe("every hop carries its relation, direction and evidence", () => {
  const e = createQueryEngine(koreaGraph());

  it("reads a path walked along and against its edges", () => {
    const r = e.paths("Kim Jong Un", "NIS");
    expect(r.paths).toHaveLength(1);
    const [path] = r.paths;
    expect(path!.reading).toBe("Kim Jong Un ←assesses— National Intelligence Service");
    expect(path!.hops[0]).toMatchObject({
      key: "national-intelligence-service|assesses|kim-jong-un",
      source: "national-intelligence-service",
      target: "kim-jong-un",
      relation: "assesses",
      direction: "backward",
    });
    expect(path!.hops[0]!.evidence[0]!.sentence).toBe(
      sentenceOf("national-intelligence-service", "assesses", "kim-jong-un"),
    );
  });

  it("walks a symmetric relation forward from either end", () => {
    const r = e.paths("Sergei Shoigu", "Kim Jong Un");
    expect(r.paths[0]!.hops[0]).toMatchObject({ relation: "meets", direction: "forward" });
    expect(r.paths[0]!.reading).toBe("Sergei Shoigu —meets→ Kim Jong Un");
  });

  it("finds the way from Kim Jong Un to the NIS over supplies only when it exists", () => {
    expect(e.paths("Kim Jong Un", "NIS", { via: ["supplies"] }).paths).toEqual([]);
    const r = e.paths("Kim Jong Un", "Russia", { via: ["meets", "affiliated_with"] });
    expect(r.paths.map((p) => p.reading)).toEqual([
      "Kim Jong Un —meets→ Sergei Shoigu —affiliated_with→ Russia",
    ]);
    expect(r.paths[0]!.length).toBe(2);
    expect(r.paths[0]!.cost).toBe(2);
  });
});

describe("directed paths follow edges from source to target", () => {
  const chain = graphOf(
    [P("a"), P("b"), P("c")],
    [
      ["a", "supplies", "b"],
      ["c", "supplies", "b"],
      ["b", "meets", "c"],
    ],
  );

  it("walks only along directed edges, but either way along symmetric ones", () => {
    expect(routes({ directed: true }, chain, "a", "c")).toEqual([["a", "b", "c"]]);
    expect(routes({ directed: true }, chain, "c", "a")).toEqual([]);
    expect(routes({ directed: true, avoid: ["meets"] }, chain, "a", "c")).toEqual([]);
    expect(routes({ directed: false, avoid: ["meets"] }, chain, "a", "c")).toEqual([["a", "b", "c"]]);
  });

  it("marks every hop of a directed path forward", () => {
    const r = createQueryEngine(chain).paths("a", "c", { directed: true });
    expect(r.paths[0]!.hops.map((h) => h.direction)).toEqual(["forward", "forward"]);
  });

  it("applies direction to k-shortest and weighted searches too", () => {
    expect(routes({ directed: true, mode: "k-shortest", k: 5 }, chain, "c", "a")).toEqual([]);
    expect(routes({ directed: true, weighted: true }, chain, "c", "a")).toEqual([]);
    expect(routes({ directed: true, weighted: true }, chain, "a", "c")).toEqual([["a", "b", "c"]]);
  });
});

describe("weighted paths prefer well-evidenced edges", () => {
  // a-b-d is backed by one sentence per hop; a-c-d by ten sentences in five documents per hop.
  const edges: EdgeSpec[] = [
    ["a", "meets", "b", 1, 1],
    ["b", "meets", "d", 1, 1],
    ["a", "meets", "c", 10, 5],
    ["c", "meets", "d", 10, 5],
    ["a", "meets", "x", 1, 1],
    ["x", "meets", "y", 9, 9],
    ["y", "meets", "d", 9, 9],
  ];
  const g = graphOf([P("a"), P("b"), P("c"), P("d"), P("x"), P("y")], edges);

  it("ties equally short paths when unweighted", () => {
    expect(routes({}, g)).toEqual([
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
  });

  it("chooses the well-evidenced path when weighted", () => {
    expect(routes({ weighted: true }, g)).toEqual([["a", "c", "d"]]);
  });

  it("may take a longer path when its evidence is much stronger", () => {
    const r = createQueryEngine(g).paths("a", "d", { weighted: true, mode: "k-shortest", k: 3 });
    const costs = r.paths.map((p) => p.cost);
    expect(costs).toEqual([...costs].sort((x, y) => x - y));
    expect(r.paths[0]!.nodes).toEqual(["a", "c", "d"]);
    expect(r.paths.map((p) => p.nodes)).toContainEqual(["a", "x", "y", "d"]);
  });

  it("picks the best-evidenced of parallel edges for a hop", () => {
    const par = graphOf(
      [P("a"), P("b")],
      [
        ["a", "assesses", "b", 1],
        ["a", "supplies", "b", 5],
      ],
    );
    const r = createQueryEngine(par).paths("a", "b");
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0]!.hops[0]!.relation).toBe("supplies");
    expect(createQueryEngine(par).paths("a", "b", { via: ["assesses"] }).paths[0]!.hops[0]!.relation).toBe(
      "assesses",
    );
  });
});

describe("every query is bounded", () => {
  /** A ladder with 2^6 equally short paths from s to t. */
  const ladderNodes: NodeSpec[] = [P("s")];
  const ladderEdges: EdgeSpec[] = [];
  let prev = ["s"];
  for (let i = 0; i < 6; i++) {
    const level = [`u${i}`, `v${i}`];
    ladderNodes.push(P(level[0]!), P(level[1]!));
    for (const p of prev) for (const q of level) ladderEdges.push([p, "meets", q]);
    prev = level;
  }
  ladderNodes.push(P("t"));
  for (const p of prev) ladderEdges.push([p, "meets", "t"]);
  const ladder = graphOf(ladderNodes, ladderEdges);
  // Each case below opens its own engine on this one graph; that many listeners is expected here.
  ladder.setMaxListeners(32);
  diamond.setMaxListeners(32);

  it("finds all 64 equally short paths when allowed", () => {
    const r = createQueryEngine(ladder).paths("s", "t", { maxPaths: 100, maxHops: 7 });
    expect(r.paths).toHaveLength(64);
    expect(r.truncated).toBe(false);
    expect(new Set(r.paths.map((p) => p.nodes.join())).size).toBe(64);
  });

  it("stops at maxPaths and says so", () => {
    const r = createQueryEngine(ladder).paths("s", "t", { maxPaths: 10, maxHops: 7 });
    expect(r.paths).toHaveLength(10);
    expect(r).toMatchObject({ truncated: true, reason: "maxPaths" });
  });

  it("stops at maxHops and says so when the search could have gone on", () => {
    const r = createQueryEngine(ladder).paths("s", "t", { maxHops: 3 });
    expect(r).toMatchObject({ paths: [], truncated: true, reason: "maxHops" });
    const w = createQueryEngine(ladder).paths("s", "t", { maxHops: 3, weighted: true });
    expect(w).toMatchObject({ paths: [], truncated: true, reason: "maxHops" });
  });

  it("stops at maxVisited and says so", () => {
    for (const opts of [{}, { weighted: true }, { mode: "k-shortest" as const, k: 5 }]) {
      const r = createQueryEngine(ladder).paths("s", "t", { ...opts, maxVisited: 3, maxHops: 7 });
      expect(r).toMatchObject({ truncated: true, reason: "maxVisited" });
    }
  });

  it("stops when time is up and says so", () => {
    let now = 0;
    const clock = (): number => (now += 1000);
    const r = createQueryEngine(ladder, { clock }).paths("s", "t", { timeoutMs: 10, maxHops: 7 });
    expect(r).toMatchObject({ paths: [], truncated: true, reason: "timeout" });
  });
});

describe("the engine stays in step with the graph", () => {
  it("sees edges added and dropped after its first query", () => {
    const g = graphOf([P("a"), P("b"), P("c")], [["a", "meets", "b"]]);
    const e = createQueryEngine(g);
    expect(e.paths("a", "c").paths).toEqual([]);
    g.addEdgeWithKey("b|meets|c", "b", "c", meetsAttrs());
    expect(e.paths("a", "c").paths.map((p) => p.nodes)).toEqual([["a", "b", "c"]]);
    g.dropEdge("a|meets|b");
    expect(e.paths("a", "c").paths).toEqual([]);
  });

  it("stops following the graph once disposed", () => {
    const g = graphOf([P("a"), P("b")], []);
    const e = createQueryEngine(g);
    e.dispose();
    expect(g.listeners("edgeAdded")).toHaveLength(0);
  });
});
