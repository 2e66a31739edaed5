/**
 * Merging extractions into the graph: identity across documents, weights, document counts and
 * dates, hedged facts kept out, and removal that leaves exactly what the other documents hold.
 */
import { describe, expect, it } from "vitest";
import {
  buildGraph,
  mergeExtraction,
  removeDocumentFromGraph,
  type DocumentExtraction,
} from "../../../src/graph/merge.ts";
import { createKgGraph } from "../../../src/model/graph.ts";
import { entity, extraction, relation } from "./_extractions.ts";

const kimFull = entity("Kim Jong Un", "Person", ["Kim"]);
const kimShort = entity("Kim", "Person");
const shoigu = entity("Sergei Shoigu", "Person", ["Shoigu"]);
const nk = entity("North Korea", "Country", ["the North", "DPRK"]);
const russia = entity("Russia", "Country");
const dprk = entity("DPRK", "Country");

const docA: DocumentExtraction = {
  doc: "a.txt",
  date: "2025-01-10",
  extraction: extraction(
    [kimFull, shoigu, nk, russia],
    [
      relation("a.txt", "kim-jong-un", "meets", "sergei-shoigu", [[0, 20]]),
      relation("a.txt", "north-korea", "supplies", "russia", [
        [30, 60],
        [70, 90],
      ]),
    ],
    [relation("a.txt", "russia", "supplies", "north-korea", [[100, 120]], "possible")],
  ),
};
const docB: DocumentExtraction = {
  doc: "b.txt",
  date: "2025-03-02",
  extraction: extraction(
    [kimShort, entity("Shoigu", "Person"), dprk, russia],
    [
      relation("b.txt", "shoigu", "meets", "kim", [[5, 40]]),
      relation("b.txt", "dprk", "supplies", "russia", [[50, 80]]),
    ],
  ),
};
const docC: DocumentExtraction = {
  doc: "c.txt",
  extraction: extraction(
    [russia, entity("Ukraine", "Country")],
    [relation("c.txt", "russia", "assesses", "ukraine", [[0, 9]])],
  ),
};

describe("building the graph from documents", () => {
  const graph = buildGraph([docB, docC, docA]);

  it.each([
    ["a short name another document gives as an alias", "kim", "kim-jong-un"],
    ["a surname given as an alias", "shoigu", "sergei-shoigu"],
    ["an acronym given as an alias", "dprk", "north-korea"],
  ])("merges %s into one node", (_label, short, full) => {
    expect(graph.hasNode(short)).toBe(false);
    expect(graph.hasNode(full)).toBe(true);
  });

  it("keeps the longest name as the node name and the others as aliases", () => {
    expect(graph.getNodeAttributes("kim-jong-un")).toMatchObject({ name: "Kim Jong Un", type: "Person" });
    expect(graph.getNodeAttribute("kim-jong-un", "aliases")).toContain("Kim");
  });

  it("counts mentions and documents of a merged node over every document", () => {
    expect(graph.getNodeAttributes("kim-jong-un")).toMatchObject({ mentions: 2, docs: ["a.txt", "b.txt"] });
    expect(graph.getNodeAttribute("russia", "docs")).toEqual(["a.txt", "b.txt", "c.txt"]);
  });

  it("makes one edge per relation, whose weight is its evidence count and docs its distinct documents", () => {
    expect(graph.getEdgeAttributes("north-korea|supplies|russia")).toMatchObject({ weight: 3, docs: 2 });
  });

  it("stores a symmetric relation once, smaller id first, whichever way it was written", () => {
    expect(graph.edges().filter((e) => e.includes("|meets|"))).toEqual(["kim-jong-un|meets|sergei-shoigu"]);
    expect(graph.getEdgeAttributes("kim-jong-un|meets|sergei-shoigu")).toMatchObject({ weight: 2, docs: 2 });
  });

  it("dates evidence with its document's date and spans first and last seen", () => {
    expect(graph.getEdgeAttributes("north-korea|supplies|russia")).toMatchObject({
      firstSeen: "2025-01-10",
      lastSeen: "2025-03-02",
    });
    expect(graph.getEdgeAttributes("russia|assesses|ukraine")).toMatchObject({
      firstSeen: null,
      lastSeen: null,
    });
  });

  it("keeps hedged facts out of the graph", () => {
    expect(graph.hasEdge("russia|supplies|north-korea")).toBe(false);
  });

  it("gives the same graph whatever order the documents come in", () => {
    expect(buildGraph([docA, docB, docC]).export()).toEqual(graph.export());
  });

  it("does not merge a short form that two different entities claim", () => {
    const g = buildGraph([
      {
        doc: "x.txt",
        extraction: extraction([
          entity("Kim Jong Un", "Person", ["Kim"]),
          entity("Kim Yo Jong", "Person", ["Kim"]),
        ]),
      },
      { doc: "y.txt", extraction: extraction([entity("Kim", "Person")]) },
    ]);
    expect(g.nodes().sort()).toEqual(["kim", "kim-jong-un", "kim-yo-jong"]);
  });

  it("merges the plural and the singular of a weapon", () => {
    const g = buildGraph([
      { doc: "x.txt", extraction: extraction([entity("Patriot missiles", "WeaponSystem")]) },
      { doc: "y.txt", extraction: extraction([entity("Patriot missile", "WeaponSystem")]) },
    ]);
    expect(g.nodes()).toEqual(["patriot-missile"]);
  });

  it("does not merge names of different types", () => {
    const g = buildGraph([
      { doc: "x.txt", extraction: extraction([entity("Georgia", "Country")]) },
      { doc: "y.txt", extraction: extraction([{ ...entity("Georgia State", "Location", ["Georgia"]) }]) },
    ]);
    expect(g.order).toBe(2);
  });

  it("counts one sentence once per edge even when two merged entities both gave it", () => {
    const g = buildGraph([
      {
        doc: "x.txt",
        extraction: extraction(
          [kimFull, kimShort, shoigu],
          [
            relation("x.txt", "kim-jong-un", "meets", "sergei-shoigu", [[0, 20]]),
            relation("x.txt", "kim", "meets", "sergei-shoigu", [[0, 20]]),
          ],
        ),
      },
    ]);
    expect(g.getEdgeAttribute("kim-jong-un|meets|sergei-shoigu", "weight")).toBe(1);
  });

  it("drops a relation whose two ends turn out to be one entity", () => {
    const g = buildGraph([
      {
        doc: "x.txt",
        extraction: extraction([kimFull, kimShort], [relation("x.txt", "kim", "meets", "kim-jong-un")]),
      },
    ]);
    expect(g.size).toBe(0);
  });
});

