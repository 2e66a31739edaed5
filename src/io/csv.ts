/**
 * CSV (RFC 4180): quoting a row for the writers and parsing a table for the readers.
 * Rows end with CRLF; a field is quoted when it holds a comma, a quote or a line break.
 */
import { parse } from "csv-parse/sync";
import { KgError } from "../model/errors.ts";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Quotes one field when it needs it (doubling inner quotes). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row, CRLF-terminated. */
export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/**
 * Parses CSV text into rows of fields with csv-parse: quoted fields may hold commas, quotes and
 * line breaks; rows may end with CRLF, LF or CR and differ in length; blank lines are skipped.
 * A malformed quote is INVALID_FORMAT.
 */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    });
  } catch (err) {
    throw new KgError("INVALID_FORMAT", `import: not valid CSV (${(err as Error).message})`);
  }
}
