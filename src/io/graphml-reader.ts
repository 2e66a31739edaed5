/**
 * GraphML reader: streams the file through saxes, types each <data> value by its key's
 * attr.type, and hands nodes and edges (named by the keys' attr.name) to the import builder.
 */
import { KgError } from "../model/errors.ts";
import type { ImportBuilder } from "./builder.ts";
import type { RawEdge, RawNode } from "./types.ts";
import type { TextSource } from "./source.ts";
import { parseXml } from "./xml-stream.ts";

interface KeyDef {
  name: string;
  type: string;
}

/** Converts a data value by its key's attr.type. */
function graphmlValue(value: string, type: string): unknown {
  if (type === "int" || type === "long" || type === "float" || type === "double") {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (type === "boolean") return value.trim() === "true" || value.trim() === "1";
  return value;
}

/** Reads a GraphML file into the builder. */
export async function readGraphml(source: TextSource, builder: ImportBuilder): Promise<void> {
  const keys = new Map<string, KeyDef>();
  const defaults = { node: {} as Record<string, unknown>, edge: {} as Record<string, unknown> };
  let keyFor: "node" | "edge" | "other" = "other";
  let currentKey: KeyDef | null = null;
  let element: RawNode | RawEdge | null = null;
  let isEdge = false;
  let dataKey: KeyDef | null = null;
  let text = "";
  let collecting = false;
  let sawRoot = false;

  await parseXml(
    source,
    {
      open(name, a) {
        switch (name) {
          case "graphml":
            sawRoot = true;
            break;
          case "key": {
            currentKey = { name: a["attr.name"] ?? a.id ?? "", type: a["attr.type"] ?? "string" };
            keys.set(a.id ?? currentKey.name, currentKey);
            keyFor = a.for === "node" || a.for === "edge" ? a.for : "other";
            break;
          }
          case "default":
            collecting = currentKey !== null;
            text = "";
            break;
          case "node":
            element = { id: a.id ?? "", attributes: { ...defaults.node } };
            isEdge = false;
            break;
          case "edge":
            element = { source: a.source ?? "", target: a.target ?? "", attributes: { ...defaults.edge } };
            isEdge = true;
            break;
          case "data":
            if (!element) break;
            dataKey = keys.get(a.key ?? "") ?? { name: a.key ?? "", type: "string" };
            collecting = true;
            text = "";
            break;
        }
      },
      close(name) {
        if (name === "data" && element && dataKey) {
          element.attributes[dataKey.name] = graphmlValue(text, dataKey.type);
          dataKey = null;
          collecting = false;
        } else if (name === "default" && currentKey) {
          if (keyFor !== "other") defaults[keyFor][currentKey.name] = graphmlValue(text, currentKey.type);
          collecting = false;
        } else if (name === "key") {
          currentKey = null;
        } else if (name === "node" && element && !isEdge) {
          builder.addNode(element as RawNode);
          element = null;
        } else if (name === "edge" && element && isEdge) {
          builder.addEdge(element as RawEdge);
          element = null;
        }
      },
      text(t) {
        if (collecting) text += t;
      },
    },
    "GraphML file",
  );
  if (!sawRoot)
    throw new KgError("INVALID_FORMAT", `import: '${source.name}' has no <graphml> root element`, {
      source: source.name,
    });
}
