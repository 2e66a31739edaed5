/**
 * The Curate tab: suggested merges (pairs of same-type actors with close names, each with Accept
 * and Dismiss) and the history of curation records, newest first, each with its kind, the names
 * involved, its time and an Undo button, plus "Undo last". Undone records stay listed, marked.
 */
import type { Api } from "../api.ts";
import type { ApiCurationRecord, ApiSuggestion } from "../api-types.ts";
import type { Curator } from "../curator.ts";
import { el, replace } from "../dom.ts";
import { NODE_COLORS } from "../theme.ts";
import type { Notice } from "./notice.ts";
import { describeRecord, KIND_LABELS, quote, recordTime } from "./records.ts";

/** The mounted Curate tab. */
export interface CuratePanel {
  root: HTMLElement;
  /** Reloads the history and the suggestions. */
  refresh(): Promise<void>;
}

/** How many suggestions the tab asks for. */
const SUGGESTION_LIMIT = 20;

/** Why a pair is suggested, in words (the API's reason codes). */
const REASONS: Readonly<Record<string, string>> = {
  "word-order": "the same words in another order",
  initials: "initials of the same name",
  "one-edit": "one letter apart",
};

/** How much the articles say of an actor: its mentions, then its relations. */
export type WeightOf = (id: string) => readonly [number, number];

/** Creates the Curate tab; Accept keeps the name of the actor of greater `weightOf`. */
export function createCuratePanel(
  api: Api,
  curator: Curator,
  notice: Notice,
  weightOf: WeightOf,
): CuratePanel {
  const undoLast = el("button", { type: "button", class: "secondary" }, "Undo last");
  const history = el("ol", { class: "history", "aria-label": "Curation history" });
  const historyStatus = el("div", { class: "results", "aria-live": "polite" });
  const suggestions = el("ul", { class: "suggestions", "aria-label": "Suggested merges" });
  const suggestionStatus = el("div", { class: "results", "aria-live": "polite" });
  const root = el(
    "div",
    { class: "curate-panel" },
    el("h2", {}, "Suggested merges"),
    el(
      "p",
      { class: "hint" },
      "Actors of one type whose names are close. Accept merges the second into the first, the one mentioned more.",
    ),
    suggestionStatus,
    suggestions,
    el("div", { class: "history-head" }, el("h2", {}, "History"), undoLast),
    historyStatus,
    history,
  );
  let latest = 0;

  function recordItem(record: ApiCurationRecord): HTMLElement {
    const undo = el(
      "button",
      {
        type: "button",
        class: "link",
        "aria-label": `Undo ${KIND_LABELS[record.kind] ?? record.kind} ${describeRecord(record)}`,
      },
      "Undo",
    );
    undo.addEventListener("click", () => {
      undo.disabled = true;
      void curator.undo(record).finally(() => (undo.disabled = false));
    });
    return el(
      "li",
      {
        class: record.undone ? "record undone" : "record",
        "data-record": String(record.id),
        "data-kind": record.kind,
      },
      el("span", { class: "record-kind" }, KIND_LABELS[record.kind] ?? record.kind),
      el("span", { class: "record-what" }, describeRecord(record)),
      el("time", { class: "record-time", datetime: record.createdAt }, recordTime(record)),
      record.undone ? el("span", { class: "tag" }, "undone") : undo,
    );
  }

  function suggestionItem(s: ApiSuggestion): HTMLElement {
    const [a, b] = [weightOf(s.a), weightOf(s.b)];
    const swap = b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]);
    const keep = swap ? { id: s.b, name: s.bName } : { id: s.a, name: s.aName };
    const absorb = swap ? { id: s.a, name: s.aName } : { id: s.b, name: s.bName };
    const accept = el(
      "button",
      {
        type: "button",
        class: "secondary",
        "aria-label": `Accept: merge ${quote(absorb.name)} into ${quote(keep.name)}`,
      },
      "Accept",
    );
    const dismiss = el(
      "button",
      { type: "button", class: "link", "aria-label": `Dismiss ${quote(s.aName)} and ${quote(s.bName)}` },
      "Dismiss",
    );
    const item = el(
      "li",
      { class: "suggestion", "data-a": s.a, "data-b": s.b, "data-keep": keep.id, "data-absorb": absorb.id },
      el(
        "p",
        { class: "suggestion-names" },
        el("span", {
          class: "dot",
          style: `background:${NODE_COLORS[s.type] ?? "#999"}`,
          "aria-hidden": "true",
        }),
        el("strong", {}, keep.name),
        " ← ",
        el("strong", {}, absorb.name),
      ),
      el("p", { class: "suggestion-why hint" }, `${s.type} · ${REASONS[s.reason] ?? s.reason}`),
      el("div", { class: "suggestion-buttons" }, accept, dismiss),
    );
    accept.addEventListener("click", () => {
      accept.disabled = dismiss.disabled = true;
      void curator
        .apply(
          { kind: "merge", keep: keep.id, absorb: absorb.id },
          `Merged ${quote(absorb.name)} into ${quote(keep.name)}`,
        )
        .then((ok) => {
          if (ok) item.remove();
          else accept.disabled = dismiss.disabled = false;
        });
    });
    dismiss.addEventListener("click", async () => {
      accept.disabled = dismiss.disabled = true;
      try {
        await api.dismissSuggestion(s.a, s.b);
        const next = item.nextElementSibling ?? item.previousElementSibling;
        item.remove();
        notice.ok(`Dismissed ${quote(s.aName)} and ${quote(s.bName)}.`);
        (next?.querySelector("button") as HTMLElement | null)?.focus();
        if (!suggestions.children.length) showNoSuggestions();
      } catch (err) {
        notice.problem(err);
        accept.disabled = dismiss.disabled = false;
      }
    });
    return item;
  }

  const showNoSuggestions = () =>
    replace(suggestionStatus, el("p", { class: "hint" }, "No suggested merges."));

  async function loadHistory(): Promise<void> {
    const { records } = await api.curation();
    replace(history, ...records.map(recordItem));
    undoLast.disabled = !records.some((r) => !r.undone);
    replace(historyStatus, records.length ? null : el("p", { class: "hint" }, "No curation yet."));
  }

  async function loadSuggestions(): Promise<void> {
    const answer = await api.suggestions(SUGGESTION_LIMIT);
    replace(suggestions, ...answer.suggestions.map(suggestionItem));
    if (answer.suggestions.length) replace(suggestionStatus);
    else showNoSuggestions();
  }

  undoLast.addEventListener("click", () => void curator.undo());

  return {
    root,
    async refresh() {
      const mine = ++latest;
      const failed = (where: HTMLElement) => (err: unknown) => {
        if (mine !== latest) return;
        replace(
          where,
          el("p", { class: "error", role: "alert" }, `Could not load (${(err as Error).message}).`),
        );
      };
      await Promise.all([
        loadHistory().catch(failed(historyStatus)),
        loadSuggestions().catch(failed(suggestionStatus)),
      ]);
    },
  };
}
