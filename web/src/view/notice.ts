/**
 * The curation notice: one live region, kept at the bottom of the side panel, that says what the
 * last curation did (with buttons such as Undo) or why the server refused it (the problem view).
 */
import { ApiError } from "../api.ts";
import { el, replace, type Child } from "../dom.ts";
import { renderProblem } from "./problem.ts";

/** The mounted notice. */
export interface Notice {
  root: HTMLElement;
  /** Says what was done; `extras` are buttons (Undo, Show…). */
  ok(message: string, ...extras: Child[]): void;
  /** Shows why an operation failed; `onPick` receives a candidate the server suggested. */
  problem(err: unknown, onPick?: (name: string, id?: string) => void): void;
  /** Shows a transient line (e.g. "Merging…"). */
  busy(message: string): void;
  clear(): void;
}

/** Creates an empty notice. */
export function createNotice(): Notice {
  const body = el("div", { class: "notice-body" });
  const close = el(
    "button",
    { type: "button", class: "notice-close", "aria-label": "Close the notice" },
    "×",
  );
  const root = el("div", { class: "notice", hidden: true }, body, close);
  const show = (role: "status" | "alert", cls: string, ...children: Child[]) => {
    body.setAttribute("role", role);
    body.className = `notice-body ${cls}`;
    replace(body, ...children);
    root.hidden = false;
  };
  const clear = () => {
    replace(body);
    root.hidden = true;
  };
  close.addEventListener("click", clear);
  return {
    root,
    ok: (message, ...extras) => show("status", "ok", el("span", {}, message), ...extras),
    busy: (message) => show("status", "hint", message),
    problem(err, onPick) {
      if (err instanceof ApiError && err.status === 401)
        show("alert", "error", "The server needs an API token for changes: enter it under Add › API token.");
      else show("alert", "error", renderProblem(err, onPick ?? (() => undefined), "Not done"));
    },
    clear,
  };
}
