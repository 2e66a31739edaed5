/**
 * Number flags are parsed by commander's argument parsers: a value that is not a whole number in
 * range is bad usage (exit code 2) and the message names the flag; a good one reaches the command.
 */
import { describe, expect, it } from "vitest";
import { kg, tempWorkspace } from "./_builder-cli.ts";

describe("number flags", () => {
  it.each([
    ["stats --top", ["stats", "--top", "many"], "--top"],
    ["build --layout-ms", ["build", "--layout-ms", "1.5"], "--layout-ms"],
    ["build --timeout", ["build", "--timeout", "0"], "--timeout"],
    ["eval --timeout", ["eval", "x.gold.json", "--timeout", "ten"], "--timeout"],
    ["search --limit", ["search", "kim", "--limit", "-3"], "--limit"],
    ["neighbors --depth", ["neighbors", "kim", "--depth", "two"], "--depth"],
    ["path --k", ["path", "a", "b", "--k", "x"], "--k"],
    ["path --max-hops", ["path", "a", "b", "--max-hops", "1e3"], "--max-hops"],
    ["export --min-evidence", ["export", "--format", "json", "--min-evidence", "some"], "--min-evidence"],
    ["serve --port out of range", ["serve", "--port", "70000"], "--port"],
  ])("refuses a bad %s as bad usage, naming the flag", async (_label, args, flag) => {
    const r = await kg(await tempWorkspace(false), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(flag);
  });

  it("passes a good value on as a number", async () => {
    const dir = await tempWorkspace();
    expect((await kg(dir, "build", "--layout-ms", "50")).code).toBe(0);
    const r = await kg(dir, "stats", "--top", "2", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { top: unknown[] }).top).toHaveLength(2);
  });
});
