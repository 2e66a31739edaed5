/**
 * The rules for a document's metadata (title, outlet, date, url), in one place: the API's body
 * schema, the store's check of front matter in posted text, and the source reader all use them.
 */
import { createRequire } from "node:module";
import type { z as Zod } from "zod";
import type { SourceMeta } from "./types.ts";

/** Longest title, outlet and URL accepted, in characters. */
export const META_LIMITS = { title: 500, outlet: 200, url: 2000 } as const;

/** True when `YYYY-MM-DD` names a day of the calendar (no 30 February). */
function isCalendarDay(date: string): boolean {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * Each metadata field's schema (as the API takes it: present means valid), made with the zod
 * the caller imported (the server's own, so that its schemas mix with the API's). The date is an
 * ISO date (`YYYY-MM-DD`, or a full timestamp) that names a real day.
 */
export function metaFieldSchemas(z: typeof Zod) {
  return {
    title: z.string().trim().min(1).max(META_LIMITS.title),
    outlet: z.string().trim().min(1).max(META_LIMITS.outlet),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "must be an ISO date (YYYY-MM-DD)")
      .refine((s) => !Number.isNaN(Date.parse(s)) && isCalendarDay(s), "must be a real date"),
    url: z.url({ protocol: /^https?$/ }).max(META_LIMITS.url),
  } as const;
}

/**
 * The schemas checkSourceMeta uses, made on the first metadata field to check: importing zod
 * costs about 150 ms of CPU, which every `kg build` and every extraction thread paid at its
 * start, before any work, while most sources carry no metadata (a lazy cache of constant
 * schemas, as nlp.ts keeps wink's model).
 */
let sourceSchemas: ReturnType<typeof metaFieldSchemas> | null = null;
function schemasForSources(): ReturnType<typeof metaFieldSchemas> {
  sourceSchemas ??= metaFieldSchemas((createRequire(import.meta.url)("zod") as { z: typeof Zod }).z);
  return sourceSchemas;
}

/** The metadata field names. */
export const META_KEYS = ["title", "outlet", "date", "url"] as const;

/** One metadata field that breaks its rule. */
export interface MetaIssue {
  field: (typeof META_KEYS)[number];
  message: string;
}

/**
 * Checks the present (non-null) fields of `meta`: the valid ones are kept in `meta`, each
 * invalid one is left out and listed in `issues`. A field that is an empty or blank string
 * ("date": "", as a sidecar says "not known") is left out silently, as if it were absent.
 */
export function checkSourceMeta(meta: SourceMeta): { meta: SourceMeta; issues: MetaIssue[] } {
  const kept: SourceMeta = {};
  const issues: MetaIssue[] = [];
  for (const field of META_KEYS) {
    const value = meta[field];
    if (value === undefined || (typeof value === "string" && value.trim() === "")) continue;
    if (value === null) {
      kept[field] = null;
      continue;
    }
    const result = schemasForSources()[field].safeParse(value);
    if (result.success) kept[field] = value;
    else issues.push({ field, message: result.error.issues[0]?.message ?? "invalid" });
  }
  return { meta: kept, issues };
}
