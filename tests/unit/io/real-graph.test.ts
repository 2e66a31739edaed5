/**
 * The real graph: the first article (a copy of its fixture) built by the store, exported as GEXF
 * (with its timeline, and static), checked against the GEXF 1.3 grammar, read by NetworkX,
 * and read back by kg into the same graph (its evidence, which the store keeps in its DB, included).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../../src/graph/store.ts";
import { exportChunks, importFile, writeExport } from "../../../src/io/index.ts";
import { graphWithEvidence, type EvidenceSource } from "../../../src/model/evidence.ts";
import type { KgGraph } from "../../../src/model/graph.ts";
import { copyFirstArticle } from "../../_fixtures.ts";
import { graphDifferences, networkx, tempDir, validateGexf, withoutXmlIllegal } from "./_tools.ts";

const tmp = tempDir();
let graph: KgGraph;
let evidence: EvidenceSource;

beforeAll(async () => {
  copyFirstArticle(join(tmp.dir, "sources"));
  const store = await openStore({ dataDir: tmp.dir });
  const report = await store.build();
  expect(report.failed).toEqual([]);
  graph = store.graph;
  evidence = store.evidence;
}, 120_000);
afterAll(tmp.cleanup);

describe("the first article's graph, built by the store", () => {
  it("has actors and relations to export", () => {
    expect(graph.order).toBeGreaterThan(5);
    expect(graph.size).toBeGreaterThan(3);
  });

  it.each([
    { label: "with its timeline (the article is dated)", dynamic: "auto" as const, mode: "dynamic" },
    { label: "static", dynamic: "static" as const, mode: "static" },
  ])("exports valid GEXF 1.3 $label that NetworkX and kg read back whole", async ({ dynamic, mode }) => {
    const file = join(tmp.dir, `real-${mode}.gexf`);
    await writeExport(graph, "gexf", file, { dynamic }, evidence);
    expect(validateGexf(file)).toMatchObject({ ok: true });
    const nx = networkx<{ nodes: number; edges: number; mode: string; labels: number; relations: string[] }>(
      `g = nx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "mode": g.graph["mode"],
  "labels": sum(1 for _, d in g.nodes(data=True) if d.get("label") and d.get("type")),
  "relations": sorted({d["relation"] for _, _, d in g.edges(data=True)})}))`,
      [file],
    );
    const relations = [...new Set(graph.mapEdges((_e, a) => a.relation))].sort();
    expect(nx).toEqual({ nodes: graph.order, edges: graph.size, mode, labels: graph.order, relations });
    const back = await importFile(file);
    expect(graphDifferences(withoutXmlIllegal(graphWithEvidence(graph, evidence)), back.graph)).toEqual([]);
  });

  it("never writes [object Object] in any format", () => {
    for (const format of ["gexf", "graphml", "json", "csv-nodes", "csv-edges"] as const) {
      expect([...exportChunks(graph, format, {}, evidence)].join(""), format).not.toContain(
        "[object Object]",
      );
    }
  });
});
