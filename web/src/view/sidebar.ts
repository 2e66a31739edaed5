/**
 * The sidebar: legend and type filter (one checkbox per entity type, in its colour, with counts),
 * relation filter, minimum evidence, headline-only toggle, node size mode, label density and
 * layout controls.
 */
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from "../../../src/model/ontology.ts";
import type { Actions } from "../actions.ts";
import type { SigmaGraph } from "../converter.ts";
import { el, replace, uid } from "../dom.ts";
import { formatMeasure, TYPE_LEGEND_TITLE, type ColorLegend, type SizeLegend } from "../encoding.ts";
import { MEASURE_LABELS, MEASURES, type Measure } from "../metrics.ts";
import type { LayoutController } from "../layout.ts";
import type { ColorBy, ViewState } from "../state.ts";
import { NODE_COLORS, RELATION_LABELS } from "../theme.ts";
import { checkField, numberField, relationSwatch, selectField } from "./controls.ts";

/** Counts shown beside the legend entries. */
export interface Counts {
  types: Partial<Record<EntityType, number>>;
  relations: Partial<Record<RelationType, number>>;
}

/** Counts of nodes by entity type and edges by relation. */
export function countGraph(graph: SigmaGraph): Counts {
  const counts: Counts = { types: {}, relations: {} };
  graph.forEachNode((_n, a) => void (counts.types[a.entityType] = (counts.types[a.entityType] ?? 0) + 1));
  graph.forEachEdge((_e, a) => void (counts.relations[a.relation] = (counts.relations[a.relation] ?? 0) + 1));
  return counts;
}

/** Toggling one value of a keep-list where empty means "all". */
export function toggleKept<T extends string>(
  kept: readonly T[],
  all: readonly T[],
  value: T,
  on: boolean,
): T[] {
  const current = new Set(kept.length ? kept : all);
  if (on) current.add(value);
  else current.delete(value);
  const next = all.filter((v) => current.has(v));
  return next.length === all.length ? [] : next;
}

/** The mounted sidebar. */
export interface Sidebar {
  root: HTMLElement;
  update(state: ViewState, counts: Counts, layoutRunning: boolean, view?: LegendView): void;
}

/** What the legend explains: the colouring, the sizing, and how many actors have no relation. */
export interface LegendView {
  color: ColorLegend;
  size: SizeLegend;
  isolated: number;
  /** The measures being computed (in the metrics worker), as the user reads them. */
  computing: readonly string[];
}

/** Draws the colour and size legend of the current encoding. */
function renderLegend(root: HTMLElement, { color, size, computing }: LegendView): void {
  const colorPart =
    color.kind === "categories"
      ? el(
          "ul",
          { class: "legend-list", "aria-label": color.title },
          ...color.entries.map((e) =>
            el(
              "li",
              { class: "legend-item" },
              el("span", { class: "swatch", style: `background:${e.color}`, "aria-hidden": "true" }),
              e.label,
              el("span", { class: "count" }, String(e.count)),
            ),
          ),
        )
      : el(
          "div",
          {
            class: "legend-scale",
            "aria-label": `${color.title} from ${formatMeasure(color.min)} to ${formatMeasure(color.max)}`,
          },
          el("span", {
            class: "legend-ramp",
            style: `background:linear-gradient(to right, ${color.colors.join(", ")})`,
          }),
          el(
            "span",
            { class: "legend-ends" },
            el("span", {}, formatMeasure(color.min)),
            el("span", {}, formatMeasure(color.max)),
          ),
        );
  // Colour by type is explained by the Actors legend above.
  const byType = color.kind === "categories" && color.title === TYPE_LEGEND_TITLE;
  replace(
    root,
    byType ? null : el("p", { class: "field-label" }, `Colour: ${color.title}`),
    byType ? null : colorPart,
    el(
      "p",
      { class: "legend-size" },
      el("span", { class: "dot small", "aria-hidden": "true" }),
      formatMeasure(size.min),
      el("span", { class: "dot large", "aria-hidden": "true" }),
      `${formatMeasure(size.max)} ${size.title}`,
    ),
    computing.length ? el("p", { class: "computing" }, `Computing ${computing.join(", ")}…`) : null,
  );
}

