/**
 * The sample article scored against its gold annotation with the shared scorer: entity F1 and
 * relation F1 must stay above the bar.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const evalDir = path.resolve(repoRoot, "../shared/eval");
const sources = path.join(repoRoot, "graph-data/sources");

describe("the first article (nk-russia-troops.txt)", () => {
  const text = readFileSync(path.join(sources, "nk-russia-troops.txt"), "utf8");
  const meta = JSON.parse(readFileSync(path.join(sources, "nk-russia-troops.meta.json"), "utf8")) as Record<
    string,
    string | null
  >;
  const extraction = extractDocument({ id: "nk-russia-troops.txt", text, meta });
  const out = path.join(mkdtempSync(path.join(tmpdir(), "kg-extract-")), "nk-russia-troops.json");
  writeFileSync(out, JSON.stringify(extraction));
  const stdout = execFileSync(
    process.execPath,
    [path.join(evalDir, "score.mjs"), path.join(evalDir, "dev/nk-russia-troops.gold.json"), out, "--json"],
    { encoding: "utf8" },
  );
  const { summary } = JSON.parse(stdout) as {
    summary: { entities: { f: number }; relations: { f: number } };
  };

  it("finds the gold entities with F1 of at least 0.95", () => {
    expect(summary.entities.f).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the gold relations with F1 of at least 0.90", () => {
    expect(summary.relations.f).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the potential visit out of the asserted relations", () => {
    expect(extraction.relations.some((r) => r.relation === "meets" && r.target === "moscow")).toBe(false);
  });

  it("dates every piece of evidence with the document's date", () => {
    const dates = new Set(extraction.relations.flatMap((r) => r.evidence.map((e) => e.date)));
    expect([...dates]).toEqual(["2025-03-27"]);
  });
});
