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

/** JSON text in pieces: strings, and text already encoded as UTF-8. */
export type JsonPieces = (string | Buffer)[];

/** The pieces as one UTF-8 buffer: its length measured first, each piece written into it once. */
export function joinPieces(pieces: Readonly<JsonPieces>): Buffer {
  let length = 0;
  for (const piece of pieces) length += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const piece of pieces)
    if (typeof piece === "string") at += out.write(piece, at);
    else {
      out.set(piece, at);
      at += piece.length;
    }
  return out;
}

/** The JSON text of `object` up to where another field can follow (`{…,` or `{`). */
function openObject(object: object): string {
  const json = JSON.stringify(object);
  return json === "{}" ? "{" : `${json.slice(0, -1)},`;
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

/** Writes answers whose edges carry evidence, as UTF-8 JSON. */
export interface AnswerWriter {
  /** A neighbourhood's answer: its fields, and its `edges` each with its edge's evidence views. */
  edges(answer: { edges: readonly EvidencedItem[] }): Buffer;
  /**
   * A paths or connect answer: its fields, its hops and edges without evidence, and `evidence`,
   * each of their edges' evidence views once, by edge key (in the order the answer first
   * crosses them).
   */
  answer(answer: EvidencedAnswer): Buffer;
}

/** A writer for answers, their evidence text taken from `texts`. */
export function createAnswerWriter(texts: EvidenceTexts): AnswerWriter {
  return {
    edges: ({ edges, ...rest }) => {
      const evidence = texts.textsOf(new Set(edges.map((item) => item.key)));
      const pieces: JsonPieces = [`${openObject(rest)}"edges":[`];
      edges.forEach((item, i) => {
        pieces.push(
          `${i ? "," : ""}${openObject(withoutEvidence(item))}"evidence":`,
          evidence.get(item.key)!,
          "}",
        );
      });
      pieces.push("]}");
      return joinPieces(pieces);
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
      const pieces: JsonPieces = [`${openObject(bare)}"evidence":{`];
      let first = true;
      for (const key of keys) {
        pieces.push(`${first ? "" : ","}${JSON.stringify(key)}:`, found.get(key)!);
        first = false;
      }
      pieces.push("}}");
      return joinPieces(pieces);
    },
  };
}

/**
 * Sends JSON as `application/json` (what res.json sends, without an ETag). A buffer goes with its
 * length as Content-Length, as it is: answers are encoded once, into one buffer.
 */
export function sendJsonText(res: Response, body: string | Buffer): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  if (typeof body !== "string") res.setHeader("Content-Length", body.length);
  res.end(body);
}
