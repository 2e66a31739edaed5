/**
 * The GEXF timeline plays event dates: a graph of several articles exports as dynamic GEXF 1.3
 * that passes the grammar, whose edge spells cover the days each fact's event date spans (a month
 * for "in January 2024") rather than the days the articles came out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { buildGraph } from "../../../src/graph/merge.ts";
import { writeExport } from "../../../src/io/index.ts";
import { tempDir, validateGexf } from "./_tools.ts";

const tmp = tempDir();
afterAll(tmp.cleanup);

const DOCS = [
  {
    id: "a.txt",
    text: "Iran supplied drones to Russia in January 2024. North Korean leader Kim Jong Un met Russian security official Sergei Shoigu on Dec. 21.",
    meta: { date: "2024-03-01" },
  },
  {
    id: "b.txt",
    text: "Iran supplied drones to Russia last week.",
    meta: { date: "2024-06-12" },
  },
];

function spellsOf(xml: string, edgeId: string): [string, string][] {
  const edge = new RegExp(`<edge id="${edgeId.replace(/\|/g, "\\|")}"[^]*?</edge>`).exec(xml)?.[0] ?? "";
  return [...edge.matchAll(/<spell start="([^"]+)" end="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]);
}

describe("the dynamic GEXF of a multi-article graph", () => {
  it("passes the GEXF 1.3 grammar and its spells are the event dates", async () => {
    const graph = buildGraph(
      DOCS.map((d) => ({ doc: d.id, date: d.meta.date, extraction: extractDocument(d) })),
    );
    const file = join(tmp.dir, "events.gexf");
    await writeExport(graph, "gexf", file);
    expect(validateGexf(file)).toMatchObject({ ok: true });
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toContain('start="2023-12-21" end="2024-06-09"');
    expect(spellsOf(xml, "iran|supplies|russia")).toEqual([
      ["2024-01-01", "2024-01-31"],
      ["2024-06-03", "2024-06-09"],
    ]);
    expect(spellsOf(xml, "kim-jong-un|meets|sergei-shoigu")).toEqual([["2023-12-21", "2023-12-21"]]);
    expect(xml).toContain(
      '<attvalue for="first_event" value="2024-01"/><attvalue for="last_event" value="2024-W23"/>',
    );
  });
});
