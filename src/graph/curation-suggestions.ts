/**
 * Merge suggestions: pairs of same-type entities whose names or aliases are close, for the
 * analyst to merge or dismiss. Three tests, each found by blocking rather than comparing every
 * pair: the same words in another order (block: the sorted words), initials (block: the initials
 * with the last word; or an acronym against the initials of a longer name), and one edit (block:
 * the name with one character deleted, the symmetric-delete scheme; the pair is then checked to be
 * exactly one edit apart). A pair dismissed by a record is left out.
 */
import type { KgGraph } from "../model/graph.ts";
import type { EntityType } from "../model/ontology.ts";
import type { CurationRecord, EntitySelector } from "./curation.ts";
import { cachedNameKey } from "./names.ts";

/** Why two entities are suggested. */
export type SuggestionReason = "word-order" | "initials" | "one-edit";

/** One suggested pair (a before b by id). */
export interface MergeSuggestion {
  a: string;
  b: string;
  aName: string;
  bName: string;
  type: EntityType;
  reason: SuggestionReason;
  /** How sure the suggestion is, in (0, 1]: word order over initials over one edit. */
  score: number;
}

const SCORES: Record<SuggestionReason, number> = { "word-order": 0.9, initials: 0.75, "one-edit": 0.6 };
/** Shortest name key one edit may join (shorter names differ by one letter too often: Iran, Iraq). */
const MIN_EDIT_LENGTH = 6;
/** Most entities one block may hold; larger blocks are too common a form to suggest anything. */
const MAX_BLOCK = 50;

/** True when two strings are exactly one insertion, deletion or substitution apart. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The blocks of one name key, each with the reason a shared block suggests. */
function blocksOf(key: string): [string, SuggestionReason][] {
  const words = key.split(" ");
  const out: [string, SuggestionReason][] = [];
  if (words.length > 1) out.push([`w:${[...words].sort().join(" ")}`, "word-order"]);
  if (words.length > 1) {
    const last = words[words.length - 1] as string;
    out.push([
      `i:${words
        .slice(0, -1)
        .map((w) => w[0])
        .join("")} ${last}`,
      "initials",
    ]);
    if (words.length > 2 || words.every((w) => w.length > 1))
      out.push([`a:${words.map((w) => w[0]).join("")}`, "initials"]);
  } else if (key.length >= 2 && key.length <= 6) out.push([`a:${key}`, "initials"]);
  if (key.length >= MIN_EDIT_LENGTH) {
    out.push([`e:${key}`, "one-edit"]);
    for (let i = 0; i < key.length; i++) out.push([`e:${key.slice(0, i)}${key.slice(i + 1)}`, "one-edit"]);
  }
  return out;
}

/** True when two name keys really are close for the reason their block gave. */
function confirm(x: string, y: string, reason: SuggestionReason): boolean {
  if (x === y) return false;
  if (reason === "one-edit") return oneEdit(x, y);
  if (reason === "word-order") return true;
  const wx = x.split(" ");
  const wy = y.split(" ");
  // An acronym against a longer name, or a name whose first words are initials of the other's.
  if (wx.length === 1 || wy.length === 1) return wx.length !== wy.length;
  return wx.slice(0, -1).some((w) => w.length === 1) !== wy.slice(0, -1).some((w) => w.length === 1);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`);

/** The pairs dismissed by records in force, by node id and by names. */
function dismissed(
  records: readonly CurationRecord[],
): (a: string, b: string, an: string, bn: string) => boolean {
  const ids = new Set<string>();
  const names = new Set<string>();
  const keyOf = cachedNameKey();
  const add = (a: EntitySelector, b: EntitySelector) => {
    ids.add(pairKey(a.node, b.node));
    names.add(pairKey(keyOf(a.name), keyOf(b.name)));
  };
  for (const r of records) if (r.undoneAt === null && r.data.kind === "dismiss") add(r.data.a, r.data.b);
  return (a, b, an, bn) => ids.has(pairKey(a, b)) || names.has(pairKey(keyOf(an), keyOf(bn)));
}

/** The suggested pairs of a graph, best first, at most `limit`. */
export function mergeSuggestions(
  graph: KgGraph,
  records: readonly CurationRecord[],
  limit: number,
): MergeSuggestion[] {
  const keyOf = cachedNameKey();
  const blocks = new Map<string, { node: string; key: string; reason: SuggestionReason }[]>();
  graph.forEachNode((node, attrs) => {
    const keys = new Set([attrs.name, ...attrs.aliases].map(keyOf).filter(Boolean));
    for (const key of keys)
      for (const [block, reason] of blocksOf(key)) {
        const typed = `${attrs.type}\u0000${block}`;
        const list = blocks.get(typed);
        if (!list) blocks.set(typed, [{ node, key, reason }]);
        else if (list.length <= MAX_BLOCK) list.push({ node, key, reason });
      }
  });
  const isDismissed = dismissed(records);
  const best = new Map<string, MergeSuggestion>();
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.node === y.node || !confirm(x.key, y.key, x.reason)) continue;
        const [a, b] = x.node < y.node ? [x.node, y.node] : [y.node, x.node];
        const aName = graph.getNodeAttribute(a, "name");
        const bName = graph.getNodeAttribute(b, "name");
        if (isDismissed(a, b, aName, bName)) continue;
        const k = pairKey(a, b);
        const score = SCORES[x.reason];
        if ((best.get(k)?.score ?? 0) >= score) continue;
        best.set(k, { a, b, aName, bName, type: graph.getNodeAttribute(a, "type"), reason: x.reason, score });
      }
  }
  return [...best.values()]
    .sort(
      (p, q) =>
        q.score - p.score ||
        graph.getNodeAttribute(q.a, "mentions") +
          graph.getNodeAttribute(q.b, "mentions") -
          (graph.getNodeAttribute(p.a, "mentions") + graph.getNodeAttribute(p.b, "mentions")) ||
        (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1),
    )
    .slice(0, limit);
}
