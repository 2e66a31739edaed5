/**
 * Renders an API failure for a query form: ambiguous actors list their candidates, unknown ones
 * their suggestions, each as a button that fills the field.
 */
import { ApiError } from "../api.ts";
import { el } from "../dom.ts";

function names(list: unknown[] | undefined): string[] {
  return (list ?? [])
    .map((c) =>
      typeof c === "string"
        ? c
        : typeof c === "object" && c && "name" in c
          ? String((c as { name: unknown }).name)
          : "",
    )
    .filter(Boolean)
    .slice(0, 8);
}

/** An alert for a failed query; `onPick(name)` receives a chosen candidate or suggestion. */
export function renderProblem(err: unknown, onPick: (name: string) => void): HTMLElement {
  if (!(err instanceof ApiError))
    return el("p", { class: "error", role: "alert" }, "The server could not be reached.");
  const options =
    err.code === "AMBIGUOUS_ENTITY" ? names(err.problem.candidates) : names(err.problem.suggestions);
  const lead =
    err.code === "AMBIGUOUS_ENTITY"
      ? "Which one do you mean?"
      : err.code === "UNKNOWN_ENTITY"
        ? options.length
          ? "Not found. Did you mean:"
          : "Not found."
        : `Query failed (${err.code}): ${err.message}`;
  return el(
    "div",
    { class: "error", role: "alert" },
    el("p", {}, lead),
    ...options.map((name) => {
      const b = el("button", { type: "button", class: "chip" }, name);
      b.addEventListener("click", () => onPick(name));
      return b;
    }),
  );
}
