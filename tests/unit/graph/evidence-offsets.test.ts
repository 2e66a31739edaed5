/**
 * The evidence offsets promise: building the first article (a temporary copy, plus the same
 * article as Markdown with front matter and as HTML) with the real extraction pipeline gives edges
 * whose every piece of evidence points at its sentence: text.slice(start, end) === sentence.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/graph/store.ts";
import { copyFirstArticle, FIRST_ARTICLE } from "../../_fixtures.ts";
import { tempDir } from "./_tmp.ts";

/** The article as an HTML page with a script, navigation and one paragraph per line. */
function asHtml(text: string): string {
  const paragraphs = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
  return `<html><head><title>Troops</title><script>var s = "Kim met Putin.";</script></head><body><nav>Home</nav>${paragraphs.join("\n")}</body></html>`;
}

describe("evidence offsets of the built first article", () => {
  it("every evidence of every edge is the slice of its document's text", async () => {
    const dir = await tempDir();
    const sources = join(dir, "sources");
    copyFirstArticle(sources);
    const text = await readFile(FIRST_ARTICLE, "utf8");
    await writeFile(
      join(sources, "copy.md"),
      `---\ntitle: Copy\ndate: 2025-03-28\n---\n\n${text.replace(/\n/g, "\r\n")}`,
    );
    await writeFile(join(sources, "copy.html"), asHtml(text));
    const store = await openStore({ dataDir: dir, layout: { maxIterations: 5 } });
    const report = await store.build();
    expect(report.failed).toEqual([]);
    expect(report.built).toHaveLength(3);
    const docs = new Set<string>();
    const wrong: string[] = [];
    store.graph.forEachEdge((edge) => {
      for (const ev of store.evidence.evidenceOf(edge)) {
        docs.add(ev.doc);
        const source = store.sources.get(ev.doc)?.text;
        if (source?.slice(ev.start, ev.end) !== ev.sentence)
          wrong.push(`${edge} ${ev.doc}:${ev.start}-${ev.end}`);
      }
    });
    expect(wrong).toEqual([]);
    expect([...docs].sort()).toEqual(["copy.html", "copy.md", "nk-russia-troops.txt"]);
  });
});
