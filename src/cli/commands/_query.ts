/**
 * What the query commands (search, neighbors, path, connect) share: loading the built graph
 * into a query engine, parsing list and number options, and printing paths with their evidence.
 */
import type { Command } from "commander";
import { dataDirOf, loadBuiltGraph } from "../data-dir.ts";
import { type TimeWindow, windowGraph } from "../../graph/time-window.ts";
import type { Evidence } from "../../model/types.ts";
import {
  createQueryEngine,
  DEFAULT_QUERY_SETTINGS,
  type Path,
  type PathOptions,
  type QueryEngine,
} from "../../query/index.ts";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import { DATA_OPTION } from "../data-option.ts";

/** Exit code of `kg path` and `kg connect` when no path joins the actors (as grep finding nothing). */
export const EXIT_NO_PATH = 1;

/** Flags every query command takes. */
export interface QueryFlags {
  data?: string;
  json?: boolean;
}

/** The time-window flags (--from, --to, --as-of). */
export interface WindowFlags {
  from?: string;
  to?: string;
  asOf?: string;
}

/** Adds --from, --to and --as-of to a command. */
export function withWindowOptions(cmd: Command): Command {
  return cmd
    .option("--from <date>", "only evidence whose event ends on or after DATE (2024, 2024-03 or 2024-03-15)")
    .option("--to <date>", "only evidence whose event starts on or before DATE")
    .option("--as-of <date>", "only evidence published on or before DATE");
}

/** The time window named by the flags. */
export function windowOf(flags: WindowFlags): TimeWindow {
  const w: TimeWindow = {};
  if (flags.from !== undefined) w.from = flags.from;
  if (flags.to !== undefined) w.to = flags.to;
  if (flags.asOf !== undefined) w.asOf = flags.asOf;
  return w;
}

/** Flags of the path options (path and connect). */
export interface PathFlags extends QueryFlags, WindowFlags {
  via?: string;
  avoid?: string;
  throughTypes?: string;
  avoidTypes?: string;
  maxHops?: number;
  maxPaths?: number;
  directed?: boolean;
  weighted?: boolean;
}

/** Adds --data and --json to a command. */
export function withCommonOptions(cmd: Command): Command {
  return cmd.option(DATA_OPTION.flags, DATA_OPTION.description).option("--json", "print the result as JSON");
}

/** Adds the path options shared by `path` and `connect` (and the time window). */
export function withPathOptions(cmd: Command): Command {
  return withWindowOptions(cmd)
    .option("--via <relations>", "walk only these relations (comma-separated)")
    .option("--avoid <relations>", "never walk these relations")
    .option("--through-types <types>", "intermediate nodes must be of these entity types")
    .option("--avoid-types <types>", "intermediate nodes may not be of these entity types")
    .option(
      "--max-hops <n>",
      `longest path in hops (default ${DEFAULT_QUERY_SETTINGS.maxHops})`,
      wholeNumber(),
    )
    .option(
      "--max-paths <n>",
      `most paths to list (default ${DEFAULT_QUERY_SETTINGS.maxPaths})`,
      wholeNumber(),
    )
    .option("--directed", "walk edges only from source to target (meets both ways)")
    .option("--weighted", "prefer well-evidenced edges");
}

/** A query engine over the built graph, and the display name of an entity id. */
export interface OpenedGraph {
  engine: QueryEngine;
  name: (id: string) => string;
}

/**
 * Opens the store graph-data/kg.db (--data, else KG_DATA, else graph-data) and a query engine over its graph,
 * over only the evidence inside `window` when one is given (every actor stays known).
 */
export async function openEngine(
  ctx: CliContext,
  command: string,
  data: string | undefined,
  window: TimeWindow = {},
): Promise<OpenedGraph> {
  const { graph, evidence } = await loadBuiltGraph(dataDirOf(ctx, data), command);
  return {
    engine: createQueryEngine(windowGraph(graph, window, { keepNodes: true, evidence }), {}, { evidence }),
    name: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "name") : id),
  };
}

/** A comma-separated list option, or undefined. */
export function listOf<T extends string>(value: string | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0) as T[];
}

/** The path options named by the flags. */
export function pathOptionsOf(f: PathFlags): PathOptions {
  const o: PathOptions = {};
  const via = listOf<NonNullable<PathOptions["via"]>[number]>(f.via);
  const avoid = listOf<NonNullable<PathOptions["avoid"]>[number]>(f.avoid);
  const through = listOf<NonNullable<PathOptions["throughTypes"]>[number]>(f.throughTypes);
  const avoidTypes = listOf<NonNullable<PathOptions["avoidTypes"]>[number]>(f.avoidTypes);
  if (via) o.via = via;
  if (avoid) o.avoid = avoid;
  if (through) o.throughTypes = through;
  if (avoidTypes) o.avoidTypes = avoidTypes;
  if (f.maxHops !== undefined) o.maxHops = f.maxHops;
  if (f.maxPaths !== undefined) o.maxPaths = f.maxPaths;
  if (f.directed) o.directed = true;
  if (f.weighted) o.weighted = true;
  return o;
}

/** Where a piece of evidence comes from: "doc.txt, 2024-11-01". */
function sourceOf(e: Evidence): string {
  return e.date ? `${e.doc}, ${e.date.slice(0, 10)}` : e.doc;
}

/** A path as text: its reading, then each hop with its first evidence sentence, document and date. */
export function formatPath(
  path: Path,
  index: number,
  weighted: boolean,
  name: (id: string) => string,
): string {
  const cost = weighted ? `, cost ${path.cost.toFixed(3)}` : "";
  const lines = [`${index + 1}. ${path.reading}  (${path.length} hop${path.length === 1 ? "" : "s"}${cost})`];
  for (const hop of path.hops) {
    const [a, b] = [name(hop.source), name(hop.target)];
    const arrow = hop.direction === "forward" ? `${a} —${hop.relation}→ ${b}` : `${b} ←${hop.relation}— ${a}`;
    lines.push(`   ${arrow}`);
    const [first] = hop.evidence;
    if (first) {
      const more = hop.evidence.length > 1 ? ` (+${hop.evidence.length - 1} more)` : "";
      lines.push(`     "${first.sentence.replace(/\s+/g, " ").trim()}" [${sourceOf(first)}]${more}`);
    }
  }
  return lines.join("\n");
}

/** Writes a value as JSON. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.out.write(`${JSON.stringify(value, null, 2)}\n`);
}
