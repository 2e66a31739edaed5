// Precompiles the extraction worker thread: bundles src/graph/extract-thread.ts and src/extract
// (the pipeline it runs) into dist/thread/ as plain JavaScript, so a thread starts without the
// TypeScript loader (a third of a thread's start-up). npm packages stay imports. The manifest,
// written last, lists the sha256 of every source file bundled: the extraction pool uses the
// bundle only while those match (src/graph/thread-bundle.ts), and runs the TypeScript otherwise.
//
// Run: npm run build:thread (npm install and npm ci run it through `prepare`).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { argv, stdout } from "node:process";
import { URL, fileURLToPath } from "node:url";

/** Builds the bundle into `outDir` (a folder under the repository, so npm packages resolve). */
export async function buildThread(outDir = fileURLToPath(new URL("../dist/thread/", import.meta.url))) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { "extract-thread": "src/graph/extract-thread.ts", extract: "src/extract/index.ts" },
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
      .update(readFileSync(`${root}/${path}`))
      .digest("hex");
  writeFileSync(`${outDir}/manifest.json`, `${JSON.stringify({ inputs }, null, 2)}\n`);
  return { outDir, inputs: Object.keys(inputs).length };
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) {
  const { outDir, inputs } = await buildThread(argv[2]);
  stdout.write(`build:thread: ${inputs} sources -> ${outDir}\n`);
}
