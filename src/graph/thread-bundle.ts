/**
 * The precompiled extraction thread: `npm run build:thread` (run by npm install's `prepare`)
 * bundles the thread and src/extract into dist/thread/ with a manifest of its sources' hashes.
 * A pool that extracts with src/extract uses the bundle while every source still matches, so a
 * thread starts without the TypeScript loader; with no bundle, or sources edited since, it runs
 * the TypeScript sources (same results, slower start).
 */
import { isFreshBundle } from "./fresh-bundle.mjs";

/**
 * The repository's root: the manifest's paths are relative to it. This file sits two folders
 * down (src/graph/), as the CLI bundle's files do (dist/cli/), so the same URL holds in both.
 */
export const REPO_ROOT = new URL("../../", import.meta.url);

/** Where `npm run build:thread` writes the bundle. */
export const THREAD_BUNDLE_DIR: URL = new URL("dist/thread/", REPO_ROOT);

/** URL of the TypeScript extraction module the bundle is built from. */
export const SOURCE_EXTRACT_MODULE_URL: string = new URL("src/extract/index.ts", REPO_ROOT).href;

/** A usable bundle: the thread's entry and the extraction module it loads. */
export interface PrecompiledThread {
  thread: URL;
  module: string;
}

/**
 * The bundle in `dir` when its manifest matches the sources under `root` (read now), else null.
 * Both URLs end with a slash.
 */
export function precompiledThread(
  dir: URL = THREAD_BUNDLE_DIR,
  root: URL = REPO_ROOT,
): PrecompiledThread | null {
  if (!isFreshBundle(dir, root)) return null;
  return { thread: new URL("extract-thread.mjs", dir), module: new URL("extract.mjs", dir).href };
}
