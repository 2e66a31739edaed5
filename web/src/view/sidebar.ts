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
import { el, uid } from "../dom.ts";
import type { LayoutController } from "../layout.ts";
import type { ViewState } from "../state.ts";
import { NODE_COLORS, RELATION_LABELS } from "../theme.ts";
import { checkField, numberField, relationSwatch } from "./controls.ts";

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
  update(state: ViewState, counts: Counts, layoutRunning: boolean): void;
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

  const sizeId = uid("size");
  const sizeDegree = el("input", {
    type: "radio",
    name: "sizeBy",
    id: `${sizeId}-d`,
    value: "degree",
    checked: true,
  });
  const sizeEvidence = el("input", { type: "radio", name: "sizeBy", id: `${sizeId}-e`, value: "evidence" });
  for (const radio of [sizeDegree, sizeEvidence])
    radio.addEventListener(
      "change",
      () => radio.checked && actions.setSizeBy(radio.value as "degree" | "evidence"),
    );
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
    el(
      "fieldset",
      { class: "checks" },
      el("legend", {}, "Display"),
      el(
        "div",
        { class: "radios", role: "radiogroup", "aria-label": "Size nodes by" },
        el("span", { class: "field-label" }, "Size by"),
        el("label", { for: sizeDegree.id, class: "check" }, sizeDegree, "connections"),
        el("label", { for: sizeEvidence.id, class: "check" }, sizeEvidence, "evidence"),
      ),
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
    update(next, counts, running) {
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
      sizeDegree.checked = next.sizeBy === "degree";
      sizeEvidence.checked = next.sizeBy === "evidence";
      density.value = String(next.labelDensity);
      layoutButton.textContent = running ? "Stop layout" : "Run layout";
      layoutButton.setAttribute("aria-pressed", String(running));
    },
  };
}
