/**
 * A list of paths as readable chains (Kim Jong Un —meets→ Sergei Shoigu …), each hop with its
 * evidence (and, with curation tools, Reject buttons for the hop and each evidence); choosing a
 * path highlights it on the graph.
 */
import type { ApiEntityRef, ApiPath } from "../api-types.ts";
import { el } from "../dom.ts";
import type { Highlight } from "../state.ts";
import { RELATION_LABELS } from "../theme.ts";
import type { CurationTools } from "./curation-tools.ts";
import { renderEvidenceList } from "./evidence.ts";
import type { ApiEvidence } from "../api-types.ts";

/** Fetches an edge's evidence from an offset (hops carry only their first pieces). */
export type EvidenceFetch = (key: string, offset: number) => Promise<readonly ApiEvidence[]>;

/** Looks up an entity's display name and type from the graph. */
export type EntityLookup = (id: string) => ApiEntityRef;

/** The id of a path node given as id or as reference. */
export function nodeId(node: string | ApiEntityRef): string {
  return typeof node === "string" ? node : node.id;
}

/** The nodes and edges of a path, to highlight it. */
export function pathHighlight(path: ApiPath): Highlight {
  return { nodes: new Set(path.nodes.map(nodeId)), edges: new Set(path.hops.map((h) => h.key)) };
}

/** Renders one path as a chain of entity names and relations, with evidence under each hop. */
export function renderChain(
  path: ApiPath,
  lookup: EntityLookup,
  tools?: CurationTools,
  fetchEvidence?: EvidenceFetch,
): HTMLElement {
  const ids = path.nodes.map(nodeId);
  const chain = el("ol", { class: "chain" });
  ids.forEach((id, i) => {
    chain.appendChild(el("li", { class: "chain-node", "data-entity": id }, lookup(id).name));
    const hop = path.hops[i];
    if (!hop) return;
    const forward = hop.source === id;
    const word = RELATION_LABELS[hop.relation] ?? hop.relation;
    chain.appendChild(
      el(
        "li",
        { class: "chain-hop", "data-edge": hop.key },
        el(
          "details",
          {},
          el("summary", {}, forward ? `— ${word} →` : `← ${word} —`),
          tools?.edge(hop.key, `${lookup(hop.source).name} ${word} ${lookup(hop.target).name}`),
          renderEvidenceList(
            hop.evidence,
            2,
            tools && ((ev) => tools.evidence(hop.key, ev)),
            fetchEvidence && { total: hop.weight, fetch: (offset) => fetchEvidence(hop.key, offset) },
          ),
        ),
      ),
    );
  });
  return chain;
}

/** A list of paths; `onChoose(i)` is called when the user picks one. */
export function renderPathList(
  paths: readonly ApiPath[],
  chosen: number,
  lookup: EntityLookup,
  onChoose: (index: number) => void,
  tools?: CurationTools,
  fetchEvidence?: EvidenceFetch,
): HTMLElement {
  return el(
    "ol",
    { class: "paths" },
    ...paths.map((path, i) => {
      const pick = el(
        "button",
        { type: "button", class: "path-pick", "aria-pressed": String(i === chosen), "data-path": i },
        `Path ${i + 1} · ${path.hops.length} hop${path.hops.length === 1 ? "" : "s"}`,
      );
      pick.addEventListener("click", () => onChoose(i));
      return el(
        "li",
        { class: i === chosen ? "path chosen" : "path", title: path.reading ?? "" },
        pick,
        renderChain(path, lookup, tools, fetchEvidence),
      );
    }),
  );
}
