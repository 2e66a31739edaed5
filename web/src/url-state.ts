/**
 * The shareable part of the state in the URL hash: selection, filters, display options, path
 * query, connected actors and open tab. Pure: encodeHash(state) → "#…", decodeHash("#…") → patch.
 */
import {
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from "../../src/model/ontology.ts";
import { MAX_PATHS, type PathQuery } from "./api.ts";
import { MEASURES, type Measure } from "./metrics.ts";
import {
  DEFAULT_FILTERS,
  TABS,
  type ColorBy,
  type Filters,
  type Scope,
  type Tab,
  type ViewState,
} from "./state.ts";

/** The state fields the hash holds. */
export type HashState = Pick<
  ViewState,
  | "filters"
  | "sizeBy"
  | "colorBy"
  | "showIsolated"
  | "scope"
  | "selection"
  | "pathQuery"
  | "pathIndex"
  | "connectActors"
  | "tab"
>;

const LIST = ",";
const ACTORS = ";";

/** Encodes the shareable state as a hash ("" when everything is default). */
export function encodeHash(state: HashState): string {
  const p = new URLSearchParams();
  const { filters } = state;
  if (state.selection?.kind === "node") p.set("node", state.selection.id);
  if (state.selection?.kind === "edge") p.set("edge", state.selection.key);
  if (filters.types.length) p.set("types", filters.types.join(LIST));
  if (filters.relations.length) p.set("relations", filters.relations.join(LIST));
  if (filters.minEvidence > 1) p.set("min", String(filters.minEvidence));
  if (filters.hideHeadlineOnly) p.set("headlines", "hide");
  if (filters.time) {
    p.set("since", filters.time.from);
    p.set("until", filters.time.to);
  }
  if (state.sizeBy !== "degree") p.set("size", state.sizeBy);
  if (state.colorBy !== "type") p.set("color", state.colorBy);
  if (state.showIsolated) p.set("isolated", "show");
  if (state.scope.kind === "component") p.set("scope", "component");
  if (state.scope.kind === "ego") p.set("scope", `ego-${state.scope.hops}`);
  const q = state.pathQuery;
  if (q) {
    p.set("from", q.from);
    p.set("to", q.to);
    if (q.via.length) p.set("via", q.via.join(LIST));
    if (q.avoid.length) p.set("avoid", q.avoid.join(LIST));
    p.set("k", String(q.k));
    p.set("hops", String(q.maxHops));
    if (q.directed) p.set("directed", "1");
    if (q.maxPaths !== undefined) p.set("paths", String(q.maxPaths));
    if (state.pathIndex > 0) p.set("path", String(state.pathIndex));
  }
  if (state.connectActors.length) p.set("connect", state.connectActors.join(ACTORS));
  if (state.tab !== "details") p.set("tab", state.tab);
  const text = p.toString();
  return text ? `#${text}` : "";
}

function list<T extends string>(value: string | null, valid: (v: unknown) => v is T): T[] {
  return (value ?? "").split(LIST).filter(valid);
}

function int(value: string | null, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Path query defaults, shared by the paths form. */
export const DEFAULT_PATH_QUERY: PathQuery = {
  from: "",
  to: "",
  via: [],
  avoid: [],
  k: 3,
  maxHops: 6,
  directed: false,
};

/** A timeline window from the hash, or null unless both ends are days in order. */
function timeRange(from: string | null, to: string | null): Filters["time"] {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return from && to && day.test(from) && day.test(to) && from <= to ? { from, to } : null;
}

const isMeasure = (v: unknown): v is Measure => (MEASURES as readonly unknown[]).includes(v);

function scopeOf(value: string | null): Scope {
  if (value === "component") return { kind: "component" };
  const ego = /^ego-(\d+)$/.exec(value ?? "");
  return ego ? { kind: "ego", hops: int(ego[1]!, 1, 1, 5) } : { kind: "all" };
}

/** Decodes a hash into the shareable state; unknown or malformed values fall back to defaults. */
export function decodeHash(hash: string): HashState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const filters: Filters = {
    ...DEFAULT_FILTERS,
    types: list<EntityType>(p.get("types"), isEntityType),
    relations: list<RelationType>(p.get("relations"), isRelationType),
    minEvidence: int(p.get("min"), 1, 1, 1000),
    hideHeadlineOnly: p.get("headlines") === "hide",
  };
  const time = timeRange(p.get("since"), p.get("until"));
  if (time) filters.time = time;
  const node = p.get("node");
  const edge = p.get("edge");
  const from = p.get("from");
  const to = p.get("to");
  const pathQuery: PathQuery | null =
    from && to
      ? {
          from,
          to,
          via: list<RelationType>(p.get("via"), isRelationType),
          avoid: list<RelationType>(p.get("avoid"), isRelationType),
          k: int(p.get("k"), DEFAULT_PATH_QUERY.k, 1, 10),
          maxHops: int(p.get("hops"), DEFAULT_PATH_QUERY.maxHops, 1, 12),
          directed: p.get("directed") === "1",
        }
      : null;
  // "Show up to 100 paths" is kept, so that a shared link lists the same paths.
  if (pathQuery && p.has("paths")) pathQuery.maxPaths = int(p.get("paths"), MAX_PATHS, 1, MAX_PATHS);
  const tab = p.get("tab");
  return {
    filters,
    // "evidence" was the old name of sizing by mentions.
    sizeBy:
      p.get("size") === "evidence"
        ? "mentions"
        : isMeasure(p.get("size"))
          ? (p.get("size") as Measure)
          : "degree",
    colorBy: ((c: string | null): ColorBy => (c === "community" || isMeasure(c) ? c : "type"))(
      p.get("color"),
    ),
    showIsolated: p.get("isolated") === "show",
    scope: scopeOf(p.get("scope")),
    selection: node ? { kind: "node", id: node } : edge ? { kind: "edge", key: edge } : null,
    pathQuery,
    pathIndex: pathQuery ? int(p.get("path"), 0, 0, MAX_PATHS - 1) : 0,
    connectActors: (p.get("connect") ?? "").split(ACTORS).filter(Boolean).slice(0, 10),
    tab: (TABS as readonly string[]).includes(tab ?? "") ? (tab as Tab) : "details",
  };
}
