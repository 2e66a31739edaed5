/**
 * The curator: sends curation operations and undos to the API, says in the notice what happened
 * (with an Undo button) or why not, keeps the selection on something that still exists (a merged
 * actor's survivor, a removed edge's source) and asks the viewer to re-read the graph.
 */
import type { Actions } from "./actions.ts";
import type { Api } from "./api.ts";
import type { ApiChange, ApiCurationOp, ApiCurationRecord, ApiCurationResult } from "./api-types.ts";
import { el } from "./dom.ts";
import type { Store } from "./state.ts";
import type { Notice } from "./view/notice.ts";
import { describeRecord, KIND_LABELS } from "./view/records.ts";

/** What the curator needs from the viewer. */
export interface CuratorDeps {
  api: Api;
  actions: Actions;
  store: Store;
  notice: Notice;
  /** Called after the graph changed (re-read it, refresh the history). */
  onChanged: (result: ApiCurationResult) => void;
}

/** Applies and undoes curation operations. */
export interface Curator {
  /** Applies `op`; `done` says what it did ("Merged “A” into “B”"). Resolves to success. */
  apply(op: ApiCurationOp, done: string, onPick?: (name: string, id?: string) => void): Promise<boolean>;
  /** Undoes a record, or the latest one. Resolves to success. */
  undo(record?: ApiCurationRecord): Promise<boolean>;
}

/** The source of an edge key `source|relation|target`. */
function ends(key: string): [string, string] {
  const parts = key.split("|");
  return [parts[0] ?? "", parts[parts.length - 1] ?? ""];
}

/** The selection to move to when the change removed the selected item, or undefined to keep it. */
export function followSelection(
  selection: ReturnType<Store["get"]>["selection"],
  change: ApiChange,
  op?: ApiCurationOp,
): { kind: "node"; id: string } | null | undefined {
  if (!selection) return undefined;
  const removed = new Set(change.entitiesRemoved);
  if (selection.kind === "node") {
    if (!removed.has(selection.id)) return undefined;
    if (op?.kind === "merge") return { kind: "node", id: op.keep };
    const [only] = change.entitiesAdded;
    return change.entitiesAdded.length === 1 && only ? { kind: "node", id: only } : null;
  }
  if (!change.relationsRemoved.includes(selection.key)) return undefined;
  const next = ends(selection.key).find((id) => id && !removed.has(id));
  return next ? { kind: "node", id: next } : null;
}

/** Creates the curator. */
export function createCurator(deps: CuratorDeps): Curator {
  const { api, actions, store, notice } = deps;

  function after(result: ApiCurationResult, op?: ApiCurationOp): void {
    const next = followSelection(store.get().selection, result.change, op);
    if (next === null) actions.clearSelection();
    else if (next) actions.selectNode(next.id, { center: true, keepTab: true });
    deps.onChanged(result);
  }

  async function undo(record?: ApiCurationRecord): Promise<boolean> {
    notice.busy("Undoing…");
    try {
      const result = await api.undo(record?.id);
      const { record: undone } = result;
      notice.ok(`Undone: ${KIND_LABELS[undone.kind] ?? undone.kind} ${describeRecord(undone)}.`);
      after(result);
      return true;
    } catch (err) {
      notice.problem(err);
      return false;
    }
  }

  return {
    async apply(op, done, onPick) {
      notice.busy("Saving…");
      try {
        const result = await api.curate(op);
        const button = el("button", { type: "button", class: "secondary" }, "Undo");
        button.addEventListener("click", () => void undo(result.record));
        notice.ok(`${done}.`, button);
        after(result, op);
        return true;
      } catch (err) {
        notice.problem(err, onPick);
        return false;
      }
    },
    undo,
  };
}
