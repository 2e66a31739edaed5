/**
 * Renders an API failure for a query form: ambiguous and unknown actors list their candidates,
 * each as a button that fills the field with the candidate's name and id.
 */
import { ApiError } from "../api.ts";
import { el } from "../dom.ts";

/** A candidate actor: its name, the label of its button, and its id when the server gave one. */
interface Candidate {
  name: string;
  label: string;
  id?: string;
}

function candidatesOf(list: unknown[] | undefined): Candidate[] {
  return (list ?? [])
    .map((c): Candidate => {
      if (typeof c === "string") return { name: c, label: c };
      if (typeof c !== "object" || !c || !("name" in c)) return { name: "", label: "" };
      const { name, id, type } = c as { name: unknown; id?: unknown; type?: unknown };
      return {
        name: String(name),
        label: type ? `${String(name)} (${String(type)})` : String(name),
        ...(typeof id === "string" && { id }),
      };
    })
    .filter((c) => c.name)
    .slice(0, 8);
}

/**
 * An alert for a failed query; `onPick(name, id)` receives a chosen candidate or suggestion, with
 * its id when known (a name several actors share only resolves by id); `failure` leads other errors.
 */
export function renderProblem(
  err: unknown,
  onPick: (name: string, id?: string) => void,
  failure = "Query failed",
): HTMLElement {
  if (!(err instanceof ApiError))
    return el("p", { class: "error", role: "alert" }, "The server could not be reached.");
  const options = candidatesOf(
    err.problem.candidates ?? (err.code === "UNKNOWN_ENTITY" ? err.problem.suggestions : undefined),
  );
  const lead =
    err.code === "AMBIGUOUS_ENTITY"
      ? "Which one do you mean?"
      : err.code === "UNKNOWN_ENTITY"
        ? options.length
          ? "Not found. Did you mean:"
          : "Not found."
        : `${failure} (${err.code}): ${err.message}`;
  return el(
    "div",
    { class: "error", role: "alert" },
    el("p", {}, lead),
    ...options.map(({ name, label, id }) => {
      const b = el("button", { type: "button", class: "chip" }, label);
      b.addEventListener("click", () => onPick(name, id));
      return b;
    }),
  );
}
