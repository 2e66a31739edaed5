/**
 * The scorer (src/eval): names match after normalisation, a gold scored against itself is
 * perfect, and a hand-made extraction with known errors gives exactly the counts the matching
 * rules of docs/ontology.md say, per entity type and per relation type.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articlePathOf, type Gold, parseGold } from "../../../src/eval/gold.ts";
import {
  normaliseName,
  prf,
  scoreDocument,
  type ScoredExtraction,
  sumScores,
} from "../../../src/eval/score.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { FIRST_ARTICLE_DIR, OWN_ARTICLES_DIR, SHARED_ARTICLES_DIR } from "../../_fixtures.ts";

describe("normaliseName", () => {
  it.each([
    ["folds case", "NORTH Korea", "north korea"],
    ["drops a leading 'the'", "The Joint Chiefs of Staff", "joint chiefs of staff"],
    ["drops a trailing possessive", "Russia's", "russia"],
    ["drops a curly possessive", "Russia’s", "russia"],
    ["drops punctuation", "Kim Jong-un", "kim jong un"],
    ["drops a plural s", "ballistic missiles", "ballistic missile"],
    ["keeps a double s", "Congress", "congress"],
    ["keeps the s of a short word", "Bus", "bus"],
    ["keeps digits", "Hwasong-18", "hwasong 18"],
  ])("%s: %s → %s", (_label, name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
});

/** Every gold fixture of the repository. */
function allGolds(): string[] {
  return [FIRST_ARTICLE_DIR, SHARED_ARTICLES_DIR, OWN_ARTICLES_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith(".gold.json"))
      .map((n) => join(dir, n)),
  );
}

describe("a gold scored against itself", () => {
  const files = allGolds();

  it("covers the 16 gold fixtures", () => {
    expect(files).toHaveLength(16);
  });

  it.each(files.map((f) => [f.split("/").slice(-2).join("/"), f]))("%s scores 1.000", (_name, file) => {
    const gold = parseGold(readFileSync(file, "utf8"), file);
    const score = scoreDocument(gold, gold);
    expect(prf(score.entities.all)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(score.relations.all)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.entities.misses).toEqual([]);
    expect(score.relations.falsePositives).toEqual([]);
  });
});

const GOLD: Gold = {
  doc: "a.txt",
  entities: [
    { id: "iran", name: "Iran", type: "Country", aliases: ["Tehran"] },
    { id: "russia", name: "Russia", type: "Country" },
    { id: "shahed", name: "Shahed-136", type: "WeaponSystem", aliases: ["Shahed"] },
    { id: "jcs", name: "Joint Chiefs of Staff", type: "Organization", aliases: ["JCS"] },
    { id: "kim", name: "Kim Jong Un", type: "Person", aliases: ["Kim"] },
    { id: "putin", name: "Vladimir Putin", type: "Person", aliases: ["Putin"] },
    { id: "kursk", name: "Kursk", type: "Location" },
    { id: "drones", name: "drones", type: "WeaponSystem", optional: true },
  ],
  relations: [
    { source: "iran", relation: "supplies", target: "russia" },
    { source: "iran", relation: "supplies", target: "shahed" },
    { source: "kim", relation: "meets", target: "putin" },
    { source: "jcs", relation: "assesses", target: "russia" },
    { source: "putin", relation: "affiliated_with", target: "russia" },
    { source: "iran", relation: "supplies", target: "drones", optional: true },
  ],
};

/** An extraction with one of each kind of error, spelled the way an extractor might. */
const EXTRACTION: ScoredExtraction = {
  entities: [
    { id: "tehran", name: "Tehran", type: "Country" }, // alias match: tp Country
    { id: "russia", name: "Russia's", type: "Country" }, // possessive: tp Country
    { id: "shaheds", name: "Shaheds", type: "WeaponSystem" }, // plural of an alias: tp WeaponSystem
    { id: "the-jcs", name: "the JCS", type: "Location" }, // wrong type: fp Location, and JCS missed
    { id: "kim", name: "Kim Jong-un", type: "Person" }, // tp Person
    { id: "kim-2", name: "Kim", type: "Person" }, // second node for Kim: fp Person
    { id: "drone", name: "drone", type: "WeaponSystem" }, // optional gold: not counted
    { id: "ukraine", name: "Ukraine", type: "Country" }, // no gold: fp Country
    { id: "kcna", name: "KCNA", type: "Newspaper" }, // not a scored type: not counted
  ],
  relations: [
    { source: "tehran", relation: "supplies", target: "russia" }, // tp supplies
    { source: "tehran", relation: "supplies", target: "shaheds" }, // tp supplies
    { source: "tehran", relation: "supplies", target: "russia" }, // the same triple again: not counted
    { source: "tehran", relation: "supplies", target: "drone" }, // optional gold triple: not counted
    { source: "kim", relation: "meets", target: "kim-2" }, // kim meets kim: fp meets
    { source: "the-jcs", relation: "assesses", target: "russia" }, // tp assesses (ends map to gold, type aside)
    { source: "ukraine", relation: "assesses", target: "russia" }, // an end with no gold entity: fp assesses
    { source: "russia", relation: "supplies", target: "tehran" }, // reversed supply: fp supplies
    { source: "kcna", relation: "reports", target: "russia" }, // not a scored relation: not counted
  ],
};

