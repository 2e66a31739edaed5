/**
 * Coreference and naming cases: each labelled sentence gives the triples it must, none it must
 * not (after checking that both ends were found, so a miss cannot pass), and resolves the
 * listed pronouns and descriptions to their entities with the antecedent kept as provenance.
 */
import { describe, expect, it } from "vitest";
import { extractDocumentDetailed } from "../../../src/extract/index.ts";
import type { Extraction } from "../../../src/model/types.ts";
import { COREF_CASES, type Triple } from "./_coref-cases.ts";
import { has, idOf } from "./_triples.ts";

function gives(x: Extraction, triple: Triple): boolean {
  return has(x, x.relations, triple) !== undefined;
}

const show = (x: Extraction): string =>
  JSON.stringify({
    relations: x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`),
    entities: x.entities.map((e) => e.name),
  });

describe("coreference and naming cases", () => {
  it("has at least 50 cases", () => {
    expect(COREF_CASES.length).toBeGreaterThanOrEqual(50);
  });

  for (const c of COREF_CASES) {
    describe(c.label, () => {
      const detailed = extractDocumentDetailed({ id: "case.txt", text: c.text, meta: {} });
      const x = detailed.extraction;
      for (const triple of c.gives ?? []) {
        it(`gives ${triple.join(" ")}`, () => {
          expect(gives(x, triple), show(x)).toBe(true);
        });
      }
      for (const triple of c.notGives ?? []) {
        it(`finds both ends of, and does not give, ${triple.join(" ")}`, () => {
          expect(idOf(x, triple[0]), show(x)).toBeDefined();
          expect(idOf(x, triple[2]), show(x)).toBeDefined();
          expect(gives(x, triple), show(x)).toBe(false);
        });
      }
      for (const name of c.entities ?? []) {
        it(`finds ${name}`, () => {
          expect(idOf(x, name), show(x)).toBeDefined();
        });
      }
      for (const name of c.noEntities ?? []) {
        it(`does not find ${name}`, () => {
          expect(
            x.entities.some((e) => e.name === name),
            show(x),
          ).toBe(false);
        });
      }
      for (const [text, name] of c.resolves ?? []) {
        it(`resolves "${text}" to ${name}, keeping its antecedent`, () => {
          const m = detailed.mentions.find((k) => k.text === text);
          expect(m?.name, JSON.stringify(detailed.mentions)).toBe(name);
          expect(m?.antecedent?.text.length ?? 0).toBeGreaterThan(0);
        });
      }
    });
  }
});
