/**
 * JSON reader: kg's export envelope, the graph file graph-data/graph.kg.json, or a bare
 * graphology serialisation, checked and handed node by node to the import builder.
 */
import { KgError } from "../model/errors.ts";
import type { ImportBuilder } from "./builder.ts";
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from "./json-writer.ts";
import type { TextSource } from "./source.ts";

interface SerializedLike {
  nodes: unknown[];
  edges?: unknown[];
}

function isSerialized(value: unknown): value is SerializedLike {
  return typeof value === "object" && value !== null && Array.isArray((value as SerializedLike).nodes);
}

/** The graphology serialisation inside a parsed JSON document, or an INVALID_FORMAT error. */
function serializedGraphOf(doc: unknown, name: string): SerializedLike {
  const d = doc as { format?: unknown; version?: unknown; graph?: unknown };
  if (d && typeof d === "object" && typeof d.format === "string") {
    if (d.format !== JSON_EXPORT_FORMAT && d.format !== "kg-graph") {
      throw new KgError("INVALID_FORMAT", `import: '${name}' is a '${d.format}' document, not a kg graph`, {
        source: name,
      });
    }
    if (typeof d.version === "number" && d.version > JSON_EXPORT_VERSION) {
      throw new KgError(
        "INVALID_FORMAT",
        `import: '${name}' has version ${d.version}; this kg reads version ${JSON_EXPORT_VERSION}`,
        { source: name },
      );
    }
    if (isSerialized(d.graph)) return d.graph;
  } else if (isSerialized(doc)) {
    return doc;
  }
  throw new KgError("INVALID_FORMAT", `import: '${name}' holds no graph (expected nodes and edges)`, {
    source: name,
  });
}

/** Feeds a graphology serialisation into the builder. */
function readSerializedGraph(graph: SerializedLike, builder: ImportBuilder): void {
  for (const item of graph.nodes) {
    const n = item as { key?: unknown; attributes?: Record<string, unknown> };
    if (typeof n?.key !== "string" && typeof n?.key !== "number") {
      builder.warn("nodes without a key were skipped");
      continue;
    }
    const attributes = { ...(n.attributes ?? {}) };
    builder.addNode({
      id: String(n.key),
      label: typeof attributes.name === "string" ? attributes.name : undefined,
      attributes,
    });
  }
  for (const item of graph.edges ?? []) {
    const e = item as { source?: unknown; target?: unknown; attributes?: Record<string, unknown> };
    builder.addEdge({
      source: String(e?.source ?? ""),
      target: String(e?.target ?? ""),
      attributes: { ...(e?.attributes ?? {}) },
    });
  }
}

/** Reads a JSON document into the builder. */
export async function readJson(source: TextSource, builder: ImportBuilder): Promise<void> {
  const text = await source.text();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new KgError(
      "INVALID_FORMAT",
      `import: '${source.name}' is not valid JSON: ${(err as Error).message}`,
      { source: source.name },
    );
  }
  readSerializedGraph(serializedGraphOf(doc, source.name), builder);
}
