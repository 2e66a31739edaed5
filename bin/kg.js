#!/usr/bin/env node
// kg's executable: runs the CLI (src/cli/main.ts) with the arguments and the process's streams,
// and sets the exit code. It runs the precompiled CLI (dist/cli/, npm run build:thread) while that
// matches the sources, and otherwise registers the tsx loader so the TypeScript sources run as
// they are. A closed output pipe (EPIPE) ends the process quietly. `kg build` first runs itself
// again under `node --single-threaded-gc` and passes that run's ending on (src/cli/build-relaunch.mjs;
// KG_BUILD_SINGLE_THREADED_GC=0 builds in this process).
import { fileURLToPath } from "node:url";
import { relaunchBuild } from "../src/cli/build-relaunch.mjs";
import { isFreshBundle } from "../src/graph/fresh-bundle.mjs";

if (!(await relaunchBuild(fileURLToPath(import.meta.url), process.argv.slice(2)))) await runHere();

/** Runs the CLI in this process and sets the exit code. */
async function runHere() {
  // A reader that stops early (`kg export -f json | head`) closes the pipe: end quietly, as cat does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  const bundle = new URL("../dist/cli/", import.meta.url);
  let cli;
  if (isFreshBundle(bundle, new URL("../", import.meta.url)))
    cli = await import(new URL("main.mjs", bundle).href);
  else {
    const { register } = await import("tsx/esm/api");
    register();
    cli = await import("../src/cli/main.ts");
  }
  process.exitCode = await cli.runCli(process.argv.slice(2), {
    out: process.stdout,
    err: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    atExit: (fn) => {
      process.on("exit", fn);
      return () => process.off("exit", fn);
    },
  });
}
