/**
 * The connect panel: pick three or more actors (autocomplete chips) and see how they are linked;
 * the connecting nodes and edges are highlighted on the graph.
 */
import { MAX_CONNECT_ACTORS } from "../../../src/model/limits.ts";
import type { Actions } from "../actions.ts";
import type { Api } from "../api.ts";
import { el, replace } from "../dom.ts";
import type { Highlight } from "../state.ts";
import { createAutocomplete } from "./autocomplete.ts";
import { checkField, numberField, relationChecks } from "./controls.ts";
import { nodeId, pathHighlight, renderPathList, type EntityLookup } from "./path-list.ts";
import { renderProblem } from "./problem.ts";
import type { CurationTools } from "./curation-tools.ts";

/** The mounted connect panel. */
export interface ConnectPanel {
  root: HTMLElement;
  /** Shows the given actors and connects them when there are at least two. */
  run(actors: string[]): Promise<void>;
}

/** Creates the connect panel. */
export function createConnectPanel(
  api: Api,
  actions: Actions,
  lookup: EntityLookup,
  tools?: CurationTools,
): ConnectPanel {
  let actors: string[] = [];
  /** The names of actors added by id (from a suggestion or a candidate). */
  const labels = new Map<string, string>();
  const chips = el("ul", { class: "chips", "aria-label": "Actors to connect" });
  const add = (ref: string, name?: string) => {
    if (name) labels.set(ref, name);
    if (ref && !actors.includes(ref) && actors.length < MAX_CONNECT_ACTORS) actors = [...actors, ref];
    picker.setValue("");
    renderChips();
  };
  const picker = createAutocomplete({
    api,
    label: "Add an actor",
    name: "actor",
    placeholder: "type a name, Enter to add",
    onChoose: (r) => add(r.id, r.name),
    onSubmitText: (text) => add(text),
  });
  const via = relationChecks("Use only these relations", "connect-via");
  const avoid = relationChecks("Avoid these relations", "connect-avoid");
  const hops = numberField("Max hops", "connect-hops", 4, 1, 8);
  const directed = checkField("Follow edge direction", "connect-directed", false);
  const results = el("div", { class: "results", "aria-live": "polite" });
  const form = el(
    "form",
    { class: "query-form", "aria-label": "Connect actors" },
    picker.root,
    chips,
    el(
      "details",
      { class: "more-options" },
      el("summary", {}, "Options"),
      via.root,
      avoid.root,
      hops.root,
      directed.root,
    ),
    el("button", { type: "submit", class: "primary" }, "Connect"),
  );
  const root = el(
    "div",
    { class: "connect-panel" },
    el("h2", {}, "Connect actors"),
    el("p", { class: "hint" }, "How are these actors linked? Add two to ten."),
    form,
    results,
  );

  function renderChips(): void {
    replace(
      chips,
      ...actors.map((ref) => {
        const name = labels.get(ref) ?? ref;
        const remove = el(
          "button",
          { type: "button", class: "chip-remove", "aria-label": `Remove ${name}` },
          "×",
        );
        remove.addEventListener("click", () => {
          actors = actors.filter((a) => a !== ref);
          renderChips();
        });
        return el("li", { class: "chip" }, name, remove);
      }),
    );
  }

  async function run(list: string[]): Promise<void> {
    actors = list.slice(0, MAX_CONNECT_ACTORS);
    renderChips();
    if (actors.length < 2) {
      replace(results, el("p", { class: "error", role: "alert" }, "Add at least two actors."));
      return;
    }
    replace(results, el("p", { class: "hint" }, "Connecting…"));
    try {
      const result = await api.connect(actors, {
        via: via.read(),
        avoid: avoid.read(),
        maxHops: hops.read(),
        directed: directed.input.checked,
      });
      const highlight: Highlight = {
        nodes: new Set(result.nodes.map(nodeId)),
        edges: new Set(result.edges.map((e) => (typeof e === "string" ? e : e.key))),
      };
      const summary = result.paths.length
        ? `Linked through ${highlight.nodes.size} actors and ${highlight.edges.size} relations${result.truncated ? " (partial)" : ""}. Pick a branch to bring it forward.`
        : "These actors are not connected within the hop limit.";
      const show = (chosen: number) => {
        const path = result.paths[chosen];
        actions.setHighlight(
          path ? pathHighlight(path) : highlight.nodes.size ? highlight : null,
          Math.max(0, chosen),
        );
        replace(
          results,
          el("p", { class: "summary" }, summary),
          renderPathList(
            result.paths,
            chosen,
            lookup,
            (i) => show(i === chosen ? -1 : i),
            tools,
            api.evidence,
          ),
        );
      };
      show(-1);
    } catch (err) {
      actions.setHighlight(null, 0);
      replace(
        results,
        renderProblem(err, (name, id) => add(id ?? name, name)),
      );
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (picker.value()) add(picker.ref(), picker.value());
    actions.setConnectActors(actors);
    void run(actors);
  });

  return { root, run };
}
