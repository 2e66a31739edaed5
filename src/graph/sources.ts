/**
 * Reading sources: `.txt`, `.md` (optional front matter) and `.html`/`.htm` files, with an optional
 * `<basename>.meta.json` sidecar, turned into SourceDocuments; folders are walked recursively.
 * Bad input fails with a typed error naming the file, never a crash; metadata that breaks the
 * rules of model/meta.ts is left out with a warning.
 */
import { createHash } from "node:crypto";
import { type Stats, readFileSync, statSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";
import { KgError, isKgError } from "../model/errors.ts";
import { META_KEYS, checkSourceMeta } from "../model/meta.ts";
import type { SourceDocument, SourceMeta } from "../model/types.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { htmlToPlainText } from "./html.ts";
import { decodeSourceBytes } from "./text.ts";

/** File extensions kg reads as sources. */
export const SOURCE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
/** Suffix of metadata sidecars (`article.meta.json` beside `article.txt`). */
export const SIDECAR_SUFFIX = ".meta.json";

/** How sources are read. */
export interface SourceSettings {
  /** Largest source file accepted, in bytes (TOO_LARGE above). */
  maxBytes: number;
}

/** Default source settings: 50 MB per file. */
export const DEFAULT_SOURCE_SETTINGS: SourceSettings = { maxBytes: 50 * 1024 * 1024 };

/** Checks source settings, throwing INVALID_OPTION. */
export function resolveSourceSettings(partial: Partial<SourceSettings> = {}): SourceSettings {
  const settings = { ...DEFAULT_SOURCE_SETTINGS, ...partial };
  if (!Number.isFinite(settings.maxBytes) || settings.maxBytes <= 0) {
    throw new KgError("INVALID_OPTION", "sources: maxBytes must be a positive number", { field: "maxBytes" });
  }
  return settings;
}

/** A source file read and decoded. */
export interface LoadedSource {
  doc: SourceDocument;
  /** Path of the file as given. */
  path: string;
  /** sha256 of the file's raw bytes, hex. */
  hash: string;
  warnings: string[];
}

/** A file found by a walk, with the document id it will get. */
export interface SourceFile {
  id: string;
  path: string;
}

/** True when the file name has a supported source extension (sidecars excluded). */
export function isSourceFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.endsWith(SIDECAR_SUFFIX) && (SOURCE_EXTENSIONS as readonly string[]).includes(extname(lower));
}

/** The sidecar path of a source (`a/b.txt` → `a/b.meta.json`). */
export function sidecarPath(path: string): string {
  return path.slice(0, path.length - extname(path).length) + SIDECAR_SUFFIX;
}

/** sha256 hex of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A sidecar's metadata from its text (null when the source has none); a malformed one is a SOURCE_UNREADABLE error. */
function parseSidecar(path: string, raw: string | null): SourceMeta | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new KgError("SOURCE_UNREADABLE", `${sidecarPath(path)}: sidecar is not valid JSON`, {
      source: path,
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new KgError("SOURCE_UNREADABLE", `${sidecarPath(path)}: sidecar must be a JSON object`, {
      source: path,
    });
  }
  const meta: SourceMeta = {};
  for (const key of META_KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === "string" || value === null) meta[key] = value;
  }
  return meta;
}

/** Drops absent and null fields, so metas merge by precedence. */
function present(meta: SourceMeta): SourceMeta {
  return Object.fromEntries(
    Object.entries(meta).filter(([, v]) => v !== undefined && v !== null),
  ) as SourceMeta;
}

/**
 * Turns raw bytes of a named source into a document: decoding, front matter or HTML to text.
 * `id` is the document id; `ext` picks the reader.
 */
export function parseSourceBytes(
  bytes: Uint8Array,
  id: string,
  ext: string,
): { doc: SourceDocument; warnings: string[] } {
  const { text, warnings } = decodeSourceBytes(bytes, id);
  const kind = ext.toLowerCase();
  if (kind === ".html" || kind === ".htm") {
    const html = htmlToPlainText(text);
    return { doc: { id, text: html.text, meta: html.title ? { title: html.title } : {} }, warnings };
  }
  if (kind === ".md" || kind === ".txt") {
    const { meta, body } = parseFrontMatter(text);
    return { doc: { id, text: body, meta: present(meta) }, warnings };
  }
  throw new KgError(
    "UNSUPPORTED_FORMAT",
    `${id}: unsupported source type '${ext || "(none)"}' (use ${SOURCE_EXTENSIONS.join(", ")})`,
    {
      source: id,
    },
  );
}

