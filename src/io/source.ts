/**
 * Text sources for the readers: a file read in chunks, or a string already in memory (what the
 * server receives), behind one small interface so that every reader works on both.
 */
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { KgError } from "../model/errors.ts";

const HEAD_BYTES = 4096;

/** Text a reader can consume whole or in pieces. */
export interface TextSource {
  /** A name for messages and for evidence that names no document (a file's base name). */
  name: string;
  /** The file's path, when the source is a file (lets the CSV reader find the other table). */
  path?: string;
  /** The text in pieces, in order. */
  chunks(): AsyncIterable<string>;
  /** The whole text. */
  text(): Promise<string>;
  /** The first few kilobytes (to tell the format by content). */
  head(): Promise<string>;
}

function unreadable(path: string, err: unknown): KgError {
  return new KgError(
    "FILE_NOT_FOUND",
    `import: cannot read '${path}' (${(err as NodeJS.ErrnoException).code ?? "error"})`,
    { path },
  );
}

/** A file, read as UTF-8 in 1 MB pieces. */
export function fileSource(path: string): TextSource {
  return {
    name: basename(path),
    path,
    async *chunks() {
      try {
        for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }))
          yield chunk as string;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code) throw unreadable(path, err);
        throw err;
      }
    },
    async text() {
      try {
        return await readFile(path, "utf8");
      } catch (err) {
        throw unreadable(path, err);
      }
    },
    async head() {
      let handle;
      try {
        handle = await open(path, "r");
      } catch (err) {
        throw unreadable(path, err);
      }
      try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString("utf8");
      } finally {
        await handle.close();
      }
    },
  };
}

/** A string, handed out in 1 MB pieces. */
export function textSource(text: string, name = "input"): TextSource {
  return {
    name,
    async *chunks() {
      for (let i = 0; i < text.length; i += 1 << 20) yield text.slice(i, i + (1 << 20));
    },
    text: async () => text,
    head: async () => text.slice(0, HEAD_BYTES),
  };
}
