/**
 * The paths panel: from/to with autocomplete, relations to use or avoid, k and max hops; lists the
 * paths found (as many as the server lists by default; when it stopped at that bound, a button asks
 * again for up to MAX_PATHS) and highlights the chosen one on the graph.
 */
import type { Actions } from "../actions.ts";
import { MAX_PATHS, type Api, type PathQuery } from "../api.ts";
import type { ApiPathResult } from "../api-types.ts";
import { el, replace } from "../dom.ts";
import { DEFAULT_PATH_QUERY } from "../url-state.ts";
import { createAutocomplete } from "./autocomplete.ts";
import { checkField, numberField, relationChecks } from "./controls.ts";
import { pathHighlight, renderPathList, type EntityLookup } from "./path-list.ts";
import { renderProblem } from "./problem.ts";
import type { CurationTools } from "./curation-tools.ts";

/** The mounted paths panel. */
export interface PathsPanel {
  root: HTMLElement;
  /** Fills the form with a query, runs it and highlights path `pathIndex`. */
  run(query: PathQuery, pathIndex?: number): Promise<void>;
  /** Sets the "from" field (e.g. from the selected node). */
  setFrom(name: string, id?: string): void;
}

/** Creates the paths panel. */
export function createPathsPanel(
  api: Api,
  actions: Actions,
  lookup: EntityLookup,
  tools?: CurationTools,
): PathsPanel {
  const from = createAutocomplete({
    api,
    label: "From",
    name: "from",
    placeholder: "e.g. Kim Jong Un",
    onChoose: () => to.input.focus(),
  });
  const to = createAutocomplete({
    api,
    label: "To",
    name: "to",
    placeholder: "e.g. National Intelligence Service",
    onChoose: () => undefined,
    onSubmitText: () => form.requestSubmit(),
  });
  const via = relationChecks("Use only these relations", "via");
  const avoid = relationChecks("Avoid these relations", "avoid");
  const k = numberField("Paths (k)", "k", DEFAULT_PATH_QUERY.k, 1, 10);
  const hops = numberField("Max hops", "maxHops", DEFAULT_PATH_QUERY.maxHops, 1, 12);
  const directed = checkField("Follow edge direction", "directed", false);
  const submit = el("button", { type: "submit", class: "primary" }, "Find paths");
  const results = el("div", { class: "results", "aria-live": "polite" });
  const form = el(
    "form",
    { class: "query-form", "aria-label": "Find paths" },
    from.root,
    to.root,
    el(
      "details",
      { class: "more-options" },
      el("summary", {}, "Options"),
      via.root,
      avoid.root,
      el("div", { class: "row" }, k.root, hops.root),
      directed.root,
    ),
    submit,
  );
  const root = el("div", { class: "paths-panel" }, el("h2", {}, "Paths between two actors"), form, results);

  let last: ApiPathResult | null = null;
  /** The query whose answer is shown, and the path chosen in it. */
  let asked: PathQuery | null = null;
  let chosenIndex = 0;

  /** A button that asks again for up to MAX_PATHS paths, when the answer stopped at its bound of equally short paths. */
  function morePaths(result: ApiPathResult): HTMLElement | null {
    const query = asked;
    if (!query || result.reason !== "maxPaths" || (query.maxPaths ?? 0) >= MAX_PATHS) return null;
    const button = el("button", { type: "button", class: "more-paths" }, `Show up to ${MAX_PATHS} paths`);
    button.addEventListener("click", () => {
      // The longer list goes into the state too, so the URL and a reload keep it.
      const more = { ...query, maxPaths: MAX_PATHS };
      const index = chosenIndex;
      actions.setPathQuery(more);
      void run(more, index);
    });
    return button;
  }

  function show(result: ApiPathResult, chosen: number): void {
    last = result;
    chosenIndex = chosen;
    if (!result.paths.length) {
      actions.setHighlight(null, 0);
      replace(
        results,
        el(
          "p",
          { class: "hint" },
          `No path from ${result.from.name} to ${result.to.name}${result.reason ? ` (${result.reason})` : ""}.`,
        ),
      );
      return;
    }
    const index = Math.min(chosen, result.paths.length - 1);
    actions.setHighlight(pathHighlight(result.paths[index]!), index);
    replace(
      results,
      el(
        "p",
        { class: "summary" },
        `${result.paths.length} path${result.paths.length === 1 ? "" : "s"} from ${result.from.name} to ${result.to.name}${result.truncated ? " (more exist)" : ""}`,
      ),
      morePaths(result),
      renderPathList(result.paths, index, lookup, (i) => last && show(last, i), tools, api.evidence),
    );
  }

  async function run(query: PathQuery, pathIndex = 0): Promise<void> {
    from.setValue(query.from);
    to.setValue(query.to);
    via.write(query.via);
    avoid.write(query.avoid);
    k.input.value = String(query.k);
    hops.input.value = String(query.maxHops);
    directed.input.checked = query.directed;
    replace(results, el("p", { class: "hint" }, "Searching…"));
    asked = query;
    try {
      const result = await api.paths(query);
      from.setValue(result.from.name, result.from.id);
      to.setValue(result.to.name, result.to.id);
      show(result, pathIndex);
    } catch (err) {
      actions.setHighlight(null, 0);
      replace(
        results,
        renderProblem(err, (name, id) => {
          const matches = (value: string) => value !== "" && name.toLowerCase().includes(value.toLowerCase());
          (matches(to.value()) && !matches(from.value()) ? to : from).setValue(name, id);
        }),
      );
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!from.value() || !to.value()) {
      replace(results, el("p", { class: "error", role: "alert" }, "Give both ends of the path."));
      return;
    }
    const query: PathQuery = {
      from: from.ref(),
      to: to.ref(),
      via: via.read(),
      avoid: avoid.read(),
      k: k.read(),
      maxHops: hops.read(),
      directed: directed.input.checked,
    };
    actions.setPathQuery(query);
    void run(query);
  });

  return { root, run, setFrom: (name, id) => from.setValue(name, id) };
}
