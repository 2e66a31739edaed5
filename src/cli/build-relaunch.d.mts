/** `kg build` run again under `node --single-threaded-gc` (see build-relaunch.mjs). */
/** The node flag `kg build` runs with. */
export const BUILD_NODE_FLAG: string;
/** The environment variable that, set to 0 (or false, no, off), runs `kg build` in the process started. */
export const BUILD_GC_ENV: string;
/** The node flags to run `kg build` again with, or null to run the command in this process. */
export function relaunchFlags(
  argv: readonly string[],
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  host?: { inspecting?: boolean; platform?: string; cores?: number },
): string[] | null;
/** Runs `kg build` again under the flag and waits for it (true), or leaves the command to this process (false). */
export function relaunchBuild(script: string, argv: readonly string[]): Promise<boolean>;
