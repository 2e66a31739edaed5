/**
 * `kg reject`: takes an edge, or one piece of its evidence, out of the graph (kept on rebuilds;
 * the extraction keeps it, and `kg undo` brings it back). Three forms:
 *   kg reject edge KEY                                  (KEY is source|relation|target)
 *   kg reject evidence KEY --doc D --start N --end M    (the evidence's document and sentence offsets)
 *   kg reject SOURCE RELATION TARGET [--doc D --start N --end M]   (actors by name, alias or id)
 */
import type { Command } from "commander";
import { KgError } from "../../model/errors.ts";
import { edgeKey } from "../../model/ids.ts";
import { RELATION_TYPES, type RelationType } from "../../model/ontology.ts";
import type { CurationInput } from "../../graph/curation-request.ts";
import type { CliContext } from "../context.ts";
import { wholeNumber } from "../number-options.ts";
import type { QueryFlags } from "./_query.ts";
import { curate, withCurationOptions } from "./_curation.ts";

interface RejectFlags extends QueryFlags {
  doc?: string;
  start?: number;
  end?: number;
}

const USAGE =
  "reject: give 'edge KEY', 'evidence KEY --doc D --start N --end M', or 'SOURCE RELATION TARGET'";

/** The evidence named by the flags, or null when none of them is given. */
function evidenceOf(flags: RejectFlags): { doc: string; start: number; end: number } | null {
  const { doc, start, end } = flags;
  if (doc === undefined && start === undefined && end === undefined) return null;
  if (doc === undefined || start === undefined || end === undefined)
    throw new KgError("INVALID_INPUT", "reject: evidence needs all of --doc, --start and --end", {
      field: "doc",
    });
  return { doc, start, end };
}

/** The request named by the arguments. */
function requestOf(what: string[], flags: RejectFlags, resolve: (ref: string) => string): CurationInput {
  const evidence = evidenceOf(flags);
  const [first, second, third] = what;
  let key: string;
  if (what.length === 2 && (first === "edge" || first === "evidence")) {
    key = second as string;
    if (first === "evidence" && !evidence) throw new KgError("INVALID_INPUT", USAGE, { field: "doc" });
    if (first === "edge" && evidence) throw new KgError("INVALID_INPUT", USAGE, { field: "doc" });
  } else if (what.length === 3 && RELATION_TYPES.includes(second as RelationType)) {
    key = edgeKey(resolve(first as string), second as RelationType, resolve(third as string));
  } else throw new KgError("INVALID_INPUT", USAGE, { field: "what" });
  return evidence ? { kind: "reject-evidence", edge: key, ...evidence } : { kind: "reject-edge", edge: key };
}

/** Registers `kg reject`. */
export function register(program: Command, ctx: CliContext): void {
  withCurationOptions(
    program
      .command("reject")
      .description(
        "take an edge or one piece of evidence out of the graph (kept on rebuilds; kg undo brings it back)",
      )
      .argument("<what...>", "edge KEY | evidence KEY | SOURCE RELATION TARGET")
      .option("--doc <id>", "the evidence's document")
      .option("--start <n>", "the evidence sentence's start offset", wholeNumber(0))
      .option("--end <n>", "the evidence sentence's end offset", wholeNumber(0)),
  ).action((what: string[], flags: RejectFlags) =>
    curate(ctx, "reject", flags, (resolve) => requestOf(what, flags, resolve)),
  );
}
