/**
 * How a curation record reads in the history: its kind in words and the names involved (taken
 * from the record's data, else from the graph by id), and when it was made.
 */
import type { ApiCurationKind, ApiCurationRecord } from "../api-types.ts";
import { RELATION_LABELS } from "../theme.ts";

/** The kind of a record, in words. */
export const KIND_LABELS: Readonly<Record<ApiCurationKind, string>> = {
  merge: "Merge",
  split: "Split",
  rename: "Rename",
  retype: "Type",
  "reject-edge": "Rejected relation",
  "reject-evidence": "Rejected evidence",
  dismiss: "Dismissed",
};

/** An actor's current name by id, or null when the graph has no such actor. */
export type NameOf = (id: string) => string | null;

/** A name or sentence in curly quotes, as the curation messages cite them. */
export const quote = (text: string): string => `“${text}”`;

/** The value at `key` when it is a non-empty string. */
function text(data: unknown, key: string): string | null {
  const value = data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value ? value : null;
}

/** The name of an actor a record names (a selector `{ node, name }`), as the record saw it. */
function actor(data: Record<string, unknown>, key: string, nameOf: NameOf): string {
  const selector = data[key];
  const name = text(selector, "name");
  if (name) return name;
  const id = text(selector, "node") ?? text(data, key) ?? "?";
  return nameOf(id) ?? id;
}

/** How a relation reads ("A meets B") from a record's ends and relation, else from its edge key. */
function relationWords(data: Record<string, unknown>, target: string, nameOf: NameOf): string {
  const [source = "", relation = "", object = ""] = (text(data, "edge") ?? target).split("|");
  const rel = text(data, "relation") ?? relation;
  const words = RELATION_LABELS[rel as keyof typeof RELATION_LABELS] ?? rel;
  const end = (key: string, id: string) => (data[key] ? actor(data, key, nameOf) : (nameOf(id) ?? id));
  return `${end("source", source)} ${words} ${end("target", object)}`;
}

/** What a record did, with the names involved ("“Jae-myung Lee” into “Lee Jae-myung”"). */
export function describeRecord(record: ApiCurationRecord, nameOf: NameOf): string {
  const d = record.data ?? {};
  switch (record.kind) {
    case "merge":
      return `${quote(actor(d, "absorb", nameOf))} into ${quote(actor(d, "keep", nameOf))}`;
    case "split":
      return `${quote(text(d, "alias") ?? "?")} off ${quote(actor(d, "entity", nameOf))}`;
    case "rename":
      return `${quote(text(d, "from") ?? actor(d, "entity", nameOf))} to ${quote(text(d, "name") ?? "?")}`;
    case "retype": {
      const from = text(d, "from");
      return `${quote(actor(d, "entity", nameOf))}${from ? ` from ${from}` : ""} to ${text(d, "type") ?? "?"}`;
    }
    case "reject-edge":
      return quote(relationWords(d, record.target, nameOf));
    case "reject-evidence": {
      const doc = text(d, "doc");
      return `${quote(relationWords(d, record.target, nameOf))}${doc ? ` in ${doc}` : ""}`;
    }
    case "dismiss":
      return `${quote(actor(d, "a", nameOf))} and ${quote(actor(d, "b", nameOf))} kept apart`;
    default:
      return record.target;
  }
}

/** True when the record was undone (`undone`, or an `undoneAt` time). */
export function isUndone(record: ApiCurationRecord): boolean {
  return Boolean(record.undone ?? record.undoneAt);
}

/** A record's time, as "2026-12-03 15:40" in the viewer's time zone (the raw text when unreadable). */
export function recordTime(record: ApiCurationRecord): string {
  const date = new Date(record.createdAt);
  if (Number.isNaN(date.getTime())) return String(record.createdAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
