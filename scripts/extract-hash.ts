/**
 * Extraction hash: extracts the dev split, the shared and own annotated articles, the first article
 * and the extract bench's corpus (never the test split), each with and without its date and with
 * headline relations, and prints one SHA-256 per group and over all: entities, relations and hedged
 * relations with their evidence offsets, every mention with its rule and antecedent, and every
 * token's tag and lemma. A change that should not alter behaviour (a speed-up) must leave every hash
 * as it was. With OUT.jsonl, also writes one line per document, to diff and see which one moved.
 * Run: node --import tsx scripts/extract-hash.ts [OUT.jsonl]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocumentDetailed } from "../src/extract/index.ts";
import { generateNewsCorpus } from "../tests/bench/_news-corpus.ts";

interface Input {
  id: string;
  text: string;
  date?: string;
}

function folder(dir: string): Input[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const metaPath = join(dir, name.replace(/\.txt$/u, ".meta.json"));
      const date = existsSync(metaPath)
        ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string }).date
        : undefined;
      return { id: `${dir}/${name}`, text: readFileSync(join(dir, name), "utf8"), ...(date ? { date } : {}) };
    });
}

const GROUPS: [string, Input[]][] = [
  ["dev", folder("tests/fixtures/corpus/dev")],
  ["shared 8", folder("tests/fixtures/eval/articles")],
  ["own articles", folder("tests/fixtures/articles")],
  ["first article", folder("tests/fixtures/eval/dev")],
  ["bench corpus", generateNewsCorpus(1_100_000, 7).map((text, i) => ({ id: `bench-${i}`, text }))],
];

const out = process.argv[2];
const lines: string[] = [];
const all = createHash("sha256");
for (const [group, inputs] of GROUPS) {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const [headlineRelations, meta] of [
      [false, input.date ? { date: input.date } : {}],
      [true, {}],
    ] as const) {
      const doc = { id: input.id, text: input.text, meta };
      const { extraction, mentions, sentences } = extractDocumentDetailed(doc, { headlineRelations });
      const tags = sentences.map((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(" "));
      const line = JSON.stringify({ doc: doc.id, headlineRelations, extraction, mentions, tags });
      hash.update(line);
      all.update(line);
      if (out) lines.push(line);
    }
  }
  console.log(
    `${group.padEnd(14)} ${String(inputs.length).padStart(4)} docs  ${hash.digest("hex").slice(0, 16)}`,
  );
}
console.log(`${"all".padEnd(14)} ${"".padStart(9)}  ${all.digest("hex").slice(0, 16)}`);
if (out) writeFileSync(out, `${lines.join("\n")}\n`);
