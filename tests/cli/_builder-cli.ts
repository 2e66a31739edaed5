/**
 * Running kg in-process for the builder's CLI tests (extract, build, stats): buffers for the
 * streams and a temporary graph-data folder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { openStore } from "../../src/graph/store.ts";
import { copyFirstArticle } from "../_fixtures.ts";

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary folder holding a copy of the first article (and its sidecar) in `graph-data/sources`. */
export async function tempWorkspace(withSources = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-builder-cli-"));
  made.push(dir);
  if (withSources) copyFirstArticle(join(dir, "graph-data", "sources"));
  return dir;
}

/** What `kg` resolves to: the exit code and both outputs. */
export type KgRun = (cwd: string, ...args: string[]) => Promise<{ code: number; out: string; err: string }>;

/** A `kg` runner over a CLI entry (the sources' runCli, or a precompiled bundle's). */
export function kgWith(run: typeof runCli): KgRun {
  return async (cwd, ...args) => {
    let out = "";
    let err = "";
    const code = await run(args, {
      out: { write: (s: string) => (out += s) },
      err: { write: (s: string) => (err += s) },
      cwd,
      env: {},
    });
    return { code, out, err };
  };
}

/** Runs kg with the arguments in `cwd`; resolves to the exit code and both outputs. */
export const kg: KgRun = kgWith(runCli);

/** The documents stored in a data folder's store (id and path), read with the store itself. */
export async function storedSources(dataDir: string): Promise<{ id: string; path: string | null }[]> {
  const store = await openStore({ dataDir });
  try {
    return [...store.sources.values()].map((s) => ({ id: s.id, path: s.path }));
  } finally {
    await store.close();
  }
}
