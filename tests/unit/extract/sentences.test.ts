/**
 * The generality check: labelled sentences about many actors must give the triples they state
 * and none they do not; hedged facts must be hedged, not asserted. The cases are those of
 * _cases.ts and _affiliation-cases.ts, and of every `_cases-NAME.ts` beside them (each exports
 * `CASES`), so that work on separate families adds its own file instead of editing one list.
 */
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import type { Extraction } from "../../../src/model/types.ts";
import { AFFILIATION_CASES } from "./_affiliation-cases.ts";
import { CASES as BASE_CASES, type SentenceCase } from "./_cases.ts";
import { has, idOf, ofType } from "./_triples.ts";

const here = dirname(fileURLToPath(import.meta.url));
const familyFiles = readdirSync(here)
  .filter((f) => /^_cases-[a-z0-9-]+\.ts$/.test(f))
  .sort();
const FAMILY_CASES = (
  await Promise.all(
    familyFiles.map(async (f) => ((await import(`./${f}`)) as { CASES: SentenceCase[] }).CASES),
  )
).flat();

const CASES = [...BASE_CASES, ...AFFILIATION_CASES, ...FAMILY_CASES];

const show = (x: Extraction): string =>
  JSON.stringify({
    relations: x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`),
    hedged: x.hedged.map((r) => `${r.source} ${r.relation} ${r.target} ${r.evidence[0]?.modality}`),
    entities: x.entities.map((e) => e.name),
  });

describe("extraction of labelled sentences", () => {
  it("has at least 300 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
  });

  for (const c of CASES) {
    describe(c.label, () => {
      const x = extractDocument(
        { id: "case.txt", text: c.text, meta: {} },
        c.headlineRelations === undefined ? {} : { headlineRelations: c.headlineRelations },
      );
      for (const triple of c.gives ?? []) {
        it(`gives ${triple.join(" ")}`, () => {
          expect(has(x, x.relations, triple), show(x)).toBeDefined();
        });
      }
      for (const triple of c.notGives ?? []) {
        it(`does not give ${triple.join(" ")}, though it finds both ends`, () => {
          // Both ends must be extracted first, so that the check cannot pass vacuously.
          expect(idOf(x, triple[0]), `${triple[0]} not found: ${show(x)}`).toBeDefined();
          expect(idOf(x, triple[2]), `${triple[2]} not found: ${show(x)}`).toBeDefined();
          expect(has(x, x.relations, triple), show(x)).toBeUndefined();
        });
      }
      for (const [s, rel, t, modality] of c.hedged ?? []) {
        it(`never makes the ${modality} ${s} ${rel} ${t} an edge`, () => {
          expect(idOf(x, s), `${s} not found: ${show(x)}`).toBeDefined();
          expect(idOf(x, t), `${t} not found: ${show(x)}`).toBeDefined();
          expect(has(x, x.relations, [s, rel, t]), show(x)).toBeUndefined();
        });
        it(`hedges ${s} ${rel} ${t} as ${modality}`, () => {
          const found = has(x, x.hedged, [s, rel, t]);
          expect(
            found?.evidence.map((e) => e.modality),
            show(x),
          ).toContain(modality);
        });
      }
      for (const name of c.entities ?? []) {
        it(`finds the entity ${name}`, () => {
          expect(idOf(x, name), show(x)).toBeDefined();
        });
      }
      for (const [name, type] of c.typed ?? []) {
        it(`finds ${name} as a ${type}`, () => {
          expect(ofType(x, name, type), show(x)).toBe(true);
        });
      }
      for (const [a, b] of c.same ?? []) {
        it(`finds ${a} and ${b} as one entity`, () => {
          expect(idOf(x, a), show(x)).toBeDefined();
          expect(idOf(x, a), show(x)).toBe(idOf(x, b));
        });
      }
      for (const [a, b] of c.apart ?? []) {
        it(`finds ${a} and ${b} as two entities`, () => {
          expect(idOf(x, a), show(x)).toBeDefined();
          expect(idOf(x, b), show(x)).toBeDefined();
          expect(idOf(x, a), show(x)).not.toBe(idOf(x, b));
        });
      }
      for (const [name, type] of c.notTyped ?? []) {
        it(`does not find ${name} as a ${type}`, () => {
          expect(ofType(x, name, type), show(x)).toBe(false);
        });
      }
      for (const name of c.noEntities ?? []) {
        it(`does not find the entity ${name}`, () => {
          expect(idOf(x, name), show(x)).toBeUndefined();
        });
      }
      for (const name of c.noNames ?? []) {
        it(`names no entity ${name}`, () => {
          const lower = name.toLowerCase();
          expect(
            x.entities.find((e) => e.name.toLowerCase() === lower),
            show(x),
          ).toBeUndefined();
        });
      }
    });
  }
});
