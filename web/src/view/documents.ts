/**
 * The documents panel: the stored articles (title, outlet, date, actor count), a page at a time,
 * found by their text (GET /api/documents?q=, snippets with the matches marked, built as text
 * nodes and <mark> elements, never as HTML) and deleted after a confirmation
 * (DELETE /api/documents/:id, with the API token of the add-article form).
 */
import { ApiError, type Api } from "../api.ts";
import type { ApiDocument } from "../api-types.ts";
import { el, replace, uid } from "../dom.ts";
import { highlightRuns } from "./evidence.ts";
import { TOKEN_KEY } from "./ingest.ts";

/** Articles listed per page. */
export const DOCUMENTS_PAGE = 50;

/** The mounted panel. */
export interface DocumentsPanel {
  root: HTMLElement;
  /** Reads the list (or the current search) again, e.g. when shown or after a change. */
  refresh(): Promise<void>;
}

/** What a failed call means to the analyst. */
function failure(err: unknown, what: string): string {
  if (!(err instanceof ApiError)) return "The server could not be reached.";
  if (err.code === "UNAUTHORIZED") return `Not ${what}: the server needs an API token (see API token below).`;
  return `Not ${what} (${err.code}): ${err.message}`;
}

/** Creates the documents panel; `onRemoved` runs after the server removed an article. */
export function createDocumentsPanel(api: Api, onRemoved: (id: string) => void): DocumentsPanel {
  const query = el("input", {
    type: "search",
    name: "q",
    maxlength: 200,
    placeholder: "e.g. drones",
  });
  query.id = uid("documents-q");
  const form = el(
    "form",
    { class: "query-form", role: "search", "aria-label": "Search the articles" },
    el(
      "div",
      { class: "field" },
      el("label", { for: query.id, class: "field-label" }, "Words to find in the articles"),
      query,
    ),
    el("button", { type: "submit", class: "primary" }, "Search"),
  );
  // Deleting needs the API token when the server has one: the same one the add form keeps.
  const token = el("input", {
    type: "password",
    name: "token",
    autocomplete: "off",
    value: sessionStorage.getItem(TOKEN_KEY) ?? "",
  });
  token.id = uid("documents-token");
  token.addEventListener("input", () => {
    if (token.value) sessionStorage.setItem(TOKEN_KEY, token.value);
    else sessionStorage.removeItem(TOKEN_KEY);
  });
  const tokenField = el(
    "details",
    { class: "more-options" },
    el("summary", {}, "API token"),
    el(
      "div",
      { class: "field" },
      el("label", { for: token.id, class: "field-label" }, "Bearer token (if the server requires one)"),
      token,
    ),
  );
  const summary = el("p", { class: "hint", "aria-live": "polite" });
  const status = el("div", { class: "results", "aria-live": "polite" });
  const list = el("ul", { class: "document-list", "aria-label": "Articles" });
  const more = el("button", { type: "button", class: "link" }, "Show more");
  more.hidden = true;
  let shown: ApiDocument[] = [];
  let searched = "";
  let reading = 0;

  function row(doc: ApiDocument): HTMLElement {
    const remove = el(
      "button",
      { type: "button", class: "link danger", "aria-label": `Delete ${doc.title ?? doc.id}` },
      "Delete",
    );
    remove.addEventListener("click", () => void removeDocument(doc, remove));
    const meta = [doc.outlet, doc.date, `${doc.entities} actor${doc.entities === 1 ? "" : "s"}`]
      .filter(Boolean)
      .join(" · ");
    const snippet = doc.snippet
      ? el(
          "p",
          { class: "snippet" },
          ...highlightRuns(doc.snippet, doc.highlights).map((run) =>
            run.mark ? el("mark", {}, run.text) : run.text,
          ),
        )
      : null;
    return el(
      "li",
      { class: "document", "data-id": doc.id },
      el(
        "div",
        { class: "document-head" },
        el("strong", { class: "document-title" }, doc.title ?? doc.id),
        remove,
      ),
      el("p", { class: "document-meta" }, meta),
      snippet,
    );
  }

  function render(total: number | null): void {
    replace(list, ...shown.map(row));
    summary.textContent = searched
      ? `${shown.length} article${shown.length === 1 ? " matches" : "s match"} “${searched}”.`
      : `${total ?? shown.length} article${(total ?? shown.length) === 1 ? "" : "s"}${total !== null && total > shown.length ? `, the newest ${shown.length} listed` : ""}.`;
    more.hidden = Boolean(searched) || total === null || shown.length >= total;
  }

  /** Reads a page (offset 0 replaces the list) or the search results. */
  async function read(offset = 0): Promise<void> {
    const ticket = ++reading;
    try {
      const answer = searched
        ? await api.documents({ q: searched })
        : await api.documents({ offset, limit: DOCUMENTS_PAGE });
      if (ticket !== reading) return;
      shown = offset ? [...shown, ...answer.documents] : answer.documents;
      render(answer.total ?? null);
      replace(status);
    } catch (err) {
      if (ticket === reading)
        replace(status, el("p", { class: "error", role: "alert" }, failure(err, "listed")));
    }
  }

  async function removeDocument(doc: ApiDocument, button: HTMLButtonElement): Promise<void> {
    const name = doc.title ?? doc.id;
    if (!window.confirm(`Delete “${name}” and the evidence that only it gives?`)) return;
    button.disabled = true;
    try {
      await api.removeDocument(doc.id);
      replace(status, el("p", { class: "ok", role: "status" }, `Deleted ${name}.`));
      onRemoved(doc.id);
      const kept = status.firstChild;
      await read();
      if (kept) replace(status, kept);
    } catch (err) {
      button.disabled = false;
      replace(status, el("p", { class: "error", role: "alert" }, failure(err, "deleted")));
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    searched = query.value.trim();
    void read();
  });
  query.addEventListener("search", () => {
    if (query.value.trim() === "" && searched) {
      searched = "";
      void read();
    }
  });
  more.addEventListener("click", () => void read(shown.length));

  const root = el(
    "div",
    { class: "documents-panel" },
    el("h2", {}, "Documents"),
    form,
    summary,
    status,
    list,
    more,
    tokenField,
  );
  return { root, refresh: () => read() };
}
