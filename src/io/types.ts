/**
 * Shapes of the io layer: the export formats, what an import gives back, and the raw
 * nodes and edges that every reader hands to the import builder.
 */
import type { KgGraph } from "../model/graph.ts";
import type { Extraction } from "../model/types.ts";

/** The formats kg writes. `csv-nodes` and `csv-edges` are the two tables of the CSV export. */
export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv-nodes", "csv-edges"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats kg reads (a CSV import reads the nodes and edges tables together). */
export const IMPORT_FORMATS = ["gexf", "graphml", "json", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What an import gives back: the graph, the same facts as an Extraction the store can merge, and warnings. */
export interface ImportResult {
  graph: KgGraph;
  /** Built from the graph on first read (then kept): read it before changing the graph. */
  extraction: Extraction;
  warnings: string[];
  /** The format that was detected. */
  format: ImportFormat;
}

/** An attribute value as a reader found it (XML and CSV give strings, JSON gives anything). */
export type RawValue = unknown;

/** A node as a reader found it, before ids, types and attributes are mapped to the domain. */
export interface RawNode {
  id: string;
  label?: string | undefined;
  attributes: Record<string, RawValue>;
  x?: number | undefined;
  y?: number | undefined;
}

/** An edge as a reader found it. `dates` holds spell or timestamp dates, when the file has a timeline. */
export interface RawEdge {
  source: string;
  target: string;
  label?: string | undefined;
  kind?: string | undefined;
  attributes: Record<string, RawValue>;
  dates?: string[] | undefined;
}
