/**
 * `kg extract FILE...`: runs the extraction pipeline on source files and prints what it found:
 * the JSON contract of docs/ontology.md with --json (entities, asserted relations with evidence, hedged
 * facts), a readable summary otherwise. Nothing is written to graph-data. Each file is extracted
 * in a thread with a time budget (`--timeout`): a file past it, or one the extractor fails on, is
 * named with its error code, the others are printed, and the exit code is 1.
 */
import type { Command } from "commander";
import { join, resolve } from "node:path";
import { loadExtractModule } from "../../graph/extractor.ts";
import { readSource } from "../../graph/sources.ts";
import { readUserLexicon } from "../../graph/user-lexicon.ts";
import { dataDirOf } from "../data-dir.ts";
import { extractEach, TIMEOUT_OPTION } from "../extract-budget.ts";
import { isKgError, KgError } from "../../model/errors.ts";
import type { ExtractedRelation, Extraction, SourceDocument } from "../../model/types.ts";
import type { CliContext } from "../context.ts";
import { LEXICON_DATA_OPTION } from "../data-option.ts";

interface ExtractFlags {
  json?: boolean;
  data?: string;
  headlines?: boolean;
  timeout?: number;
}

/** Longest sentence shown in the readable output. */
const SNIPPET = 110;

function snippet(sentence: string): string {
  const flat = sentence.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET - 1)}…` : flat;
}

/** The readable summary of an extraction. */
function formatExtraction(result: Extraction, docs: number): string {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const lines = [
    `${docs} document(s): ${result.entities.length} entities, ${result.relations.length} relations, ${result.hedged.length} hedged`,
  ];
  const byType = new Map<string, string[]>();
  for (const e of result.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e.name]);
  if (byType.size) lines.push("", "entities:");
  for (const [type, list] of [...byType].sort()) lines.push(`  ${type}: ${list.sort().join(", ")}`);
  const triple = (r: ExtractedRelation): string =>
    `${names.get(r.source) ?? r.source} -${r.relation}-> ${names.get(r.target) ?? r.target}`;
  if (result.relations.length) lines.push("", "relations:");
  for (const r of result.relations) {
    lines.push(`  ${triple(r)}  (${r.evidence.length} evidence)`);
    const first = r.evidence[0];
    if (first)
      lines.push(
        `      "${snippet(first.sentence)}" [${first.doc} ${first.start}-${first.end}, ${first.rule}]`,
      );
  }
  if (result.hedged.length) lines.push("", "hedged (not in the graph):");
  for (const r of result.hedged)
    lines.push(`  ${triple(r)}  [${[...new Set(r.evidence.map((e) => e.modality))].join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

/** Registers `kg extract`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("extract")
    .description("extract entities and relations from source files and print them (no graph is written)")
    .argument("<files...>", "source files (.txt, .md, .html)")
    .option("--json", "print the extraction as JSON (the contract in docs/ontology.md)")
    .option("--headlines", "take relations from headline lines too (the default)")
    .option("--no-headlines", "take no relations from headline and teaser lines (their entities only)")
    .option(LEXICON_DATA_OPTION.flags, LEXICON_DATA_OPTION.description)
    .option(TIMEOUT_OPTION.flags, TIMEOUT_OPTION.description, TIMEOUT_OPTION.parse)
    .action(async (files: string[], flags: ExtractFlags) => {
      const docs: SourceDocument[] = [];
      for (const file of files) {
        try {
          const source = await readSource(resolve(ctx.cwd, file), { id: file.split(/[\\/]/).pop() ?? file });
          for (const w of source.warnings) ctx.err.write(`kg extract: warning: ${w}\n`);
          docs.push(source.doc);
        } catch (err) {
          if (!isKgError(err) || files.length === 1) throw err;
          ctx.err.write(`kg extract: ${err.message}\n`);
          ctx.exitCode = 1;
        }
      }
      if (docs.length === 0) throw new KgError("SOURCE_UNREADABLE", "extract: no readable source");
      const { lexicon } = await readUserLexicon(join(dataDirOf(ctx, flags.data), "lexicon"));
      // The merge runs here, as extractDocuments would after extracting each document.
      const [outcomes, { mergeExtractions, particlesOf }] = await Promise.all([
        extractEach(docs, {
          lexicon,
          started: ctx.extractThreads,
          ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
          options: flags.headlines !== undefined ? { headlineRelations: flags.headlines } : {},
        }),
        loadExtractModule(),
      ]);
      const extracted: Extraction[] = [];
      for (const o of outcomes) {
        if (o.error) ctx.err.write(`kg extract: ${o.error.message} (${o.error.code})\n`);
        else extracted.push(o.extraction);
      }
      if (extracted.length < outcomes.length) ctx.exitCode = 1;
      if (extracted.length === 0) return;
      const result = mergeExtractions(extracted, particlesOf({ lexicon }));
      ctx.out.write(
        flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatExtraction(result, extracted.length),
      );
    });
}
