/**
 * The add-article panel: paste text (title, date, outlet, URL optional) and POST it to
 * /api/documents; the graph then updates through the server's change events. An API token, when
 * the server needs one, is kept for this browser tab only (sessionStorage).
 */
import { ApiError, type Api, type IngestInput } from "../api.ts";
import { el, replace, uid } from "../dom.ts";

/** The key under which the API token is kept for the tab. */
export const TOKEN_KEY = "kg.apiToken";

function field(label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id = uid(input.name);
  return el("div", { class: "field" }, el("label", { for: input.id, class: "field-label" }, label), input);
}

/** Creates the add-article panel; `onAdded` runs after the server accepted the article. */
export function createIngestPanel(api: Api, onAdded: (id: string) => void): HTMLElement {
  const text = el("textarea", {
    name: "text",
    rows: 8,
    required: true,
    maxlength: 1000000,
    placeholder: "Paste the article text…",
  });
  const title = el("input", { type: "text", name: "title", maxlength: 500 });
  const date = el("input", { type: "date", name: "date" });
  const outlet = el("input", { type: "text", name: "outlet", maxlength: 200 });
  const url = el("input", { type: "url", name: "url", maxlength: 2000, placeholder: "https://…" });
  const token = el("input", {
    type: "password",
    name: "token",
    autocomplete: "off",
    value: sessionStorage.getItem(TOKEN_KEY) ?? "",
  });
  const status = el("div", { class: "results", "aria-live": "polite" });
  const submit = el("button", { type: "submit", class: "primary" }, "Add article");
  const form = el(
    "form",
    { class: "query-form", "aria-label": "Add an article" },
    field("Article text", text),
    field("Title (optional)", title),
    el("div", { class: "row" }, field("Date", date), field("Outlet", outlet)),
    field("URL (optional)", url),
    el(
      "details",
      { class: "more-options" },
      el("summary", {}, "API token"),
      field("Bearer token (if the server requires one)", token),
    ),
    submit,
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      replace(status, el("p", { class: "error", role: "alert" }, "Paste the article text first."));
      return;
    }
    if (token.value) sessionStorage.setItem(TOKEN_KEY, token.value);
    const input: IngestInput = { text: text.value };
    if (title.value.trim()) input.title = title.value.trim();
    if (date.value) input.date = date.value;
    if (outlet.value.trim()) input.outlet = outlet.value.trim();
    if (url.value.trim()) input.url = url.value.trim();
    submit.disabled = true;
    replace(status, el("p", { class: "hint" }, "Extracting…"));
    try {
      const { id, change } = await api.ingest(input);
      replace(
        status,
        el(
          "p",
          { class: "ok", role: "status" },
          `Added ${id}: ${change.entitiesAdded.length} new actors, ${change.relationsAdded.length} new relations, ${change.relationsUpdated.length} updated.`,
        ),
      );
      form.reset();
      token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
      onAdded(id);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : "NETWORK";
      const message =
        code === "UNAUTHORIZED"
          ? "The server needs an API token (see API token)."
          : err instanceof ApiError
            ? `Not added (${code}): ${err.message}`
            : "The server could not be reached.";
      replace(status, el("p", { class: "error", role: "alert" }, message));
    } finally {
      submit.disabled = false;
    }
  });

  return el(
    "div",
    { class: "ingest-panel" },
    el("h2", {}, "Add an article"),
    el("p", { class: "hint" }, "Every open viewer updates when the article is in the graph."),
    form,
    status,
  );
}
