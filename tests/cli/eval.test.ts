/**
 * `kg eval`: extracts the article beside each gold file and prints P/R/F1 per entity type and per
 * relation type, per file and micro-averaged; --verbose lists the misses and false positives,
 * --json gives the same as data, the learned scorer's relations are added by default and left out with --no-learned, --no-headlines leaves out the relations of headline lines (taken by default); a file that is not a gold, or a gold without its article, is an error.
 */
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/eval/report.ts";
import { FIRST_ARTICLE_GOLD, SHARED_ARTICLES_DIR } from "../_fixtures.ts";
import { kg, tempWorkspace } from "./_builder-cli.ts";

/** A workspace with the first article's gold beside its copy, and one development article with its gold. */
async function workspace(): Promise<string> {
  const dir = await tempWorkspace();
  await copyFile(FIRST_ARTICLE_GOLD, join(dir, "graph-data", "sources", "nk-russia-troops.gold.json"));
  for (const name of ["01-iran-drones-russia.txt", "01-iran-drones-russia.gold.json"])
    await copyFile(join(SHARED_ARTICLES_DIR, name), join(dir, name));
  return dir;
}

const FIRST = "graph-data/sources/nk-russia-troops.gold.json";
const SECOND = "01-iran-drones-russia.gold.json";

describe("kg eval", () => {
  it("prints a table per file and their micro-average, with a row per entity type and per relation", async () => {
    const dir = await workspace();
    const r = await kg(dir, "eval", FIRST, SECOND);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`nk-russia-troops.txt (${FIRST})`);
    expect(r.out).toContain(`01-iran-drones-russia.txt (${SECOND})`);
    expect(r.out).toContain("all 2 document(s), micro-averaged");
    for (const label of ["entities", "Person", "WeaponSystem", "relations", "supplies", "affiliated_with"])
      expect(r.out).toMatch(new RegExp(`^ +${label} +(\\d\\.\\d{3}|-) `, "m"));
    expect(r.out).not.toContain("missed");
  });

  it("gives the same counts as JSON, and the total is the sum of the files", async () => {
    const dir = await workspace();
    const r = await kg(dir, "eval", FIRST, SECOND, "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as EvalReport;
    expect(report.documents.map((d) => d.doc)).toEqual(["nk-russia-troops.txt", "01-iran-drones-russia.txt"]);
    const [a, b] = report.documents;
    expect(report.total.documents).toBe(2);
    expect(report.total.relations.all.tp).toBe((a?.relations.all.tp ?? 0) + (b?.relations.all.tp ?? 0));
    expect(report.total.entities.byType.Country?.fn).toBe(
      (a?.entities.byType.Country?.fn ?? 0) + (b?.entities.byType.Country?.fn ?? 0),
    );
    const all = report.total.relations.all;
    expect(all.precision).toBeCloseTo(all.tp / (all.tp + all.fp), 10);
  });

  it("adds the learned scorer's relations by default (as --learned), and --no-learned keeps the rules' alone", async () => {
    const dir = await workspace();
    const rules = JSON.parse((await kg(dir, "eval", FIRST, "--json", "--no-learned")).out) as EvalReport;
    const r = await kg(dir, "eval", FIRST, "--json", "--learned");
    expect(r.code).toBe(0);
    const learned = JSON.parse(r.out) as EvalReport;
    expect(learned.total.relations.all.tp).toBeGreaterThanOrEqual(rules.total.relations.all.tp);
    expect(JSON.parse((await kg(dir, "eval", FIRST, "--json")).out)).toEqual(learned);
  });

  it("scores the relations of a headline line by default and without them with --no-headlines, as kg extract", async () => {
    const dir = await workspace();
    await writeFile(
      join(dir, "headline.txt"),
      "Kenya hands over patrol boats to Somalia\n\nThe ceremony took place on Monday in the capital.\n",
    );
    const gold = {
      doc: "headline.txt",
      entities: [
        { id: "kenya", type: "Country", name: "Kenya" },
        { id: "somalia", type: "Country", name: "Somalia" },
        { id: "boats", type: "WeaponSystem", name: "patrol boats", optional: true },
      ],
      relations: [{ source: "kenya", relation: "supplies", target: "somalia" }],
    };
    await writeFile(join(dir, "headline.gold.json"), JSON.stringify(gold));
    const plain = JSON.parse((await kg(dir, "eval", "headline.gold.json", "--json")).out) as EvalReport;
    const withHeadlines = JSON.parse(
      (await kg(dir, "eval", "headline.gold.json", "--json", "--headlines")).out,
    ) as EvalReport;
    const without = JSON.parse(
      (await kg(dir, "eval", "headline.gold.json", "--json", "--no-headlines")).out,
    ) as EvalReport;
    expect(plain.total.relations.all.tp).toBe(1);
    expect(withHeadlines.total.relations.all.tp).toBe(1);
    expect(without.total.relations.all.tp).toBe(0);
  });

  it("lists the misses and false positives with --verbose", async () => {
    const dir = await workspace();
    const json = JSON.parse((await kg(dir, "eval", SECOND, "--json")).out) as EvalReport;
    const misses = json.documents[0]?.relations.misses ?? [];
    expect(misses.length).toBeGreaterThan(0);
    const r = await kg(dir, "eval", SECOND, "--verbose");
    for (const miss of misses) expect(r.out).toContain(`missed relation: ${miss}`);
  });

  it("refuses a file not named NAME.gold.json, and a gold without its article", async () => {
    const dir = await workspace();
    await writeFile(join(dir, "x.json"), "{}");
    expect((await kg(dir, "eval", "x.json")).code).toBe(2);
    await writeFile(join(dir, "lonely.gold.json"), '{"entities": [], "relations": []}');
    const r = await kg(dir, "eval", "lonely.gold.json");
    expect(r.code).toBe(1);
    expect(r.err).toContain("lonely.txt");
  });
});
