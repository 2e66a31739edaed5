/**
 * Query answers as JSON text. Each edge's evidence views (its first pieces with their document
 * and highlights) come as JSON text from the context's EvidenceTexts (read in one pass for an
 * answer, kept across answers), and that text is spliced into every hop and edge crossing it.
 * The text parses to the same value as serialising the views hop by hop (fields may come in
 * another order), and is sent as is: no ETag is computed, since an answer to a query is never
 * revalidated.
 */
import type { Response } from "express";
import type { EvidenceTexts } from "./evidence-json.ts";

/** An edge or hop as the engine answers it: its key and ends (any evidence it holds is replaced by its edge's views). */
export interface EvidencedItem {
  key: string;
  source: string;
  target: string;
  evidence?: unknown;
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

/** Writes the evidenced parts of one answer. */
export interface AnswerWriter {
  /** A JSON array of edges or hops, each with its edge's evidence views. */
  items(items: readonly EvidencedItem[]): string;
  /** A JSON array of paths, each hop with its edge's evidence views. */
  paths(paths: readonly { hops: readonly EvidencedItem[] }[]): string;
}

/** A writer for one answer, its evidence text taken from `texts`. */
export function createAnswerWriter(texts: EvidenceTexts): AnswerWriter {
  /** Serialised items by key, then by direction: within one answer, what an item says besides its direction is its edge's. */
  const done = new Map<string, Map<string | undefined, string>>();

  const itemJson = (item: EvidencedItem, evidence: Map<string, string>): string => {
    let ways = done.get(item.key);
    let json = ways?.get(item.direction);
    if (json === undefined) {
      const { evidence: _evidence, ...rest } = item;
      const body = JSON.stringify(rest);
      const head = `{"evidence":${evidence.get(item.key)!}`;
      json = body === "{}" ? `${head}}` : `${head},${body.slice(1)}`;
      if (!ways) done.set(item.key, (ways = new Map()));
      ways.set(item.direction, json);
    }
    return json;
  };
  const itemsJson = (list: readonly EvidencedItem[], evidence: Map<string, string>): string =>
    `[${list.map((item) => itemJson(item, evidence)).join(",")}]`;
  const keysOf = (lists: readonly (readonly EvidencedItem[])[]): Set<string> => {
    const keys = new Set<string>();
    for (const list of lists) for (const item of list) keys.add(item.key);
    return keys;
  };
  return {
    items: (list) => itemsJson(list, texts.textsOf(keysOf([list]))),
    paths: (paths) => {
      const evidence = texts.textsOf(keysOf(paths.map((p) => p.hops)));
      return `[${paths.map(({ hops, ...rest }) => withRawFields(rest, { hops: itemsJson(hops, evidence) })).join(",")}]`;
    },
  };
}

/** Sends JSON text as `application/json` (what res.json sends, without an ETag). */
export function sendJsonText(res: Response, text: string): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(text);
}
