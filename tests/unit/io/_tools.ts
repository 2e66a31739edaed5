/**
 * Helpers for the io tests: temporary folders, the real readers (xmllint against the GEXF 1.3
 * grammar, NetworkX through /usr/bin/python3), and a comparison of two graphs that names every
 * difference.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { KgGraph } from "../../../src/model/graph.ts";
import { GEXF_GRAMMAR } from "../../_fixtures.ts";

/** The Python that has NetworkX. */
export const PYTHON = "/usr/bin/python3";

/** A fresh temporary folder and its cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kg-io-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Validates a file against the GEXF 1.3 grammar with xmllint; `ok` and xmllint's messages. */
export function validateGexf(file: string): { ok: boolean; messages: string } {
  const run = spawnSync("xmllint", ["--noout", "--relaxng", GEXF_GRAMMAR, file], { encoding: "utf8" });
  return { ok: run.status === 0, messages: `${run.stdout}${run.stderr}` };
}

/** Lines that teach NetworkX 2.x the GEXF 1.3 namespaces (it knows 1.1draft and 1.2draft only). */
const NX_GEXF13 = `
from networkx.readwrite.gexf import GEXFReader
GEXFReader.versions.setdefault("1.3", {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance", "SCHEMALOCATION": "", "VERSION": "1.3"})
`;

/** Runs a Python snippet with NetworkX imported as `nx` and `json`, the 1.3 namespaces known; parses its JSON output. */
export function networkx<T>(code: string, args: string[] = []): T {
  const script = `import sys, json\nimport networkx as nx\n${NX_GEXF13}\n${code}`;
  const out = execFileSync(PYTHON, ["-c", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

/** Every difference between two graphs' nodes and edges (keys and attributes), empty when they are equal. */
export function graphDifferences(expected: KgGraph, actual: KgGraph): string[] {
  const out: string[] = [];
  expected.forEachNode((node, attrs) => {
    if (!actual.hasNode(node)) out.push(`missing node ${node}`);
    else if (!isDeepStrictEqual(attrs, actual.getNodeAttributes(node)))
      out.push(`node ${node}: ${JSON.stringify(attrs)} != ${JSON.stringify(actual.getNodeAttributes(node))}`);
  });
  expected.forEachEdge((edge, attrs, source, target) => {
    if (!actual.hasEdge(edge)) out.push(`missing edge ${edge}`);
    else if (actual.source(edge) !== source || actual.target(edge) !== target)
      out.push(`edge ${edge}: ends differ`);
    else if (!isDeepStrictEqual(attrs, actual.getEdgeAttributes(edge)))
      out.push(`edge ${edge}: ${JSON.stringify(attrs)} != ${JSON.stringify(actual.getEdgeAttributes(edge))}`);
  });
  if (actual.order !== expected.order) out.push(`node count ${actual.order} != ${expected.order}`);
  if (actual.size !== expected.size) out.push(`edge count ${actual.size} != ${expected.size}`);
  return out;
}

/** A copy of a graph with the characters XML 1.0 cannot carry removed from its strings (what XML formats give back). */
export function withoutXmlIllegal(graph: KgGraph): KgGraph {
  const copy = graph.copy();
  // eslint-disable-next-line no-control-regex
  const clean = (s: string): string => s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, "");
  copy.updateEachNodeAttributes((_n, a) => ({ ...a, name: clean(a.name), aliases: a.aliases.map(clean) }));
  return copy;
}
