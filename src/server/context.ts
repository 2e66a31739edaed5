/**
 * The context every router gets: the store, the settings, one query engine per graph
 * instance (recreated only when the store swaps its graph), the event hub, and actor
 * resolution that adds search suggestions to unknown references.
 */
import type { Logger } from "pino";
import { graphEvidence, type EvidenceSource } from "../model/evidence.ts";
import { KgError, isKgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import { isOpenWindow, type TimeWindow, windowGraph } from "../graph/time-window.ts";
import type { GraphStore } from "../graph/types.ts";
import { createQueryEngine, type QueryEngine } from "../query/index.ts";
import { createEvidenceTexts, type EvidenceTexts } from "./evidence-json.ts";
import type { EventHub } from "./events.ts";
import type { ServerSettings } from "./settings.ts";
import { ANSWER_EVIDENCE } from "./views.ts";

/** How many suggestions an unknown reference gets. */
export const SUGGESTION_COUNT = 5;

/** A graph the server answers from: the store's, or a time window of it. */
export interface Served {
  graph: KgGraph;
  /** Its engine (answers carry no evidence: writers read it through `texts`). */
  engine: QueryEngine;
  /** Its edges' first evidence as JSON text (see ANSWER_EVIDENCE), kept until the store changes. */
  texts: EvidenceTexts;
}

/** What routers share. */
export interface ServerContext {
  store: GraphStore;
  settings: ServerSettings;
  logger: Logger;
  hub: EventHub;
  /** The engine of the store's current graph (its answers carry no evidence: see `windowed` for the texts). */
  engine(): QueryEngine;
  /** The evidence of the store's current graph: held by its edges, else read from the store's DB. */
  evidence(): EvidenceSource;
  /** The graph restricted to a time window (every node kept), its engine and evidence texts; the whole graph when the window is open. A few are kept per revision. */
  windowed(window: TimeWindow): Served;
  /** Resolves an actor reference to an id; unknown → UNKNOWN_ENTITY with `suggestions`, ambiguous → AMBIGUOUS_ENTITY with `candidates`. */
  resolveActor(ref: string): string;
  /** An UNKNOWN_ENTITY error for `ref` with suggestions from search. */
  unknownEntity(ref: string, message?: string): KgError;
  /** Detaches the engine from the graph. */
  dispose(): void;
}

/** Builds the shared context. */
export function createServerContext(deps: {
  store: GraphStore;
  settings: ServerSettings;
  logger: Logger;
  hub: EventHub;
  createEngine?: (graph: KgGraph) => QueryEngine;
}): ServerContext {
  // Answers carry no evidence from the engine: the answer writers read each edge's first pieces in one pass (evidence-json.ts).
  const make = deps.createEngine ?? ((graph: KgGraph) => createQueryEngine(graph, {}, { evidenceLimit: 0 }));
  const evidence = (): EvidenceSource => graphEvidence(deps.store.graph, deps.store.evidence);
  const serve = (graph: KgGraph): Served => ({
    graph,
    engine: make(graph),
    texts: createEvidenceTexts(graph, deps.store.sources, graphEvidence(graph, deps.store.evidence), {
      limit: ANSWER_EVIDENCE,
      capacity: deps.settings.evidenceCacheEdges,
    }),
  });
  let current: Served | null = null;
  /** The revision the current graph's evidence texts were made at. */
  let textsRevision = -1;

  function served(): Served {
    const graph = deps.store.graph;
    if (current?.graph !== graph) {
      current?.engine.dispose();
      current = serve(graph);
      textsRevision = deps.store.revision;
    } else if (textsRevision !== deps.store.revision) {
      current.texts.clear();
      textsRevision = deps.store.revision;
    }
    return current;
  }

  /** Windowed graphs of the current revision, most recent last. */
  const windows = new Map<string, Served>();
  let windowsRevision = -1;
  const MAX_WINDOWS = 4;

  function windowed(window: TimeWindow): Served {
    const { from, to, asOf } = window;
    if (isOpenWindow(window)) return served();
    if (windowsRevision !== deps.store.revision) {
      for (const w of windows.values()) w.engine.dispose();
      windows.clear();
      windowsRevision = deps.store.revision;
    }
    const key = JSON.stringify([from, to, asOf]);
    let hit = windows.get(key);
    if (hit) windows.delete(key);
    else hit = serve(windowGraph(deps.store.graph, window, { keepNodes: true, evidence: evidence() }));
    windows.set(key, hit);
    if (windows.size > MAX_WINDOWS) {
      const [oldest, value] = windows.entries().next().value as [string, Served];
      value.engine.dispose();
      windows.delete(oldest);
    }
    return hit;
  }

  function suggestions(ref: string) {
    try {
      return served()
        .engine.search(ref, { limit: SUGGESTION_COUNT })
        .map((h) => ({ id: h.id, name: h.name, type: h.type }));
    } catch {
      return [];
    }
  }

  function unknownEntity(ref: string, message?: string): KgError {
    return new KgError("UNKNOWN_ENTITY", message ?? `no entity matches '${ref}'`, {
      ref,
      suggestions: suggestions(ref),
    });
  }

  return {
    ...deps,
    engine: () => served().engine,
    evidence,
    windowed,
    unknownEntity,
    resolveActor(ref) {
      if (deps.store.graph.hasNode(ref)) return ref; // an exact id needs no search
      try {
        return served().engine.resolve(ref);
      } catch (err) {
        if (isKgError(err, "UNKNOWN_ENTITY")) {
          const candidates = (err.details?.candidates as unknown[] | undefined) ?? suggestions(ref);
          throw new KgError("UNKNOWN_ENTITY", err.message, {
            ref,
            candidates,
            suggestions: suggestions(ref),
          });
        }
        if (isKgError(err, "AMBIGUOUS_ENTITY")) {
          const candidates = (err.details?.candidates as unknown[] | undefined) ?? suggestions(ref);
          throw new KgError("AMBIGUOUS_ENTITY", err.message, { ...err.details, ref, candidates });
        }
        throw err;
      }
    },
    dispose() {
      current?.engine.dispose();
      current = null;
      for (const w of windows.values()) w.engine.dispose();
      windows.clear();
    },
  };
}
