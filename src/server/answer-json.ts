/**
 * Query answers as JSON text. Each edge's evidence views (its first pieces with their document
 * and highlights) come as JSON text from the context's EvidenceTexts (read in one pass for an
 * answer, kept across answers). Paths and connect answers list that text once per edge, in the
 * answer's `evidence` object by edge key, and their hops and edges carry none (paths share
 * edges: listing it per hop made answers about 40% larger); neighbourhoods, whose edges are
 * each listed once, carry it in each edge. The text parses to the same value as serialising the
 * views (fields may come in another order), and is sent as is: no ETag is computed, since an
 * answer to a query is never revalidated.
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
 * The JSON text of `object` with each field of `raw` put last, holding that JSON text as is.
 * `object` must not hold those fields itself.
 */
export function withRawFields(object: object, raw: Readonly<Record<string, string>>): string {
  let tail = "";
  for (const [field, text] of Object.entries(raw))
    tail += `${tail ? "," : ""}${JSON.stringify(field)}:${text}`;
  const rest = JSON.stringify(object);
  return rest === "{}" ? `{${tail}}` : `${rest.slice(0, -1)},${tail}}`;
}

/** An answer with paths (and, for connect, edges) whose evidence the writer lists once per edge. */
export interface EvidencedAnswer {
  paths: readonly { hops: readonly EvidencedItem[] }[];
  edges?: readonly EvidencedItem[];
}

/** An item without the evidence the engine put in it. */
function withoutEvidence({ evidence: _evidence, ...rest }: EvidencedItem): Omit<EvidencedItem, "evidence"> {
  return rest;
}

/** Writes the evidenced parts of one answer. */
export interface AnswerWriter {
  /** A JSON array of edges, each with its edge's evidence views. */
  items(items: readonly EvidencedItem[]): string;
  /**
   * The JSON text of a paths or connect answer: its fields, its hops and edges without evidence,
   * and `evidence`, each of their edges' evidence views once, by edge key (in the order the
   * answer first crosses them).
   */
  answer(answer: EvidencedAnswer): string;
}

/** A writer for one answer, its evidence text taken from `texts`. */
export function createAnswerWriter(texts: EvidenceTexts): AnswerWriter {
  return {
    items: (list) => {
      const evidence = texts.textsOf(new Set(list.map((item) => item.key)));
      return `[${list.map((item) => withRawFields(withoutEvidence(item), { evidence: evidence.get(item.key)! })).join(",")}]`;
    },
    answer: (answer) => {
      const keys = new Set<string>();
      const strip = (item: EvidencedItem) => {
        keys.add(item.key);
        return withoutEvidence(item);
      };
      const bare = {
        ...answer,
        ...(answer.edges && { edges: answer.edges.map(strip) }),
        paths: answer.paths.map((path) => ({ ...path, hops: path.hops.map(strip) })),
      };
      const found = texts.textsOf(keys);
      let evidence = "";
      for (const key of keys) evidence += `${evidence ? "," : "{"}${JSON.stringify(key)}:${found.get(key)!}`;
      return withRawFields(bare, { evidence: evidence ? `${evidence}}` : "{}" });
    },
  };
}

/** Sends JSON text as `application/json` (what res.json sends, without an ETag). */
export function sendJsonText(res: Response, text: string): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(text);
}