/** A source's id and settings, once its name is checked (UNSUPPORTED_FORMAT otherwise). */
function sourceTarget(
  path: string,
  options: { id?: string; settings?: SourceSettings },
): { id: string; settings: SourceSettings } {
  if (!isSourceFile(path)) {
    throw new KgError(
      "UNSUPPORTED_FORMAT",
      `${path}: unsupported source type (use ${SOURCE_EXTENSIONS.join(", ")})`,
      { source: path },
    );
  }
  return { id: options.id ?? basename(path), settings: options.settings ?? DEFAULT_SOURCE_SETTINGS };
}

/** Throws unless the stat is of a file within the size limit. */
function checkSourceStat(path: string, info: Stats, settings: SourceSettings): void {
  if (!info.isFile()) throw new KgError("SOURCE_UNREADABLE", `${path}: not a file`, { source: path });
  if (info.size > settings.maxBytes) {
    throw new KgError(
      "TOO_LARGE",
      `${path}: ${info.size} bytes is over the ${settings.maxBytes}-byte source limit`,
      { source: path },
    );
  }
}

/** A failed stat or read as a KgError (a KgError as it is). */
function unreadable(path: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  return new KgError(
    "SOURCE_UNREADABLE",
    `${path}: ${(err as NodeJS.ErrnoException).code ?? "cannot read"}`,
    {
      source: path,
    },
  );
}

/** The loaded source from a file's bytes and its sidecar's text (null when it has none). */
function loadedSource(path: string, id: string, bytes: Buffer, sidecar: string | null): LoadedSource {
  const { doc, warnings } = parseSourceBytes(bytes, id, extname(path));
  const meta = parseSidecar(path, sidecar);
  if (meta) doc.meta = { ...doc.meta, ...present(meta) };
  const checked = checkSourceMeta(doc.meta);
  doc.meta = checked.meta;
  for (const issue of checked.issues)
    warnings.push(`${path}: metadata ${issue.field} left out: ${issue.message}`);
  return { doc, path, hash: sha256(bytes), warnings };
}

/** Reads one source file. `id` defaults to the file name. Throws KgError with the file named. */
export async function readSource(
  path: string,
  options: { id?: string; settings?: SourceSettings } = {},
): Promise<LoadedSource> {
  const { id, settings } = sourceTarget(path, options);
  let bytes: Buffer;
  try {
    checkSourceStat(path, await stat(path), settings);
    bytes = await readFile(path);
  } catch (err) {
    throw unreadable(path, err);
  }
  const sidecar = await readFile(sidecarPath(path), "utf8").catch(() => null);
  return loadedSource(path, id, bytes, sidecar);
}

/**
 * readSource with blocking reads, for an extraction thread: a few system calls, where each of
 * readSource's steps (stat, open, read, close, the sidecar) waits for the thread's event loop,
 * which the extraction before it holds.
 */
export function readSourceSync(
  path: string,
  options: { id?: string; settings?: SourceSettings } = {},
): LoadedSource {
  const { id, settings } = sourceTarget(path, options);
  let bytes: Buffer;
  try {
    checkSourceStat(path, statSync(path), settings);
    bytes = readFileSync(path);
  } catch (err) {
    throw unreadable(path, err);
  }
  let sidecar: string | null;
  try {
    sidecar = readFileSync(sidecarPath(path), "utf8");
  } catch {
    sidecar = null;
  }
  return loadedSource(path, id, bytes, sidecar);
}

/** Hears each file or folder a walk does not read, and why (hidden, or a symbolic link). */
export type OnSkip = (path: string, reason: string) => void;

/**
 * Walks a folder for source files, sorted; ids are paths relative to `root` with `/`. Hidden
 * entries and symbolic links are not read, and are told to `onSkip`.
 */
async function walk(dir: string, root: string, out: SourceFile[], onSkip?: OnSkip): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".")) {
      onSkip?.(full, entry.isDirectory() ? "hidden folder" : "hidden file");
      continue;
    }
    if (entry.isSymbolicLink()) {
      onSkip?.(full, "symbolic link (not followed)");
      continue;
    }
    if (entry.isDirectory()) await walk(full, root, out, onSkip);
    else if (entry.isFile() && isSourceFile(entry.name))
      out.push({ id: relative(root, full).split(sep).join("/"), path: full });
  }
}

/**
 * Lists the source files under the given paths: a file stands for itself (id = its name), a folder
 * is walked (ids relative to it; hidden entries and symbolic links go to `onSkip`). A missing path
 * throws SOURCE_UNREADABLE.
 */
export async function listSourceFiles(path: string, onSkip?: OnSkip): Promise<SourceFile[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new KgError("SOURCE_UNREADABLE", `${path}: no such file or folder`, { source: path });
  }
  if (!info.isDirectory()) return [{ id: basename(path), path }];
  const out: SourceFile[] = [];
  await walk(path, path, out, onSkip);
  return out;
}
