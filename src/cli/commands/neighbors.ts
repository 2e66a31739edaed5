/**
 * `kg neighbors ACTOR`: the actor's ego network to a depth, filtered by relation, entity type
 * and evidence, listing each neighbour and each edge with its evidence count.
 */
import type { Command } from "commander";
import type { EntityType, RelationType } from "../../model/ontology.ts";
import { DEFAULT_QUERY_SETTINGS as D, type NeighborOptions } from "../../query/index.ts";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import {
  listOf,
  openEngine,
  printJson,
  windowOf,
  withCommonOptions,
  withWindowOptions,
  type QueryFlags,
  type WindowFlags,
} from "./_query.ts";

interface NeighborFlags extends QueryFlags, WindowFlags {
  depth?: number;
  relations?: string;
  types?: string;
  minEvidence?: number;
  limit?: number;
}

/** Registers `kg neighbors`. */
export function register(program: Command, ctx: CliContext): void {
  withCommonOptions(
    withWindowOptions(
      program
        .command("neighbors")
        .description("show an actor's neighbours and the relations to them")
        .argument("<actor>", "a name, alias or id")
        .option("--depth <n>", `hops out from the actor (default ${D.neighborDepth})`, wholeNumber())
        .option("--relations <relations>", "only these relations (comma-separated)")
        .option("--types <types>", "only neighbours of these entity types")
        .option("--min-evidence <n>", "only edges with at least this many evidence sentences", wholeNumber())
        .option("--limit <n>", `most nodes to show (default ${D.neighborLimit})`, wholeNumber()),
    ),
  ).action(async (actor: string, flags: NeighborFlags) => {
    const { engine } = await openEngine(ctx, "neighbors", flags.data, windowOf(flags));
    const opts: NeighborOptions = {};
    const relations = listOf<RelationType>(flags.relations);
    const types = listOf<EntityType>(flags.types);
    if (relations) opts.relations = relations;
    if (types) opts.types = types;
    if (flags.depth !== undefined) opts.depth = flags.depth;
    if (flags.minEvidence !== undefined) opts.minEvidence = flags.minEvidence;
    if (flags.limit !== undefined) opts.limit = flags.limit;
    const n = engine.neighbors(actor, opts);
    if (flags.json) return printJson(ctx, n);
    const names = new Map(n.nodes.map((v) => [v.id, v.name]));
    ctx.out.write(
      `${n.center.name} (${n.center.type}): ${n.nodes.length - 1} neighbour(s), ${n.edges.length} edge(s)\n`,
    );
    for (const v of n.nodes.slice(1)) ctx.out.write(`  ${v.name} (${v.type}) [${v.id}]\n`);
    if (n.edges.length) ctx.out.write("edges:\n");
    for (const e of n.edges) {
      ctx.out.write(
        `  ${names.get(e.source)} —${e.relation}→ ${names.get(e.target)}  (${e.evidence.length} sentence(s), ${e.docs} doc(s))\n`,
      );
    }
    if (n.truncated) ctx.out.write(`(cut at ${n.limit} nodes; raise --limit to see more)\n`);
  });
}
