/**
 * The actors table: the shown actors with their measures (connections, evidence, PageRank,
 * betweenness, community), sortable by any column; clicking a row selects the actor and brings
 * its neighbourhood into view. Only the first rows are drawn; the count says how many there are.
 */
import type { Actions } from "../actions.ts";
import type { SigmaGraph } from "../converter.ts";
import { el, replace } from "../dom.ts";
import { communityColor, formatMeasure } from "../encoding.ts";
import type { Measure, Metrics } from "../metrics.ts";
import { NODE_COLORS } from "../theme.ts";

/** The columns that can be sorted by, and their headers. */
const COLUMNS = [
  ["name", "Actor"],
  ["degree", "Connections"],
  ["weightedDegree", "Evidence"],
  ["pagerank", "PageRank"],
  ["betweenness", "Betweenness"],
  ["community", "Community"],
] as const;
type Column = (typeof COLUMNS)[number][0];

/** How many rows are drawn at most. */
export const TABLE_ROWS = 150;
/** Above this many nodes, betweenness waits for its column to be sorted by. */
const EAGER_BETWEENNESS = 2000;

/** What the table reads: the graph, its measures and the shown nodes. */
export interface TableSource {
  graph: SigmaGraph;
  metrics: Metrics;
  shown: (node: string) => boolean;
  selected: string | null;
}

/** The mounted table. */
export interface ActorTable {
  root: HTMLElement;
  update(source: TableSource | null): void;
}

/** Creates the actors table. */
export function createActorTable(actions: Actions): ActorTable {
  let sortBy: Column = "pagerank";
  let descending = true;
  let current: TableSource | null = null;
  const summary = el("p", { class: "hint" });
  const table = el("table", { class: "actor-table" });
  const root = el(
    "div",
    { class: "actors-panel" },
    el("h2", {}, "Actors by importance"),
    summary,
    el("div", { class: "table-scroll" }, table),
  );

  function render(): void {
    if (!current) return;
    const { graph, metrics, shown, selected } = current;
    // Betweenness is only asked for on a large graph when sorted by; until a measure arrives
    // from the worker its cells show "…".
    const wanted = (m: Measure) =>
      m !== "betweenness" || graph.order <= EAGER_BETWEENNESS || sortBy === "betweenness";
    const shows = (m: Measure) => wanted(m) && (metrics.ready(m) || (void metrics.values(m), false));
    const value = (m: Measure, node: string) => metrics.values(m).get(node) ?? 0;
    const cell = (m: Measure, node: string) => (shows(m) ? formatMeasure(value(m, node)) : "…");
    const nodes = graph.filterNodes((n) => shown(n));
    const key = (n: string): number | string =>
      sortBy === "name"
        ? graph.getNodeAttribute(n, "label").toLowerCase()
        : sortBy === "community"
          ? (metrics.community.get(n) ?? 0)
          : shows(sortBy)
            ? value(sortBy, n)
            : 0;
    nodes.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      const order = ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1;
      return descending ? -order : order;
    });
    summary.textContent = `${nodes.length} actor${nodes.length === 1 ? "" : "s"} shown${nodes.length > TABLE_ROWS ? `, the first ${TABLE_ROWS} listed` : ""}. Click a column to sort, a row to select.`;
    const header = el(
      "tr",
      {},
      ...COLUMNS.map(([column, text]) => {
        const button = el("button", { type: "button", class: "sort" }, text);
        button.addEventListener("click", () => {
          descending = sortBy === column ? !descending : column !== "name" && column !== "community";
          sortBy = column;
          render();
        });
        return el(
          "th",
          {
            scope: "col",
            "aria-sort": sortBy === column ? (descending ? "descending" : "ascending") : "none",
          },
          button,
        );
      }),
    );
    const rows = nodes.slice(0, TABLE_ROWS).map((n) => {
      const attrs = graph.getNodeAttributes(n);
      const community = metrics.community.get(n);
      const row = el(
        "tr",
        { class: n === selected ? "selected" : undefined, "data-id": n, tabindex: 0 },
        el(
          "td",
          {},
          el("span", {
            class: "dot",
            style: `background:${NODE_COLORS[attrs.entityType]}`,
            "aria-hidden": "true",
          }),
          attrs.label,
        ),
        el("td", { class: "num" }, cell("degree", n)),
        el("td", { class: "num" }, cell("weightedDegree", n)),
        el("td", { class: "num" }, cell("pagerank", n)),
        el("td", { class: "num" }, cell("betweenness", n)),
        el(
          "td",
          { class: "num" },
          el("span", {
            class: "dot",
            style: `background:${communityColor(metrics, community)}`,
            "aria-hidden": "true",
          }),
          community === undefined ? "" : String(community + 1),
        ),
      );
      const choose = () => actions.selectNode(n, { center: true });
      row.addEventListener("click", choose);
      row.addEventListener("keydown", (event) => {
        if (event.key === "Enter") choose();
      });
      return row;
    });
    replace(table, el("thead", {}, header), el("tbody", {}, ...rows));
  }

  return {
    root,
    update(source) {
      current = source;
      render();
    },
  };
}
