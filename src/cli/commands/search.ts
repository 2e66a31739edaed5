/**
 * `kg search TEXT`: finds entities by name or alias (case, accents and punctuation ignored,
 * prefixes and typos tolerated), best first, optionally of some entity types only.
 */
import type { Command } from "commander";
import type { EntityType } from "../../model/ontology.ts";
import { DEFAULT_QUERY_SETTINGS } from "../../query/index.ts";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import { listOf, openEngine, printJson, withCommonOptions, type QueryFlags } from "./_query.ts";

interface SearchFlags extends QueryFlags {
  type?: string;
  limit?: number;
}

/** Registers `kg search`. */
export function register(program: Command, ctx: CliContext): void {
  withCommonOptions(
    program
      .command("search")
      .description("find entities by name or alias")
      .argument("<text...>", "what to look for")
      .option("--type <types>", "only these entity types (comma-separated)")
      .option(
        "--limit <n>",
        `most hits to show (default ${DEFAULT_QUERY_SETTINGS.searchLimit})`,
        wholeNumber(),
      ),
  ).action(async (words: string[], flags: SearchFlags) => {
    const { engine } = await openEngine(ctx, "search", flags.data);
    const types = listOf<EntityType>(flags.type);
    const limit = flags.limit;
    const hits = engine.search(words.join(" "), {
      ...(types && { types }),
      ...(limit !== undefined && { limit }),
    });
    if (flags.json) return printJson(ctx, { query: words.join(" "), hits });
    if (hits.length === 0) {
      ctx.out.write(`no entity matches '${words.join(" ")}'\n`);
      return;
    }
    for (const h of hits) {
      const aliases = h.aliases.length ? `  aka ${h.aliases.join(", ")}` : "";
      ctx.out.write(`${h.name} (${h.type}) [${h.id}]  degree ${h.degree}, score ${h.score}${aliases}\n`);
    }
  });
}
