/**
 * Write-then-parse: every format kg writes gives back the same graph when kg reads it
 * (nodes, edges, attributes, and the evidence wherever the format carries it).
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFile, writeExport, type ExportFormat, type ExportOptions } from "../../../src/io/index.ts";
import { articleGraph } from "./_fixture.ts";
import { graphDifferences, tempDir, withoutXmlIllegal } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

interface Case {
  label: string;
  files: [ExportFormat, string][];
  read: string;
  options?: ExportOptions;
  dated?: boolean;
  xml?: boolean;
}

const CASES: Case[] = [
  { label: "GEXF with a timeline", files: [["gexf", "dynamic.gexf"]], read: "dynamic.gexf", xml: true },
  {
    label: "GEXF without dates (static)",
    files: [["gexf", "static.gexf"]],
    read: "static.gexf",
    dated: false,
    xml: true,
  },
  {
    label: "GEXF forced static over dated evidence",
    files: [["gexf", "forced.gexf"]],
    read: "forced.gexf",
    options: { dynamic: "static" },
    xml: true,
  },
  { label: "GraphML", files: [["graphml", "graph.graphml"]], read: "graph.graphml", xml: true },
  {
    label: "JSON (graphology serialisation in kg's envelope)",
    files: [["json", "graph.json"]],
    read: "graph.json",
  },
  {
    label: "CSV nodes and edges tables, read from the edges file",
    files: [
      ["csv-nodes", "pair.nodes.csv"],
      ["csv-edges", "pair.edges.csv"],
    ],
    read: "pair.edges.csv",
  },
];

describe("every format gives back the graph it wrote", () => {
  it.each(CASES)("$label", async ({ files, read, options, dated, xml }) => {
    const graph = articleGraph({ dated: dated ?? true });
    for (const [format, name] of files) await writeExport(graph, format, join(tmp.dir, name), options);
    const result = await importFile(join(tmp.dir, read));
    expect(graphDifferences(xml ? withoutXmlIllegal(graph) : graph, result.graph)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("gives back a synthetic graph with odd names in every format", async () => {
    const { syntheticGraph } = await import("./_synthetic.ts");
    const graph = syntheticGraph({ nodes: 300, edges: 1200, seed: 7, oddNames: true });
    for (const [format, name] of [
      ["gexf", "s.gexf"],
      ["graphml", "s.graphml"],
      ["json", "s.json"],
      ["csv-nodes", "s.nodes.csv"],
      ["csv-edges", "s.edges.csv"],
    ] as const) {
      await writeExport(graph, format, join(tmp.dir, name));
    }
    for (const name of ["s.gexf", "s.graphml", "s.json", "s.nodes.csv"]) {
      const result = await importFile(join(tmp.dir, name));
      expect(
        graphDifferences(
          name.endsWith(".json") || name.endsWith(".csv") ? graph : withoutXmlIllegal(graph),
          result.graph,
        ),
        name,
      ).toEqual([]);
    }
  });
});

describe("the Extraction of an import", () => {
  it("lists every entity, asserted evidence as relations and hedged evidence as hedged", async () => {
    const graph = articleGraph();
    await writeExport(graph, "json", join(tmp.dir, "x.json"));
    const { extraction } = await importFile(join(tmp.dir, "x.json"));
    expect(extraction.entities).toHaveLength(graph.order);
    expect(extraction.relations).toHaveLength(graph.size);
    expect(extraction.hedged).toEqual([
      expect.objectContaining({
        source: "national-intelligence-service",
        relation: "assesses",
        target: "north-korea",
      }),
    ]);
    expect(extraction.hedged[0]?.evidence.every((e) => e.modality === "possible")).toBe(true);
  });
});
