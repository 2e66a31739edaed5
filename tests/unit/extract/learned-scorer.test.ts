/**
 * The learned scorer (stage 5b): the built-in model loads (on by default, turning no relation on
 * at present), a bad model is refused, training and extraction are deterministic, training weighs
 * positive examples by a class weight, candidates read the rules' other facts, and a model adds a relation the rules miss
 * with full evidence, hedged where the sentence is, and nothing where no trigger stands.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_SCORER,
  type ScorerModel,
  type ScorerRelationModel,
  scorerCandidates,
  validateScorerModel,
} from "../../../src/extract/5b-learned.ts";
import { extractDocument } from "../../../src/extract/index.ts";
import { DEFAULT_TRAIN_SETTINGS, type Example, trainLogistic } from "../../../src/extract/learned-train.ts";
import { runStages } from "../../../src/extract/pipeline.ts";
import { isKgError } from "../../../src/model/errors.ts";
import type { Extraction } from "../../../src/model/types.ts";

const SCORER_FILE = new URL("../../../src/extract/lexicon/learned-scorer.json", import.meta.url);

/** A small hand-set model: a supply trigger between the ends and "to" before the recipient. */
const MODEL: ScorerModel = {
  relations: {
    supplies: { threshold: 0.6, bias: -4, weights: { "tr:ship:between": 2, "tp:to": 2, "ord:st": 1 } },
  },
};

const run = (text: string, learnedScorer: ScorerModel | null = MODEL): Extraction =>
  extractDocument({ id: "t.txt", text, meta: {} }, { learnedScorer });
const triples = (list: Extraction["relations"]): string[] =>
  list.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe("the learned scorer's model", () => {
  it("loads the built-in weights file as a valid model", () => {
    expect(validateScorerModel(BUILT_IN_SCORER)).toBe(BUILT_IN_SCORER);
    expect(validateScorerModel(JSON.parse(readFileSync(SCORER_FILE, "utf8")))).toBeTruthy();
  });

  it("turns no relation on: none passed its training's checks on the present rules", () => {
    const on = Object.values(BUILT_IN_SCORER.relations).filter((m) => typeof m?.threshold === "number");
    expect(on).toEqual([]);
  });

  it("adds nothing by default while no relation is on: the rules' extraction", () => {
    const text = "General Ana Silva met her counterpart Piotr Nowak in Warsaw, the capital of Poland.";
    expect(extractDocument({ id: "t.txt", text, meta: {} })).toEqual(run(text, null));
  });

  it("refuses a model without relations with INVALID_OPTION", () => {
    let caught: unknown;
    try {
      run("Iran shipped drones to Russia.", { weights: {} } as unknown as ScorerModel);
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, "INVALID_OPTION")).toBe(true);
  });

  it("gives the same weights when trained twice on the same examples", () => {
    const examples: Example[] = [
      { features: ["tr:ship:between", "tp:to"], positive: true },
      { features: ["tr:ship:after", "tp:in"], positive: false },
      { features: ["tp:to", "d:21+"], positive: false },
      { features: ["tr:ship:between", "tp:to", "ord:st"], positive: true },
    ];
    const a = trainLogistic(examples);
    expect(trainLogistic(examples)).toEqual(a);
    expect(a.weights["tr:ship:between"]).toBeGreaterThan(0);
    expect(a.weights["tp:in"]).toBeLessThan(0);
  });

  it("weighs positive examples by the class weight it is given", () => {
    const examples: Example[] = [
      { features: ["tp:to"], positive: true },
      { features: ["tp:to"], positive: false },
      { features: ["tp:to"], positive: false },
    ];
    const plain = trainLogistic(examples);
    const weighted = trainLogistic(examples, { ...DEFAULT_TRAIN_SETTINGS, positiveWeight: 3 });
    expect((weighted.weights["tp:to"] ?? 0) + weighted.bias).toBeGreaterThan(
      (plain.weights["tp:to"] ?? 0) + plain.bias,
    );
  });
});

