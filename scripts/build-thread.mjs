// Precompiles kg's TypeScript into plain JavaScript bundles, so that it starts without the
// TypeScript loader (npm packages stay imports):
// - dist/thread/: the extraction worker thread (src/graph/extract-thread.ts) and src/extract, the
//   pipeline it runs (the loader was a third of a thread's start-up);
// - dist/cli/: the command line (src/cli/main.ts), which bin/kg.js runs (the loader cost every
//   command about a second of CPU before it did anything, a serial start of every `kg build`).
// Each manifest, written last, lists the sha256 of every source file bundled: a bundle is used
// only while those match (src/graph/fresh-bundle.mjs); otherwise the TypeScript sources run.
//
// Run: npm run build:thread (npm install and npm ci run it through `prepare`).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { argv, stdout } from "node:process";
import { URL, fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Bundles `entryPoints` into `outDir` (a folder under the repository, so npm packages resolve) with its manifest. */
async function bundle(entryPoints, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "warning",
  });
  const inputs = {};
  for (const path of Object.keys(result.metafile.inputs).sort())
    inputs[path] = createHash("sha256")
      .update(readFileSync(`${ROOT}/${path}`))
      .digest("hex");
  writeFileSync(`${outDir}/manifest.json`, `${JSON.stringify({ inputs }, null, 2)}\n`);
  return { outDir, inputs: Object.keys(inputs).length };
}

/** Builds the extraction thread's bundle into `outDir` (default dist/thread/). */
export function buildThread(outDir = fileURLToPath(new URL("../dist/thread/", import.meta.url))) {
  return bundle({ "extract-thread": "src/graph/extract-thread.ts", extract: "src/extract/index.ts" }, outDir);
}

/**
 * Builds the command line's bundle into `outDir` (default dist/cli/). It must sit two folders
 * under the repository, as src/graph/ does: the few URLs the code takes from its own location
 * (the repository's root, the viewer's files) then hold in both.
 */
export function buildCli(outDir = fileURLToPath(new URL("../dist/cli/", import.meta.url))) {
  return bundle({ main: "src/cli/main.ts" }, outDir);
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) {
  for (const made of [await buildThread(argv[2]), await buildCli(argv[3])])
    stdout.write(`build:thread: ${made.inputs} sources -> ${made.outDir}\n`);
}
