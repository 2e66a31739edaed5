/**
 * The miss-shape classifier (src/eval/miss-shapes.ts) on labelled sentences: the grammatical link
 * it reads between a relation's two ends, and the clues it reads across sentences.
 */
import { describe, expect, it } from "vitest";
import { indexSentence } from "../../../src/extract/chunks.ts";
import { frameTableOf } from "../../../src/extract/frames.ts";
import { runStages } from "../../../src/extract/pipeline.ts";
import { tablesOf } from "../../../src/extract/lexicon-tables.ts";
import { modalityCuesOf } from "../../../src/extract/modality-cues.ts";
import { wordsOf } from "../../../src/extract/stage-words.ts";
import type { Mention } from "../../../src/extract/types.ts";
import {
  classifyAcross,
  classifySentence,
  clauseKind,
  distanceBucket,
} from "../../../src/eval/miss-shapes.ts";
import type { RelationType } from "../../../src/model/ontology.ts";

/** The state of one text and the index of each of its sentences. */
function analyse(text: string) {
  const state = runStages({ id: "t.txt", text, meta: {} });
  const words = wordsOf(state);
  const ix = state.sentences.map((s) =>
    indexSentence(s, state.mentions[s.index] ?? [], words, tablesOf(state), modalityCuesOf(state)),
  );
  const of = (s: number, name: string): Mention[] => (state.mentions[s] ?? []).filter((m) => m.name === name);
  return { state, ix, of, table: frameTableOf(state.options.lexicon) };
}

/** The shape of the link between `source` and `target` in the text's first sentence. */
function shape(text: string, source: string, target: string, relation: RelationType) {
  const { ix, of, table } = analyse(text);
  const a = of(0, source);
  const b = of(0, target);
  expect(a.length, `${source} is a mention`).toBeGreaterThan(0);
  expect(b.length, `${target} is a mention`).toBeGreaterThan(0);
  return classifySentence(ix[0]!, a, b, relation, table);
}

const CASES: {
  label: string;
  text: string;
  source: string;
  target: string;
  relation: RelationType;
  shape: string;
  trigger?: string;
}[] = [
  {
    label: "subject and to-phrase of a frame verb",
    text: "Germany delivered the howitzers to Ukraine on Monday.",
    source: "Germany",
    target: "Ukraine",
    relation: "supplies",
    shape: "subj(V) + to(V)",
    trigger: "frame-verb",
  },
  {
    label: "subject and object of a frame verb",
    text: "North Korea on Tuesday condemned South Korea for the drills.",
    source: "North Korea",
    target: "South Korea",
    relation: "assesses",
    shape: "subj(V) + obj(V)",
    trigger: "frame-verb",
  },
  {
    label: "a speaker and the subject of its claim",
    text: "The Joint Chiefs of Staff said North Korea fired a ballistic missile.",
    source: "Joint Chiefs of Staff",
    target: "North Korea",
    relation: "assesses",
    shape: "speaker(said) + subj(claim)",
  },
  {
    label: "a speaker after its claim",
    text: "North Korea fired a ballistic missile on Sunday, the Joint Chiefs of Staff said.",
    source: "Joint Chiefs of Staff",
    target: "North Korea",
    relation: "assesses",
    shape: "speaker(trailing,said) + subj(claim)",
  },
  {
    label: "two names co-ordinated as one subject",
    text: "Kim Jong Un and Vladimir Putin met in Vostochny on Wednesday.",
    source: "Kim Jong Un",
    target: "Vladimir Putin",
    relation: "meets",
    shape: "list-member",
  },
  {
    label: "the agent and the to-phrase of a passive verb",
    text: "The drones were supplied by Iran to Russia last year.",
    source: "Iran",
    target: "Russia",
    relation: "supplies",
    shape: "by(V,passive) + to(V)",
  },
  {
    label: "a possessor and the to-phrase of a supply noun",
    text: "Germany's delivery of Leopard tanks to Ukraine was delayed.",
    source: "Germany",
    target: "Ukraine",
    relation: "supplies",
    shape: "poss(N) + to(N)",
    trigger: "frame-noun",
  },
  {
    label: "a title set off after the name",
    text: "Lee Sung Joon, a spokesperson for the Joint Chiefs of Staff, said the launch was a provocation.",
    source: "Lee Sung Joon",
    target: "Joint Chiefs of Staff",
    relation: "affiliated_with",
    shape: "apposition",
  },
];

describe("classifySentence", () => {
  for (const c of CASES) {
    it(c.label, () => {
      const got = shape(c.text, c.source, c.target, c.relation);
      expect(got.shape).toBe(c.shape);
      if (c.trigger) expect(got.trigger).toBe(c.trigger);
    });
  }
});

describe("clauseKind", () => {
  it("reads a participle before its agent, an infinitive and a relative clause", () => {
    const { state } = analyse(
      "The tanks sent by Poland arrived, and Iran, which wants to buy drones, waited.",
    );
    const tokens = state.sentences[0]!.tokens;
    const at = (w: string): number => tokens.findIndex((t) => t.lower === w);
    expect(clauseKind(tokens, at("sent"))).toBe("part");
    expect(clauseKind(tokens, at("buy"))).toBe("inf");
    expect(clauseKind(tokens, at("wants"))).toBe("rel");
    expect(clauseKind(tokens, at("arrived"))).toBe("main");
  });
});

describe("classifyAcross", () => {
  it("reads the distance, the trigger and the missing end as the subject of its own sentence", () => {
    const { ix, of, table } = analyse(
      "Germany will send more air defence systems to Ukraine this year. The IRIS-T systems arrive in May.",
    );
    const got = classifyAcross(
      ix[0]!,
      ix[1]!,
      of(0, "Germany"),
      (m) => m.type === "WeaponSystem",
      1,
      "supplies",
      table,
    );
    expect(got.distance).toBe("d=1");
    expect(got.trigger).toBe("frame-verb");
    expect(got.presentRole).toBe("subj(V)");
    expect(got.otherSubject).toBe(true);
  });
  it("buckets distances", () => {
    expect([1, 2, 4, 9].map(distanceBucket)).toEqual(["d=1", "d=2", "d=3-5", "d=6+"]);
  });
});
