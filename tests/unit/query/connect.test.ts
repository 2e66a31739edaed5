/**
 * Connecting three or more actors: a small tree (Steiner approximation) made of shortest paths,
 * with the actors that cannot be reached reported.
 */
import { describe, expect, it } from "vitest";
import { MAX_CONNECT_ACTORS } from "../../../src/model/limits.ts";
import { createQueryEngine } from "../../../src/query/index.ts";
import { graphOf, koreaGraph } from "./_graphs.ts";

describe("connect joins several actors", () => {
  const engine = createQueryEngine(koreaGraph());

  it("joins three actors through the nodes between them", () => {
    const r = engine.connect(["Sergei Shoigu", "NIS", "KN-23"]);
    expect(r.actors.map((a) => a.id)).toEqual(["sergei-shoigu", "national-intelligence-service", "kn-23"]);
    const nodes = r.nodes.map((n) => n.id).sort();
    expect(nodes).toContain("north-korea");
    expect(r.paths).toHaveLength(2);
    expect(r.unreachable).toEqual([]);
    expect(r.truncated).toBe(false);
    // The tree's edges are exactly the hops of its paths, each with evidence.
    const hopKeys = new Set(r.paths.flatMap((p) => p.hops.map((h) => h.key)));
    expect(new Set(r.edges.map((e) => e.key))).toEqual(hopKeys);
    expect(r.edges.length).toBe(r.nodes.length - 1);
  });

  it("uses a shared hub rather than three separate routes", () => {
    const g = graphOf(
      [
        ["hub", "Country"],
        ["a", "Person"],
        ["b", "Person"],
        ["c", "Person"],
      ],
      [
        ["a", "affiliated_with", "hub"],
        ["b", "affiliated_with", "hub"],
        ["c", "affiliated_with", "hub"],
      ],
    );
    const r = createQueryEngine(g).connect(["a", "b", "c"]);
    expect(r.nodes.map((n) => n.id).sort()).toEqual(["a", "b", "c", "hub"]);
    expect(r.edges).toHaveLength(3);
  });

  it("reports actors that cannot be reached", () => {
    const r = engine.connect(["Kim Jong Un", "Russia", "José Hernández"]);
    expect(r.unreachable).toEqual([["kim-jong-un", "jose-hernandez"]]);
    expect(r.paths).toHaveLength(1);
  });

  it("obeys the path options", () => {
    const r = engine.connect(["Kim Jong Un", "Russia", "KN-23"], { via: ["supplies", "affiliated_with"] });
    expect(r.edges.every((e) => e.relation === "supplies" || e.relation === "affiliated_with")).toBe(true);
  });

  it("is bounded like paths, and says when a bound cut it short", () => {
    const r = engine.connect(["Sergei Shoigu", "NIS", "KN-23"], { maxVisited: 2 });
    expect(r).toMatchObject({ truncated: true, reason: "maxVisited" });
  });

  it("joins at most MAX_CONNECT_ACTORS actors, the limit the API and the viewer use", () => {
    const many = Array.from({ length: MAX_CONNECT_ACTORS + 1 }, () => "Russia");
    expect(() => engine.connect(many)).toThrow(expect.objectContaining({ code: "TOO_LARGE" }));
  });

  it("needs at least two actors, each known", () => {
    expect(() => engine.connect(["Russia"])).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => engine.connect(["Russia", "Atlantis"])).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ENTITY" }),
    );
  });
});
