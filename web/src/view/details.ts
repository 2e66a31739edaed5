/**
 * The details panel: for a selected node, its name, type, aliases and relations grouped by type,
 * each with its evidence; for a selected edge, both ends and the evidence. With curation tools,
 * the actor's edit section and Reject buttons on relations and evidence. Built from text only.
 */
import type { Actions } from "../actions.ts";
import { ApiError, type Api } from "../api.ts";
import type { ApiEntityDetails, ApiEntityRef, ApiRelationDetails, ApiRelationView } from "../api-types.ts";
import { el, replace } from "../dom.ts";
import type { Selection } from "../state.ts";
import { NODE_COLORS, RELATION_LABELS } from "../theme.ts";
import type { CurationTools } from "./curation-tools.ts";
import { renderEvidenceList, type EvidenceTools } from "./evidence.ts";
import type { EvidenceFetch } from "./path-list.ts";

/** The mounted details panel. */
export interface DetailsPanel {
  root: HTMLElement;
  /** Shows the selection (fetching its details), or the hint when nothing is selected. */
  show(selection: Selection): Promise<void>;
}

/** A button that selects an entity. */
export function entityButton(entity: ApiEntityRef, actions: Actions): HTMLElement {
  const button = el(
    "button",
    { type: "button", class: "entity-link", "data-entity": entity.id },
    el("span", {
      class: "dot",
      style: `background:${NODE_COLORS[entity.type] ?? "#999"}`,
      "aria-hidden": "true",
    }),
    entity.name,
  );
  button.addEventListener("click", () => actions.selectNode(entity.id, { center: true }));
  return button;
}

/** How a relation reads ("A meets B"). */
function relationLabel(source: string, relation: string, target: string): string {
  return `${source} ${RELATION_LABELS[relation as keyof typeof RELATION_LABELS] ?? relation} ${target}`;
}

/** The Reject-this-evidence control of relation `key`, when curation is on. */
function evidenceTools(key: string, tools?: CurationTools): EvidenceTools | undefined {
  return tools && ((evidence) => tools.evidence(key, evidence));
}

function relationItem(
  view: ApiRelationView,
  self: ApiEntityRef,
  actions: Actions,
  tools?: CurationTools,
  fetchEvidence?: EvidenceFetch,
): HTMLElement {
  const arrow = view.direction === "out" ? "→" : "←";
  const open = el(
    "button",
    { type: "button", class: "link", "data-edge": view.key },
    `${view.weight} evidence`,
  );
  open.addEventListener("click", () => actions.selectEdge(view.key));
  const item = el(
    "li",
    { class: "relation" },
    el(
      "div",
      { class: "relation-head" },
      el("span", { class: "arrow", "aria-label": view.direction === "out" ? "to" : "from" }, arrow),
      entityButton(view.other, actions),
      open,
      tools?.edge(
        view.key,
        view.direction === "out"
          ? relationLabel(self.name, view.relation, view.other.name)
          : relationLabel(view.other.name, view.relation, self.name),
      ),
    ),
    renderEvidenceList(
      view.evidence,
      3,
      evidenceTools(view.key, tools),
      fetchEvidence && { total: view.weight, fetch: (offset) => fetchEvidence(view.key, offset) },
    ),
  );
  // Pointing at (or tabbing into) a relation shows it on the graph.
  item.addEventListener("mouseenter", () => actions.hoverEdge(view.key));
  item.addEventListener("mouseleave", () => actions.hoverEdge(null));
  item.addEventListener("focusin", () => actions.hoverEdge(view.key));
  item.addEventListener("focusout", () => actions.hoverEdge(null));
  return item;
}

