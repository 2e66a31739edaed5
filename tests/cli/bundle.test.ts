// The precompiled command line (npm run build:thread writes dist/cli/, which bin/kg.js runs while
// it matches the sources): a build and the queries after it print what the TypeScript sources
// print, with the build's extraction threads found from the bundle's own location.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build-thread.mjs";
import { isFreshBundle } from "../../src/graph/fresh-bundle.mjs";
import type { runCli } from "../../src/cli/main.ts";
import { kg, kgWith, tempWorkspace } from "./_builder-cli.ts";

const REPO = new URL("../../", import.meta.url);
type RunCli = typeof runCli;

describe("the precompiled command line", () => {
  // Two folders under the repository, as dist/cli/ is, so that its root-relative URLs hold.
  let dir: string;
  beforeAll(async () => {
    const dist = fileURLToPath(new URL("dist/", REPO));
    await mkdir(dist, { recursive: true });
    dir = await mkdtemp(join(dist, "cli-test-"));
    await buildCli(dir);
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("matches the sources it was built from", () => {
    expect(isFreshBundle(pathToFileURL(`${dir}/`), REPO)).toBe(true);
  });

  it("builds a store and answers queries as the TypeScript sources do", async () => {
    const main = (await import(pathToFileURL(join(dir, "main.mjs")).href)) as { runCli: RunCli };
    const bundled = kgWith(main.runCli);
    const results = [];
    for (const run of [kg, bundled]) {
      const cwd = await tempWorkspace();
      const build = await run(cwd, "build", "--workers", "2", "--layout-ms", "50");
      expect(build.code).toBe(0);
      const stats = await run(cwd, "stats");
      const path = await run(cwd, "path", "Kim Jong Un", "National Intelligence Service");
      results.push({ built: build.out.split("\n")[0], stats: stats.out, path: path.out });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.built).toBe("built 1, skipped 0, removed 0, failed 0");
  }, 120_000);
});
