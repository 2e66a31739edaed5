// A document that makes the extractor loop forever cannot hang the commands that extract:
// `kg extract`, `kg eval` and `kg build` give it up once past its time budget (`--timeout`, in
// seconds) with EXTRACTION_TIMEOUT naming it, still extract and report every other document, and
// exit 1. The extractor here is a stand-in whose threads loop on a `LOOP` line.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { EvalReport } from "../../src/eval/report.ts";
import type * as Extractor from "../../src/graph/extractor.ts";
import { threadsAhead } from "../../src/cli/main.ts";
import type { Extraction } from "../../src/model/types.ts";
import { kg, tempWorkspace } from "./_builder-cli.ts";

// The extraction threads of the pool (kg extract, kg eval, and the store's for kg build) load this module.
vi.mock("../../src/graph/extractor.ts", async (importOriginal) => {
  const original = await importOriginal<typeof Extractor>();
  const looping = await import("./_looping-extract-module.ts");
  return { ...original, EXTRACT_MODULE_URL: looping.LOOPING_EXTRACT_MODULE_URL };
});

/** The looping article, and two that extract at once. */
const LOOPING = "Iran supplies Russia.\nLOOP\n";
const SUPPLY = "North Korea supplies Russia.\n";
const MEETING = "Kim Jong Un met Sergei Shoigu.\n";

/** Far above the budget the tests give (1 s) plus a thread's start, far below forever. */
const WITHIN_MS = 45_000;

/** A workspace with the three articles as loop.txt, supply.txt and meeting.txt. */
async function articles(): Promise<string> {
  const dir = await tempWorkspace(false);
  await writeFile(join(dir, "loop.txt"), LOOPING);
  await writeFile(join(dir, "supply.txt"), SUPPLY);
  await writeFile(join(dir, "meeting.txt"), MEETING);
  return dir;
}

/** Runs kg and says how long it took. */
async function timed(dir: string, ...args: string[]) {
  const start = Date.now();
  const r = await kg(dir, ...args);
  return { ...r, ms: Date.now() - start };
}

describe("kg extract with a document that makes the extractor loop", () => {
  it("names that document with EXTRACTION_TIMEOUT within the budget, prints the others' extraction and exits 1", async () => {
    const dir = await articles();
    const r = await timed(
      dir,
      "extract",
      "supply.txt",
      "loop.txt",
      "meeting.txt",
      "--json",
      "--timeout",
      "1",
    );
    expect(r.ms).toBeLessThan(WITHIN_MS);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /loop\.txt: extraction took longer than its 1000 ms budget.*\(EXTRACTION_TIMEOUT\)/,
    );
    expect(r.err).not.toContain("supply.txt");
    const out = JSON.parse(r.out) as Extraction;
    expect(out.relations.map((x) => `${x.source}|${x.relation}|${x.target}`).sort()).toEqual([
      "kim-jong-un|meets|sergei-shoigu",
      "north-korea|supplies|russia",
    ]);
    expect(out.entities.some((e) => e.id === "iran")).toBe(false);
  });

  it("says in the readable summary how many documents it printed", async () => {
    const dir = await articles();
    const r = await kg(dir, "extract", "loop.txt", "meeting.txt", "--timeout", "1");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^1 document\(s\): /);
    expect(r.err).toContain("EXTRACTION_TIMEOUT");
  });

  it("prints nothing and exits 1 when its only document is over the budget", async () => {
    const dir = await articles();
    const r = await kg(dir, "extract", "loop.txt", "--timeout", "0.5");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/loop\.txt: .*500 ms budget.*\(EXTRACTION_TIMEOUT\)/);
  });

  it("refuses a --timeout that is not a number of seconds above 0 as bad usage", async () => {
    const dir = await articles();
    for (const bad of ["0", "-1", "soon", "1e3"]) {
      const r = await kg(dir, "extract", "supply.txt", "--timeout", bad);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--timeout");
    }
  });
});

