/**
 * The viewer's entry point: loads the graph from the API, builds the sigma view, mounts the
 * panels, keeps the URL hash in step with the state, applies live changes, and exposes
 * `window.__kg` for tests and benchmarks.
 */
import "./style.css";
import { createActions } from "./actions.ts";
import { createApi } from "./api.ts";
import type { ApiEntityRef } from "./api-types.ts";
import { apiGraphToSigmaGraph, type SigmaGraph } from "./converter.ts";
import { byId, el, replace } from "./dom.ts";
import { colorLegend, sizeLegend } from "./encoding.ts";
import { MEASURE_LABELS, type Computed, type Metrics } from "./metrics.ts";
import { createWorkerRunner } from "./metrics-runner.ts";
import { createGraphView, sigmaSettings, type GraphView } from "./graph-view.ts";
import { createLayout, type LayoutController } from "./layout.ts";
import { subscribeToChanges } from "./live.ts";
import { createReducers, type Reducers } from "./reducers.ts";
import { createStore, DEFAULT_STATE, type ViewState } from "./state.ts";
import { isolatedNodes, tidyLayout } from "./tidy.ts";
import { decodeHash, encodeHash } from "./url-state.ts";
import { TOKEN_KEY } from "./view/ingest.ts";
import { countGraph, type Counts, type LegendView } from "./view/sidebar.ts";
import { mountPanels } from "./panels.ts";
import { createTimeline } from "./view/timeline.ts";

/** What tests and benchmarks can reach on `window.__kg`. */
export interface KgHandle {
  ready: Promise<void>;
  revision: number;
  graph: SigmaGraph | null;
  view: GraphView | null;
  store: ReturnType<typeof createStore>;
  actions: ReturnType<typeof createActions>;
  /** The measures of the drawn graph (PageRank, betweenness and communities arrive from a worker). */
  metrics?: () => Metrics;
  error?: string;
}

declare global {
  interface Window {
    __kg?: KgHandle;
  }
}

/** How the status and the legend name something being computed. */
function computedLabel(what: Computed): string {
  return what === "community" ? "communities (Louvain)" : MEASURE_LABELS[what];
}

