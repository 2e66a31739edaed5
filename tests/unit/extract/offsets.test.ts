/**
 * Offsets and robustness: every evidence sentence and every mention slices exactly out of the
 * document text, and hostile input (empty, whitespace, a 1 MB line, random bytes, HTML with
 * scripts) never throws and gives a sensible result.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument, extractDocumentDetailed } from "../../../src/extract/index.ts";
import type { SourceDocument } from "../../../src/model/types.ts";
import { CASES } from "./_cases.ts";
import { createRandom } from "../../../src/graph/prng.ts";
import { FIRST_ARTICLE } from "../../_fixtures.ts";

const article = readFileSync(FIRST_ARTICLE, "utf8");
/** The 1 MB inputs take ~10 s alone and several times that on a loaded machine; their limit is generous, as
 * they assert that extraction completes and stays correct, not how fast (speed is the bench's job). */
const HUGE_INPUT_TIMEOUT = 300_000;

function doc(text: string, id = "doc.txt"): SourceDocument {
  return { id, text, meta: {} };
}

function expectExactOffsets(d: SourceDocument): void {
  const detailed = extractDocumentDetailed(d, { headlineRelations: true });
  const x = detailed.extraction;
  for (const r of [...x.relations, ...x.hedged]) {
    for (const e of r.evidence) {
      expect(d.text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.doc).toBe(d.id);
    }
  }
  for (const m of detailed.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  for (const s of detailed.sentences) expect(d.text.slice(s.start, s.end)).toBe(s.text);
}

describe("offsets", () => {
  it("slice every evidence sentence and mention out of the sample article", () => {
    expectExactOffsets(doc(article, "nk-russia-troops.txt"));
  });

  it("slice every evidence sentence and mention out of all labelled cases joined with CRLF line ends", () => {
    expectExactOffsets(doc(CASES.map((c) => c.text).join("\r\n")));
  });

  it("survive astral characters, tabs and non-breaking spaces before the sentences", () => {
    expectExactOffsets(
      doc(
        `😀🚀\t\u00a0Title line\n\n\tIran has supplied Russia with Shahed-136 drones.\u00a0 Kim met Putin.`,
      ),
    );
  });
});

describe("robustness", () => {
  it("gives an empty result for empty text", () => {
    expect(extractDocument(doc(""))).toEqual({ entities: [], relations: [], hedged: [] });
  });

  it("gives an empty result for whitespace only", () => {
    expect(extractDocument(doc(" \n\t\r\n   \n"))).toEqual({ entities: [], relations: [], hedged: [] });
  });

  it(
    "handles a 1 MB single line without throwing",
    () => {
      const sentence = "Iran has supplied Russia with hundreds of Shahed-136 drones, officials said. ";
      const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
      const x = extractDocument(doc(text));
      expect(x.relations.some((r) => r.source === "iran" && r.target === "russia")).toBe(true);
    },
    HUGE_INPUT_TIMEOUT,
  );

  it(
    "handles a 1 MB line without spaces or punctuation",
    () => {
      const x = extractDocument(doc("A".repeat(1_000_000)));
      expect(x.relations).toEqual([]);
    },
    HUGE_INPUT_TIMEOUT,
  );

  it("handles random bytes decoded as UTF-8", () => {
    const random = createRandom(42);
    const bytes = new Uint8Array(200_000).map(() => Math.floor(random() * 256));
    const text = new TextDecoder("utf-8").decode(bytes);
    expect(() => expectExactOffsets(doc(text))).not.toThrow();
  });

  it("treats HTML-like text with a script as text and still finds the actors", () => {
    const html = `<html><head><script>var x = "North Korea sent troops to Russia"; while(1){}</script></head>
<body><p>Iran has supplied Russia with drones.</p><div class="x">Back to top</div></body></html>`;
    const x = extractDocument(doc(html));
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["iran", "russia"]));
  });

  it("handles long runs of dots, capitals and hyphens", () => {
    const text = `${".".repeat(50_000)} ${"U.S. ".repeat(20_000)} ${"-".repeat(50_000)} ${"Mr. ".repeat(10_000)}`;
    expect(() => expectExactOffsets(doc(text))).not.toThrow();
  });
});