describe("kg eval with a gold whose article makes the extractor loop", () => {
  /** Each article's gold: its entities as [id, type, name], and its one relation. */
  const GOLDS: [string, [string, string, string][], [string, string, string]][] = [
    [
      "loop",
      [
        ["iran", "Country", "Iran"],
        ["russia", "Country", "Russia"],
      ],
      ["iran", "supplies", "russia"],
    ],
    [
      "supply",
      [
        ["north-korea", "Country", "North Korea"],
        ["russia", "Country", "Russia"],
      ],
      ["north-korea", "supplies", "russia"],
    ],
    [
      "meeting",
      [
        ["kim-jong-un", "Person", "Kim Jong Un"],
        ["sergei-shoigu", "Person", "Sergei Shoigu"],
      ],
      ["kim-jong-un", "meets", "sergei-shoigu"],
    ],
  ];

  /** The articles with a gold beside each: loop.gold.json, supply.gold.json, meeting.gold.json. */
  async function golds(): Promise<string> {
    const dir = await articles();
    for (const [name, entities, [source, relation, target]] of GOLDS) {
      const gold = {
        entities: entities.map(([id, type, label]) => ({ id, type, name: label })),
        relations: [{ source, relation, target }],
      };
      await writeFile(join(dir, `${name}.gold.json`), JSON.stringify(gold));
    }
    return dir;
  }

  it("says which gold's article timed out, scores the others, marks the run incomplete and exits 1", async () => {
    const dir = await golds();
    const args = ["eval", "supply.gold.json", "loop.gold.json", "meeting.gold.json", "--timeout", "1"];
    const r = await timed(dir, ...args, "--json");
    expect(r.ms).toBeLessThan(WITHIN_MS);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/loop\.gold\.json not scored: loop\.txt: .*\(EXTRACTION_TIMEOUT\)/);
    const report = JSON.parse(r.out) as EvalReport;
    expect(report.incomplete).toBe(true);
    expect(report.unscored).toEqual([
      { gold: "loop.gold.json", doc: "loop.txt", code: "EXTRACTION_TIMEOUT", message: expect.any(String) },
    ]);
    expect(report.documents.map((d) => d.gold)).toEqual(["supply.gold.json", "meeting.gold.json"]);
    expect(report.total.documents).toBe(2);
    expect(report.total.relations.all).toMatchObject({ tp: 2, fp: 0, fn: 0 });

    const readable = await kg(dir, ...args);
    expect(readable.code).toBe(1);
    expect(readable.out).toContain("all 2 document(s), micro-averaged");
    expect(readable.out).toMatch(/^INCOMPLETE: 1 of 3 gold\(s\) not scored/m);
    expect(readable.out).toMatch(/^ {2}not scored loop\.gold\.json: loop\.txt: .*\(EXTRACTION_TIMEOUT\)$/m);
  });

  it("leaves a complete run's report as it was: no incomplete mark, exit 0", async () => {
    const dir = await golds();
    const r = await kg(dir, "eval", "supply.gold.json", "meeting.gold.json", "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as EvalReport;
    expect("incomplete" in report || "unscored" in report).toBe(false);
    expect((await kg(dir, "eval", "supply.gold.json")).out).not.toContain("INCOMPLETE");
  });
});

describe("kg build with a source that makes the extractor loop", () => {
  it("lists it as failed with EXTRACTION_TIMEOUT within the budget, builds the others and exits 1", async () => {
    const dir = await tempWorkspace(false);
    const sources = join(dir, "graph-data", "sources");
    await mkdir(sources, { recursive: true });
    await writeFile(join(sources, "loop.txt"), LOOPING);
    await writeFile(join(sources, "supply.txt"), SUPPLY);
    const r = await timed(dir, "build", "--workers", "1", "--timeout", "1", "--json");
    expect(r.ms).toBeLessThan(WITHIN_MS);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { built: string[]; failed: { code: string; message: string }[] };
    expect(report.built).toEqual(["supply.txt"]);
    expect(report.failed).toEqual([
      expect.objectContaining({ code: "EXTRACTION_TIMEOUT", message: expect.stringContaining("loop.txt") }),
    ]);
  });
});

describe("the extraction thread of kg extract and kg eval", () => {
  it.each([
    ["one for kg extract", ["extract", "a.txt"], 1],
    ["one for kg eval", ["eval", "a.gold.json", "--timeout", "5"], 1],
    ["none for their help", ["eval", "--help"], 0],
    ["none for a command that extracts nothing", ["stats"], 0],
  ])("starts before the commands load: %s", (_, argv, count) => {
    expect(threadsAhead(argv)).toBe(count);
  });
});
