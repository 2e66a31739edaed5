/**
 * `kg extract` in-process with the real extraction pipeline: the --json output is docs/ontology.md's
 * contract (ids that resolve, evidence with offsets into the document), the readable output a
 * summary; a headline's relations come by default and not with --no-headlines; unreadable files are errors.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from "../../src/model/ontology.ts";
import type { Extraction } from "../../src/model/types.ts";
import { kg, tempWorkspace } from "./_builder-cli.ts";

/** The first article, as tempWorkspace copies it. */
const ARTICLE = "graph-data/sources/nk-russia-troops.txt";

describe("kg extract", () => {
  it("takes a headline's relations by default, flagged as headline evidence, and none with --no-headlines", async () => {
    const dir = await tempWorkspace();
    await writeFile(
      join(dir, "h.txt"),
      "Kenya hands over patrol boats to Somalia\n\nThe ceremony took place on Monday.\n",
    );
    const on = JSON.parse((await kg(dir, "extract", "h.txt", "--json")).out) as Extraction;
    const supply = on.relations.find((r) => r.source === "kenya" && r.target === "somalia");
    expect(supply?.evidence.every((e) => e.headline === true)).toBe(true);
    const off = JSON.parse((await kg(dir, "extract", "h.txt", "--json", "--no-headlines")).out) as Extraction;
    expect(off.relations.some((r) => r.source === "kenya")).toBe(false);
    expect(off.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["kenya", "somalia"]));
  });

  it("prints the extraction contract with --json", async () => {
    const dir = await tempWorkspace();
    const r = await kg(dir, "extract", ARTICLE, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Extraction;
    const text = await readFile(join(dir, ARTICLE), "utf8");
    const ids = new Set(out.entities.map((e) => e.id));
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) {
      expect(e).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        aliases: expect.any(Array),
      });
      expect(ENTITY_TYPES).toContain(e.type);
    }
    expect(out.relations.length).toBeGreaterThan(0);
    for (const rel of [...out.relations, ...out.hedged]) {
      expect(ids.has(rel.source) && ids.has(rel.target)).toBe(true);
      expect(RELATION_TYPES).toContain(rel.relation);
      for (const ev of rel.evidence) {
        expect(ev).toMatchObject({
          doc: "nk-russia-troops.txt",
          trigger: expect.any(String),
          rule: expect.any(String),
        });
        expect(MODALITIES).toContain(ev.modality);
        expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    }
    expect(out.relations.every((rel) => rel.evidence.every((ev) => ev.modality === "asserted"))).toBe(true);
    expect(Array.isArray(out.hedged)).toBe(true);
  });

  it("prints a readable summary without --json", async () => {
    const r = await kg(await tempWorkspace(), "extract", ARTICLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1 document\(s\): \d+ entities, \d+ relations, \d+ hedged/);
    expect(r.out).toContain("North Korea");
  });
});

describe("kg extract on several files", () => {
  it("extracts the readable ones, reports the others and exits 1", async () => {
    const dir = await tempWorkspace();
    await writeFile(join(dir, "blob.txt"), new Uint8Array([0, 1, 2, 3]));
    const r = await kg(dir, "extract", ARTICLE, "blob.txt", "--json");
    expect(r.code).toBe(1);
    expect(r.err).toContain("blob.txt");
    expect((JSON.parse(r.out) as Extraction).entities.length).toBeGreaterThan(0);
  });
});

describe("kg extract errors", () => {
  it("fails on a binary file, naming it", async () => {
    const dir = await tempWorkspace(false);
    await writeFile(join(dir, "blob.txt"), new Uint8Array([0, 1, 2, 3]));
    const r = await kg(dir, "extract", "blob.txt");
    expect(r.code).toBe(1);
    expect(r.err).toContain("blob.txt");
  });

  it("fails on a file type it does not read", async () => {
    const dir = await tempWorkspace(false);
    await writeFile(join(dir, "a.pdf"), "%PDF");
    expect((await kg(dir, "extract", "a.pdf")).code).toBe(1);
  });
});
