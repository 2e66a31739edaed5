// Each edge's first evidence as JSON text: the views an answer carries, read in one pass, kept up to a bound, dropped when the store changes.
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { graphEvidence, type EvidenceSource } from "../../src/model/evidence.ts";
import type { KgGraph } from "../../src/model/graph.ts";
import type { GraphStore, SourceRecord } from "../../src/graph/types.ts";
import { createServerContext } from "../../src/server/context.ts";
import { createEventHub } from "../../src/server/events.ts";
import { createEvidenceTexts } from "../../src/server/evidence-json.ts";
import { resolveServerSettings } from "../../src/server/settings.ts";
import type { Evidence } from "../../src/model/types.ts";
import { createHighlighter } from "../../src/server/highlights.ts";
import { evidenceViewsOf, toEvidenceView, toEvidenceViewText } from "../../src/server/views.ts";
import { graphOf } from "../unit/query/_graphs.ts";

const graph = () =>
  graphOf(
    [
      ["kim", "Person", "Kim Jong Un"],
      ["putin", "Person", "Vladimir Putin"],
      ["shoigu", "Person", "Sergei Shoigu"],
    ],
    [
      ["kim", "meets", "putin", 3],
      ["putin", "meets", "shoigu", 2],
      ["kim", "meets", "shoigu", 1],
    ],
  );

const sources = new Map<string, SourceRecord>([
  [
    "doc-1.txt",
    {
      id: "doc-1.txt",
      path: null,
      hash: "",
      meta: { title: "Summit", outlet: "Wire", date: "2024-11-01" },
      text: "",
      extraction: { entities: [], relations: [], hedged: [] },
      addedAt: "2024-11-01T00:00:00Z",
    },
  ],
]);

/** The graph's evidence, counting the passes made over it and the edges each pass asked for. */
function counted(g: KgGraph) {
  const inner = graphEvidence(g);
  const passes: string[][] = [];
  const source: EvidenceSource = {
    evidenceOf: (edge, page) => inner.evidenceOf(edge, page),
    marksOf: (edges) => inner.marksOf(edges),
    pageTextsOf: (edges, page) => {
      passes.push([...edges]);
      return inner.pageTextsOf(edges, page);
    },
  };
  return { source, passes };
}

