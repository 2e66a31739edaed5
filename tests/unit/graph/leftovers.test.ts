/**
 * Leftovers: temporary files that a killed write left behind are removed when a store opens,
 * and the source files a build does not read (hidden ones, symbolic links) are reported as
 * skipped with the reason, in the build report and in kg build's output, never skipped silently.
 */
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatBuildReport } from "../../../src/cli/commands/build.ts";
import { listSourceFiles } from "../../../src/graph/sources.ts";
import { openStore } from "../../../src/graph/store.ts";
import { fakeExtract } from "./_fake-extract.ts";
import { tempDir } from "./_tmp.ts";

async function sourcesWithHiddenAndLinked(): Promise<{ dir: string; sources: string }> {
  const dir = await tempDir();
  const sources = join(dir, "sources");
  await mkdir(join(sources, ".drafts"), { recursive: true });
  await writeFile(join(sources, "a.txt"), "North Korea supplies Russia.\n");
  await writeFile(join(sources, ".hidden.txt"), "Iran supplies Russia.\n");
  await writeFile(join(sources, ".drafts", "d.txt"), "Iran met Russia.\n");
  await writeFile(join(dir, "outside.txt"), "Kim Jong Un met Sergei Shoigu.\n");
  await symlink(join(dir, "outside.txt"), join(sources, "linked.txt"));
  return { dir, sources };
}

describe("source files a build does not read", () => {
  it("are listed with the reason they were skipped", async () => {
    const { sources } = await sourcesWithHiddenAndLinked();
    const skipped: { path: string; reason: string }[] = [];
    const files = await listSourceFiles(sources, (path, reason) => skipped.push({ path, reason }));
    expect(files.map((f) => f.id)).toEqual(["a.txt"]);
    expect(skipped).toEqual([
      { path: join(sources, ".drafts"), reason: "hidden folder" },
      { path: join(sources, ".hidden.txt"), reason: "hidden file" },
      { path: join(sources, "linked.txt"), reason: "symbolic link (not followed)" },
    ]);
  });

  it("are in the build report and in kg build's output", async () => {
    const { dir, sources } = await sourcesWithHiddenAndLinked();
    const store = await openStore({ dataDir: dir, extract: fakeExtract, layout: { maxIterations: 5 } });
    const report = await store.build();
    await store.close();
    expect(report.built).toEqual(["a.txt"]);
    expect(report.ignored).toEqual([
      { source: join(sources, ".drafts"), reason: "hidden folder" },
      { source: join(sources, ".hidden.txt"), reason: "hidden file" },
      { source: join(sources, "linked.txt"), reason: "symbolic link (not followed)" },
    ]);
    const text = formatBuildReport(report, store.graph, "kg.db");
    expect(text).toContain(`skipped  ${join(sources, ".hidden.txt")} (hidden file)`);
    expect(text).toContain(`skipped  ${join(sources, "linked.txt")} (symbolic link (not followed))`);
  });
});

describe("temporary files left by a killed write", () => {
  it("are removed when the store opens; other files stay", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "sources"));
    await writeFile(join(dir, ".graph.kg.json.0123456789ab.tmp"), "half a file");
    await writeFile(join(dir, "sources", ".a.txt.abcdef012345.tmp"), "half an article");
    await writeFile(join(dir, "sources", ".a.meta.json.abcdef012345.tmp"), "{");
    await writeFile(join(dir, "sources", "notes.tmp"), "a user's file");
    await writeFile(join(dir, "sources", ".keep"), "");
    const store = await openStore({ dataDir: dir, extract: fakeExtract });
    await store.close();
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await readdir(join(dir, "sources"))).sort()).toEqual([".keep", "notes.tmp"]);
  });
});
