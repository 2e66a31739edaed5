/**
 * Import entry points: `readGraph` reads any text source (a file, or a string the server
 * received), `importFile` a file. The format comes from the name's extension, else from the first
 * bytes; the matching streaming reader feeds the builder; the result is the graph, its Extraction
 * (what the store merges) and the warnings.
 */
import { KgError } from "../model/errors.ts";
import type { Extraction } from "../model/types.ts";
import { createImportBuilder, type ImportBuilder } from "./builder.ts";
import { readCsv } from "./csv-reader.ts";
import { toExtraction } from "./extraction.ts";
import { readGexf } from "./gexf-reader.ts";
import { readGraphml } from "./graphml-reader.ts";
import { readJson } from "./json-reader.ts";
import { resolveImportOptions, type ImportOptions } from "./settings.ts";
import { fileSource, textSource, type TextSource } from "./source.ts";
import { IMPORT_FORMATS, type ImportFormat, type ImportResult } from "./types.ts";

type Reader = (source: TextSource, builder: ImportBuilder) => Promise<void>;

const READERS: Readonly<Record<ImportFormat, Reader>> = {
  gexf: readGexf,
  graphml: readGraphml,
  json: readJson,
  csv: readCsv,
};

const BY_EXTENSION: readonly [RegExp, ImportFormat][] = [
  [/\.gexf$/i, "gexf"],
  [/\.graphml$/i, "graphml"],
  [/\.json$/i, "json"],
  [/\.csv$/i, "csv"],
];

/** The format a name's extension says, or null. */
function formatOfName(name: string): ImportFormat | null {
  return BY_EXTENSION.find(([re]) => re.test(name))?.[1] ?? null;
}

/** The format of a text's first characters, or null. */
function sniffFormat(head: string): ImportFormat | null {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "json";
  if (/<gexf[\s>]/.test(text)) return "gexf";
  if (/<graphml[\s>]/.test(text)) return "graphml";
  if (text.startsWith("# nodes") || text.startsWith("# edges") || /^[\w" ]+(,[\w" ]+)+\r?\n/.test(text))
    return "csv";
  return null;
}

/** Options of readGraph: the import options and, optionally, the format (else detected). */
export interface ReadGraphOptions extends ImportOptions {
  format?: ImportFormat;
}

/**
 * Reads a graph (GEXF 1.1-1.3, GraphML, kg JSON, CSV tables) from a source into a KgGraph, with
 * the Extraction the store merges and warnings about what was mapped, merged or skipped.
 * A string is read as the text of a graph document.
 */
export async function readGraph(
  input: TextSource | string,
  options: ReadGraphOptions = {},
): Promise<ImportResult> {
  const source = typeof input === "string" ? textSource(input) : input;
  const { format: wanted, ...rest } = options;
  if (wanted !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(wanted)) {
    throw new KgError(
      "UNSUPPORTED_FORMAT",
      `import: unknown format '${String(wanted)}' (use ${IMPORT_FORMATS.join(", ")})`,
      { field: "format" },
    );
  }
  const head = await source.head();
  const format = wanted ?? formatOfName(source.name) ?? sniffFormat(head);
  if (!format) {
    throw new KgError(
      "UNSUPPORTED_FORMAT",
      `import: cannot tell the format of '${source.name}' (use .gexf, .graphml, .json or .csv)`,
      { source: source.name },
    );
  }
  const builder = createImportBuilder(format, resolveImportOptions({ sourceName: source.name, ...rest }));
  await READERS[format](source, builder);
  const { graph, warnings } = builder.finish();
  // The Extraction is built on first use (then kept): at a million edges it is a million objects
  // that a caller who only wants the graph never needs. Read it before changing the graph.
  let extraction: Extraction | undefined;
  return {
    graph,
    get extraction(): Extraction {
      extraction ??= toExtraction(graph);
      return extraction;
    },
    warnings,
    format,
  };
}

/** Reads a graph file (see readGraph); FILE_NOT_FOUND when it cannot be read. */
export function importFile(filePath: string, options: ReadGraphOptions = {}): Promise<ImportResult> {
  return readGraph(fileSource(filePath), options);
}