/** Starts the viewer (`window.__kg.ready` resolves once the graph is drawn); returns the cleanup function. */
export function start(base = ""): () => void {
  const api = createApi(base, () => sessionStorage.getItem(TOKEN_KEY));
  // The graph is asked for first (index.html preloads it), so that its answer and parsing are
  // under way while the panels are built; a failure is reported where the answer is awaited.
  const firstAnswer = api.graphColumns();
  firstAnswer.catch(() => undefined);
  const store = createStore({ ...DEFAULT_STATE, ...decodeHash(window.location.hash) });
  let view: GraphView | null = null;
  let graph: SigmaGraph | null = null;
  let reducers: Reducers | null = null;
  let layout: LayoutController | null = null;
  let revision = -1;
  let lastHash = window.location.hash;

  const actions = createActions(store, (id) => view?.center(id));
  // PageRank, betweenness and Louvain run in a worker; the view redraws when one lands.
  const runner = createWorkerRunner();
  const metricsOptions = {
    run: runner.run,
    onComputed: () => onMetricsComputed(),
    onError: (what: Computed, err: unknown) => {
      status.textContent = `Could not compute ${computedLabel(what)}: ${err instanceof Error ? err.message : String(err)}`;
      updateSidebar();
    },
  };
  const status = byId("status");
  const container = byId("graph");
  const empty = byId("graph-empty");

  const lookup = (id: string): ApiEntityRef => {
    const attrs = graph?.hasNode(id) ? graph.getNodeAttributes(id) : null;
    return { id, name: attrs?.label ?? id, type: attrs?.entityType ?? "Organization" };
  };
  const { details, paths, connect, curate, exports, tabs, sidebar, table, documents, clearSearch } =
    mountPanels({
      api,
      base,
      actions,
      store,
      lookup,
      weightOf: (id) =>
        graph?.hasNode(id) ? [graph.getNodeAttribute(id, "mentions"), graph.degree(id)] : [0, 0],
      view: () => view,
      layout: () => layout,
      onAdded: () => void reload(),
      onCurated: () => {
        void reload();
        // Path and connect results shown beside the graph are asked again, without what was rejected.
        const { tab, pathQuery, pathIndex, connectActors } = store.get();
        if (tab === "paths" && pathQuery) void paths.run(pathQuery, pathIndex);
        else if (tab === "connect" && connectActors.length) void connect.run(connectActors);
      },
      legend: () => legendView(),
    });

  const timeline = createTimeline(actions, () => store.get().filters.time ?? null);
  byId("timeline").appendChild(timeline.root);

  // Legend counts change only with the graph: computed once per load or live update.
  let cachedCounts: Counts | null = null;
  const counts = (): Counts => (graph ? (cachedCounts ??= countGraph(graph)) : { types: {}, relations: {} });

  function showStatus(): void {
    if (!graph || !reducers) return;
    const hidden = reducers.hidden();
    const shown = graph.order - hidden.nodes.size;
    const lonely = hidden.isolated.size;
    const filtered = hidden.nodes.size - lonely;
    const notes = [
      filtered || hidden.edges.size ? `${filtered} actors, ${hidden.edges.size} relations filtered out` : "",
      lonely ? `${lonely} without relations hidden` : "",
    ].filter(Boolean);
    status.textContent = `${graph.order} actors · ${graph.size} relations${notes.length ? ` (${notes.join("; ")})` : ""}`;
    empty.hidden = shown > 0;
  }

  /** The legend of the drawn colouring and sizing (computed when the sidebar is redrawn). */
  function legendView(): LegendView | undefined {
    if (!graph || !reducers) return undefined;
    const metrics = reducers.metrics();
    const { sizeBy, colorBy } = reducers.encoded();
    return {
      color: colorLegend(graph, metrics, colorBy, counts().types),
      size: sizeLegend(metrics, sizeBy),
      isolated: isolatedNodes(graph).length,
      computing: metrics.computing().map(computedLabel),
    };
  }

  /** A measure landed from the worker: sizes, colours, legend and table show it. */
  function onMetricsComputed(): void {
    if (!view || !reducers) return;
    const before = reducers.encoded();
    reducers.prepare(store.get());
    const after = reducers.encoded();
    if (before.sizeBy !== after.sizeBy || before.colorBy !== after.colorBy) view.sigma.refresh();
    updateSidebar();
    updateTable();
  }

  function updateSidebar(): void {
    const state = store.get();
    sidebar.update(state, counts(), layout?.isRunning() ?? false, legendView());
  }

  function updateTable(): void {
    if (!graph || !reducers || store.get().tab !== "actors") return;
    const hidden = reducers.hidden().nodes;
    const selection = store.get().selection;
    table.update({
      graph,
      metrics: reducers.metrics(),
      shown: (n) => !hidden.has(n),
      selected: selection?.kind === "node" ? selection.id : null,
    });
  }

  /** Removes overlaps, packs the actors without relations, and fits the view to the rest. */
  function tidy(): void {
    if (!graph || !view) return;
    const extent = tidyLayout(graph, {
      viewportSide: Math.min(container.clientWidth, container.clientHeight) || 600,
    });
    view.sigma.setCustomBBox(extent);
  }

  /** Layout runs start and stop: a stopped layout is tidied again. */
  function onLayout(running: boolean): void {
    if (!running && view) {
      tidy();
      view.sigma.refresh();
    }
    updateSidebar();
  }

  /** Derives everything from the state: sigma, panels, sidebar, URL. */
  function refresh(state: ViewState, previous: ViewState): void {
    if (!view || !reducers) return;
    reducers.prepare(state);
    const onlyHover = (Object.keys(state) as (keyof ViewState)[]).every(
      (k) => k === "hoveredNode" || k === "hoveredEdge" || state[k] === previous[k],
    );
    if (state.labelDensity !== previous.labelDensity)
      view.sigma.setSetting("labelDensity", state.labelDensity);
    if (onlyHover) {
      if (reducers.large())
        view.sigma.refresh({ partialGraph: reducers.hoverChange(previous, state), skipIndexation: true });
      else view.sigma.refresh({ skipIndexation: true });
      return;
    }
    view.sigma.refresh({
      skipIndexation:
        state.sizeBy === previous.sizeBy &&
        state.filters === previous.filters &&
        state.scope === previous.scope &&
        state.showIsolated === previous.showIsolated,
    });
    if (state.selection !== previous.selection) {
      void details.show(state.selection);
      if (!state.selection) clearSearch();
    }
    if (state.tab !== previous.tab) {
      tabs.show(state.tab);
      if (state.tab === "curate") void curate.refresh();
      if (state.tab === "documents") void documents.refresh();
    }
    if (state.filters !== previous.filters) timeline.show(state.filters.time ?? null);
    if (
      state.filters !== previous.filters ||
      state.scope !== previous.scope ||
      state.showIsolated !== previous.showIsolated
    ) {
      exports.update();
      showStatus();
    }
    if (state.scope !== previous.scope || state.showIsolated !== previous.showIsolated) view.fit();
    updateSidebar();
    updateTable();
    const hash = encodeHash(state);
    if (hash !== window.location.hash) {
      lastHash = hash;
      history.replaceState(null, "", hash || `${window.location.pathname}${window.location.search}`);
    }
  }

  /**
   * Re-reads the graph after a change (`seen`: the change's revision, null when unknown). Calls
   * arriving while one runs are folded into one more run afterwards, so a burst of changes
   * costs at most two reads.
   */
  let running: Promise<void> | null = null;
  let pending = false;
  function reload(seen: number | null = null): Promise<void> {
    if (seen !== null && seen <= revision) return Promise.resolve();
    if (running) {
      pending = true;
      return running;
    }
    running = applyLatest(seen === null).finally(() => {
      running = null;
      if (pending) {
        pending = false;
        void reload();
      }
    });
    return running;
  }

  /**
   * Reads the graph from the API and swaps it in, keeping current positions; ignored when older,
   * unless `force` (after a reconnection: a restarted server counts revisions anew).
   */
  async function applyLatest(force: boolean): Promise<void> {
    if (!graph || !view || !reducers) return;
    const answer = await api.graphColumns();
    if (answer.revision < revision && !force) return;
    revision = answer.revision;
    const current = graph;
    const degrees = new Map(answer.nodes.id.map((id, i) => [id, answer.nodes.degree[i] ?? 0]));
    // Actors keep their place, except those leaving the block of actors without relations,
    // which go near their new neighbours, as new actors do.
    const next = apiGraphToSigmaGraph(
      answer,
      (id) =>
        current.hasNode(id) && (current.degree(id) > 0 || !degrees.get(id))
          ? { x: current.getNodeAttribute(id, "x"), y: current.getNodeAttribute(id, "y") }
          : undefined,
      { apiPositions: false },
    );
    const wasRunning = layout?.isRunning() ?? false;
    layout?.kill();
    graph.clear();
    graph.import(next.export());
    cachedCounts = null;
    timeline.setGraph(graph);
    layout = createLayout(graph, onLayout);
    tidy();
    if (wasRunning) layout.start();
    reducers.prepare(store.get(), true);
    view.sigma.setSettings(sigmaSettings(graph, reducers, store.get().labelDensity));
    view.sigma.refresh();
    showStatus();
    updateSidebar();
    updateTable();
    void details.show(store.get().selection);
    // A change made elsewhere (the CLI, another viewer) shows in an open history.
    if (store.get().tab === "curate") void curate.refresh();
    if (store.get().tab === "documents") void documents.refresh();
    handle.revision = revision;
  }

  /** Applies the URL's state after load or after the user edits the hash. */
  function applyHash(first: boolean): void {
    const decoded = decodeHash(window.location.hash);
    // The store started from the hash: on first load only the panels need it.
    if (!first) store.update({ ...decoded, highlight: null });
    tabs.show(decoded.tab);
    if (decoded.tab === "curate") void curate.refresh();
    if (decoded.tab === "documents") void documents.refresh();
    if (decoded.selection?.kind === "node") view?.center(decoded.selection.id);
    if (decoded.pathQuery) void paths.run(decoded.pathQuery, decoded.pathIndex);
    else if (decoded.connectActors.length) void connect.run(decoded.connectActors);
    if (first) void details.show(decoded.selection);
  }

  const handle: KgHandle = { ready: Promise.resolve(), revision, graph: null, view: null, store, actions };
  window.__kg = handle;

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== "Escape" || target?.closest("input, textarea, select")) return;
    actions.clearSelection();
  };
  document.addEventListener("keydown", onKey);

  let closeEvents = () => undefined as void;
  const onHashChange = () => {
    if (window.location.hash !== lastHash) {
      lastHash = window.location.hash;
      applyHash(false);
    }
  };

  handle.ready = (async () => {
    performance.mark("kg:start");
    const answer = await firstAnswer;
    performance.mark("kg:graph-loaded");
    revision = answer.revision;
    graph = apiGraphToSigmaGraph(answer);
    performance.mark("kg:converted");
    const extent = tidyLayout(graph, {
      viewportSide: Math.min(container.clientWidth, container.clientHeight) || 600,
    });
    performance.mark("kg:tidied");
    reducers = createReducers(graph, store.get(), metricsOptions);
    performance.mark("kg:metrics");
    view = createGraphView(graph, container, reducers, actions, store.get().labelDensity, extent);
    performance.mark("kg:sigma-created");
    layout = createLayout(graph, onLayout);
    const r = reducers;
    Object.assign(handle, { graph, view, revision, metrics: () => r.metrics() });
    // Sigma drew the graph in its constructor; the next animation frame puts it on screen.
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    performance.mark("kg:first-frame");
    // The panels, the legend counts and the timeline (which counts every edge's events) wait for
    // the next task, so the browser puts the drawn graph on screen first.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    timeline.setGraph(graph);
    store.subscribe(refresh);
    updateSidebar();
    updateTable();
    showStatus();
    applyHash(true);
    closeEvents = subscribeToChanges(base, (seen) => void reload(seen).catch(() => undefined));
    window.addEventListener("hashchange", onHashChange);
    performance.mark("kg:ready");
  })().catch((err: unknown) => {
    handle.error = err instanceof Error ? err.message : String(err);
    replace(
      status,
      el("span", { class: "error", role: "alert" }, `Could not load the graph: ${handle.error}`),
    );
    throw err;
  });
  handle.ready.catch(() => undefined);

  return () => {
    closeEvents();
    window.removeEventListener("hashchange", onHashChange);
    document.removeEventListener("keydown", onKey);
    timeline.dispose();
    runner.dispose();
    layout?.kill();
    view?.kill();
  };
}

start();
