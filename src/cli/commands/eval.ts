/**
 * `kg eval GOLD.json...`: extracts the article beside each gold file (`NAME.txt`, with its
 * `NAME.meta.json` when there is one) as `kg extract` does, and scores the extraction against the gold by the rules of
 * docs/ontology.md: P/R/F1 per entity type and per relation type, per file and micro-averaged.
 * An article whose extraction runs past its time budget (`--timeout`) or fails is named with its
 * gold and error code; the other golds are scored, the report is marked incomplete, and the exit
 * code is 1.
 */
import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Gold } from "../../eval/gold.ts";
import type { ScoredDocument, UnscoredGold } from "../../eval/report.ts";
import { readSource } from "../../graph/sources.ts";
import { readUserLexicon } from "../../graph/user-lexicon.ts";
import { KgError } from "../../model/errors.ts";
import type { SourceDocument } from "../../model/types.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf } from "../data-dir.ts";
import { extractEach, TIMEOUT_OPTION } from "../extract-budget.ts";
import { LEXICON_DATA_OPTION } from "../data-option.ts";

interface EvalFlags {
  json?: boolean;
  verbose?: boolean;
  data?: string;
  learned?: boolean;
  headlines?: boolean;
  timeout?: number;
}

/** Reads a gold file; FILE_NOT_FOUND naming it when it cannot be read. */
async function readGold(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new KgError(
      "FILE_NOT_FOUND",
      `eval: cannot read ${shown} (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      {
        file: shown,
      },
    );
  }
}

/** Registers `kg eval`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("eval")
    .description(
      "score extraction against gold files: each NAME.gold.json is scored on NAME.txt beside it (P/R/F1 per type)",
    )
    .argument(
      "<golds...>",
      "gold files (NAME.gold.json, with NAME.txt and optionally NAME.meta.json beside them)",
    )
    .option("--verbose", "list every missed and every false entity and relation")
    .option("--json", "print the scores as JSON")
    .option(
      "--learned",
      "add the relations of the learned scorer (src/extract/5b-learned.ts), as kg extract (the default)",
    )
    .option("--no-learned", "score the rules alone, without the learned scorer's relations")
    .option("--headlines", "take relations from headline lines too, as kg extract (the default)")
    .option("--no-headlines", "take no relations from headline lines, as kg extract --no-headlines")
    .option(LEXICON_DATA_OPTION.flags, LEXICON_DATA_OPTION.description)
    .option(TIMEOUT_OPTION.flags, TIMEOUT_OPTION.description, TIMEOUT_OPTION.parse)
    .action(async (golds: string[], flags: EvalFlags) => {
      // Loaded here, not with the command list: gold.ts imports zod, about 150 ms of CPU that
      // every other kg command (a build included, before it starts its threads) would pay.
      const [{ articlePathOf, parseGold }, { formatEvalReport, toEvalReport }, { scoreDocument }] =
        await Promise.all([
          import("../../eval/gold.ts"),
          import("../../eval/report.ts"),
          import("../../eval/score.ts"),
        ]);
      const { lexicon } = await readUserLexicon(join(dataDirOf(ctx, flags.data), "lexicon"));
      const articles: { file: string; gold: Gold; doc: SourceDocument }[] = [];
      for (const file of golds) {
        const goldPath = resolve(ctx.cwd, file);
        const articlePath = articlePathOf(goldPath);
        if (!articlePath)
          throw new KgError("INVALID_INPUT", `eval: ${file} is not named NAME.gold.json`, { file });
        const gold = parseGold(await readGold(goldPath, file), file);
        const { doc } = await readSource(articlePath, gold.doc ? { id: gold.doc } : {});
        articles.push({ file, gold, doc });
      }
      // The learned scorer is on by default (the extraction's own default): only --no-learned is passed.
      const outcomes = await extractEach(
        articles.map((a) => a.doc),
        {
          lexicon,
          started: ctx.extractThreads,
          ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
          options: {
            ...(flags.learned === false ? { learnedScorer: null } : {}),
            ...(flags.headlines !== undefined ? { headlineRelations: flags.headlines } : {}),
          },
        },
      );
      const scored: ScoredDocument[] = [];
      const unscored: UnscoredGold[] = [];
      outcomes.forEach((o, i) => {
        const { file, gold } = articles[i]!;
        if (o.error) {
          unscored.push({ gold: file, doc: o.doc.id, code: o.error.code, message: o.error.message });
          ctx.err.write(`kg eval: ${file} not scored: ${o.error.message} (${o.error.code})\n`);
        } else {
          // extractDocument merges the one document's names itself (as extractDocuments([doc]) did).
          scored.push({ gold: file, doc: o.doc.id, score: scoreDocument(gold, o.extraction) });
        }
      });
      if (unscored.length) ctx.exitCode = 1;
      ctx.out.write(
        flags.json
          ? `${JSON.stringify(toEvalReport(scored, unscored), null, 2)}\n`
          : formatEvalReport(scored, { verbose: flags.verbose === true, unscored }),
      );
    });
}
