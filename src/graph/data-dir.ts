/**
 * Where graph-data lives: one rule for the CLI, the server and the store. Pure: the working
 * folder and the environment are passed in.
 */
import { resolve } from "node:path";

/** The data folder used when none is given. */
export const DEFAULT_DATA_DIR = "graph-data";

/**
 * The data folder: the given one, else `KG_DATA` when it is set and not empty, else graph-data;
 * resolved against `cwd`.
 */
export function resolveDataDir(
  cwd: string,
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  return resolve(cwd, given || env.KG_DATA || DEFAULT_DATA_DIR);
}
