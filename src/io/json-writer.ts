/**
 * JSON writer: graphology's serialisation (what `graph.export()` gives) inside kg's
 * versioned envelope `{format: "kg-graph-export", version: 1, graph}`, one node or edge at a time.
 */
import type { ResolvedExportOptions } from "./settings.ts";
import type { ExportView } from "./view.ts";

/** The format name of the JSON envelope. */
export const JSON_EXPORT_FORMAT = "kg-graph-export";
/** The version of the JSON envelope this code writes and reads. */
export const JSON_EXPORT_VERSION = 1;

/** Yields the JSON document of the view, piece by piece. */
export function* jsonPieces(view: ExportView, _options: ResolvedExportOptions): Generator<string> {
  yield `{"format":"${JSON_EXPORT_FORMAT}","version":${JSON_EXPORT_VERSION},"graph":{`;
  yield '"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[';
  let first = true;
  for (const { key, attributes } of view.nodes()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key, attributes })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const { key, source, target, attributes } of view.edges()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key, source, target, attributes })}`;
    first = false;
  }
  yield "\n]}}\n";
}
