/**
 * The command line of scripts/miss-shapes.ts, read apart from the run so that a test can check it:
 * flags, the --examples count, and the gold files (every argument ending in .gold.json except the
 * one right after --examples, when that flag is given). --examples is refused with --aggregate-only
 * and for any gold file read in aggregate only (validation-batches.ts isAggregateOnlyGold).
 * --help (or -h), or no gold file at all, asks for the usage instead of a run.
 */
import { isAggregateOnlyGold } from "./validation-batches.ts";

/** What miss-shapes was asked to do. */
export interface MissShapesArgs {
  aggregateOnly: boolean;
  json: boolean;
  /** Sentences printed per shape; 0 when --examples is not given. */
  examples: number;
  files: string[];
  /** True for --help / -h or when no gold file is given: print the usage, run nothing. */
  help: boolean;
}

/** What `miss-shapes --help` prints. */
export const MISS_SHAPES_USAGE = `Usage: node --import tsx scripts/miss-shapes.ts [--aggregate-only] [--examples N] [--json] GOLD.json...
Classes every missed required triple of the golds by the link between its two ends (E, H, Q, S …, X …).
  --aggregate-only  counts per relation x shape only (no sentence, name or document): the only form
                    for validation batches, probe *-hold folders and the test split
  --examples N      up to N sentences per shape (tuning golds only; refused for the others)
  --json            the counts, the documents per shape and the across-sentence clues as JSON`;

/** Reads miss-shapes' arguments (process.argv without node and the script); throws on --examples where it is refused. */
export function parseMissShapesArgs(args: readonly string[]): MissShapesArgs {
  const exIndex = args.indexOf("--examples");
  const examples = exIndex >= 0 ? Number(args[exIndex + 1]) : 0;
  const files = args.filter((a, i) => a.endsWith(".gold.json") && (exIndex < 0 || i !== exIndex + 1));
  const aggregateOnly = args.includes("--aggregate-only");
  if (examples > 0 && (aggregateOnly || files.some(isAggregateOnlyGold)))
    throw new Error("miss-shapes: --examples is for tuning files only");
  const help = args.includes("--help") || args.includes("-h") || files.length === 0;
  return { aggregateOnly, json: args.includes("--json"), examples, files, help };
}
