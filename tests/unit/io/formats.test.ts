/**
 * The parts of each format users rely on: streamed pieces of about 64 KB, atomic files, typed
 * GraphML keys, RFC 4180 CSV, format detection, foreign vocabularies, and errors with stable codes.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { csvRow, parseCsv } from "../../../src/io/csv.ts";
import {
  exportChunks,
  importFile,
  readGraph,
  writeExport,
  type ExportFormat,
} from "../../../src/io/index.ts";
import { toEntityId, toEntityType, toRelationType } from "../../../src/io/mapping.ts";
import { escapeXmlAttr } from "../../../src/io/xml.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { articleGraph } from "./_fixture.ts";
import { syntheticGraph } from "./_synthetic.ts";
import { PYTHON, tempDir } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (err) {
    return isKgError(err) ? err.code : `not a KgError: ${String(err)}`;
  }
  return undefined;
}

describe("exports are streamed", () => {
  const graph = syntheticGraph({ nodes: 2000, edges: 8000, seed: 3 });
  it.each(["gexf", "graphml", "json", "csv-nodes", "csv-edges"] as ExportFormat[])(
    "%s comes in pieces of about 64 KB, never as one string",
    (format) => {
      const pieces = [...exportChunks(graph, format)];
      const total = pieces.reduce((n, p) => n + p.length, 0);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces.slice(0, -1)) {
        expect(piece.length).toBeGreaterThanOrEqual(64 * 1024);
        expect(piece.length).toBeLessThan(64 * 1024 + 16 * 1024);
      }
      expect(pieces.length).toBeGreaterThanOrEqual(Math.floor(total / (80 * 1024)));
    },
  );

  it("checks options before the first piece", async () => {
    expect(await codeOf(() => exportChunks(graph, "gexf", { filter: { types: ["Planet" as never] } }))).toBe(
      "INVALID_OPTION",
    );
    expect(await codeOf(() => exportChunks(graph, "gexf", { dynamic: "sometimes" as never }))).toBe(
      "INVALID_OPTION",
    );
    expect(await codeOf(() => exportChunks(graph, "pdf" as ExportFormat))).toBe("UNSUPPORTED_FORMAT");
  });
});

describe("writeExport", () => {
  it("replaces the file whole and leaves no temporary file", async () => {
    const file = join(tmp.dir, "atomic.json");
    writeFileSync(file, "old");
    await writeExport(articleGraph(), "json", file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ format: "kg-graph-export", version: 1 });
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("fails with WRITE_FAILED when the folder does not exist", async () => {
    expect(await codeOf(writeExport(articleGraph(), "gexf", join(tmp.dir, "missing", "x.gexf")))).toBe(
      "WRITE_FAILED",
    );
  });
});

describe("GraphML", () => {
  it("declares typed keys and NetworkX reads the types back", async () => {
    const file = join(tmp.dir, "typed.graphml");
    await writeExport(articleGraph(), "graphml", file);
    const text = readFileSync(file, "utf8");
    expect(text).toContain('<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
    const out = execFileSync(
      PYTHON,
      [
        "-c",
        `import networkx as nx, sys, json
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"n": g.number_of_nodes(), "e": g.number_of_edges(), "node": g.nodes["north-korea"], "w": g.edges["north-korea", "russia"]["weight"]}))`,
        file,
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(out)).toEqual({
      n: 9,
      e: 9,
      node: {
        label: "North Korea",
        type: "Country",
        aliases: "the North; Pyongyang",
        mentions: 9,
        documents: "nk-russia-troops.txt",
        x: 10.5,
        y: -3.25,
      },
      w: 2,
    });
  });

  it("reads GraphML written by NetworkX, typing values by their keys", async () => {
    const file = join(tmp.dir, "nx.graphml");
    execFileSync(PYTHON, [
      "-c",
      `import networkx as nx, sys
g = nx.DiGraph()
g.add_node("Kim Jong Un", category="person", mentions=4)
g.add_node("Russia", category="country")
g.add_edge("Kim Jong Un", "Russia", relation="affiliated", documents="a.txt; b.txt")
nx.write_graphml(g, sys.argv[1])`,
      file,
    ]);
    const { graph, warnings } = await importFile(file);
    expect(graph.getNodeAttributes("kim-jong-un")).toMatchObject({
      name: "Kim Jong Un",
      type: "Person",
      mentions: 4,
    });
    expect(graph.getEdgeAttributes("kim-jong-un|affiliated_with|russia")).toMatchObject({
      weight: 2,
      docs: 2,
    });
    expect(warnings).toEqual([]);
  });
});

describe("CSV", () => {
  it("quotes fields by RFC 4180 so that any text parses back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => csvRow(r)).join("");
          const expected = rows.filter((r) => !(r.length === 1 && r[0] === ""));
          expect(parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ""))).toEqual(expected);
        },
      ),
    );
  });

  it("reads a lone edges table, making nodes of its ends with the default type", async () => {
    const file = join(tmp.dir, "lone.csv");
    writeFileSync(
      file,
      'source,target,relation,first_sentence\r\nnorth-korea,russia,supplies,"North Korea sent shells, and more."\r\n',
    );
    const { graph, warnings } = await importFile(file);
    expect(graph.getEdgeAttribute("north-korea|supplies|russia", "evidence")![0]?.sentence).toBe(
      "North Korea sent shells, and more.",
    );
    expect(graph.getNodeAttribute("russia", "type")).toBe("Organization");
    expect(warnings).toEqual(["2 nodes without a known entity type were given type Organization"]);
  });

  it("reads the one-file export with section lines", async () => {
    const nodes = [...exportChunks(articleGraph(), "csv-nodes")].join("");
    const edges = [...exportChunks(articleGraph(), "csv-edges")].join("");
    const file = join(tmp.dir, "sections.csv");
    writeFileSync(file, `# nodes\n${nodes}# edges\n${edges}`);
    const { graph } = await importFile(file);
    expect([graph.order, graph.size]).toEqual([9, 9]);
  });
});

describe("import errors carry stable codes", () => {
  const cases: { label: string; name: string; content: string | null; code: string }[] = [
    { label: "a missing file", name: "absent.gexf", content: null, code: "FILE_NOT_FOUND" },
    {
      label: "malformed XML",
      name: "broken.gexf",
      content: '<gexf version="1.3"><graph><nodes><node id="a"></nodes>',
      code: "INVALID_FORMAT",
    },
    {
      label: "XML that is not GEXF",
      name: "other.gexf",
      content: "<html><body/></html>",
      code: "INVALID_FORMAT",
    },
    {
      label: "JSON of another kind",
      name: "other.json",
      content: '{"format":"something-else","version":1}',
      code: "INVALID_FORMAT",
    },
    {
      label: "a newer envelope version",
      name: "future.json",
      content: '{"format":"kg-graph-export","version":99,"graph":{"nodes":[],"edges":[]}}',
      code: "INVALID_FORMAT",
    },
    {
      label: "a file of unknown kind",
      name: "notes.txt",
      content: "just some words\n",
      code: "UNSUPPORTED_FORMAT",
    },
  ];
  it.each(cases)("$label gives $code", async ({ name, content, code }) => {
    const file = join(tmp.dir, name);
    if (content !== null) writeFileSync(file, content);
    expect(await codeOf(importFile(file))).toBe(code);
  });

  it("reads a graph held in a string (what the server receives), detecting its format", async () => {
    for (const format of ["gexf", "graphml", "json"] as const) {
      const text = [...exportChunks(articleGraph(), format)].join("");
      const result = await readGraph(text);
      expect([result.format, result.graph.order, result.graph.size]).toEqual([format, 9, 9]);
    }
    expect(await codeOf(readGraph("<gexf version='1.3'><graph>", { format: "gexf" }))).toBe("INVALID_FORMAT");
  });

  it("detects the format by content when the extension says nothing", async () => {
    const file = join(tmp.dir, "graph.export");
    await writeExport(articleGraph(), "gexf", file);
    expect((await importFile(file)).format).toBe("gexf");
  });
});

describe("foreign vocabularies map onto the ontology", () => {
  it.each([
    ["PER", "Person"],
    ["organisation", "Organization"],
    ["GPE", "Country"],
    ["city", "Location"],
    ["Weapon System", "WeaponSystem"],
    ["planet", null],
  ])("entity type %s is %s", (value, expected) => expect(toEntityType(value)).toBe(expected));

  it.each([
    ["supplied", "supplies"],
    ["MEETS", "meets"],
    ["affiliated-with", "affiliated_with"],
    ["member of", "affiliated_with"],
    ["criticizes", null],
  ])("relation %s is %s", (value, expected) => expect(toRelationType(value)).toBe(expected));

  it.each([
    ["kim-jong-un", "Kim Jong Un", "kim-jong-un"],
    ["17", "Sergei Shoigu", "sergei-shoigu"],
    ["n42", "Kursk", "kursk"],
    ["Kim Jong Un", "Kim Jong Un", "kim-jong-un"],
  ])("node id %s named %s becomes %s", (id, name, expected) => expect(toEntityId(id, name)).toBe(expected));
});

describe("XML escaping", () => {
  it.each([
    ["plain text", "Kim Jong Un", "Kim Jong Un"],
    ["markup", `a & b <c> "d"`, "a &amp; b &lt;c&gt; &quot;d&quot;"],
    ["control characters", "bell\u0007 nul\u0000", "bell nul"],
    ["a lone surrogate", "x\uD800y", "xy"],
    ["an emoji (a surrogate pair)", "🚀", "🚀"],
    ["line breaks and tabs", "a\nb\tc\r", "a&#10;b&#9;c&#13;"],
  ])("%s", (_label, input, expected) => expect(escapeXmlAttr(input)).toBe(expected));
});
