/**
 * Generality on unseen text: articles written for this test (other regions, other actors), each
 * scored against a gold annotation written before the extractor was run on it, with the shared
 * scorer; entity F1 and relation F1 must stay above the bar.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const scorer = path.resolve(repoRoot, "../shared/eval/score.mjs");
const articles = path.join(repoRoot, "tests/fixtures/articles");
const ARTICLES = [
  "sahel-wagner-mali",
  "us-philippines-scs",
  "india-pakistan-jets",
  "gaza-ceasefire-arms",
  "turkey-sweden-nato",
  "caucasus-armenia-azerbaijan",
  "sudan-saf-rsf",
];

function score(name: string): { entities: { f: number }; relations: { f: number } } {
  const text = readFileSync(path.join(articles, `${name}.txt`), "utf8");
  const extraction = extractDocument({ id: `${name}.txt`, text, meta: {} });
  const out = path.join(mkdtempSync(path.join(tmpdir(), "kg-articles-")), `${name}.json`);
  writeFileSync(out, JSON.stringify(extraction));
  const stdout = execFileSync(
    process.execPath,
    [scorer, path.join(articles, `${name}.gold.json`), out, "--json"],
    { encoding: "utf8" },
  );
  return (JSON.parse(stdout) as { summary: { entities: { f: number }; relations: { f: number } } }).summary;
}

for (const name of ARTICLES) {
  describe(`the unseen article ${name}.txt`, () => {
    const summary = score(name);

    it("finds the gold entities with F1 of at least 0.9", () => {
      expect(summary.entities.f).toBeGreaterThanOrEqual(0.9);
    });

    it("finds the gold relations with F1 of at least 0.8", () => {
      expect(summary.relations.f).toBeGreaterThanOrEqual(0.8);
    });
  });
}