function renderEntity(
  details: ApiEntityDetails,
  actions: Actions,
  tools?: CurationTools,
  fetchEvidence?: EvidenceFetch,
): (HTMLElement | null)[] {
  const { entity } = details;
  const groups = Object.entries(details.relations).filter(([, list]) => list && list.length > 0) as [
    keyof typeof RELATION_LABELS,
    ApiRelationView[],
  ][];
  const docs = Array.isArray(entity.docs) ? entity.docs.length : entity.docs;
  return [
    el(
      "header",
      { class: "entity-head" },
      el("h2", { id: "details-title" }, entity.name),
      el(
        "p",
        { class: "meta" },
        el("span", {
          class: "dot",
          style: `background:${NODE_COLORS[entity.type] ?? "#999"}`,
          "aria-hidden": "true",
        }),
        `${entity.type} · ${entity.mentions} mention${entity.mentions === 1 ? "" : "s"} · ${docs} document${docs === 1 ? "" : "s"}`,
      ),
      entity.aliases.length ? el("p", { class: "aliases" }, "Also: ", entity.aliases.join(", ")) : null,
    ),
    tools ? tools.actor(entity) : null,
    groups.length === 0
      ? el("p", { class: "hint" }, "No relations.")
      : el(
          "div",
          { class: "relation-groups" },
          ...groups.map(([relation, list]) =>
            el(
              "section",
              { class: "relation-group", "data-relation": relation },
              el("h3", {}, `${RELATION_LABELS[relation] ?? relation} (${list.length})`),
              el(
                "ul",
                { class: "relations" },
                ...list.map((view) => relationItem(view, entity, actions, tools, fetchEvidence)),
              ),
            ),
          ),
        ),
  ];
}

function renderRelation(
  details: ApiRelationDetails,
  actions: Actions,
  tools?: CurationTools,
  fetchEvidence?: EvidenceFetch,
): HTMLElement[] {
  const { relation } = details;
  const dates = relation.firstSeen
    ? ` · ${relation.firstSeen.slice(0, 10)}${relation.lastSeen && relation.lastSeen !== relation.firstSeen ? ` – ${relation.lastSeen.slice(0, 10)}` : ""}`
    : "";
  return [
    el(
      "header",
      { class: "entity-head" },
      el(
        "h2",
        { id: "details-title" },
        entityButton(details.sourceEntity, actions),
        el("span", { class: "rel" }, ` ${RELATION_LABELS[relation.relation] ?? relation.relation} `),
        entityButton(details.targetEntity, actions),
      ),
      el(
        "p",
        { class: "meta" },
        `${relation.weight} evidence · ${relation.docs} document${relation.docs === 1 ? "" : "s"}${dates}`,
        tools?.edge(
          relation.key,
          relationLabel(details.sourceEntity.name, relation.relation, details.targetEntity.name),
        ),
      ),
    ),
    renderEvidenceList(
      relation.evidence,
      20,
      evidenceTools(relation.key, tools),
      fetchEvidence && {
        total: details.evidencePage.total,
        fetch: (offset) => fetchEvidence(relation.key, offset),
      },
    ),
  ];
}

/** Creates the details panel; `tools` adds the curation controls. */
export function createDetailsPanel(api: Api, actions: Actions, tools?: CurationTools): DetailsPanel {
  const root = el("div", { class: "details", "aria-live": "polite" });
  let ticket = 0;
  const hint = () =>
    el(
      "p",
      { class: "hint" },
      "Search for an actor or click a node or an edge to see its relations and the sentences behind them.",
    );
  replace(root, hint());
  return {
    root,
    async show(selection) {
      const mine = ++ticket;
      if (!selection) return replace(root, hint());
      root.setAttribute("aria-busy", "true");
      try {
        const content =
          selection.kind === "node"
            ? renderEntity(await api.entity(selection.id), actions, tools, api.evidence)
            : renderRelation(await api.relation(selection.key), actions, tools, api.evidence);
        if (mine === ticket) replace(root, ...content);
      } catch (err) {
        if (mine !== ticket) return;
        const code = err instanceof ApiError ? err.code : "NETWORK";
        replace(
          root,
          el(
            "p",
            { class: "error", role: "alert" },
            code === "UNKNOWN_ENTITY" || code === "UNKNOWN_RELATION"
              ? "This item is no longer in the graph."
              : `Could not load details (${code}).`,
          ),
        );
      } finally {
        if (mine === ticket) root.removeAttribute("aria-busy");
      }
    },
  };
}
