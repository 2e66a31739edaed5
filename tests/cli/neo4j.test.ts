/**
 * `kg export --format neo4j` and `kg push` as a user runs them: a folder with the CSV files, the
 * script and the README; a clear usage error without --out; an unreachable server reported on
 * stderr with exit 1, the password never echoed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { toGraphFile } from "../../src/graph/graph-file.ts";
import { articleGraph } from "../unit/io/_fixture.ts";
import { closedPort } from "../unit/io/_neo4j-fixture.ts";
import { tempDir } from "../unit/io/_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);
mkdirSync(join(tmp.dir, "graph-data"));
writeFileSync(
  join(tmp.dir, "graph-data", "graph.kg.json"),
  JSON.stringify(toGraphFile(articleGraph(), [], "2025-04-03T00:00:00.000Z")),
);

async function kg(args: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    cwd: tmp.dir,
    env,
  });
  return { code, out, err };
}

describe("kg export --format neo4j", () => {
  it("writes the CSV files, import.cypher and README.txt into the --out folder", async () => {
    const { code, out } = await kg(["export", "--format", "neo4j", "--out", "neo4j-out", "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { nodes: number; edges: number; evidence: number; files: string[] };
    expect(report).toMatchObject({ nodes: 9, edges: 9 });
    for (const name of [
      "nodes-country.csv",
      "evidence.csv",
      "rels-supplies.csv",
      "import.cypher",
      "README.txt",
    ])
      expect(existsSync(join(tmp.dir, "neo4j-out", name))).toBe(true);
    expect(readFileSync(join(tmp.dir, "neo4j-out", "README.txt"), "utf8")).toContain(
      "neo4j-admin database import full",
    );
  });

  it("keeps only the relations asked for", async () => {
    const { code } = await kg(["export", "-f", "neo4j", "-o", "only-supplies", "--relations", "supplies"]);
    expect(code).toBe(0);
    expect(existsSync(join(tmp.dir, "only-supplies", "rels-supplies.csv"))).toBe(true);
    expect(existsSync(join(tmp.dir, "only-supplies", "rels-meets.csv"))).toBe(false);
  });

  it("is a usage error (exit 2) without --out", async () => {
    const { code, err } = await kg(["export", "--format", "neo4j"]);
    expect(code).toBe(2);
    expect(err).toContain("--out");
  });
});

describe("kg push", () => {
  it("exits 1 and says the server cannot be reached, without echoing the password", async () => {
    const port = await closedPort();
    const { code, err } = await kg(["push", `bolt://127.0.0.1:${port}`, "--timeout", "2000"], {
      NEO4J_PASSWORD: "s3cret-pw",
    });
    expect(code).toBe(1);
    expect(err).toContain(`127.0.0.1:${port}`);
    expect(err).not.toContain("s3cret-pw");
  });

  it("is a usage error (exit 2) for a batch that is not a whole number", async () => {
    const { code } = await kg(["push", "bolt://127.0.0.1:7687", "--batch", "ten"]);
    expect(code).toBe(2);
  });
});
