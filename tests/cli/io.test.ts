/**
 * `kg export` and `kg import` as a user runs them: formats to stdout and to files, filters,
 * the static switch, KG_DATA, exit codes, and an import that reaches the store.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import type { CliContext } from "../../src/cli/context.ts";
import { toGraphFile } from "../../src/graph/graph-file.ts";
import { openStore } from "../../src/graph/store.ts";
import { articleGraph } from "../unit/io/_fixture.ts";
import { tempDir, validateGexf } from "../unit/io/_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);
const data = join(tmp.dir, "graph-data");
mkdirSync(data);
writeFileSync(
  join(data, "graph.kg.json"),
  JSON.stringify(toGraphFile(articleGraph(), [], "2025-04-03T00:00:00.000Z")),
);

async function kg(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const ctx: CliContext = {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    cwd: tmp.dir,
    env,
  };
  const code = await runCli(args, ctx);
  return { code, out, err };
}

describe("kg export", () => {
  it("prints a valid GEXF 1.3 with a timeline to stdout", async () => {
    const { code, out } = await kg(["export", "--format", "gexf"]);
    expect(code).toBe(0);
    const file = join(tmp.dir, "stdout.gexf");
    writeFileSync(file, out);
    expect(validateGexf(file).ok).toBe(true);
    expect(out).toContain('mode="dynamic"');
  });

  it("writes no timeline with --static", async () => {
    const { out } = await kg(["export", "-f", "gexf", "--static"]);
    expect(out).toContain('mode="static"');
    expect(out).not.toContain("<spell");
  });

  it("writes a file and reports what it wrote, with the filters applied", async () => {
    const { code, out } = await kg([
      "export",
      "-f",
      "graphml",
      "--out",
      "out.graphml",
      "--types",
      "Country,Organization",
      "--relations",
      "assesses,affiliated_with",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      format: "graphml",
      files: [join(tmp.dir, "out.graphml")],
      nodes: 6,
      edges: 4,
    });
    expect(readFileSync(join(tmp.dir, "out.graphml"), "utf8")).toContain("<graphml");
  });

  it("keeps edges with enough evidence with --min-evidence", async () => {
    const { out } = await kg(["export", "-f", "json", "--min-evidence", "2"]);
    expect(
      JSON.parse(out)
        .graph.edges.map((e: { key: string }) => e.key)
        .sort(),
    ).toEqual(["national-intelligence-service|assesses|north-korea", "north-korea|supplies|russia"]);
  });

  it("writes CSV as FILE.nodes.csv and FILE.edges.csv", async () => {
    const { code, out } = await kg(["export", "-f", "csv", "-o", "tables.csv"]);
    expect(code).toBe(0);
    expect(out).toContain("tables.nodes.csv");
    expect(readFileSync(join(tmp.dir, "tables.nodes.csv"), "utf8").split("\r\n")[0]).toBe(
      "id,name,type,aliases,mentions,documents,x,y",
    );
    expect(readFileSync(join(tmp.dir, "tables.edges.csv"), "utf8")).toContain("first_sentence");
  });

  it("prints both CSV tables to stdout after section lines", async () => {
    const { out } = await kg(["export", "-f", "csv"]);
    expect(out.startsWith("# nodes\nid,name,type")).toBe(true);
    expect(out).toContain("\n# edges\nid,source,target,relation");
  });

  it("finds the graph through KG_DATA", async () => {
    const { code } = await kg(["export", "-f", "json"], { KG_DATA: data });
    expect(code).toBe(0);
  });

  it.each([
    { label: "an unknown format", args: ["export", "-f", "pdf"], code: 2 },
    { label: "an unknown entity type", args: ["export", "-f", "gexf", "--types", "Planet"], code: 2 },
    {
      label: "a non-numeric --min-evidence",
      args: ["export", "-f", "gexf", "--min-evidence", "many"],
      code: 2,
    },
    { label: "a folder without a graph", args: ["export", "-f", "gexf", "--data", "nowhere"], code: 1 },
  ])("exits $code on $label", async ({ args, code }) => {
    expect((await kg(args)).code).toBe(code);
  });

  it("lists the valid entity types and relations when given a wrong one", async () => {
    const types = await kg(["export", "-f", "gexf", "--types", "Planet"]);
    expect(types.err).toContain("Person, Organization, Country, Location, WeaponSystem");
    const relations = await kg(["export", "-f", "gexf", "--relations", "bombs"]);
    expect(relations.code).toBe(2);
    expect(relations.err).toContain("supplies, meets, assesses, affiliated_with");
  });
});

describe("kg import", () => {
  it("reads a graph file and merges it into graph-data as a source that rebuilds keep", async () => {
    await kg(["export", "-f", "gexf", "-o", "round.gexf"]);
    const { code, out } = await kg(["import", "round.gexf", "--json"]);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary).toMatchObject({ format: "gexf", entities: 9, relations: 9, hedged: 1, warnings: [] });

    writeFileSync(join(tmp.dir, "new.csv"), "source,target,relation\r\nZorbania,Ruritania,supplies\r\n");
    expect((await kg(["import", "new.csv"])).code).toBe(0);
    const hasImported = async () => {
      const store = await openStore({ dataDir: data });
      try {
        return store.sources.has("new.csv") && store.graph.hasNode("zorbania");
      } finally {
        await store.close();
      }
    };
    expect(await hasImported()).toBe(true);
    await kg(["build"]);
    expect(await hasImported()).toBe(true);
  });

  it("prints warnings on stderr and a one-line summary", async () => {
    const file = join(tmp.dir, "foreign.csv");
    writeFileSync(file, "source,target,relation\r\na,b,supplies\r\na,b,praises\r\n");
    const { code, out, err } = await kg(["import", "foreign.csv"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^kg: imported foreign\.csv \(csv\): 2 entities, 1 relations, 0 hedged/);
    expect(err).toContain("kg: warning: 1 edges without a known relation were skipped");
  });

  it("exits 1 when the file does not exist", async () => {
    const { code, err } = await kg(["import", "absent.gexf"]);
    expect(code).toBe(1);
    expect(err).toContain("absent.gexf");
  });
});
