/**
 * `kg export --format neo4j`: the CSV headers follow neo4j-admin's grammar, and every node, edge
 * and piece of evidence read back with csv-parse is the one the graph holds, text with quotes,
 * commas and line breaks included, formulas left as written (Neo4j is not a spreadsheet).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { writeNeo4jExport } from "../../../src/io/neo4j-export.ts";
import type { KgGraph } from "../../../src/model/graph.ts";
import { headerErrors, headerFieldError } from "./_neo4j-header.ts";
import { neo4jFixtureGraph } from "./_neo4j-fixture.ts";
import { tempDir } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

type Cell = string | null;

/** Reads a CSV file as its header and records; an unquoted empty cell is null, a quoted one "". */
function readCsv(path: string): { header: string[]; rows: Record<string, Cell>[] } {
  const text = readFileSync(path, "utf8");
  const rows = parse(text, {
    cast: (value: string, context: { quoting: boolean }) => (value === "" && !context.quoting ? null : value),
  }) as Cell[][];
  const header = (rows[0] ?? []).map(String);
  return {
    header,
    rows: rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null]))),
  };
}

function typed(cell: Cell, field: string, delimiter: string): unknown {
  if (cell === null) return field.endsWith("[]") ? [] : null;
  const type = field.includes(":") ? field.slice(field.indexOf(":") + 1) : "string";
  if (type === "int" || type === "long" || type === "double") return Number(cell);
  if (type === "boolean") return cell === "true";
  if (type === "string[]") return cell.split(delimiter);
  return cell;
}

function props(row: Record<string, Cell>, delimiter: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, cell] of Object.entries(row)) {
    if (field.startsWith(":") || field.includes(":ID(")) continue;
    const value = typed(cell, field, delimiter);
    if (value !== null) out[field.includes(":") ? field.slice(0, field.indexOf(":")) : field] = value;
  }
  return out;
}

async function exportOf(graph: KgGraph, name: string) {
  const dir = join(tmp.dir, name);
  const report = await writeNeo4jExport(graph, dir);
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  return { dir, report, files, read: (f: string) => readCsv(join(dir, f)) };
}

describe("neo4j-admin's header grammar (the checker the export is held to)", () => {
  it.each([
    ["id:ID(Entity)", true],
    [":ID", true],
    ["uuid:ID{label:Person}", true],
    [":START_ID(Entity)", true],
    [":TYPE", true],
    [":LABEL", true],
    ["name", true],
    ["aliases:string[]", true],
    ["mentions:int", true],
    ["born:datetime{timezone:Europe/Stockholm}", true],
    ["mentions:integer", false],
    [":TYPE(Entity)", false],
    ["name:string(Entity)", false],
    [":int", false],
    ["a:b:c", false],
    ["", false],
  ])("%s is %s", (field, valid) => {
    expect(headerFieldError(field) === null).toBe(valid);
  });

  it("wants exactly one START_ID, END_ID and TYPE in a relationship file", () => {
    expect(headerErrors([":START_ID", ":END_ID", ":TYPE"], "relationships")).toEqual([]);
    expect(headerErrors([":START_ID", ":TYPE"], "relationships")).not.toEqual([]);
    expect(headerErrors(["id:ID", "x:int", "x:long"], "nodes")).not.toEqual([]);
  });
});

