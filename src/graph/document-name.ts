/**
 * File names for documents given as text: a slug of the wished id, the title or the first words,
 * made unique against the names already taken.
 */
import { extname } from "node:path";
import { slugify } from "../model/ids.ts";

/** Longest slug kept in a generated file name. */
const MAX_SLUG = 60;
/** Extensions a wished id may keep; anything else becomes `.txt`. */
const TEXT_EXTENSIONS = [".txt", ".md"];

/** The base name (slug and extension) a document would get before uniqueness. */
export function documentBaseName(input: { id?: string; title?: string | null; text: string }): {
  stem: string;
  ext: string;
} {
  if (input.id) {
    const name = input.id.split(/[\\/]/).pop() ?? "";
    const ext = extname(name).toLowerCase();
    const keep = TEXT_EXTENSIONS.includes(ext);
    const stem = slugify(keep ? name.slice(0, -ext.length) : name).slice(0, MAX_SLUG);
    return { stem, ext: keep ? ext : ".txt" };
  }
  const from = input.title?.trim() || input.text.trim().split(/\s+/).slice(0, 8).join(" ");
  return { stem: slugify(from).slice(0, MAX_SLUG).replace(/-+$/, "") || "document", ext: ".txt" };
}

/** A name `stem.ext`, `stem-2.ext`, … that `taken` does not hold. */
export function uniqueDocumentName(
  base: { stem: string; ext: string },
  taken: (name: string) => boolean,
): string {
  let name = `${base.stem}${base.ext}`;
  for (let n = 2; taken(name); n++) name = `${base.stem}-${n}${base.ext}`;
  return name;
}