describe("removing a document", () => {
  it("by rebuilding without it gives exactly the graph of the other documents", () => {
    const withoutB = buildGraph([docA, docC]);
    expect(withoutB.export()).toEqual(buildGraph([docC, docA]).export());
    expect(withoutB.getEdgeAttributes("north-korea|supplies|russia")).toMatchObject({
      weight: 2,
      docs: 1,
      lastSeen: "2025-01-10",
    });
  });

  it("in place drops its evidence, edges left without evidence and nodes no document mentions", () => {
    const graph = buildGraph([docA, docB, docC]);
    expect(removeDocumentFromGraph(graph, "c.txt")).toBe(true);
    expect(graph.hasNode("ukraine")).toBe(false);
    expect(graph.hasEdge("russia|assesses|ukraine")).toBe(false);
    expect(graph.getNodeAttribute("russia", "docs")).toEqual(["a.txt", "b.txt"]);
    removeDocumentFromGraph(graph, "b.txt");
    expect(graph.getEdgeAttributes("north-korea|supplies|russia")).toMatchObject({ weight: 2, docs: 1 });
  });

  it("in place reports a document that was not there", () => {
    expect(removeDocumentFromGraph(buildGraph([docA]), "nope.txt")).toBe(false);
  });
});

describe("merging one extraction into an existing graph", () => {
  it("joins a new entity to the node whose name or alias it shares", () => {
    const graph = createKgGraph();
    mergeExtraction(graph, docA.extraction, { doc: "a.txt" });
    const nodeOf = mergeExtraction(graph, docB.extraction, { doc: "b.txt" });
    expect(nodeOf.get("kim")).toBe("kim-jong-un");
    expect(nodeOf.get("dprk")).toBe("north-korea");
    expect(graph.getEdgeAttributes("kim-jong-un|meets|sergei-shoigu").weight).toBe(2);
  });

  it("records documents from the evidence when no document id is given", () => {
    const graph = createKgGraph();
    mergeExtraction(graph, docC.extraction);
    expect(graph.getNodeAttribute("ukraine", "docs")).toEqual(["c.txt"]);
  });
});
