/**
 * The one atomic writer: whole content or pieces in order end up as the file, no temporary file
 * is left behind, and a write that fails leaves the old file as it was.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../../src/graph/atomic-write.ts";

let dir = "";
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes a string, bytes or pieces, and leaves no temporary file", async () => {
    dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    const file = join(dir, "a.txt");
    await writeFileAtomic(file, "whole");
    expect(await readFile(file, "utf8")).toBe("whole");
    await writeFileAtomic(file, new TextEncoder().encode("bytes"));
    expect(await readFile(file, "utf8")).toBe("bytes");
    await writeFileAtomic(file, ["pie", "ces", ""]);
    expect(await readFile(file, "utf8")).toBe("pieces");
    expect(await readdir(dir)).toEqual(["a.txt"]);
  });

  it("keeps the old file when the pieces fail half-way", async () => {
    dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    const file = join(dir, "a.txt");
    await writeFile(file, "old");
    function* failing(): Iterable<string> {
      yield "new";
      throw new Error("writer broke");
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow("writer broke");
    expect(await readFile(file, "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["a.txt"]);
  });

  it("fails on a missing folder when asked not to create it", async () => {
    dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    await expect(writeFileAtomic(join(dir, "no", "a.txt"), "x", { createDir: false })).rejects.toThrow();
    await writeFileAtomic(join(dir, "yes", "a.txt"), "x");
    expect(await readFile(join(dir, "yes", "a.txt"), "utf8")).toBe("x");
  });
});
