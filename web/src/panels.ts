/**
 * Mounts the viewer's panels into the page: header search, sidebar (legend, filters, display,
 * layout) and the tabbed side panel (details, actors table, paths, connect, add, documents,
 * export).
 */
import type { Actions } from "./actions.ts";
import type { Api } from "./api.ts";
import type { ApiEntityRef } from "./api-types.ts";
import type { LayoutController } from "./layout.ts";
import type { Store } from "./state.ts";
import type { GraphView } from "./graph-view.ts";
import { byId } from "./dom.ts";
import { createAutocomplete } from "./view/autocomplete.ts";
import { createConnectPanel, type ConnectPanel } from "./view/connect.ts";
import { createDetailsPanel, type DetailsPanel } from "./view/details.ts";
import { createExportPanel, type ImageLegend } from "./view/export.ts";
import { createDocumentsPanel, type DocumentsPanel } from "./view/documents.ts";
import { createIngestPanel } from "./view/ingest.ts";
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
  view: () => GraphView | null;
  layout: () => LayoutController | null;
  /** Called after the add-article form's article was accepted. */
  onAdded: () => void;
  /** The legend of the current view, for the PNG export. */
  legend: () => ImageLegend | undefined;
}

/** The mounted panels the viewer keeps in step with its state. */
export interface Panels {
  details: DetailsPanel;
  paths: PathsPanel;
  connect: ConnectPanel;
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
  const details = createDetailsPanel(api, actions);
  const paths = createPathsPanel(api, actions, lookup);
  const connect = createConnectPanel(api, actions, lookup);
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
      ["add", "Add", ingest],
      ["documents", "Documents", documents.root],
      ["export", "Export", exports.root],
    ],
    (tab) => actions.setTab(tab),
  );
  byId("panel").appendChild(tabs.root);
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
    exports,
    tabs,
    sidebar,
    table,
    documents,
    clearSearch: () => search.setValue(""),
  };
}
