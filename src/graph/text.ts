/**
 * Source text decoding: bytes to the exact string every evidence offset points into.
 * Strips a byte-order mark, turns CRLF and lone CR into LF, decodes UTF-8 (or UTF-16 with a BOM)
 * and refuses binary content.
 */
import { KgError } from "../model/errors.ts";

/** The result of decoding a source's bytes. */
export interface DecodedText {
  text: string;
  /** Things a user should know (invalid UTF-8 replaced, empty file). */
  warnings: string[];
}

/** Share of control characters above which a file is taken for binary. */
const BINARY_CONTROL_RATIO = 0.1;
/** Share of undecodable bytes (U+FFFD) above which a file is taken for binary rather than mis-encoded text. */
const BINARY_REPLACEMENT_RATIO = 0.3;
/** How many leading characters the binary test looks at. */
const BINARY_SAMPLE = 65_536;

/** Removes a leading BOM and turns CRLF and lone CR line ends into LF. */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}

/** Picks the encoding from a byte-order mark: UTF-16 when one says so, UTF-8 otherwise. */
function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** True when the sample holds mostly characters that text never has. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE);
  if (sample.length === 0) return false;
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    else if (c === 0xfffd) replaced++;
  }
  return (
    controls / sample.length > BINARY_CONTROL_RATIO || replaced / sample.length > BINARY_REPLACEMENT_RATIO
  );
}

/**
 * Decodes a source's bytes. Invalid UTF-8 is replaced by U+FFFD with a warning (the text stays
 * usable and offsets stay exact); NUL bytes or mostly non-text content throw SOURCE_UNREADABLE.
 */
export function decodeSourceBytes(bytes: Uint8Array, name: string): DecodedText {
  const warnings: string[] = [];
  const encoding = encodingOf(bytes);
  if (encoding === "utf-8" && bytes.includes(0)) {
    throw new KgError("SOURCE_UNREADABLE", `${name}: binary file (NUL bytes), not text`, { source: name });
  }
  let raw: string;
  try {
    raw = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    raw = new TextDecoder(encoding).decode(bytes);
    warnings.push(`${name}: invalid ${encoding.toUpperCase()} replaced by U+FFFD`);
  }
  if (looksBinary(raw)) {
    throw new KgError("SOURCE_UNREADABLE", `${name}: mostly non-text content, not a text file`, {
      source: name,
    });
  }
  const text = normalizeText(raw);
  if (text.trim().length === 0) warnings.push(`${name}: empty document`);
  return { text, warnings };
}
