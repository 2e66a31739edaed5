#!/usr/bin/env node
// kg's executable: registers the tsx loader so the TypeScript sources run as they are, then hands
// the arguments and the process's streams to the CLI (src/cli/main.ts) and sets the exit code.
// A closed output pipe (EPIPE) ends the process quietly.
import { register } from "tsx/esm/api";

// A reader that stops early (`kg export -f json | head`) closes the pipe: end quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
