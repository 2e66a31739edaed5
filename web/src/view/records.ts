/**
 * How a curation record reads in the history: its kind in words, the names involved as the record
 * saw them when it was made, and when that was.
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

/** A name or sentence in curly quotes, as the curation messages cite them. */
export const quote = (text: string): string => `“${text}”`;

/** How a relation reads ("China supplies Russia"), with its ends as they were named then. */
function relationWords(source: { name: string }, relation: string, target: { name: string }): string {
  const words = RELATION_LABELS[relation as keyof typeof RELATION_LABELS] ?? relation;
  return `${source.name} ${words} ${target.name}`;
}

/** What a record did, with the names involved ("“Jae-myung Lee” into “Lee Jae-myung”"). */
export function describeRecord(record: ApiCurationRecord): string {
  const d = record.data;
  switch (d.kind) {
    case "merge":
      return `${quote(d.absorb.name)} into ${quote(d.keep.name)}`;
    case "split":
      return `${quote(d.alias)} off ${quote(d.entity.name)}`;
    case "rename":
      return `${quote(d.from)} to ${quote(d.name)}`;
    case "retype":
      return `${quote(d.entity.name)} from ${d.from} to ${d.type}`;
    case "reject-edge":
      return quote(relationWords(d.source, d.relation, d.target));
    case "reject-evidence":
      return `${quote(relationWords(d.source, d.relation, d.target))} in ${d.doc}`;
    case "dismiss":
      return `${quote(d.a.name)} and ${quote(d.b.name)} kept apart`;
  }
}

/** A record's time, as "2026-12-03 15:40" in the viewer's time zone (the raw text when unreadable). */
export function recordTime(record: ApiCurationRecord): string {
  const date = new Date(record.createdAt);
  if (Number.isNaN(date.getTime())) return String(record.createdAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
