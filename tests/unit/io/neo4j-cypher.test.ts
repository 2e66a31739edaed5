/**
 * Every Cypher statement kg generates (the import.cypher script and the statements `kg push`
 * runs) parses and type-checks with Neo4j's own Cypher front end, and the script is idempotent
 * by construction: constraints first, then MERGE on ids and keys only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  constraintStatements,
  cypherString,
  pushEvidenceStatement,
  pushNodesStatement,
  pushRelationshipsStatement,
} from "../../../src/io/neo4j-cypher.ts";
import { writeNeo4jExport } from "../../../src/io/neo4j-export.ts";
import { cypherErrors } from "./_cypher.ts";
import { neo4jFixtureGraph } from "./_neo4j-fixture.ts";
import { tempDir } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

/** The statements of a script: split on the semicolons that end a line, comments dropped. */
function statementsOf(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) => s.replace(/^\/\/.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}

describe("the Cypher checker", () => {
  it("rejects a statement with a syntax error (so a pass means something)", () => {
    expect(cypherErrors("MATCH (n:Entity {id: $id)) RETURN n", { id: "x" })).not.toEqual([]);
    expect(cypherErrors("MERGE (n:Entity {id: 1}) SET n += ", {})).not.toEqual([]);
  });
});

describe("import.cypher", async () => {
  const dir = join(tmp.dir, "export");
  const graph = neo4jFixtureGraph();
  graph.setNodeAttribute("russia", "aliases", ["a;b", "c|d"]);
  await writeNeo4jExport(graph, dir);
  const script = readFileSync(join(dir, "import.cypher"), "utf8");
  const statements = statementsOf(script);

  it("creates the constraints before it loads anything", () => {
    const firstLoad = statements.findIndex((s) => s.startsWith("LOAD CSV"));
    expect(statements.slice(0, firstLoad).every((s) => s.startsWith("CREATE "))).toBe(true);
    expect(statements[0]).toMatch(/REQUIRE n\.id IS UNIQUE/);
    expect(firstLoad).toBeGreaterThan(1);
  });

  it("loads every CSV file once, merging on ids and keys", () => {
    const loads = statements.filter((s) => s.startsWith("LOAD CSV"));
    expect(loads).toHaveLength(9);
    for (const load of loads) {
      expect(load).toMatch(
        /MERGE \((n:\w+ \{id: row\.`id:ID\(\w+\)`\})\)|MERGE \(a\)-\[r:`\w+` \{key: row\.`key:string`\}\]->\(b\)/,
      );
      expect(load).not.toMatch(/\bCREATE\b/);
    }
  });

  it("splits arrays on the delimiter the files use (here U+001F, escaped)", () => {
    expect(script).toContain("split(row.`aliases:string[]`, '\\u001F')");
  });

  it.each(statementsOf(script).map((s) => [s.split("\n")[0], s]))("parses: %s", (_first, statement) => {
    expect(cypherErrors(statement)).toEqual([]);
  });
});

describe("the Cypher in docs/neo4j.md", () => {
  const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "neo4j.md"), "utf8");
  const blocks = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  const parameters = { from: "a", to: "b", throughTypes: [], actors: [], first: "a", others: [] };

  it("has the path and connect queries", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((b): [string, string] => [b.split("\n")[0] ?? "", b]))("parses: %s", (_first, block) => {
    expect(cypherErrors(block, parameters)).toEqual([]);
  });
});

describe("kg push's statements", () => {
  const rows = [{ id: "x", source: "a", target: "b", key: "a|supplies|b", props: { name: "X" } }];
  it.each<[string, string]>([
    ["nodes", pushNodesStatement("WeaponSystem")],
    ["evidence", pushEvidenceStatement()],
    ["relationships", pushRelationshipsStatement("AFFILIATED_WITH")],
    ...constraintStatements(["SUPPLIES", "ODD`TYPE"]).map((s): [string, string] => [s.slice(0, 40), s]),
  ])("parses: %s", (_label, statement) => {
    expect(cypherErrors(statement, { rows })).toEqual([]);
  });

  it("quotes names and strings so no text can end them", () => {
    expect(cypherString("it's a \\ path\n")).toBe("'it\\'s a \\\\ path\\u000A'");
    expect(cypherErrors(`RETURN ${cypherString("it's a \\ path\n\u0001")} AS s`)).toEqual([]);
    expect(pushNodesStatement("Odd`Label")).toContain("`Odd``Label`");
    expect(cypherErrors(pushNodesStatement("Odd`Label"), { rows })).toEqual([]);
  });
});
