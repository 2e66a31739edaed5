/**
 * Leftovers of a killed write: the temporary files of writeFileAtomic (`.<name>.<12 hex>.tmp`)
 * that a process killed between writing and renaming leaves behind. Removed when a store opens.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { TEMP_SUFFIX } from "./atomic-write.ts";

/** The name writeFileAtomic gives its temporary files. */
const TEMP_NAME = new RegExp(`^\\..+\\.[0-9a-f]{12}${TEMP_SUFFIX.replace(".", "\\.")}$`);

/** True when `name` is one of writeFileAtomic's temporary files. */
export function isTempLeftover(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Removes writeFileAtomic's temporary files from `dirs` (missing folders are fine); the paths removed. */
export async function removeTempLeftovers(dirs: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter(isTempLeftover)) {
      await rm(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}
