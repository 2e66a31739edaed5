/**
 * Atomic file writes: the data goes to a temporary file in the same folder, is flushed to disk,
 * then renamed over the target, so readers see the old file or the new one, never half of one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Suffix of the temporary files (a leftover one is safe to delete). */
export const TEMP_SUFFIX = ".tmp";

/** A function that writes a whole file atomically (writeFileAtomic, or a test's stand-in). */
export type FileWriter = (path: string, data: string | Uint8Array) => Promise<void>;

/** Writes `data` to `path` atomically (temp file, fsync, rename), creating the folder if needed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

/** Flushes the folder entry after a rename, where the platform allows it. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic.
  }
}
