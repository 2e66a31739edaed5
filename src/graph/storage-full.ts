/**
 * A full disk as a typed error: ENOSPC, EDQUOT (a quota) and SQLite's SQLITE_FULL become
 * STORAGE_FULL (507 over HTTP), naming the file, so that callers can tell it from a bug.
 */
import { KgError, isKgError } from "../model/errors.ts";
import type { FileWriter } from "./atomic-write.ts";

/** The error codes that mean "no room left" (file system, quota, SQLite). */
export const STORAGE_FULL_CODES: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT", "SQLITE_FULL"]);

/** True when `err` says the disk or the user's quota is full. */
export function isStorageFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORAGE_FULL_CODES.has(code);
}

/** STORAGE_FULL for a disk-full error while writing `path`; any other error is returned as is. */
export function toStorageError(err: unknown, path: string): unknown {
  if (isKgError(err) || !isStorageFull(err)) return err;
  const code = (err as { code: string }).code;
  return new KgError("STORAGE_FULL", `${path}: the disk is full (${code}); nothing was changed`, {
    file: path,
    errno: code,
  });
}

/** A writer that fails with STORAGE_FULL where `write` fails for want of room. */
export function withStorageErrors(write: FileWriter): FileWriter {
  return async (path, data) => {
    try {
      await write(path, data);
    } catch (err) {
      throw toStorageError(err, path);
    }
  };
}
