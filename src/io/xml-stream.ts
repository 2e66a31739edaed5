/**
 * Streaming XML input for the readers: a source fed chunk by chunk into a saxes parser (never a
 * DOM), element names reduced to their local part, parse errors turned into INVALID_FORMAT.
 */
import { SaxesParser } from "saxes";
import { KgError } from "../model/errors.ts";
import type { TextSource } from "./source.ts";

/** What a reader does with the elements it meets. */
export interface XmlHandlers {
  /** An element opens: its local name and its attributes (names as written). */
  open(name: string, attributes: Record<string, string>): void;
  /** An element closes. */
  close(name: string): void;
  /** Text (and CDATA) between tags. */
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Parses XML chunk by chunk, calling the handlers; rejects with INVALID_FORMAT on malformed XML. */
export async function parseXml(source: TextSource, handlers: XmlHandlers, what: string): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    for await (const chunk of source.chunks()) parser.write(chunk);
    parser.close();
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError(
      "INVALID_FORMAT",
      `import: ${what} '${source.name}' is not well-formed XML: ${(err as Error).message}`,
      {
        source: source.name,
      },
    );
  }
}
