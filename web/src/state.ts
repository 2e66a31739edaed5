/**
 * The viewer's state: one typed object (filters, display options, selection, hover, highlighted
 * path, open tab), its defaults, and a tiny store that notifies subscribers after each change.
 */
import type { EntityType, RelationType } from "../../src/model/ontology.ts";
import type { PathQuery } from "./api.ts";
import type { Measure } from "./metrics.ts";

/** What the graph view keeps; empty lists keep every type. */
export interface Filters {
  types: EntityType[];
  relations: RelationType[];
  /** Minimum number of evidence sentences an edge needs (1 keeps all). */
  minEvidence: number;
  hideHeadlineOnly: boolean;
  /** The timeline's window (first and last day, inclusive): only edges with an event inside show. */
  time?: TimeRange | null;
}

/** A range of days (`YYYY-MM-DD`, inclusive). */
export interface TimeRange {
  from: string;
  to: string;
}

/** The selected item: one node or one edge. */
export type Selection = { kind: "node"; id: string } | { kind: "edge"; key: string } | null;

/** Nodes and edges to bring forward (a path or a connection). */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The tabs of the side panel. */
export const TABS = [
  "details",
  "actors",
  "paths",
  "connect",
  "curate",
  "add",
  "documents",
  "export",
] as const;
/** One of the side panel's tabs. */
export type Tab = (typeof TABS)[number];

/** What colours the nodes: their entity type, their Louvain community, or a measure. */
export type ColorBy = "type" | "community" | Measure;

/** What part of the graph is shown: all of it, one connected component, or an ego network. */
export type Scope =
  | { kind: "all" }
  /** The component of the selected node (the largest one when nothing is selected). */
  | { kind: "component" }
  /** The nodes within `hops` of the selected node. */
  | { kind: "ego"; hops: number };

/** Everything the display is derived from. */
export interface ViewState {
  filters: Filters;
  /** The measure that sizes the nodes. */
  sizeBy: Measure;
  colorBy: ColorBy;
  /** Show the actors that no shown relation links (packed in a block apart), hidden by default. */
  showIsolated: boolean;
  scope: Scope;
  /** Label density multiplier (sigma's labelDensity). */
  labelDensity: number;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  highlight: Highlight | null;
  pathQuery: PathQuery | null;
  /** Index of the path chosen among the results. */
  pathIndex: number;
  connectActors: string[];
  tab: Tab;
}

/** The filters that keep everything. */
export const DEFAULT_FILTERS: Filters = {
  types: [],
  relations: [],
  minEvidence: 1,
  hideHeadlineOnly: false,
};

/** The state of a freshly opened viewer. */
export const DEFAULT_STATE: ViewState = {
  filters: DEFAULT_FILTERS,
  sizeBy: "degree",
  colorBy: "type",
  showIsolated: false,
  scope: { kind: "all" },
  labelDensity: 1,
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
  highlight: null,
  pathQuery: null,
  pathIndex: 0,
  connectActors: [],
  tab: "details",
};

/** Called after a change with the new and the previous state. */
export type StateListener = (state: ViewState, previous: ViewState) => void;

/** The store: read, change (shallow merge), subscribe. */
export interface Store {
  get(): ViewState;
  update(patch: Partial<ViewState>): void;
  subscribe(listener: StateListener): () => void;
}

/** Creates a store holding `initial`. */
export function createStore(initial: ViewState = DEFAULT_STATE): Store {
  let state = initial;
  const listeners = new Set<StateListener>();
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
