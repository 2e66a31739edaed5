/**
 * Ids: entity slugs and edge keys. An entity id is the slug of its canonical name
 * (`Kim Jong Un` → `kim-jong-un`); an edge key is `source|relation|target`.
 *
 * A slug starts from the same plain lower case as the name keys of cross-document identity and
 * search (model/letters.ts foldName) but is its own folding: it keeps a leading "the"
 * ("the-pentagon"), writes stroked letters plainly ("Błaszczak" → "blaszczak"), and joins words
 * with hyphens. Ids are stored as a built store's node ids, so a slug must not change with the
 * name keys (nor they with it): a store built before must open and answer the same.
 */
import { NOT_LETTERS_OR_DIGITS, plainLowerCase } from "./letters.ts";
import { SYMMETRIC_RELATIONS, type RelationType } from "./ontology.ts";

/** Letters that carry their stroke or dot in the letter itself, so NFD leaves them whole ("Błaszczak", "Akıncı"). */
const PLAIN_LETTERS: Record<string, string> = { ł: "l", Ł: "L", ı: "i", ø: "o", Ø: "O", đ: "d", Đ: "D" };
const STROKED = /[łŁıøØđĐ]/gu;

/** A name with its stroked and dotless letters written plainly ("Błaszczak" → "Blaszczak"). */
export function foldLetters(text: string): string {
  return text.replace(STROKED, (c) => PLAIN_LETTERS[c] ?? c);
}

/** Slug of a name: lower case, accents and strokes removed, runs of other characters turned into one hyphen. */
export function slugify(name: string): string {
  return asciiSlug(name) ?? foldedSlug(name);
}

/** The slug of any name: NFKD, marks dropped, strokes written plainly, then the runs joined. */
function foldedSlug(name: string): string {
  // foldLetters: letters whose stroke or dot NFKD leaves in place ("Błaszczak" and "Blaszczak" are one id).
  const slug = foldLetters(plainLowerCase(name))
    .replace(/['’]/g, "")
    .replace(NOT_LETTERS_OR_DIGITS, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "entity";
}

/**
 * The slug of a name written in ASCII alone (most names), in one scan, or null for a name with any
 * other character. It is foldedSlug's answer: NFKD, the marks and the strokes leave ASCII as it is,
 * apostrophes are dropped, each run of characters but letters and digits between two words is one
 * hyphen and the runs at the ends none; lower case is taken last, which ASCII allows. It spares the
 * Unicode normalisation and five regular-expression passes for every entity of every document.
 */
function asciiSlug(name: string): string | null {
  let slug = "";
  let word = -1;
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (isAsciiLetterOrDigit(c)) {
      if (word < 0) {
        if (gap && slug !== "") slug += "-";
        word = i;
        gap = false;
      }
      continue;
    }
    if (word >= 0) slug += name.slice(word, i);
    word = -1;
    // An apostrophe is dropped, not a break: "O'Brien" is one word.
    if (c !== APOSTROPHE) gap = true;
  }
  if (word >= 0) slug += word === 0 ? name : name.slice(word);
  return slug === "" ? "entity" : slug.toLowerCase();
}

const APOSTROPHE = 39;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The key of the edge for one relation; symmetric relations put the smaller id first. */
export function edgeKey(source: string, relation: RelationType, target: string): string {
  if (SYMMETRIC_RELATIONS.has(relation) && target < source) return `${target}|${relation}|${source}`;
  return `${source}|${relation}|${target}`;
}

/** Splits an edge key back into its parts, or null when it is not one. */
export function parseEdgeKey(key: string): { source: string; relation: string; target: string } | null {
  const parts = key.split("|");
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return null;
  const [source, relation, target] = parts as [string, string, string];
  return { source, relation, target };
}
