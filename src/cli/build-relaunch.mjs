// `kg build` in a process of its own with V8's garbage collection on the thread that allocates
// (`node --single-threaded-gc`). V8 reads that flag only when the process starts: set later
// (v8.setFlagsFromString) it aborts the process, and NODE_OPTIONS does not take it. So bin/kg.js,
// given `build`, runs itself again with the flag and waits for that run; the run it waits for is
// the build, with the same arguments, streams and exit code. Plain JavaScript, so that bin/kg.js
// runs it before it loads the CLI or any TypeScript loader.
import { spawn } from "node:child_process";
import inspector from "node:inspector";
import { availableParallelism, constants } from "node:os";
import process from "node:process";
import { buildThreads } from "./build-args.mjs";

/**
 * The node flag `kg build` runs with. With two extraction threads on two cores, V8's helper threads
 * (concurrent marking, parallel scavenge) compete with the threads for the same cores; with the flag
 * each thread collects its own garbage. On 2,400 articles (the whole command under `taskset`, three
 * rounds alternated with a build without it, session 36): 2 cores 14.4, 15.4 and 15.3 s against 14.6,
 * 16.0 and 18.3 s without; on 1 core it was slower in two rounds of three (27.5, 26.7, 23.9 s against
 * 25.0, 22.2, 25.6 s), so a build with one core to run on keeps V8's default.
 */
export const BUILD_NODE_FLAG = "--single-threaded-gc";

/** The environment variable that, set to 0 (or false, no, off), runs `kg build` in the process started. */
export const BUILD_GC_ENV = "KG_BUILD_SINGLE_THREADED_GC";

/** Marks the relaunched process (set by the process that waits for it, removed on start). */
const RELAUNCHED_ENV = "KG_BUILD_RELAUNCHED";

/** Values of BUILD_GC_ENV that turn the relaunch off. */
const OFF = new Set(["0", "false", "no", "off"]);

/** The message the relaunched build sends once it runs kg's code (node took the flag). */
const STARTED = "kg-build-started";

/** node's exit code for a flag it does not know ("node: bad option"), before any script runs. */
const BAD_OPTION_EXIT = 9;

/**
 * Signals passed on to the build (the others reach it as they would any process). The terminal sends
 * Ctrl-C's SIGINT to both processes, so the build gets it twice: it must treat a second SIGINT as
 * the first (it has no handler today).
 */
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Signals that dump core: a build ended by one is told by the exit code, not raised here again. */
const CORE_DUMPING = new Set([
  "SIGABRT",
  "SIGBUS",
  "SIGFPE",
  "SIGILL",
  "SIGQUIT",
  "SIGSEGV",
  "SIGSYS",
  "SIGTRAP",
]);

/**
 * The node flags to run `kg build` again with, or null to run the command in this process: for a
 * command other than build, for help, when node already has the flag (a relaunched build, or a user
 * who gave it), when BUILD_GC_ENV turns it off, under a debugger (--inspect, or an inspector opened
 * otherwise, as NODE_OPTIONS=--inspect does: the debugger is attached to this process, and a second
 * one could not listen on its port), on Windows (no SIGHUP to pass on; the gain was measured on
 * Linux only), and when the build runs one extraction thread (build-args.mjs buildThreads: `--workers
 * 1`, or one core to run on and no --workers: no GC helper threads compete with it, and the flag
 * measured slower there) or none (a --workers the build refuses: it fails the same either way).
 * @param {readonly string[]} argv the arguments after node and the script
 * @param {readonly string[]} execArgv node's own flags (process.execArgv)
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {{ inspecting?: boolean, platform?: string, cores?: number }} [host] whether an inspector is
 *   open in this process (inspector.url()), process.platform, and the cores this process may run on
 *   (os.availableParallelism(), which follows `taskset`; when not given, as many as the pool may use)
 * @returns {string[] | null}
 */
