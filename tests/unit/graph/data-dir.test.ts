/**
 * Where graph-data lives: the given folder, else KG_DATA when set and not empty, else graph-data,
 * relative to the working folder. The CLI, the server and the store share this one rule.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, resolveDataDir } from "../../../src/graph/data-dir.ts";

describe("resolveDataDir", () => {
  const cwd = join("/", "work", "here");

  it.each([
    ["the given folder wins over KG_DATA", "mine", { KG_DATA: "env" }, join(cwd, "mine")],
    ["KG_DATA when no folder is given", undefined, { KG_DATA: "env" }, join(cwd, "env")],
    ["graph-data when KG_DATA is empty", undefined, { KG_DATA: "" }, join(cwd, DEFAULT_DATA_DIR)],
    ["graph-data when nothing is set", undefined, {}, join(cwd, "graph-data")],
    ["an absolute folder as it is", join("/", "data"), {}, join("/", "data")],
  ])("%s", (_label, given, env, expected) => {
    expect(resolveDataDir(cwd, given, env)).toBe(expected);
  });
});