describe("createEvidenceTexts", () => {
  it("gives each edge's first pieces of evidence as the JSON text of their views", () => {
    const g = graph();
    const texts = createEvidenceTexts(g, sources, graphEvidence(g), { limit: 2, capacity: 10 });
    const keys = new Set(g.edges());
    const out = texts.textsOf(keys);
    expect([...out.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const first = g.getEdgeAttribute(key, "evidence")!.slice(0, 2);
      expect(JSON.parse(out.get(key)!)).toEqual(
        evidenceViewsOf(g, sources, first, g.source(key), g.target(key)),
      );
    }
    const [key] = keys;
    expect(JSON.parse(out.get(key!)!)[0]).toMatchObject({
      title: "Summit",
      highlights: expect.any(Array),
    });
  });

  it("reads the edges it does not keep in one pass, and keeps them for the next answer", () => {
    const g = graph();
    const { source, passes } = counted(g);
    const texts = createEvidenceTexts(g, sources, source, { limit: 1, capacity: 10 });
    const keys = new Set(g.edges());
    const first = texts.textsOf(keys);
    expect(passes).toEqual([[...keys]]);
    expect(texts.textsOf(keys)).toEqual(first);
    expect(passes).toHaveLength(1);
  });

  it("keeps at most its capacity of edges, the least recently used leaving first", () => {
    const g = graph();
    const { source, passes } = counted(g);
    const texts = createEvidenceTexts(g, sources, source, { limit: 1, capacity: 2 });
    const [a, b, c] = g.edges() as [string, string, string];
    texts.textsOf(new Set([a, b]));
    texts.textsOf(new Set([a])); // a is now more recent than b
    texts.textsOf(new Set([c])); // b leaves
    expect(texts.size).toBe(2);
    passes.length = 0;
    texts.textsOf(new Set([a, b, c]));
    expect(passes).toEqual([[b]]);
  });

  it("keeps nothing with a capacity of 0, and forgets everything when cleared", () => {
    const g = graph();
    const { source, passes } = counted(g);
    const none = createEvidenceTexts(g, sources, source, { limit: 1, capacity: 0 });
    none.textsOf(new Set(g.edges()));
    expect(none.size).toBe(0);
    const texts = createEvidenceTexts(g, sources, source, { limit: 1, capacity: 10 });
    texts.textsOf(new Set(g.edges()));
    texts.clear();
    passes.length = 0;
    texts.textsOf(new Set(g.edges()));
    expect(passes).toHaveLength(1);
  });
});

describe("createEvidenceTexts and documents", () => {
  it("gives a document's new title once cleared (the store changed)", () => {
    const g = graph();
    const docs = new Map(sources);
    const texts = createEvidenceTexts(g, docs, graphEvidence(g), { limit: 1, capacity: 10 });
    const [key] = g.edges() as [string];
    const titleOf = () => JSON.parse(texts.textsOf(new Set([key])).get(key)!)[0].title;
    expect(titleOf()).toBe("Summit");
    const record = docs.get("doc-1.txt")!;
    docs.set("doc-1.txt", { ...record, meta: { ...record.meta, title: "Summit in Pyongyang" } });
    texts.clear();
    expect(titleOf()).toBe("Summit in Pyongyang");
  });
});

describe("toEvidenceViewText", () => {
  const base: Evidence = {
    doc: "doc-1.txt",
    sentence: "Kim Jong Un met Vladimir Putin, whom he called a friend.",
    start: 10,
    end: 66,
    trigger: "met",
    rule: "svo",
    modality: "asserted",
  };
  const highlight = createHighlighter([
    { id: "kim", names: ["Kim Jong Un"] },
    { id: "putin", names: ["Vladimir Putin", "Putin"] },
  ]);
  it.each<[string, Evidence]>([
    ["bare evidence (headline, date, document fields added)", base],
    ["a headline", { ...base, headline: true }],
    ["a piece marked not a headline", { ...base, headline: false }],
    ["its own date, kept over the document's", { ...base, date: "2024-10-21" }],
    ["a null date, which the document's replaces", { ...base, date: null }],
    ["an unknown document", { ...base, doc: "elsewhere.txt" }],
    [
      "resolved pronouns, marked as their entities",
      {
        ...base,
        resolved: [{ text: "he", name: "Kim", antecedent: { start: 0, end: 11, text: "Kim Jong Un" } }],
      },
    ],
    [
      "event dates and non-ASCII text",
      {
        ...base,
        sentence: "Kim Jong Un met Putin in Pyongyang — “friends”.",
        eventDate: "2024-06",
        eventText: "in June",
      },
    ],
  ])("writes the view of %s from the stored JSON text", (_label, evidence) => {
    const text = toEvidenceViewText(sources, JSON.stringify(evidence), highlight);
    expect(JSON.parse(text)).toEqual(toEvidenceView(sources, evidence, highlight));
  });
});

describe("the server context's evidence texts", () => {
  it("are dropped when the store's revision changes, so answers carry the evidence as it now is", () => {
    const g = graph();
    const store = {
      graph: g,
      sources,
      revision: 1,
      onChange: () => () => {},
    } as unknown as GraphStore & { revision: number };
    const settings = resolveServerSettings({});
    const hub = createEventHub({ pingMs: 60_000 });
    const ctx = createServerContext({ store, settings, logger: pino({ level: "silent" }), hub });
    const key = g.edges()[0]!;
    const before = JSON.parse(
      ctx
        .windowed({})
        .texts.textsOf(new Set([key]))
        .get(key)!,
    );
    const [, ...rest] = g.getEdgeAttribute(key, "evidence")!;
    g.mergeEdgeAttributes(key, { evidence: rest, weight: rest.length });
    store.revision = 2;
    const after = JSON.parse(
      ctx
        .windowed({})
        .texts.textsOf(new Set([key]))
        .get(key)!,
    );
    expect(after[0].sentence).toBe(rest[0]!.sentence);
    expect(after[0].sentence).not.toBe(before[0].sentence);
    ctx.dispose();
    hub.close();
  });
});