export function relaunchFlags(argv, execArgv, env, host = {}) {
  if (buildThreads(argv, host.cores ?? Number.POSITIVE_INFINITY) < 2) return null;
  if (host.inspecting || host.platform === "win32") return null;
  if (OFF.has((env[BUILD_GC_ENV] ?? "").trim().toLowerCase())) return null;
  if (execArgv.some((f) => f === BUILD_NODE_FLAG || f.startsWith("--inspect"))) return null;
  return [...execArgv, BUILD_NODE_FLAG];
}

/**
 * Runs `kg build` again under BUILD_NODE_FLAG when relaunchFlags asks for it and waits for it:
 * resolves to true once it has ended, with this process's exit code set to the build's, or this
 * process ended by the signal that ended the build. SIGINT, SIGTERM and SIGHUP are passed on to the
 * build; if this process is killed outright (kill -9), the build ends itself (endWithParent).
 * Resolves to false when the command is to run here: no relaunch asked, the process could not be
 * started or node refused the flag (it then ran nothing: a node whose V8 has dropped it), or this is
 * the relaunched build (which then ends when its parent does).
 * @param {string} script the path of bin/kg.js
 * @param {readonly string[]} argv the arguments after node and the script
 * @returns {Promise<boolean>}
 */
export async function relaunchBuild(script, argv) {
  if (process.env[RELAUNCHED_ENV] !== undefined) {
    delete process.env[RELAUNCHED_ENV];
    endWithParent();
    return false;
  }
  const host = {
    inspecting: inspector.url() !== undefined,
    platform: process.platform,
    cores: availableParallelism(),
  };
  const flags = relaunchFlags(argv, process.execArgv, process.env, host);
  if (!flags) return false;
  // The signals are caught from before the build starts (their handlers run after spawn returns),
  // so that none sent from then on ends this process and leaves the build to itself.
  /** @type {import("node:child_process").ChildProcess | null} */
  let child = null;
  /** @type {(signal: NodeJS.Signals) => void} */
  const forward = (signal) => child?.kill(signal);
  for (const s of FORWARDED) process.on(s, forward);
  child = spawn(process.execPath, [...flags, script, ...argv], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [RELAUNCHED_ENV]: "1" },
  });
  let ran = false;
  child.once("message", (m) => (ran ||= m === STARTED));
  const ending = new Promise((resolve) => child.once("exit", (c, s) => resolve([c, s])));
  const started = await new Promise((resolve) => {
    child.once("spawn", () => resolve(true));
    child.once("error", () => resolve(false));
  });
  if (!started) {
    for (const s of FORWARDED) process.off(s, forward);
    return false;
  }
  const [code, signal] = await ending;
  for (const s of FORWARDED) process.off(s, forward);
  // node refused the flag before running any of kg: build here, as without the relaunch.
  if (code === BAD_OPTION_EXIT && !ran) return false;
  if (signal) {
    // End as the build ended (a shell tells Ctrl-C from a failure by it), but without a second core
    // dump; should this process outlive the signal, its exit code names it, as a shell's does.
    process.exitCode = 128 + (constants.signals[signal] ?? 0);
    if (!CORE_DUMPING.has(signal)) process.kill(process.pid, signal);
  } else process.exitCode = code ?? 1;
  return true;
}

/**
 * In the relaunched build: ends the process (SIGKILL, as its parent was) when the channel to the
 * parent closes, or is already closed or gone, that is when the parent is gone without having
 * passed a signal on. The channel does
 * not keep the process alive: the build ends as it would have.
 */
function endWithParent() {
  const end = () => process.kill(process.pid, "SIGKILL");
  // The parent gave a channel (the marker says so): none, or a closed one, means it went while this
  // process loaded (node drops a channel that closed before anyone listened), so end at once.
  if (!process.channel || !process.connected) return end();
  process.once("disconnect", end);
  process.send?.(STARTED);
  process.channel.unref();
}
