/**
 * The README's counts match the tree: the number of labelled sentences it quotes is the number
 * in tests/unit/extract/_cases.ts, and the gold fixtures it names exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES } from "./extract/_cases.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the README", () => {
  it("quotes the number of labelled sentences in _cases.ts", () => {
    const quoted = /_cases\.ts` holds (\d+) labelled sentences/.exec(README)?.[1];
    expect(quoted, "the README should say how many labelled sentences _cases.ts holds").toBeDefined();
    expect(Number(quoted)).toBe(CASES.length);
  });

  it("names fixture folders that exist", () => {
    const folders = [...README.matchAll(/`(tests\/fixtures\/[^`]*)`/g)].map((m) => m[1] ?? "");
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(existsSync(join(ROOT, folder)), folder).toBe(true);
  });
});
