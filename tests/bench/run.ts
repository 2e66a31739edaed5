/**
 * Benchmark runner (`npm run bench`): runs every tests/bench/*.bench.ts in its own Node process,
 * one after another, so peaks and heaps do not mix. `npm run bench -- query io` runs the named
 * ones; `--quick` is passed on for smaller sizes, and other flags with their values
 * (`npm run bench -- build --rounds 1`).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
// A number right after a flag is that flag's value (`--rounds 1`), not a bench name.
const isValue = (a: string, i: number): boolean => /^\d+(\.\d+)?$/.test(a) && !!args[i - 1]?.startsWith("--");
const flags = args.filter((a, i) => a.startsWith("--") || isValue(a, i));
const names = args.filter((a, i) => !a.startsWith("--") && !isValue(a, i));
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => names.length === 0 || names.some((n) => f.startsWith(n)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: nothing matches ${names.join(", ")}`);
  process.exitCode = 2;
}
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ${flags.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", join(here, file), ...flags], {
    stdio: "inherit",
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    failed++;
    console.log(`=== ${file} FAILED (exit ${run.status ?? run.signal}) after ${seconds} s`);
  } else console.log(`=== ${file} done in ${seconds} s`);
}
if (failed) process.exitCode = 1;
