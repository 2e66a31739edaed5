#!/usr/bin/env node
// kg's executable: registers the tsx loader so the TypeScript sources run as they are, then hands
// the arguments and the process's streams to the CLI (src/cli/main.ts) and sets the exit code.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
