/**
 * The curation controls inside the details panel and the path lists: for an actor, Rename,
 * Change type, Merge into… (autocomplete, then a confirmation naming both actors) and Split alias;
 * for a relation, Reject; for one evidence sentence, Reject this evidence. Destructive steps are
 * confirmed inline; results and errors go to the curation notice.
 */
import { ENTITY_TYPES, type EntityType } from "../../../src/model/ontology.ts";
import type { Api } from "../api.ts";
import type { ApiEntityRef, ApiEvidence } from "../api-types.ts";
import type { Curator } from "../curator.ts";
import { el, uid } from "../dom.ts";
import { createAutocomplete } from "./autocomplete.ts";
import { confirmInline } from "./confirm.ts";
import { quote } from "./records.ts";

/** An actor as the details panel shows it. */
export interface CuratedActor extends ApiEntityRef {
  aliases: readonly string[];
}

/** The controls the panels place next to actors, relations and evidence. */
export interface CurationTools {
  /** The "Edit actor" section of an actor's details. */
  actor(actor: CuratedActor): HTMLElement;
  /** A Reject button for the relation `key`; `label` reads it ("A meets B"). */
  edge(key: string, label: string): HTMLElement;
  /** A Reject button for one evidence sentence of the relation `key`. */
  evidence(key: string, evidence: ApiEvidence): HTMLElement;
}

/** Creates the curation controls over a curator. */
export function createCurationTools(api: Api, curator: Curator): CurationTools {
  // Whether "Edit actor" is open, kept across re-renders of the details.
  let open = false;

  function renameForm(actor: CuratedActor): HTMLElement {
    const id = uid("rename");
    const input = el("input", {
      id,
      type: "text",
      name: "name",
      value: actor.name,
      maxlength: 200,
      required: true,
    });
    const form = el(
      "form",
      { class: "curate-row", "aria-label": "Rename" },
      el("label", { for: id, class: "field-label" }, "Name"),
      input,
      el("button", { type: "submit", class: "secondary" }, "Rename"),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (!name || name === actor.name) return;
      void curator.apply(
        { kind: "rename", entity: actor.id, name },
        `Renamed ${quote(actor.name)} to ${quote(name)}`,
      );
    });
    return form;
  }

  function typeForm(actor: CuratedActor): HTMLElement {
    const id = uid("retype");
    const select = el(
      "select",
      { id, name: "type" },
      ...ENTITY_TYPES.map((t) => el("option", { value: t, selected: t === actor.type }, t)),
    );
    const form = el(
      "form",
      { class: "curate-row", "aria-label": "Change type" },
      el("label", { for: id, class: "field-label" }, "Type"),
      select,
      el("button", { type: "submit", class: "secondary" }, "Change type"),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const type = select.value as EntityType;
      if (type === actor.type) return;
      void curator.apply({ kind: "retype", entity: actor.id, type }, `${quote(actor.name)} is now a ${type}`);
    });
    return form;
  }

  function mergeForm(actor: CuratedActor): HTMLElement {
    const anchor = el("span", { class: "confirm-anchor" });
    const askMerge = (keep: { id: string; name: string }) => {
      if (keep.id === actor.id) return;
      confirmInline(
        anchor,
        `Merge ${quote(actor.name)} into ${quote(keep.name)}? ${quote(keep.name)} keeps its name and takes ${quote(actor.name)} as an alias, with all its relations and evidence.`,
        "Merge",
        () =>
          curator.apply(
            { kind: "merge", keep: keep.id, absorb: actor.id },
            `Merged ${quote(actor.name)} into ${quote(keep.name)}`,
            (name, id) => askMerge({ id: id ?? name, name }),
          ),
      );
    };
    const picker = createAutocomplete({
      api,
      label: "Merge into…",
      name: "merge-into",
      placeholder: "the actor to keep",
      onChoose: (result) => askMerge({ id: result.id, name: result.name }),
      onSubmitText: (text) => text && askMerge({ id: text, name: text }),
    });
    return el("div", { class: "curate-merge" }, picker.root, anchor);
  }

  function splitList(actor: CuratedActor): HTMLElement | null {
    if (!actor.aliases.length) return null;
    return el(
      "div",
      { class: "curate-split" },
      el("p", { class: "field-label" }, "Aliases"),
      el(
        "ul",
        { class: "alias-list" },
        ...actor.aliases.map((alias) => {
          const button = el(
            "button",
            {
              type: "button",
              class: "link",
              "aria-label": `Split off ${quote(alias)} into its own actor`,
              "data-alias": alias,
            },
            "Split off",
          );
          button.addEventListener("click", () =>
            confirmInline(
              button,
              `Split ${quote(alias)} off ${quote(actor.name)}? It becomes an actor of its own, with the mentions and relations found under that name.`,
              "Split",
              () =>
                curator.apply(
                  { kind: "split", entity: actor.id, alias },
                  `Split ${quote(alias)} off ${quote(actor.name)}`,
                ),
            ),
          );
          return el("li", {}, el("span", { class: "alias" }, alias), button);
        }),
      ),
    );
  }

  return {
    actor(actor) {
      const section = el(
        "details",
        { class: "curate-actor", open },
        el("summary", {}, "Edit actor"),
        renameForm(actor),
        typeForm(actor),
        mergeForm(actor),
        splitList(actor),
      );
      section.addEventListener("toggle", () => {
        open = section.open;
      });
      return section;
    },
    edge(key, label) {
      const button = el(
        "button",
        { type: "button", class: "link danger", "aria-label": `Reject ${label}`, "data-reject-edge": key },
        "Reject",
      );
      button.addEventListener("click", () =>
        confirmInline(
          button,
          `Reject ${quote(label)}? The relation leaves the graph, with all its evidence, and stays out on rebuilds.`,
          "Reject relation",
          () => curator.apply({ kind: "reject-edge", edge: key }, `Rejected ${quote(label)}`),
        ),
      );
      return button;
    },
    evidence(key, evidence) {
      const button = el(
        "button",
        {
          type: "button",
          class: "link danger",
          "aria-label": "Reject this evidence",
          "data-reject-evidence": key,
        },
        "Reject this evidence",
      );
      button.addEventListener("click", () =>
        confirmInline(
          button,
          "Reject this sentence as evidence of the relation? The relation loses it (and leaves the graph when no evidence is left).",
          "Reject evidence",
          () =>
            curator.apply(
              {
                kind: "reject-evidence",
                edge: key,
                doc: evidence.doc,
                start: evidence.start,
                end: evidence.end,
              },
              "Rejected one evidence sentence",
            ),
        ),
      );
      return button;
    },
  };
}