describe("kg export --format neo4j", async () => {
  const graph = neo4jFixtureGraph();
  const { dir, report, files, read } = await exportOf(graph, "full");

  it("writes one node file per entity type, an evidence file, one file per relation, a script and a README", () => {
    expect(files.sort()).toEqual([
      "evidence.csv",
      "nodes-country.csv",
      "nodes-organization.csv",
      "nodes-person.csv",
      "nodes-weaponsystem.csv",
      "rels-affiliated-with.csv",
      "rels-assesses.csv",
      "rels-meets.csv",
      "rels-supplies.csv",
    ]);
    const readme = readFileSync(join(dir, "README.txt"), "utf8");
    expect(readme).toContain("neo4j-admin database import full");
    expect(readme).toContain("--multiline-fields=true");
    expect(readme).toContain("--relationships=rels-supplies.csv");
    expect(readme).toContain("cypher-shell");
    expect(readFileSync(join(dir, "import.cypher"), "utf8")).toContain("LOAD CSV WITH HEADERS");
  });

  it("gives every file a header that follows neo4j-admin's grammar", () => {
    for (const file of files) {
      const kind = file.startsWith("rels-") ? "relationships" : "nodes";
      expect({ file, errors: headerErrors(read(file).header, kind) }).toEqual({ file, errors: [] });
    }
  });

  it("gives back every node, with its labels, as the graph holds it", () => {
    const seen = new Set<string>();
    for (const file of files.filter((f) => f.startsWith("nodes-"))) {
      for (const row of read(file).rows) {
        const id = row["id:ID(Entity)"] ?? "";
        seen.add(id);
        const a = graph.getNodeAttributes(id);
        expect(row[":LABEL"]).toBe(`Entity;${a.type}`);
        const expected: Record<string, unknown> = { ...a };
        expect(props(row, report.arrayDelimiter)).toEqual(expected);
      }
    }
    expect([...seen].sort()).toEqual(graph.nodes().sort());
  });

  it("gives back every edge with its counts and dates", () => {
    const seen = new Set<string>();
    for (const file of files.filter((f) => f.startsWith("rels-"))) {
      for (const row of read(file).rows) {
        const key = row["key:string"] ?? "";
        seen.add(key);
        expect(row[":START_ID(Entity)"]).toBe(graph.source(key));
        expect(row[":END_ID(Entity)"]).toBe(graph.target(key));
        const a = graph.getEdgeAttributes(key);
        expect(row[":TYPE"]).toBe(a.relation.toUpperCase());
        const p = props(row, report.arrayDelimiter);
        expect(p).toMatchObject({ relation: a.relation, weight: a.weight, docs: a.docs });
        expect(p.evidenceCount).toBe(a.evidence!.length);
        expect(p.firstSeen ?? null).toBe(a.firstSeen);
      }
    }
    expect([...seen].sort()).toEqual(graph.edges().sort());
  });

  it("gives back every piece of evidence, every field included, in order", () => {
    const rows = read("evidence.csv").rows;
    const rebuilt = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const { edge, index, ...fields } = props(row, report.arrayDelimiter);
      expect(row["id:ID(Evidence)"]).toBe(`${String(edge)}#${String(index)}`);
      const list = rebuilt.get(String(edge)) ?? [];
      list[Number(index)] = fields;
      rebuilt.set(String(edge), list);
    }
    let total = 0;
    graph.forEachEdge((key, a) => {
      total += a.evidence!.length;
      // A null date is written as a missing value: the same fact.
      const expected = a.evidence!.map((e) =>
        Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null)),
      );
      expect(rebuilt.get(key)).toEqual(expected);
    });
    expect(rows.length).toBe(total);
    expect(report.evidence).toBe(total);
  });

  it("leaves formulas as written (no spreadsheet neutralisation)", () => {
    const text = readFileSync(join(dir, "nodes-organization.csv"), "utf8");
    expect(text).toContain('"=SUM(A1:A9) ""Corp"", Ltd."');
    expect(text).not.toContain("'=SUM");
  });
});

describe("the array delimiter", () => {
  it("is ';' when no alias or document id holds one", async () => {
    expect((await exportOf(neo4jFixtureGraph(), "semi")).report.arrayDelimiter).toBe(";");
  });

  it("is ';' unless an array element holds one, then the next that no element holds", async () => {
    const graph = neo4jFixtureGraph();
    graph.setNodeAttribute("russia", "aliases", ["Russian Federation; RF"]);
    const { report, read } = await exportOf(graph, "pipe");
    // An alias of sum-corp holds "|" too, so the unit separator is the one left.
    expect(report.arrayDelimiter).toBe("\u001f");
    const russia = read("nodes-country.csv").rows.find((r) => r["id:ID(Entity)"] === "russia");
    expect(russia?.["aliases:string[]"]?.split(report.arrayDelimiter)).toEqual(["Russian Federation; RF"]);
  });
});
