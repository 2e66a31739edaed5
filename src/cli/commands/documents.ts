/**
 * `kg documents [--search TEXT]`: lists the stored documents (newest first: id, date, outlet,
 * title, entity and relation counts), or finds them by their text (full-text search) with a
 * snippet in which the matched words are marked [like this].
 */
import type { Command } from "commander";
import type { DocumentHit } from "../../graph/store.ts";
import type { CliContext } from "../context.ts";
import { dataDirOf, openBuiltStore } from "../data-dir.ts";
import { printJson, withCommonOptions, type QueryFlags } from "./_query.ts";
import { wholeNumber } from "../number-options.ts";

interface DocumentsFlags extends QueryFlags {
  search?: string;
  limit?: number;
}

/** A snippet with its matches between brackets. */
export function markSnippet(hit: Pick<DocumentHit, "snippet" | "highlights">): string {
  let out = "";
  let at = 0;
  for (const h of hit.highlights) {
    out += `${hit.snippet.slice(at, h.start)}[${hit.snippet.slice(h.start, h.end)}]`;
    at = h.end;
  }
  return (out + hit.snippet.slice(at)).replace(/\s+/g, " ").trim();
}

/** Registers `kg documents`. */
export function register(program: Command, ctx: CliContext): void {
  withCommonOptions(
    program
      .command("documents")
      .description("list the stored documents, or find them by text with --search")
      .option("--search <text>", "only documents whose text holds these words (full-text search)")
      .option("--limit <n>", "most documents to show (default 20)", wholeNumber(1, 10_000)),
  ).action(async (flags: DocumentsFlags) => {
    const limit = flags.limit ?? 20;
    // Documents are read from the DB: listing them needs no graph in memory.
    const store = await openBuiltStore(dataDirOf(ctx, flags.data), "documents", { resident: false });
    try {
      if (flags.search !== undefined) {
        const hits = store.searchDocuments(flags.search, limit);
        if (flags.json) return printJson(ctx, { query: flags.search, hits });
        if (hits.length === 0) ctx.out.write(`no document matches '${flags.search}'\n`);
        for (const h of hits)
          ctx.out.write(`${h.id}  ${h.date ?? "-"}  ${h.title ?? ""}\n  ${markSnippet(h)}\n`);
        return;
      }
      const documents = [...store.sources.values()]
        .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((s) => ({
          id: s.id,
          title: s.meta.title ?? null,
          outlet: s.meta.outlet ?? null,
          date: s.meta.date ?? null,
          entities: s.counts?.entities ?? s.extraction.entities.length,
          relations: s.counts?.relations ?? s.extraction.relations.length,
        }));
      if (flags.json) return printJson(ctx, { total: store.sources.size, documents });
      ctx.out.write(`${store.sources.size} document(s)\n`);
      for (const d of documents)
        ctx.out.write(
          `${d.id}  ${d.date ?? "-"}  ${d.outlet ?? "-"}  ${d.title ?? ""}  (${d.entities} entities, ${d.relations} relations)\n`,
        );
    } finally {
      await store.close();
    }
  });
}