describe("a hand-made extraction with known errors", () => {
  const score = scoreDocument(GOLD, EXTRACTION);

  it("counts entities by type: alias, possessive and plural matches, a wrong type, a second node, an unknown", () => {
    expect(score.entities.byType).toEqual({
      Person: { tp: 1, fp: 1, fn: 1 },
      Organization: { tp: 0, fp: 0, fn: 1 },
      Country: { tp: 2, fp: 1, fn: 0 },
      Location: { tp: 0, fp: 1, fn: 1 },
      WeaponSystem: { tp: 1, fp: 0, fn: 0 },
    });
    expect(score.entities.all).toEqual({ tp: 4, fp: 3, fn: 3 });
  });

  it("names every missed and every false entity", () => {
    expect(score.entities.misses.sort()).toEqual([
      "Joint Chiefs of Staff (Organization)",
      "Kursk (Location)",
      "Vladimir Putin (Person)",
    ]);
    expect(score.entities.falsePositives).toHaveLength(3);
  });

  it("counts triples by relation once each, ignoring optional gold triples and unscored relations", () => {
    expect(score.relations.byType).toEqual({
      supplies: { tp: 2, fp: 1, fn: 0 },
      meets: { tp: 0, fp: 1, fn: 1 },
      assesses: { tp: 1, fp: 1, fn: 0 },
      affiliated_with: { tp: 0, fp: 0, fn: 1 },
    });
    expect(prf(score.relations.all)).toEqual({ precision: 0.5, recall: 0.6, f1: 6 / 11 });
  });

  it("names every missed and every false relation", () => {
    expect(score.relations.misses.sort()).toEqual([
      "Kim Jong Un meets Vladimir Putin",
      "Vladimir Putin affiliated_with Russia",
    ]);
    expect(score.relations.falsePositives.sort()).toEqual([
      "Kim Jong-un meets Kim",
      "Russia's supplies Tehran",
      "Ukraine assesses Russia's (an end is no gold entity)",
    ]);
  });

  it("scores meets without direction", () => {
    const reversed = scoreDocument(GOLD, {
      entities: [
        { id: "p", name: "Putin", type: "Person" },
        { id: "k", name: "Kim", type: "Person" },
      ],
      relations: [{ source: "p", relation: "meets", target: "k" }],
    });
    expect(reversed.relations.byType.meets).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("micro-averages by summing counts", () => {
    const twice = sumScores([score, score]);
    expect(twice.relations.all).toEqual({ tp: 6, fp: 6, fn: 4 });
    expect(twice.entities.byType.Country).toEqual({ tp: 4, fp: 2, fn: 0 });
  });
});

describe("parseGold", () => {
  it.each([
    ["text that is not JSON", "{"],
    ["a gold without relations", '{"entities": []}'],
    [
      "an entity of an unknown type",
      '{"entities": [{"id": "a", "name": "A", "type": "Thing"}], "relations": []}',
    ],
    [
      "a triple naming an id that is no entity",
      '{"entities": [{"id": "a", "name": "A", "type": "Country"}], "relations": [{"source": "a", "relation": "meets", "target": "b"}]}',
    ],
  ])("refuses %s with INVALID_INPUT", (_label, text) => {
    let error: unknown;
    try {
      parseGold(text, "x.gold.json");
    } catch (err) {
      error = err;
    }
    expect(isKgError(error, "INVALID_INPUT")).toBe(true);
  });

  it("finds the article beside a gold file", () => {
    expect(articlePathOf("dir/a.gold.json")).toBe("dir/a.txt");
    expect(articlePathOf("dir/a.json")).toBeNull();
  });
});
