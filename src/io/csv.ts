/**
 * CSV (RFC 4180): quoting a row for the writers and parsing a table for the readers.
 * Rows end with CRLF; a field is quoted when it holds a comma, a quote or a line break.
 */

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

/** Parses CSV text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  let quoted = false;
  let rowStarted = false;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      rowStarted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      rowStarted = true;
      i++;
    } else if (c === "\r" || c === "\n") {
      if (rowStarted || field !== "") {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = "";
      rowStarted = false;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      rowStarted = true;
      i++;
    }
  }
  if (rowStarted || field !== "") {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
