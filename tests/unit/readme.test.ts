/**
 * The README's counts match the tree: the number of labelled sentences it quotes is a floor that
 * tests/unit/extract/_cases.ts reaches (cases are only ever added, so a quoted "at least N" stays
 * true while several people add cases at once), and the gold fixtures it names exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES } from "./extract/_cases.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the README", () => {
  it("quotes a number of labelled sentences that _cases.ts reaches", () => {
    const quoted = /_cases\.ts` holds at least (\d+) labelled sentences/.exec(README)?.[1];
    expect(quoted, "the README should say how many labelled sentences _cases.ts holds").toBeDefined();
    expect(CASES.length).toBeGreaterThanOrEqual(Number(quoted));
  });

  it("names fixture folders that exist", () => {
    const folders = [...README.matchAll(/`(tests\/fixtures\/[^`]*)`/g)].map((m) => m[1] ?? "");
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(existsSync(join(ROOT, folder)), folder).toBe(true);
  });
});
