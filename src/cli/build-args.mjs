// What the arguments of `kg build` say before anything else is loaded: whether they run a build,
// and how many extraction threads it runs. Plain JavaScript, so that bin/kg.js reads them before it
// relaunches the build (build-relaunch.mjs) and the CLI (main.ts) reads the same.
import { MAX_EXTRACT_WORKERS } from "../graph/extract-workers.mjs";

/**
 * True when the CLI arguments run a build: the command is `build` and no help is asked for.
 * @param {readonly string[]} argv the arguments after node and the script
 * @returns {boolean}
 */
export function isBuildRun(argv) {
  return argv[0] === "build" && !argv.some((a) => a === "--help" || a === "-h");
}

/**
 * The extraction threads `kg build` will run: `--workers N` (or `--workers=N`; the last one given,
 * as commander takes it, and read as its parser reads it, spaces around the number aside), else one
 * per core up to the pool's most; 0 when the arguments are not a build's (another command, help) or
 * --workers is one the command will refuse (not a whole number from 1 to MAX_EXTRACT_WORKERS).
 * @param {readonly string[]} argv the arguments after node and the script
 * @param {number} cores the cores this process may run on (os.availableParallelism())
 * @returns {number}
 */
export function buildThreads(argv, cores) {
  if (!isBuildRun(argv)) return 0;
  const at = argv.findLastIndex((a) => a === "--workers" || a.startsWith("--workers="));
  if (at < 0) return Math.min(cores, MAX_EXTRACT_WORKERS);
  const flag = /** @type {string} */ (argv[at]);
  const value = flag.startsWith("--workers=") ? flag.slice("--workers=".length) : argv[at + 1];
  const text = (value ?? "").trim();
  const n = /^\d+$/.test(text) ? Number(text) : 0;
  return n >= 1 && n <= MAX_EXTRACT_WORKERS ? n : 0;
}
