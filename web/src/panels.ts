/**
 * Mounts the viewer's panels into the page: header search, sidebar (legend, filters, display,
 * layout), the tabbed side panel (details, actors table, paths, connect, curate, add, documents,
 * export) and the curation notice under it; the curation controls go into details, paths and
 * connect.
 */
import type { Actions } from "./actions.ts";
import type { Api } from "./api.ts";
import type { ApiEntityRef } from "./api-types.ts";
import type { LayoutController } from "./layout.ts";
import type { Store } from "./state.ts";
import type { GraphView } from "./graph-view.ts";
import { createCurator } from "./curator.ts";
import { byId } from "./dom.ts";
import { createAutocomplete } from "./view/autocomplete.ts";
import { createConnectPanel, type ConnectPanel } from "./view/connect.ts";
import { createCuratePanel, type CuratePanel } from "./view/curate-panel.ts";
import { createCurationTools } from "./view/curation-tools.ts";
import { createDetailsPanel, type DetailsPanel } from "./view/details.ts";
import { createExportPanel, type ImageLegend } from "./view/export.ts";
import { createDocumentsPanel, type DocumentsPanel } from "./view/documents.ts";
import { createIngestPanel } from "./view/ingest.ts";
import { createNotice } from "./view/notice.ts";
import { createPathsPanel, type PathsPanel } from "./view/paths.ts";
import { createSidebar, type Sidebar } from "./view/sidebar.ts";
import { createActorTable, type ActorTable } from "./view/table.ts";
import { createTabs, type Tabs } from "./view/tabs.ts";

/** What the panels need from the viewer. */
export interface PanelDeps {
  api: Api;
  base: string;
  actions: Actions;
  store: Store;
  lookup: (id: string) => ApiEntityRef;
  /** An actor's mentions and relations ([0, 0] when unknown). */
  weightOf: (id: string) => readonly [number, number];
  view: () => GraphView | null;
  layout: () => LayoutController | null;
  /** Called after the add-article form's article was accepted. */
  onAdded: () => void;
  /** Called after a curation operation or an undo changed the graph. */
  onCurated: () => void;
  /** The legend of the current view, for the PNG export. */
  legend: () => ImageLegend | undefined;
}

/** The mounted panels the viewer keeps in step with its state. */
export interface Panels {
  details: DetailsPanel;
  paths: PathsPanel;
  connect: ConnectPanel;
  curate: CuratePanel;
  exports: { update(): void };
  tabs: Tabs;
  sidebar: Sidebar;
  table: ActorTable;
  documents: DocumentsPanel;
  /** Empties the header search box. */
  clearSearch(): void;
}

/** Creates every panel and puts it in its place in index.html. */
export function mountPanels(deps: PanelDeps): Panels {
  const { api, actions, lookup } = deps;
  const notice = createNotice();
  const curator = createCurator({
    api,
    actions,
    store: deps.store,
    notice,
    // The graph is read again, and an open history with it.
    onChanged: () => deps.onCurated(),
  });
  const tools = createCurationTools(api, curator);
  const curate = createCuratePanel(api, curator, notice, deps.weightOf);
  const details = createDetailsPanel(api, actions, tools);
  const paths = createPathsPanel(api, actions, lookup, tools);
  const connect = createConnectPanel(api, actions, lookup, tools);
  const table = createActorTable(actions);
  const ingest = createIngestPanel(api, deps.onAdded);
  const documents = createDocumentsPanel(api, deps.onAdded);
  const exports = createExportPanel(
    deps.base,
    () => deps.view()?.sigma ?? null,
    () => deps.store.get().filters,
    deps.legend,
  );
  const tabs = createTabs(
    [
      ["details", "Details", details.root],
      ["actors", "Actors", table.root],
      ["paths", "Paths", paths.root],
      ["connect", "Connect", connect.root],
      ["curate", "Curate", curate.root],
      ["add", "Add", ingest],
      ["documents", "Documents", documents.root],
      ["export", "Export", exports.root],
    ],
    (tab) => actions.setTab(tab),
  );
  byId("panel").append(tabs.root, notice.root);
  const sidebar = createSidebar(actions, deps.layout);
  byId("sidebar").appendChild(sidebar.root);
  const search = createAutocomplete({
    api,
    label: "Search actors",
    hideLabel: true,
    name: "q",
    placeholder: "Search actors and aliases…",
    onChoose: (result) => actions.selectNode(result.id, { center: true }),
  });
  byId("search").appendChild(search.root);
  return {
    details,
    paths,
    connect,
    curate,
    exports,
    tabs,
    sidebar,
    table,
    documents,
    clearSearch: () => search.setValue(""),
  };
}
