/** Re-exports the io layer: exporters (GEXF, GraphML, JSON, CSV), readers (readGraph, importFile), and their shapes. */
export * from "./types.ts";
export * from "./settings.ts";
export * from "./export.ts";
export * from "./import.ts";
export * from "./extraction.ts";
export { fileSource, textSource, type TextSource } from "./source.ts";
export { createExportView, type ExportView } from "./view.ts";
export { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from "./json-writer.ts";
export { CSV_NODES_SECTION, CSV_EDGES_SECTION, csvPairPaths } from "./csv-reader.ts";
