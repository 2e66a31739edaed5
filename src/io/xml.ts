/**
 * XML text helpers for the writers: escaping for attribute values and text in one pass, with
 * the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) removed.
 */

// Characters that need work in a double-quoted attribute: markup, whitespace that attribute
// normalisation would fold, and everything XML 1.0 forbids (with `u`, a surrogate range matches lone ones only).
// eslint-disable-next-line no-control-regex
const ATTR_WORK = /[&<>"\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
// eslint-disable-next-line no-control-regex
const TEXT_WORK = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const JSON_ATTR_WORK = /[&<']/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const replaceOne = (c: string): string => ENTITIES[c] ?? "";

/** Escapes a string for a double-quoted attribute value; tabs and newlines survive as references. */
export function escapeXmlAttr(value: string): string {
  ATTR_WORK.lastIndex = 0;
  return ATTR_WORK.test(value) ? value.replace(ATTR_WORK, replaceOne) : value;
}

/** Escapes a string for element text content. */
export function escapeXmlText(value: string): string {
  TEXT_WORK.lastIndex = 0;
  return TEXT_WORK.test(value) ? value.replace(TEXT_WORK, replaceOne) : value;
}

/**
 * Escapes JSON text for a single-quoted attribute value: JSON.stringify never emits raw control
 * characters or lone surrogates, and its many double quotes need no escaping between single quotes.
 */
export function escapeJsonAttr(json: string): string {
  JSON_ATTR_WORK.lastIndex = 0;
  return JSON_ATTR_WORK.test(json) ? json.replace(JSON_ATTR_WORK, replaceOne) : json;
}