describe("the learned scorer's candidates", () => {
  const text =
    "Chilean Foreign Minister Rosa Mendez said Chile had paid for the radars, and Mendez also said Peru had shipped rifles to Bolivia.";
  const candidates = scorerCandidates(
    runStages({ id: "t.txt", text, meta: {} }, { learnedScorer: null }),
    undefined,
    undefined,
    true,
  );
  const featuresOf = (source: string, relation: string, target: string): string[] =>
    candidates.find((c) => c.source === source && c.relation === relation && c.target === target)?.features ??
    [];

  it("mark a speaker's own country, which the rules tie the speaker to, as such", () => {
    expect(featuresOf("Rosa Mendez", "assesses", "Chile")).toEqual(
      expect.arrayContaining(["cx:aff-ab", "rs:subj"]),
    );
  });

  it("mark a person whom the rules already tie to another country", () => {
    expect(featuresOf("Rosa Mendez", "affiliated_with", "Peru")).toContain("cx:a-aff-other");
  });

  it("read the rules' other facts only, never the pair's own", () => {
    const own = featuresOf("Peru", "supplies", "Bolivia");
    expect(own).toContain("rt:pp-to");
    expect(own.filter((f) => f.startsWith("cx:"))).toEqual([]);
    expect(featuresOf("Bolivia", "supplies", "Peru")).toEqual(
      expect.arrayContaining(["cx:a-tgt", "cx:b-src"]),
    );
  });
});

describe("the trained meets weights, turned on by hand at the threshold they passed with on main d473770", () => {
  const MEETS: ScorerModel = {
    relations: { meets: { ...(BUILT_IN_SCORER.relations.meets as ScorerRelationModel), threshold: 0.9592 } },
  };
  const text =
    "Minister Eva Lindqvist made the announcement a day after holding a warm meeting in the Norwegian capital with her Danish counterpart Mads Jensen.";
  const extract = (t: string): Extraction => run(t, MEETS);

  it("adds a meeting the rules miss, with its rule and the sentence's evidence", () => {
    const x = extract(text);
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["eva-lindqvist", "mads-jensen"]));
    expect(triples(run(text, null).relations)).not.toContain("eva-lindqvist meets mads-jensen");
    const found = x.relations.find((r) => r.relation === "meets");
    expect([found?.source, found?.target].sort()).toEqual(["eva-lindqvist", "mads-jensen"]);
    expect(found?.evidence[0]).toMatchObject({ doc: "t.txt", sentence: text, start: 0, end: text.length });
    expect(found?.evidence[0]?.rule).toBe("learned-meets");
  });

  it("gives the same extraction twice for the same input", () => {
    expect(extract(text)).toEqual(extract(text));
  });

  it("adds no meeting with a person who came in after the meeting's clause", () => {
    const other =
      "Foreign Minister Ana Costa met Spanish officials in Lisbon after President Mario Rossi had left for Rome.";
    const x = extract(other);
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["ana-costa", "mario-rossi"]));
    expect(x.relations.filter((r) => r.relation === "meets")).toEqual([]);
  });
});

describe("the learned scorer in the pipeline", () => {
  const text = "Iran's drones, shipped to Russia by sea, were used in Ukraine.";

  it("adds a supply the rules miss, with its rule and evidence", () => {
    expect(triples(run(text, null).relations)).not.toContain("iran supplies russia");
    const found = run(text).relations.find((r) => r.source === "iran" && r.target === "russia");
    expect(found?.relation).toBe("supplies");
    expect(found?.evidence[0]).toMatchObject({ doc: "t.txt", sentence: text, start: 0, end: text.length });
    expect(found?.evidence[0]?.rule).toBe("learned-supplies");
  });

  it("gives nothing for a pair the model scores low", () => {
    expect(triples(run(text).relations)).not.toContain("iran supplies ukraine");
  });

  it("keeps a hedged sentence's fact hedged", () => {
    const hedged = "Iran's drones, which may be shipped to Russia by sea, were used in Ukraine.";
    const x = run(hedged);
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["iran", "russia"]));
    expect(triples(x.relations)).not.toContain("iran supplies russia");
    expect(triples(x.hedged)).toContain("iran supplies russia");
  });

  it("gives nothing in a sentence without a supply trigger", () => {
    const x = run("Iran's drones, flown close to Russia, were used in Ukraine.");
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["iran", "russia"]));
    expect(triples(x.relations)).not.toContain("iran supplies russia");
  });

  it("scores a sentence of 100,000 characters with thousands of actors (pairs within a window only)", () => {
    const countries = ["Iran", "Russia", "China", "India", "Japan", "France"];
    const clause = (i: number): string =>
      `${countries[i % 6] as string}'s drones, shipped to ${countries[(i + 1) % 6] as string}`;
    const text = `${Array.from({ length: 3000 }, (_, i) => clause(i)).join(", ")}.`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(run(text).relations.length).toBeGreaterThan(0);
  });
});
