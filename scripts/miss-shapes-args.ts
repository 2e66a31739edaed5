/**
 * The command line of scripts/miss-shapes.ts, read apart from the run so that a test can check it:
 * flags, the --examples count, and the gold files (every argument ending in .gold.json except the
 * one right after --examples, when that flag is given). --examples is refused with --aggregate-only
 * and for any gold file read in aggregate only (validation-batches.ts isAggregateOnlyGold).
 */
import { isAggregateOnlyGold } from "./validation-batches.ts";

/** What miss-shapes was asked to do. */
export interface MissShapesArgs {
  aggregateOnly: boolean;
  json: boolean;
  /** Sentences printed per shape; 0 when --examples is not given. */
  examples: number;
  files: string[];
}

/** Reads miss-shapes' arguments (process.argv without node and the script); throws on --examples where it is refused. */
export function parseMissShapesArgs(args: readonly string[]): MissShapesArgs {
  const exIndex = args.indexOf("--examples");
  const examples = exIndex >= 0 ? Number(args[exIndex + 1]) : 0;
  const files = args.filter((a, i) => a.endsWith(".gold.json") && (exIndex < 0 || i !== exIndex + 1));
  const aggregateOnly = args.includes("--aggregate-only");
  if (examples > 0 && (aggregateOnly || files.some(isAggregateOnlyGold)))
    throw new Error("miss-shapes: --examples is for tuning files only");
  return { aggregateOnly, json: args.includes("--json"), examples, files };
}
