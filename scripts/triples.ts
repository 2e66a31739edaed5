/**
 * Triples: extracts each article as `kg extract` does and prints one line per asserted relation,
 * tab-separated: file, subject, relation, object, rule of its first evidence. Run it before and
 * after a change over the same files and diff the two outputs to see every triple that moved.
 * Run: node --import tsx scripts/triples.ts FILES... > out.tsv   (.txt files, a NAME.meta.json
 * beside one gives its date; never the test split)
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractDocument } from "../src/extract/index.ts";

process.stdout.on("error", () => process.exit(0));
for (const file of process.argv.slice(2)) {
  const metaPath = file.replace(/\.txt$/u, ".meta.json");
  const date = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string }).date
    : undefined;
  let extraction;
  try {
    extraction = extractDocument({
      id: basename(file),
      text: readFileSync(file, "utf8"),
      meta: date ? { date } : {},
    });
  } catch (err) {
    console.log(`${file}\tTHROW\t${(err as Error).message}`);
    continue;
  }
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const rows = extraction.relations.map(
    (r) =>
      `${file}\t${names.get(r.source) ?? r.source}\t${r.relation}\t${names.get(r.target) ?? r.target}\t${r.evidence[0]?.rule ?? ""}`,
  );
  for (const row of [...new Set(rows)].sort()) console.log(row);
}
