/**
 * Cut-fuzz: extracts every prefix and every suffix of each article, cut every STEP characters, and
 * prints each cut that throws. An article capped by a feed or a page excerpt ends anywhere ("…
 * Minister of State for De"), and an excerpt may start mid-clause; a rule that reads a token past
 * the document's first or last one loses the whole article. Complements
 * tests/unit/extract/truncated-input.test.ts, which cuts one passage at every place; this runs over a
 * corpus (dev, ~50,000 documents at STEP 31 in about 2.5 minutes).
 * Run: node --import tsx scripts/cut-fuzz.ts STEP FILES...   (.txt files; never the test split)
 * Exit code 1 when a cut throws.
 */
import { readFileSync } from "node:fs";
import { extractDocument } from "../src/extract/index.ts";

const [stepArg, ...files] = process.argv.slice(2);
const step = Number(stepArg);
if (!Number.isInteger(step) || step < 1 || files.length === 0) {
  console.error(
    "usage: node --import tsx scripts/cut-fuzz.ts STEP FILES...  (STEP: a whole number of characters)",
  );
  process.exit(2);
}
let documents = 0;
let throws = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  for (let cut = 1; cut < text.length; cut += step)
    for (const [part, kind] of [
      [text.slice(0, cut), "prefix"],
      [text.slice(cut), "suffix"],
    ] as const) {
      documents++;
      try {
        extractDocument({ id: "cut.txt", text: part, meta: {} });
      } catch (err) {
        throws++;
        console.log(`THROW ${file} ${kind} cut at ${cut}: ${(err as Error).message}`);
      }
    }
}
console.log(`${documents} documents, ${throws} throws`);
process.exitCode = throws > 0 ? 1 : 0;
