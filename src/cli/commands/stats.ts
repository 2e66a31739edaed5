/**
 * `kg stats`: counts of the built graph by entity type and relation, hedged facts, documents,
 * and the most connected entities.
 */
import type { Command } from "commander";
import { computeStats, DEFAULT_TOP_ENTITIES, type GraphStats } from "../../graph/stats.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf, openBuiltStore } from "../data-dir.ts";
import { wholeNumber } from "../number-options.ts";
import { DATA_OPTION } from "../data-option.ts";

interface StatsFlags {
  data?: string;
  json?: boolean;
  top?: number;
}

/** `label: a 1, b 2` for the non-zero counts of a record. */
function counts(label: string, record: Record<string, number>): string {
  const parts = Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return `${label}: ${parts.length ? parts.join(", ") : "none"}`;
}

/** The readable statistics. */
function formatStats(s: GraphStats): string {
  const lines = [
    `${s.documents} documents, ${s.entities} entities, ${s.relations} relations, ${s.evidence} evidence sentences`,
    counts("entities", s.byType),
    counts("relations", s.byRelation),
    `hedged: ${s.hedged.total}${s.hedged.total ? ` (${counts("by modality", s.hedged.byModality)})` : ""}`,
  ];
  if (s.top.length) lines.push("most connected:");
  for (const t of s.top)
    lines.push(`  ${t.name} (${t.type}) [${t.id}]  degree ${t.degree}, evidence ${t.evidence}`);
  return `${lines.join("\n")}\n`;
}

/** Registers `kg stats`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("stats")
    .description("counts of the built graph: entities, relations, hedged facts, most connected entities")
    .option(DATA_OPTION.flags, DATA_OPTION.description)
    .option(
      "--top <n>",
      `how many most connected entities to list (default ${DEFAULT_TOP_ENTITIES})`,
      wholeNumber(),
    )
    .option("--json", "print the statistics as JSON")
    .action(async (flags: StatsFlags) => {
      const dataDir = dataDirOf(ctx, flags.data);
      const store = await openBuiltStore(dataDir, "stats");
      let stats: GraphStats;
      try {
        stats = computeStats(store.graph, store.sources.values(), flags.top ?? DEFAULT_TOP_ENTITIES);
      } finally {
        await store.close();
      }
      ctx.out.write(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });
}
