/**
 * Input validation: parses a query, path parameters or a body with a zod schema and turns
 * failures into KgError INVALID_INPUT naming the field and why.
 */
import type { z } from "zod";
import { KgError } from "../model/errors.ts";

/** Where a value came from, for the error message. */
export type InputPlace = "query" | "path" | "body" | "header";

/** One rejected field. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Parses `value` with `schema`, or throws INVALID_INPUT with `field` and `issues` details. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, place: InputPlace): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.slice(0, 10).map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join(".") : place,
    message: issue.message,
  }));
  const first = issues[0] ?? { field: place, message: "invalid" };
  throw new KgError("INVALID_INPUT", `${place}: ${first.field}: ${first.message}`, {
    field: first.field,
    issues,
  });
}
