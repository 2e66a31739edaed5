/**
 * GEXF 1.3 as Gephi and NetworkX see it: kg's files pass the grammar (static and dynamic),
 * NetworkX reads the same nodes, edges and attributes, the timeline is there only when evidence
 * is dated, and kg reads GEXF written by Gephi (1.3) and NetworkX (1.2draft).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportChunks, importFile, writeExport } from "../../../src/io/index.ts";
import { articleGraph } from "./_fixture.ts";
import { graphDifferences, networkx, PYTHON, tempDir, validateGexf, withoutXmlIllegal } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);
const FIXTURES = join(import.meta.dirname, "../../fixtures/io");

interface NxSummary {
  nodes: number;
  edges: number;
  mode: string;
  node: Record<string, unknown>;
  edge: Record<string, unknown>;
}

const READ_WITH_NETWORKX = `
g = nx.read_gexf(sys.argv[1], version="1.3")
edge = [d for u, v, d in g.edges(data=True) if u == "north-korea" and v == "russia"][0]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "mode": g.graph["mode"],
  "node": g.nodes["north-korea"], "edge": edge}))
`;

describe("kg's GEXF passes the GEXF 1.3 grammar and NetworkX reads it", () => {
  it.each([
    { label: "dynamic (dated evidence)", dated: true, mode: "dynamic" },
    { label: "static (no dates)", dated: false, mode: "static" },
  ])("$label", async ({ dated, mode }) => {
    const file = join(tmp.dir, `article-${mode}.gexf`);
    const graph = articleGraph({ dated });
    await writeExport(graph, "gexf", file);
    expect(validateGexf(file)).toEqual({ ok: true, messages: `${file} validates\n` });

    const nx = networkx<NxSummary>(READ_WITH_NETWORKX, [file]);
    expect(nx).toMatchObject({ nodes: graph.order, edges: graph.size, mode });
    expect(nx.node).toMatchObject({
      label: "North Korea",
      type: "Country",
      aliases: "the North; Pyongyang",
      mentions: 9,
    });
    expect(nx.node.viz).toMatchObject({ color: { r: 84, g: 162, b: 75 }, position: { x: 10.5, y: -3.25 } });
    expect(nx.edge).toMatchObject({
      label: "supplies",
      relation: "supplies",
      weight: 2,
      evidence_count: 2,
      doc_count: 2,
      documents: "nk-russia-troops.txt; follow-up & <analysis>.txt",
      first_sentence: expect.stringContaining("supplying Russia with missiles"),
    });
    expect(JSON.parse(nx.edge.evidence as string)).toEqual(
      graph.getEdgeAttribute("north-korea|supplies|russia", "evidence"),
    );
    if (dated) {
      expect(nx.edge.spells).toEqual([
        ["2025-03-27", "2025-03-27"],
        ["2025-04-02", "2025-04-02"],
      ]);
      expect(nx.node.spells).toEqual([
        ["2025-03-27", "2025-03-27"],
        ["2025-04-02", "2025-04-02"],
      ]);
    } else {
      expect(nx.edge.spells).toBeUndefined();
    }
  });

  it("declares the timeline as dates only when some evidence is dated", () => {
    const head = (dated: boolean, dynamic?: "static") =>
      [...exportChunks(articleGraph({ dated }), "gexf", { dynamic })].join("").split("<nodes")[0];
    expect(head(true)).toContain('mode="dynamic" timeformat="date"');
    expect(head(true)).toContain('start="2025-03-27" end="2025-04-02"');
    expect(head(false)).toContain('mode="static"');
    expect(head(true, "static")).toContain('mode="static"');
    expect([...exportChunks(articleGraph(), "gexf", { dynamic: "static" })].join("")).not.toContain("<spell");
  });

  it("escapes markup, strips characters XML 1.0 forbids and never writes [object Object]", () => {
    const graph = articleGraph();
    graph.setNodeAttribute("ukraine", "aliases", ["Kyiv\tgovernment", "line\nbreak"]);
    const text = [...exportChunks(graph, "gexf")].join("");
    expect(text).toContain('label="170mm &quot;self-propelled&quot; howitzer &lt;M1989&gt; &amp; co"');
    expect(text).toContain('value="Kyiv&#9;government; line&#10;break"');
    expect(text).not.toContain("\u0001");
    expect(text).not.toContain("[object Object]");
  });

  it("keeps only what the filter keeps", async () => {
    const file = join(tmp.dir, "filtered.gexf");
    await writeExport(articleGraph(), "gexf", file, {
      filter: { types: ["Country", "Organization"], relations: ["assesses"] },
    });
    const { graph } = await importFile(file);
    expect(graph.edges().sort()).toEqual([
      "joint-chiefs-of-staff|assesses|north-korea",
      "national-intelligence-service|assesses|north-korea",
    ]);
    expect(
      graph.nodes().every((n) => ["Country", "Organization"].includes(graph.getNodeAttribute(n, "type"))),
    ).toBe(true);
    expect(validateGexf(file).ok).toBe(true);
  });
});

describe("kg reads GEXF written by other tools", () => {
  it("reads a Gephi 0.10 GEXF 1.3 file, mapping types and relations and saying what it skipped", async () => {
    const result = await importFile(join(FIXTURES, "gephi-0.10.gexf"));
    const { graph } = result;
    expect(graph.nodes().sort()).toEqual(["jcs", "kursk", "north-korea", "russia"]);
    expect(graph.getNodeAttributes("russia")).toMatchObject({
      name: "Russia",
      type: "Country",
      mentions: 7,
      x: 40,
      y: 12,
    });
    expect(graph.getNodeAttribute("jcs", "type")).toBe("Organization");
    expect(graph.getNodeAttribute("kursk", "type")).toBe("Organization");
    expect(graph.edges().sort()).toEqual(["jcs|assesses|north-korea", "north-korea|supplies|russia"]);
    const supplies = graph.getEdgeAttributes("north-korea|supplies|russia");
    expect(supplies).toMatchObject({
      relation: "supplies",
      weight: 2,
      docs: 2,
      firstSeen: "2025-03-27",
      lastSeen: "2025-04-02",
    });
    expect(supplies.evidence![0]).toMatchObject({
      doc: "nk-russia-troops.txt",
      sentence: "North Korea has also been supplying Russia with missiles.",
      rule: "import-gexf",
    });
    expect(result.warnings).toEqual([
      "1 nodes without a known entity type were given type Organization",
      "1 edges without a known relation were skipped",
    ]);
  });

  it("reads GEXF 1.2draft written by NetworkX's write_gexf, ids slugged from names", async () => {
    const file = join(tmp.dir, "networkx.gexf");
    execFileSync(PYTHON, [
      "-c",
      `import networkx as nx, sys
g = nx.MultiDiGraph()
g.add_node(0, label="Kim Jong Un", entity_type="PER")
g.add_node(1, label="Sergei Shoigu", entity_type="person")
g.add_node(2, label="North Korea", entity_type="GPE")
g.add_edge(0, 1, relation="meets", documents="kcna.txt", first_sentence="Kim met Shoigu in Pyongyang.")
g.add_edge(1, 0, relation="meets", documents="tass.txt")
g.add_edge(0, 2, relation="affiliated_with")
nx.write_gexf(g, sys.argv[1])`,
      file,
    ]);
    expect(readFileSync(file, "utf8")).toContain("http://www.gexf.net/1.2draft");
    const result = await importFile(file);
    const { graph } = result;
    expect(graph.nodes().sort()).toEqual(["kim-jong-un", "north-korea", "sergei-shoigu"]);
    expect(graph.getNodeAttribute("north-korea", "type")).toBe("Country");
    const meets = graph.getEdgeAttributes("kim-jong-un|meets|sergei-shoigu");
    expect(meets.evidence!.map((e) => e.doc).sort()).toEqual(["kcna.txt", "tass.txt"]);
    expect(graph.getEdgeAttributes("kim-jong-un|affiliated_with|north-korea").evidence![0]?.doc).toBe(
      "import:networkx.gexf",
    );
    expect(result.warnings).toEqual(["1 parallel edges of the same relation were merged"]);
  });

  it("gives back kg's graph after a trip through NetworkX (read 1.3, write 1.2draft)", async () => {
    const file = join(tmp.dir, "trip.gexf");
    const back = join(tmp.dir, "trip-back.gexf");
    const graph = articleGraph();
    await writeExport(graph, "gexf", file);
    networkx<null>(`nx.write_gexf(nx.read_gexf(sys.argv[1], version="1.3"), sys.argv[2])\nprint("null")`, [
      file,
      back,
    ]);
    const result = await importFile(back);
    expect(graphDifferences(withoutXmlIllegal(graph), result.graph)).toEqual([]);
  });
});
