/**
 * GEXF reader (1.1, 1.2 and 1.3; kg's, Gephi's and NetworkX's files): streams the file
 * through saxes and hands nodes and edges, with their declared attributes typed, positions and
 * spell dates, to the import builder.
 */
import { KgError } from "../model/errors.ts";
import type { ImportBuilder } from "./builder.ts";
import type { RawEdge, RawNode } from "./types.ts";
import type { TextSource } from "./source.ts";
import { parseXml } from "./xml-stream.ts";

interface AttributeDef {
  title: string;
  type: string;
}

const NUMERIC = new Set(["integer", "long", "double", "float", "short", "byte", "bigdecimal", "biginteger"]);
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Converts an attvalue by its declared GEXF type. */
function gexfValue(value: string, type: string): unknown {
  if (NUMERIC.has(type)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (type === "boolean") return value === "true" || value === "1";
  return value;
}

/** Reads a GEXF file into the builder. */
export async function readGexf(source: TextSource, builder: ImportBuilder): Promise<void> {
  const defs = { node: new Map<string, AttributeDef>(), edge: new Map<string, AttributeDef>() };
  const defaults = { node: {} as Record<string, unknown>, edge: {} as Record<string, unknown> };
  let cls: "node" | "edge" = "node";
  let currentDef: AttributeDef | null = null;
  let inDefault = false;
  let defaultText = "";
  let sawRoot = false;
  let hasNodeDefaults = false;
  let hasEdgeDefaults = false;
  const nodes: RawNode[] = [];
  let edge: RawEdge | null = null;
  const addDate = (attrs: Record<string, string>): void => {
    const day = attrs.start ?? attrs.timestamp ?? attrs.end;
    if (edge && day && DAY.test(day)) edge.dates?.push(day.slice(0, 10));
  };

  await parseXml(
    source,
    {
      open(name, a) {
        switch (name) {
          case "gexf":
            sawRoot = true;
            break;
          case "attributes":
            cls = a.class === "edge" ? "edge" : "node";
            break;
          case "attribute":
            currentDef = { title: a.title ?? a.id ?? "", type: a.type ?? "string" };
            defs[cls].set(a.id ?? currentDef.title, currentDef);
            break;
          case "default":
            inDefault = true;
            defaultText = "";
            break;
          case "node":
            if (!sawRoot) break;
            nodes.push({
              id: a.id ?? "",
              label: a.label,
              attributes: hasNodeDefaults ? { ...defaults.node } : {},
            });
            break;
          case "edge":
            edge = {
              source: a.source ?? "",
              target: a.target ?? "",
              label: a.label,
              kind: a.kind,
              attributes: hasEdgeDefaults ? { ...defaults.edge } : {},
              dates: [],
            };
            if (a.weight !== undefined) edge.attributes.weight = Number(a.weight);
            addDate(a);
            break;
          case "attvalue": {
            const target = edge ?? nodes[nodes.length - 1];
            if (!target) break;
            const def = defs[edge ? "edge" : "node"].get(a.for ?? a.id ?? "");
            const title = def?.title ?? a.for ?? a.id ?? "";
            target.attributes[title] = gexfValue(a.value ?? "", def?.type ?? "string");
            break;
          }
          case "spell":
            addDate(a);
            break;
          case "position": {
            const node = nodes[nodes.length - 1];
            if (node && !edge) {
              node.x = Number(a.x);
              node.y = Number(a.y);
            }
            break;
          }
        }
      },
      close(name) {
        if (name === "node") {
          const node = nodes.pop();
          if (node) builder.addNode(node);
        } else if (name === "edge" && edge) {
          builder.addEdge(edge);
          edge = null;
        } else if (name === "default" && inDefault && currentDef) {
          defaults[cls][currentDef.title] = gexfValue(defaultText, currentDef.type);
          if (cls === "node") hasNodeDefaults = true;
          else hasEdgeDefaults = true;
          inDefault = false;
        } else if (name === "attribute") {
          currentDef = null;
        }
      },
      text(t) {
        if (inDefault) defaultText += t;
      },
    },
    "GEXF file",
  );
  if (!sawRoot)
    throw new KgError("INVALID_FORMAT", `import: '${source.name}' has no <gexf> root element`, {
      source: source.name,
    });
}
