/**
 * The query engine: search, resolution, neighbourhoods, paths and connections over one live
 * graph. It listens to the graph's events and rebuilds its search index and typed-array path
 * index lazily, on the first query after a change.
 */
import { KgError } from "../model/errors.ts";
import { graphEvidence, type EvidenceSource } from "../model/evidence.ts";
import type { KgGraph } from "../model/graph.ts";
import { MAX_CONNECT_ACTORS } from "../model/limits.ts";
import { ENTITY_TYPES } from "../model/ontology.ts";
import { buildCsr, type CsrIndex } from "./csr.ts";
import { kShortest } from "./yen.ts";
import { neighborhood } from "./neighborhood.ts";
import { createSearchIndex, type SearchIndex } from "./search.ts";
import {
  resolveNeighborOptions,
  resolvePathOptions,
  resolveQuerySettings,
  resolveSearchOptions,
  type QuerySettings,
  type ResolvedPathOptions,
} from "./settings.ts";
import { bfsAllShortest } from "./shortest.ts";
import { cheapestAll } from "./cheapest-all.ts";
import { steinerTree } from "./steiner.ts";
import type { ConnectResult, Path, PathResult, QueryEngine } from "./types.ts";
import { toEdgeView, toNodeView, toPath, type EdgeEvidence } from "./views.ts";
import { Budget, createWorkspace, type Walk, type Workspace } from "./walk.ts";

const ALL_TYPES = (1 << ENTITY_TYPES.length) - 1;
/** Layout-only attributes: changing them leaves the indexes valid. */
const LAYOUT_ATTRIBUTES = new Set(["x", "y", "size", "color", "hidden", "highlighted"]);

function sortPaths(paths: Path[]): Path[] {
  return paths.sort(
    (a, b) =>
      a.cost - b.cost || a.length - b.length || (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : 0),
  );
}

/** Where an engine's answers take their evidence from, and how much of it. */
export interface EngineEvidence {
  /** Evidence of edges that hold none in the graph (the store's DB). */
  evidence?: EvidenceSource;
  /**
   * Pieces of evidence each edge and hop carries (default all; `weight` always counts them all).
   * 0 reads none: for a caller that fetches each edge's evidence itself (the server, in one pass).
   */
  evidenceLimit?: number;
}

