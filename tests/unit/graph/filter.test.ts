// Graph filters: what the API, the exporters and the viewer show when the user narrows the graph.
import { describe, expect, it } from "vitest";
import { filterGraph, validateFilter } from "../../../src/graph/filter.ts";
import { createKgGraph } from "../../../src/model/graph.ts";
import type { Evidence } from "../../../src/model/types.ts";
import { isKgError } from "../../../src/model/errors.ts";

function evidence(headline = false): Evidence {
  return {
    doc: "d.txt",
    sentence: "s.",
    start: 0,
    end: 2,
    trigger: "t",
    rule: "r",
    modality: "asserted",
    headline,
  };
}

function sample() {
  const g = createKgGraph();
  const node = (id: string, type: "Person" | "Country" | "WeaponSystem") =>
    g.addNode(id, { name: id, type, aliases: [], mentions: 1, docs: ["d.txt"] });
  node("kim", "Person");
  node("nk", "Country");
  node("ru", "Country");
  node("srbm", "WeaponSystem");
  const edge = (s: string, r: "supplies" | "affiliated_with", t: string, ev: Evidence[]) =>
    g.addEdgeWithKey(`${s}|${r}|${t}`, s, t, {
      relation: r,
      evidence: ev,
      weight: ev.length,
      docs: 1,
      firstSeen: null,
      lastSeen: null,
    });
  edge("kim", "affiliated_with", "nk", [evidence()]);
  edge("nk", "supplies", "ru", [evidence(), evidence()]);
  edge("nk", "supplies", "srbm", [evidence(true)]);
  return g;
}

describe("filterGraph", () => {
  it("keeps only the entity types asked for, with the edges between them", () => {
    const g = filterGraph(sample(), { types: ["Country"] });
    expect(g.nodes().sort()).toEqual(["nk", "ru"]);
    expect(g.edges()).toEqual(["nk|supplies|ru"]);
  });

  it("keeps only the relations asked for", () => {
    const g = filterGraph(sample(), { relations: ["affiliated_with"] });
    expect(g.edges()).toEqual(["kim|affiliated_with|nk"]);
    expect(g.order).toBe(4);
  });

  it("drops edges with less evidence than asked and, when asked, nodes left alone", () => {
    const g = filterGraph(sample(), { minEvidence: 2, dropIsolated: true });
    expect(g.edges()).toEqual(["nk|supplies|ru"]);
    expect(g.nodes().sort()).toEqual(["nk", "ru"]);
  });

  it("hides edges known only from headlines", () => {
    const g = filterGraph(sample(), { hideHeadlineOnly: true });
    expect(g.hasEdge("nk|supplies|srbm")).toBe(false);
    expect(g.size).toBe(2);
  });

  it("rejects unknown types and relations with INVALID_OPTION", () => {
    for (const bad of [{ types: ["Planet"] }, { relations: ["loves"] }, { minEvidence: -1 }]) {
      try {
        validateFilter(bad as never);
        expect.unreachable();
      } catch (err) {
        expect(isKgError(err, "INVALID_OPTION")).toBe(true);
      }
    }
  });
});
