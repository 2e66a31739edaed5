/**
 * Running kg in-process for the builder's CLI tests (extract, build, stats): buffers for the
 * streams, a temporary graph-data folder, and whether the real extraction pipeline is present.
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { openStore } from "../../src/graph/store.ts";

/** The repository root (tests run from it). */
export const ROOT = join(import.meta.dirname, "..", "..");
/** True once src/extract/index.ts exists (tests of real extraction skip until then). */
export const HAS_EXTRACTOR = existsSync(join(ROOT, "src", "extract", "index.ts"));

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary folder holding a copy of graph-data/sources as `graph-data/sources`. */
export async function tempWorkspace(withSources = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-builder-cli-"));
  made.push(dir);
  if (withSources)
    await cp(join(ROOT, "graph-data", "sources"), join(dir, "graph-data", "sources"), { recursive: true });
  return dir;
}

/** Runs kg with the arguments in `cwd`; resolves to the exit code and both outputs. */
export async function kg(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    cwd,
    env: {},
  });
  return { code, out, err };
}

/** The documents stored in a data folder's store (id and path), read with the store itself. */
export async function storedSources(dataDir: string): Promise<{ id: string; path: string | null }[]> {
  const store = await openStore({ dataDir });
  try {
    return [...store.sources.values()].map((s) => ({ id: s.id, path: s.path }));
  } finally {
    await store.close();
  }
}
