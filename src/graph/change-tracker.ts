/**
 * Recording what a change did to the graph while it is made in place: nodes and edges added or
 * dropped (net, so that a document replaced by itself adds nothing) and edges whose evidence
 * changed, reported as a GraphChange.
 */
import type { KgGraph } from "../model/graph.ts";
import { emptyChange } from "./diff.ts";
import type { GraphChange } from "./types.ts";

type Net = "added" | "dropped";

/** Marks a key added or dropped; an add after a drop (or the reverse) cancels out. */
function mark(state: Map<string, Net>, key: string, what: Net): void {
  const was = state.get(key);
  if (was !== undefined && was !== what) state.delete(key);
  else state.set(key, what);
}

/** Listens to a graph's structure events until `stop()`, and collects the touched edges it is told of. */
export class ChangeTracker {
  private readonly nodes = new Map<string, Net>();
  private readonly edges = new Map<string, Net>();
  private readonly touched = new Set<string>();
  private readonly handlers: [string, (p: { key: string }) => void][];

  constructor(private readonly graph: KgGraph) {
    this.handlers = [
      ["nodeAdded", (p) => mark(this.nodes, p.key, "added")],
      ["nodeDropped", (p) => mark(this.nodes, p.key, "dropped")],
      ["edgeAdded", (p) => mark(this.edges, p.key, "added")],
      ["edgeDropped", (p) => mark(this.edges, p.key, "dropped")],
    ];
    for (const [event, fn] of this.handlers) graph.on(event as "nodeAdded", fn);
  }

  /** Records that an edge's evidence changed. */
  touch(edge: string): void {
    this.touched.add(edge);
  }

  /** Stops listening. */
  stop(): void {
    for (const [event, fn] of this.handlers) this.graph.off(event as "nodeAdded", fn);
  }

  /** The net change, for the given documents (lists sorted). */
  change(documents: readonly string[]): GraphChange {
    const change = emptyChange([...documents].sort());
    for (const [key, what] of this.nodes)
      (what === "added" ? change.entitiesAdded : change.entitiesRemoved).push(key);
    for (const [key, what] of this.edges)
      (what === "added" ? change.relationsAdded : change.relationsRemoved).push(key);
    for (const key of this.touched)
      if (!this.edges.has(key) && this.graph.hasEdge(key)) change.relationsUpdated.push(key);
    for (const list of Object.values(change)) list.sort();
    return change;
  }
}
