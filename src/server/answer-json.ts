/**
 * Query answers as JSON text. Paths often cross the same edges, so each edge's evidence views
 * (its first pieces with their document and highlights) are made and serialised once per answer,
 * and that text is spliced into every hop and edge crossing it. The text parses to the same
 * value as serialising the views hop by hop (fields may come in another order), and is sent as
 * is: no ETag is computed, since an answer to a query is never revalidated.
 */
import type { Response } from "express";
import type { KgGraph } from "../model/graph.ts";
import type { Evidence } from "../model/types.ts";
import { evidenceViewsOf, type Sources } from "./views.ts";

/** An edge or hop as the engine answers it: its key, its ends and its first pieces of evidence. */
export interface EvidencedItem {
  key: string;
  source: string;
  target: string;
  evidence: Evidence[];
  /** A hop's way along its edge. */
  direction?: string;
}

/**
 * The JSON text of `object` with each field of `raw` put first, holding that JSON text as is.
 * `object` must not hold those fields itself.
 */
export function withRawFields(object: object, raw: Readonly<Record<string, string>>): string {
  let head = "";
  for (const [field, text] of Object.entries(raw))
    head += `${head ? "," : ""}${JSON.stringify(field)}:${text}`;
  const rest = JSON.stringify(object);
  return rest === "{}" ? `{${head}}` : `{${head},${rest.slice(1)}`;
}

/** Writes the evidenced parts of one answer; evidence views are made once per edge key. */
export interface AnswerWriter {
  /** A JSON array of edges or hops, each with its evidence as views. */
  items(items: readonly EvidencedItem[]): string;
  /** A JSON array of paths, each hop with its evidence as views. */
  paths(paths: readonly { hops: readonly EvidencedItem[] }[]): string;
}

/** A writer for one answer over `graph` (names to highlight) and `sources` (document metadata). */
export function createAnswerWriter(graph: KgGraph, sources: Sources): AnswerWriter {
  const evidenceOf = new Map<string, string>();
  /** Serialised items by direction and key: within one answer, what an item says besides its direction is its edge's. */
  const done = new Map<string, string>();

  const evidenceJson = (item: EvidencedItem): string => {
    let text = evidenceOf.get(item.key);
    if (text === undefined) {
      text = JSON.stringify(evidenceViewsOf(graph, sources, item.evidence, item.source, item.target));
      evidenceOf.set(item.key, text);
    }
    return text;
  };
  const itemJson = (item: EvidencedItem): string => {
    const id = `${item.direction ?? ""} ${item.key}`;
    let json = done.get(id);
    if (json === undefined) {
      const { evidence: _evidence, ...rest } = item;
      json = withRawFields(rest, { evidence: evidenceJson(item) });
      done.set(id, json);
    }
    return json;
  };
  const items = (list: readonly EvidencedItem[]): string => `[${list.map(itemJson).join(",")}]`;
  return {
    items,
    paths: (paths) =>
      `[${paths.map(({ hops, ...rest }) => withRawFields(rest, { hops: items(hops) })).join(",")}]`,
  };
}

/** Sends JSON text as `application/json` (what res.json sends, without an ETag). */
export function sendJsonText(res: Response, text: string): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(text);
}