/** Creates the sidebar. */
export function createSidebar(actions: Actions, layout: () => LayoutController | null): Sidebar {
  const typeBoxes = ENTITY_TYPES.map((type) => {
    const id = uid(`type-${type}`);
    const input = el("input", { type: "checkbox", id, name: "types", value: type, checked: true });
    const count = el("span", { class: "count" });
    input.addEventListener("change", () =>
      actions.setFilters({ types: toggleKept(state().filters.types, ENTITY_TYPES, type, input.checked) }),
    );
    return {
      type,
      input,
      count,
      root: el(
        "label",
        { for: id, class: "check legend-item" },
        input,
        el("span", { class: "swatch", style: `background:${NODE_COLORS[type]}`, "aria-hidden": "true" }),
        type,
        count,
      ),
    };
  });
  const relationBoxes = RELATION_TYPES.map((relation) => {
    const id = uid(`rel-${relation}`);
    const input = el("input", { type: "checkbox", id, name: "relations", value: relation, checked: true });
    const count = el("span", { class: "count" });
    input.addEventListener("change", () =>
      actions.setFilters({
        relations: toggleKept(state().filters.relations, RELATION_TYPES, relation, input.checked),
      }),
    );
    return {
      relation,
      input,
      count,
      root: el(
        "label",
        { for: id, class: "check legend-item" },
        input,
        relationSwatch(relation),
        RELATION_LABELS[relation],
        count,
      ),
    };
  });
  const minEvidence = numberField("Minimum evidence", "minEvidence", 1, 1, 1000);
  minEvidence.input.addEventListener("change", () => actions.setFilters({ minEvidence: minEvidence.read() }));
  const headlines = checkField("Hide headline-only facts", "hideHeadlineOnly", false);
  headlines.input.addEventListener("change", () =>
    actions.setFilters({ hideHeadlineOnly: headlines.input.checked }),
  );

  const sizeBy = selectField(
    "Size by",
    "sizeBy",
    MEASURES.map((m) => [m, MEASURE_LABELS[m]] as const),
    (value) => actions.setSizeBy(value as Measure),
  );
  const colorBy = selectField(
    "Colour by",
    "colorBy",
    [
      ["type", "entity type"],
      ["community", "community (Louvain)"],
      ...MEASURES.map((m) => [m, MEASURE_LABELS[m]] as const),
    ],
    (value) => actions.setColorBy(value as ColorBy),
  );
  const legend = el("div", { class: "metric-legend", "aria-live": "polite" });
  const isolated = checkField("Show actors without relations", "showIsolated", false);
  isolated.input.addEventListener("change", () => actions.setShowIsolated(isolated.input.checked));
  const isolatedCount = el("span", { class: "count" });
  isolated.root.appendChild(isolatedCount);
  const scope = selectField(
    "Show",
    "scope",
    [
      ["all", "the whole graph"],
      ["component", "one connected component"],
      ["ego", "the selection's neighbourhood"],
    ],
    () => applyScope(),
  );
  const hops = numberField("Hops", "hops", 1, 1, 5);
  hops.input.addEventListener("change", () => applyScope());
  const applyScope = () => {
    const kind = scope.select.value;
    actions.setScope(
      kind === "ego" ? { kind, hops: hops.read() } : kind === "component" ? { kind } : { kind: "all" },
    );
  };
  const densityId = uid("density");
  const density = el("input", {
    type: "range",
    id: densityId,
    name: "labelDensity",
    min: 0.1,
    max: 3,
    step: 0.1,
    value: 1,
  });
  density.addEventListener("input", () => actions.setLabelDensity(Number(density.value)));

  const layoutButton = el(
    "button",
    { type: "button", class: "secondary", "aria-pressed": "false" },
    "Run layout",
  );
  layoutButton.addEventListener("click", () => {
    const l = layout();
    if (l?.isRunning()) l.stop();
    else l?.start();
  });
  const rerunButton = el("button", { type: "button", class: "secondary" }, "Re-run from scratch");
  rerunButton.addEventListener("click", () => layout()?.rerun());

  let current: ViewState | null = null;
  const state = () => current as ViewState;

  const root = el(
    "div",
    { class: "sidebar-inner" },
    el("fieldset", { class: "checks legend" }, el("legend", {}, "Actors"), ...typeBoxes.map((b) => b.root)),
    el(
      "fieldset",
      { class: "checks legend" },
      el("legend", {}, "Relations"),
      ...relationBoxes.map((b) => b.root),
    ),
    el("fieldset", { class: "checks" }, el("legend", {}, "Evidence"), minEvidence.root, headlines.root),
    el("fieldset", { class: "checks" }, el("legend", {}, "Scope"), scope.root, hops.root, isolated.root),
    el(
      "fieldset",
      { class: "checks" },
      el("legend", {}, "Display"),
      sizeBy.root,
      colorBy.root,
      legend,
      el(
        "div",
        { class: "field" },
        el("label", { for: densityId, class: "field-label" }, "Label density"),
        density,
      ),
    ),
    el(
      "fieldset",
      { class: "checks" },
      el("legend", {}, "Layout"),
      el("div", { class: "row" }, layoutButton, rerunButton),
    ),
  );

  return {
    root,
    update(next, counts, running, view) {
      current = next;
      const { filters } = next;
      for (const b of typeBoxes) {
        b.input.checked = !filters.types.length || filters.types.includes(b.type);
        b.count.textContent = String(counts.types[b.type] ?? 0);
      }
      for (const b of relationBoxes) {
        b.input.checked = !filters.relations.length || filters.relations.includes(b.relation);
        b.count.textContent = String(counts.relations[b.relation] ?? 0);
      }
      if (document.activeElement !== minEvidence.input) minEvidence.input.value = String(filters.minEvidence);
      headlines.input.checked = filters.hideHeadlineOnly;
      sizeBy.select.value = next.sizeBy;
      colorBy.select.value = next.colorBy;
      scope.select.value = next.scope.kind;
      hops.root.hidden = next.scope.kind !== "ego";
      if (next.scope.kind === "ego" && document.activeElement !== hops.input)
        hops.input.value = String(next.scope.hops);
      isolated.input.checked = next.showIsolated;
      if (view) {
        isolatedCount.textContent = String(view.isolated);
        renderLegend(legend, view);
      }
      density.value = String(next.labelDensity);
      layoutButton.textContent = running ? "Stop layout" : "Run layout";
      layoutButton.setAttribute("aria-pressed", String(running));
    },
  };
}
