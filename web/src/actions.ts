/**
 * Actions: the only way the viewer changes its state. Each one updates the store, whose
 * subscribers refresh sigma, the panels and the URL.
 */
import type { PathQuery } from "./api.ts";
import type { Measure } from "./metrics.ts";
import type { ColorBy, Filters, Highlight, Scope, Store, Tab } from "./state.ts";

/** Everything the views may ask for. */
export interface Actions {
  /** Selects a node (and shows the details tab unless `keepTab`); `center` moves the camera to it. */
  selectNode(id: string, options?: { center?: boolean; keepTab?: boolean }): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  hoverNode(id: string | null): void;
  hoverEdge(key: string | null): void;
  setFilters(patch: Partial<Filters>): void;
  setSizeBy(sizeBy: Measure): void;
  setColorBy(colorBy: ColorBy): void;
  setShowIsolated(show: boolean): void;
  setScope(scope: Scope): void;
  setLabelDensity(density: number): void;
  setPathQuery(query: PathQuery | null): void;
  setHighlight(highlight: Highlight | null, pathIndex?: number): void;
  setConnectActors(actors: string[]): void;
  setTab(tab: Tab): void;
}

/** Creates the actions over a store; `center` moves the camera to a node. */
export function createActions(store: Store, center: (id: string) => void): Actions {
  return {
    selectNode(id, options = {}) {
      store.update({ selection: { kind: "node", id }, tab: options.keepTab ? store.get().tab : "details" });
      if (options.center) center(id);
    },
    selectEdge(key) {
      store.update({ selection: { kind: "edge", key }, tab: "details" });
    },
    clearSelection() {
      if (store.get().selection || store.get().highlight) store.update({ selection: null, highlight: null });
    },
    hoverNode(id) {
      if (store.get().hoveredNode !== id) store.update({ hoveredNode: id });
    },
    hoverEdge(key) {
      if (store.get().hoveredEdge !== key) store.update({ hoveredEdge: key });
    },
    setFilters(patch) {
      store.update({ filters: { ...store.get().filters, ...patch } });
    },
    setSizeBy(sizeBy) {
      store.update({ sizeBy });
    },
    setColorBy(colorBy) {
      store.update({ colorBy });
    },
    setShowIsolated(showIsolated) {
      store.update({ showIsolated });
    },
    setScope(scope) {
      store.update({ scope });
    },
    setLabelDensity(labelDensity) {
      store.update({ labelDensity });
    },
    setPathQuery(pathQuery) {
      store.update({ pathQuery, pathIndex: 0 });
    },
    setHighlight(highlight, pathIndex = store.get().pathIndex) {
      store.update({ highlight, pathIndex });
    },
    setConnectActors(connectActors) {
      store.update({ connectActors });
    },
    setTab(tab) {
      if (store.get().tab !== tab) store.update({ tab });
    },
  };
}
