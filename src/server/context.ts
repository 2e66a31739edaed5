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
import type { EventHub } from "./events.ts";
import type { ServerSettings } from "./settings.ts";
import { ANSWER_EVIDENCE } from "./views.ts";

/** How many suggestions an unknown reference gets. */
export const SUGGESTION_COUNT = 5;

/** What routers share. */
export interface ServerContext {
  store: GraphStore;
  settings: ServerSettings;
  logger: Logger;
  hub: EventHub;
  /** The engine of the store's current graph (its answers carry each edge's first evidence, see ANSWER_EVIDENCE). */
  engine(): QueryEngine;
  /** The evidence of the store's current graph: held by its edges, else read from the store's DB. */
  evidence(): EvidenceSource;
  /** The graph restricted to a time window (every node kept) and its engine; the whole graph when the window is open. A few are kept per revision. */
  windowed(window: TimeWindow): { graph: KgGraph; engine: QueryEngine };
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
  const make =
    deps.createEngine ??
    ((graph: KgGraph) =>
      createQueryEngine(
        graph,
        {},
        { evidenceLimit: ANSWER_EVIDENCE, ...(deps.store.evidence && { evidence: deps.store.evidence }) },
      ));
  const evidence = (): EvidenceSource => graphEvidence(deps.store.graph, deps.store.evidence);
  let current: { graph: KgGraph; engine: QueryEngine } | null = null;

  function engine(): QueryEngine {
    const graph = deps.store.graph;
    if (current?.graph !== graph) {
      current?.engine.dispose();
      current = { graph, engine: make(graph) };
    }
    return current.engine;
  }

  /** Windowed graphs of the current revision, most recent last. */
  const windows = new Map<string, { graph: KgGraph; engine: QueryEngine }>();
  let windowsRevision = -1;
  const MAX_WINDOWS = 4;

  function windowed(window: TimeWindow): { graph: KgGraph; engine: QueryEngine } {
    const { from, to, asOf } = window;
    if (isOpenWindow(window)) return { graph: deps.store.graph, engine: engine() };
    if (windowsRevision !== deps.store.revision) {
      for (const w of windows.values()) w.engine.dispose();
      windows.clear();
      windowsRevision = deps.store.revision;
    }
    const key = JSON.stringify([from, to, asOf]);
    let hit = windows.get(key);
    if (hit) windows.delete(key);
    else {
      const graph = windowGraph(deps.store.graph, window, { keepNodes: true, evidence: evidence() });
      hit = { graph, engine: make(graph) };
    }
    windows.set(key, hit);
    if (windows.size > MAX_WINDOWS) {
      const [oldest, value] = windows.entries().next().value as [string, { engine: QueryEngine }];
      value.engine.dispose();
      windows.delete(oldest);
    }
    return hit;
  }

  function suggestions(ref: string) {
    try {
      return engine()
        .search(ref, { limit: SUGGESTION_COUNT })
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
    engine,
    evidence,
    windowed,
    unknownEntity,
    resolveActor(ref) {
      if (deps.store.graph.hasNode(ref)) return ref; // an exact id needs no search
      try {
        return engine().resolve(ref);
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
