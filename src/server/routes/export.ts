/**
 * Routes: GET /api/export.{gexf,graphml,json,nodes.csv,edges.csv}, the (filtered) graph as a
 * download, streamed chunk by chunk with backpressure from the exporters of src/io. A filtered
 * download is named kg-graph-filtered.*.
 */
import { once } from "node:events";
import { Router, type Response } from "express";
import { filterGraph, isEmptyFilter } from "../../graph/filter.ts";
import { EXPORT_CONTENT_TYPES, exportChunks, type ExportFormat } from "../../io/index.ts";
import type { ServerContext } from "../context.ts";
import { exportQuery } from "../schemas.ts";
import { parseInput } from "../validate.ts";

/** File extension of each export route → exporter format. */
export const EXPORT_ROUTES: Readonly<Record<string, ExportFormat>> = {
  gexf: "gexf",
  graphml: "graphml",
  json: "json",
  "nodes.csv": "csv-nodes",
  "edges.csv": "csv-edges",
};

/** Writes every chunk, waiting for the socket to drain when its buffer is full. */
async function stream(res: Response, first: string, rest: Iterator<string>): Promise<void> {
  let chunk: IteratorResult<string> = { done: false, value: first };
  while (!chunk.done) {
    if (res.destroyed) return;
    if (!res.write(chunk.value)) await Promise.race([once(res, "drain"), once(res, "close")]);
    chunk = rest.next();
  }
  res.end();
}

/** The export router. */
export function exportRouter(ctx: ServerContext): Router {
  const router = Router();
  for (const [ext, format] of Object.entries(EXPORT_ROUTES)) {
    router.get(`/api/export.${ext}`, async (req, res) => {
      const { dynamic, ...filter } = parseInput(exportQuery, req.query, "query");
      // A snapshot (nodes and edges, attributes shared) so writes during a slow download cannot disturb it.
      // Evidence is read from the store edge by edge as the download proceeds.
      const evidence = ctx.evidence();
      const snapshot = filterGraph(ctx.store.graph, filter, evidence);
      const chunks = exportChunks(snapshot, format, dynamic ? { dynamic } : {}, evidence)[Symbol.iterator]();
      const first = chunks.next(); // before the headers, so exporter errors still become problems
      res.setHeader("Content-Type", EXPORT_CONTENT_TYPES[format]);
      const name = isEmptyFilter(filter) ? "kg-graph" : "kg-graph-filtered";
      res.setHeader("Content-Disposition", `attachment; filename="${name}.${ext}"`);
      if (first.done) {
        res.end();
        return;
      }
      await stream(res, first.value, chunks);
    });
  }
  return router;
}
