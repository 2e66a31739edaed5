/**
 * Extraction snapshot: runs the extractor over every committed corpus and eval article (and the
 * bench's first article) with its publication date, and again without it and with
 * headline relations, and writes one JSON
 * line per document: entities, relations, hedged relations, every mention with its rule and
 * antecedent, and every token's tag and lemma. Two snapshots taken before and after a change that should not alter behaviour
 * (a speed-up) must be byte-identical.
 * Run: node --import tsx scripts/extract-snapshot.ts OUT.jsonl
 *      then compare: cmp BEFORE.jsonl AFTER.jsonl (or diff them to see which document moved)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocumentDetailed } from "../src/extract/index.ts";

const DIRS = ["tests/fixtures/corpus/dev", "tests/fixtures/corpus/test", "tests/fixtures/eval/articles"];

const out = process.argv[2];
if (!out) {
  console.error("usage: node --import tsx scripts/extract-snapshot.ts OUT.jsonl");
  process.exit(2);
}
const lines: string[] = [];
for (const dir of DIRS) {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    const metaPath = join(dir, name.replace(/\.txt$/u, ".meta.json"));
    const date = existsSync(metaPath)
      ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string }).date
      : undefined;
    // Each article with its publication date (relative dates resolve) and without (they stay unresolved).
    for (const [headlineRelations, meta] of [
      [false, date ? { date } : {}],
      [true, {}],
    ] as const) {
      const doc = { id: `${dir}/${name}`, text, meta };
      const { extraction, mentions, sentences } = extractDocumentDetailed(doc, { headlineRelations });
      const tags = sentences.map((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(" "));
      lines.push(JSON.stringify({ doc: doc.id, headlineRelations, extraction, mentions, tags }));
    }
  }
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} extractions written to ${out}`);
