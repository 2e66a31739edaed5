/**
 * The precompiled extraction thread: `npm run build:thread` (run by npm install's `prepare`)
 * bundles the thread and src/extract into dist/thread/ with a manifest of its sources' hashes.
 * A pool that extracts with src/extract uses the bundle while every source still matches, so a
 * thread starts without the TypeScript loader; with no bundle, or sources edited since, it runs
 * the TypeScript sources (same results, slower start).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The repository's root: the manifest's paths are relative to it. */
const ROOT = new URL("../../", import.meta.url);

/** Where `npm run build:thread` writes the bundle. */
export const THREAD_BUNDLE_DIR: URL = new URL("dist/thread/", ROOT);

/** URL of the TypeScript extraction module the bundle is built from. */
export const SOURCE_EXTRACT_MODULE_URL: string = new URL("../extract/index.ts", import.meta.url).href;

/** A usable bundle: the thread's entry and the extraction module it loads. */
export interface PrecompiledThread {
  thread: URL;
  module: string;
}

/**
 * The bundle in `dir` when its manifest matches the sources under `root` (read now), else null.
 * Both URLs end with a slash.
 */
export function precompiledThread(dir: URL = THREAD_BUNDLE_DIR, root: URL = ROOT): PrecompiledThread | null {
  try {
    const manifest = JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8")) as {
      inputs?: Record<string, string>;
    };
    const inputs = Object.entries(manifest.inputs ?? {});
    if (inputs.length === 0) return null;
    for (const [path, hash] of inputs)
      if (
        createHash("sha256")
          .update(readFileSync(new URL(path, root)))
          .digest("hex") !== hash
      )
        return null;
  } catch {
    return null;
  }
  return { thread: new URL("extract-thread.mjs", dir), module: new URL("extract.mjs", dir).href };
}
