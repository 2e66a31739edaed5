/**
 * Gold annotations: the `*.gold.json` format (the entities and triples a reader finds in one
 * article, some marked optional), parsed and checked, and where a gold file's article lies.
 */
import { z } from "zod";
import { KgError } from "../model/errors.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/ontology.ts";

const GoldEntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()).optional(),
  optional: z.boolean().optional(),
});

const GoldRelationSchema = z.object({
  source: z.string().min(1),
  relation: z.enum(RELATION_TYPES),
  target: z.string().min(1),
  optional: z.boolean().optional(),
});

const GoldSchema = z.object({
  doc: z.string().optional(),
  note: z.string().optional(),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
});

/** A gold annotation: entities (with aliases) and triples between their ids. */
export type Gold = z.infer<typeof GoldSchema>;

/** The suffix of a gold file. */
const GOLD_SUFFIX = ".gold.json";

/**
 * Parses a gold file's text; INVALID_INPUT naming the file when it is not JSON, does not have the
 * gold shape, or has a triple whose end is no entity of the file.
 */
export function parseGold(text: string, file: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new KgError("INVALID_INPUT", `eval: ${file} is not JSON (${(err as Error).message})`, { file });
  }
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError(
      "INVALID_INPUT",
      `eval: ${file} is not a gold file (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"})`,
      { file },
    );
  }
  const ids = new Set(parsed.data.entities.map((e) => e.id));
  const dangling = parsed.data.relations.find((r) => !ids.has(r.source) || !ids.has(r.target));
  if (dangling)
    throw new KgError(
      "INVALID_INPUT",
      `eval: ${file}: the triple ${dangling.source} ${dangling.relation} ${dangling.target} names an id that is no entity`,
      { file },
    );
  return parsed.data;
}

/** The article a gold file scores: `NAME.txt` beside `NAME.gold.json`; null when the name has no gold suffix. */
export function articlePathOf(goldPath: string): string | null {
  return goldPath.endsWith(GOLD_SUFFIX) ? `${goldPath.slice(0, -GOLD_SUFFIX.length)}.txt` : null;
}