/** Creates a query engine over `graph`, kept in step with it until `dispose()`. */
export function createQueryEngine(
  graph: KgGraph,
  settings: Partial<QuerySettings> = {},
  options: EngineEvidence = {},
): QueryEngine {
  const s = resolveQuerySettings(settings);
  const source = graphEvidence(graph, options.evidence);
  const page = options.evidenceLimit === undefined ? undefined : { limit: options.evidenceLimit };
  const evidence: EdgeEvidence = page?.limit === 0 ? () => [] : (key) => source.evidenceOf(key, page);
  let index: { csr: CsrIndex; ws: Workspace } | null = null;
  let search: SearchIndex | null = null;

  const structureChanged = (): void => {
    index = null;
    search = null;
  };
  const nodeChanged = (payload: { name?: string; hints?: { attributes?: string[] } }): void => {
    const names = payload.name !== undefined ? [payload.name] : payload.hints?.attributes;
    if (names && names.every((n) => LAYOUT_ATTRIBUTES.has(n))) return;
    structureChanged();
  };
  const edgeChanged = (): void => {
    index = null;
  };
  const listeners: [string, (payload: never) => void][] = [
    ["nodeAdded", structureChanged],
    ["nodeDropped", structureChanged],
    ["edgeAdded", structureChanged],
    ["edgeDropped", structureChanged],
    ["cleared", structureChanged],
    ["edgesCleared", structureChanged],
    ["nodeAttributesUpdated", nodeChanged],
    ["eachNodeAttributesUpdated", nodeChanged],
    ["edgeAttributesUpdated", edgeChanged],
    ["eachEdgeAttributesUpdated", edgeChanged],
  ];
  const emitter = graph as unknown as {
    on(e: string, f: (p: never) => void): void;
    off(e: string, f: (p: never) => void): void;
  };
  for (const [event, fn] of listeners) emitter.on(event, fn);

  const getIndex = (): { csr: CsrIndex; ws: Workspace } => {
    if (!index) {
      const csr = buildCsr(graph, s.edgeCost);
      index = { csr, ws: createWorkspace(csr) };
    }
    return index;
  };
  const getSearch = (): SearchIndex => (search ??= createSearchIndex(graph, s));

  const resolve = (ref: string): string => {
    if (typeof ref !== "string")
      throw new KgError("INVALID_INPUT", "query: an entity reference must be text", { ref });
    return getSearch().resolve(ref);
  };

  const walkFor = (o: ResolvedPathOptions): Walk => {
    const { csr, ws } = getIndex();
    return {
      csr,
      ws,
      relationMask: o.relationMask,
      typeMask: o.typeMask,
      allTypes: o.typeMask === ALL_TYPES,
      directed: o.directed,
      weighted: o.weighted,
      maxHops: o.maxHops,
      maxPaths: o.maxPaths,
      budget: new Budget(o.maxVisited, o.timeoutMs, s.clock),
    };
  };

  return {
    search: (text, opts) => {
      if (typeof text !== "string")
        throw new KgError("INVALID_INPUT", "search: text must be a string", { text });
      return getSearch().search(text, resolveSearchOptions(s, opts));
    },

    resolve,

    neighbors: (ref, opts) => {
      const o = resolveNeighborOptions(s, opts);
      const id = resolve(ref);
      const { csr } = getIndex();
      return neighborhood(graph, csr, csr.indexOf.get(id)!, o, evidence);
    },

    paths: (from, to, opts): PathResult => {
      const o = resolvePathOptions(s, opts);
      const a = resolve(from);
      const b = resolve(to);
      const w = walkFor(o);
      const sIdx = w.csr.indexOf.get(a)!;
      const tIdx = w.csr.indexOf.get(b)!;
      let seqs: number[][];
      let reason: string | undefined;
      if (o.mode === "k-shortest") {
        const found = kShortest(w, sIdx, tIdx, o.k);
        seqs = found.paths.map((p) => p.nodes);
        reason = found.reason;
      } else {
        const found = o.weighted ? cheapestAll(w, sIdx, tIdx) : bfsAllShortest(w, sIdx, tIdx);
        seqs = found.paths;
        reason = found.reason;
      }
      const paths = seqs.map((seq) => toPath(w, seq, evidence));
      const result: PathResult = {
        from: toNodeView(graph, a),
        to: toNodeView(graph, b),
        paths: o.mode === "k-shortest" ? paths : sortPaths(paths),
        truncated: reason !== undefined,
      };
      if (reason) result.reason = reason;
      return result;
    },

    connect: (refs, opts): ConnectResult => {
      if (!Array.isArray(refs) || refs.length < 2) {
        throw new KgError("INVALID_INPUT", "connect: give at least two actors", { refs });
      }
      if (refs.length > MAX_CONNECT_ACTORS) {
        throw new KgError("TOO_LARGE", `connect: at most ${MAX_CONNECT_ACTORS} actors at once`, {
          refs: refs.length,
        });
      }
      const o = resolvePathOptions(s, { ...opts, mode: "shortest" });
      const ids = [...new Set(refs.map(resolve))];
      const w = walkFor(o);
      const tree = steinerTree(
        w,
        ids.map((id) => w.csr.indexOf.get(id)!),
      );
      const paths = tree.paths.map((p) => toPath(w, p.nodes, evidence));
      const nodeIds = new Set<string>(ids);
      const edgeKeys = new Set<string>();
      for (const p of paths) {
        for (const n of p.nodes) nodeIds.add(n);
        for (const h of p.hops) edgeKeys.add(h.key);
      }
      const result: ConnectResult = {
        actors: ids.map((id) => toNodeView(graph, id)),
        nodes: [...nodeIds].map((id) => toNodeView(graph, id)),
        edges: [...edgeKeys].map((key) => toEdgeView(graph, key, evidence)),
        paths,
        unreachable: tree.unreachable.map(([x, y]) => [w.csr.nodeIds[x]!, w.csr.nodeIds[y]!]),
        truncated: tree.reason !== undefined,
      };
      if (tree.reason) result.reason = tree.reason;
      return result;
    },

    dispose: () => {
      for (const [event, fn] of listeners) emitter.off(event, fn);
      index = null;
      search = null;
    },
  };
}
