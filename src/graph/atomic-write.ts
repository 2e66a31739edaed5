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

/** What an atomic write takes: the whole content, or its pieces in order (written one at a time). */
export type FileData = string | Uint8Array | Iterable<string>;

/**
 * Writes `data` to `path` atomically (temp file, fsync, rename). The folder is created if needed,
 * unless `createDir` is false (then a missing folder fails, like a plain write).
 */
export async function writeFileAtomic(
  path: string,
  data: FileData,
  options: { createDir?: boolean } = {},
): Promise<void> {
  const dir = dirname(path);
  if (options.createDir !== false) await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, "w");
    try {
      if (typeof data === "string" || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await handle.write(piece);
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
