// The most extraction threads a pool may have. Plain JavaScript, so that the arguments of
// `kg build` can be read against it before the CLI or any TypeScript loader is loaded
// (src/cli/build-args.mjs, read by bin/kg.js's relaunch), and the pool (extract-pool.ts) and
// `kg build --workers` (commands/build.ts) check against the same value.

/** Most threads a pool may have. */
export const MAX_EXTRACT_WORKERS = 256;
