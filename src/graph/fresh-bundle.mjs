// A precompiled bundle (npm run build:thread writes dist/thread/ and dist/cli/) is used only while
// it matches the sources it was built from: its manifest lists the sha256 of every source file
// bundled, and this check reads and hashes them all again. Plain JavaScript, so that bin/kg.js can
// run it before any TypeScript loader is registered; src/graph/thread-bundle.ts uses it too.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { URL } from "node:url";

/**
 * Whether the bundle in `dir` is up to date: its manifest exists, lists at least one source, and
 * every listed source under `root` still has the recorded hash. Both URLs end with a slash.
 * @param {URL} dir
 * @param {URL} root
 * @returns {boolean}
 */
export function isFreshBundle(dir, root) {
  try {
    const manifest = JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8"));
    const inputs = Object.entries(manifest.inputs ?? {});
    if (inputs.length === 0) return false;
    for (const [path, hash] of inputs)
      if (
        createHash("sha256")
          .update(readFileSync(new URL(path, root)))
          .digest("hex") !== hash
      )
        return false;
    return true;
  } catch {
    return false;
  }
}
