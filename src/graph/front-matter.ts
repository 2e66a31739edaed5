/**
 * Front matter: the small YAML subset at the top of a Markdown or text source
 * (`---`, `key: value` lines, `---`). Only flat scalar keys are read; the rest is ignored.
 */
import { KgError } from "../model/errors.ts";
import { META_KEYS, checkSourceMeta } from "../model/meta.ts";
import type { SourceMeta } from "../model/types.ts";
import { normalizeText } from "./text.ts";

/** A document split into its front-matter fields and the text after them. */
export interface FrontMatter {
  meta: SourceMeta;
  body: string;
}

/** Reads one scalar: quotes removed, `null`, `~` and empty turned into null. */
function scalar(raw: string): string | null {
  const value = raw.trim();
  if (value === "" || value === "~" || value === "null") return null;
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  if (!quoted) return value;
  const inner = quoted[2] ?? "";
  return quoted[1] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"').replace(/\\\\/g, "\\");
}

/**
 * Splits off front matter when the text starts with a `---` line closed by another `---` line;
 * otherwise returns the text unchanged with empty meta. Expects LF line ends.
 */
export function parseFrontMatter(text: string): FrontMatter {
  if (!text.startsWith("---\n")) return { meta: {}, body: text };
  const close = /^---[ \t]*$/m;
  const rest = text.slice(4);
  const match = close.exec(rest);
  if (!match) return { meta: {}, body: text };
  const block = rest.slice(0, match.index);
  let body = rest.slice(match.index + match[0].length);
  body = body.replace(/^\n+/, "");
  const meta: SourceMeta = {};
  for (const line of block.split("\n")) {
    const kv = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    if (!kv) continue;
    const key = (kv[1] ?? "").toLowerCase();
    if ((META_KEYS as readonly string[]).includes(key)) {
      meta[key as (typeof META_KEYS)[number]] = scalar(kv[2] ?? "");
    }
  }
  return { meta, body };
}

/**
 * The error for posted text whose front matter breaks the metadata rules (model/meta.ts), or
 * null when it has none or it is valid. The field is named `frontMatter.<key>`.
 */
export function frontMatterError(text: string): KgError | null {
  const { issues } = checkSourceMeta(parseFrontMatter(normalizeText(text)).meta);
  const first = issues[0];
  if (!first) return null;
  return new KgError("INVALID_INPUT", `document: front matter ${first.field}: ${first.message}`, {
    field: `frontMatter.${first.field}`,
    issues: issues.map((i) => ({ field: `frontMatter.${i.field}`, message: i.message })),
  });
}
